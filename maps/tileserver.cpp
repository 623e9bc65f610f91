#include "tileserver.h"

#include "tileprovider.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <optional>

namespace atlas {

namespace {

// Tile requests have no body; one is read and dropped (to stay in step with the client) up to this size.
constexpr qsizetype s_maxBodyBytes = qsizetype(64) * 1024;
// Pipelined requests waiting for their answer on one connection; beyond, the rest wait unread.
constexpr std::size_t s_maxQueued = 16;
// What a socket reads ahead of the parser; the kernel holds the rest, so a flood stays bounded.
constexpr qint64 s_readBufferBytes = qint64(64) * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

/// A whole response. HEAD gets the same headers (Content-Length included) without the body.
QByteArray response(int status, const QByteArray &contentType, const QByteArray &body, bool head, bool keepAlive,
    const QByteArray &extraHeaders = {})
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bytes += "Content-Type: " + contentType + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += status == 200 ? "Cache-Control: max-age=" + QByteArray::number(TileServer::maxAgeSeconds) + "\r\n"
                           : QByteArray("Cache-Control: no-store\r\n");
    bytes += extraHeaders;
    bytes += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (!head)
        bytes += body;
    return bytes;
}

QByteArray errorResponse(
    int status, bool head, bool keepAlive, const QByteArray &extraHeaders = {}, const QByteArray &detail = {})
{
    QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    if (!detail.isEmpty())
        body += detail + '\n';
    return response(status, "text/plain; charset=utf-8", body, head, keepAlive, extraHeaders);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// A decimal number of at most @p maxDigits digits, nothing else (no sign, no spaces).
std::optional<int> decimal(const QByteArray &text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits || !std::all_of(text.cbegin(), text.cend(), isDigit))
        return std::nullopt;
    return text.toInt();
}

/// The tile named by "/tiles/<key>/<z>/<x>/<y>.png" (query ignored) when <key> is @p key.
std::optional<TileId> tileOfPath(const QByteArray &target, const QByteArray &key)
{
    QByteArray path = target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const QByteArray prefix = "/tiles/";
    if (!path.startsWith(prefix) || !path.endsWith(".png"))
        return std::nullopt;
    const QList<QByteArray> parts = path.mid(prefix.size(), path.size() - prefix.size() - 4).split('/');
    if (parts.size() != 4 || parts.at(0) != key)
        return std::nullopt;
    // One URL per tile: no leading zeros.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() > 1 && parts.at(i).front() == '0')
            return std::nullopt;
    }
    const auto z = decimal(parts.at(1), 2);
    const auto x = decimal(parts.at(2), 7);
    const auto y = decimal(parts.at(3), 7);
    if (!z || !x || !y)
        return std::nullopt;
    const TileId id { *z, *x, *y };
    return id.isValid() ? std::optional(id) : std::nullopt;
}

/// Whether a Host header names this machine's loopback interface (any port).
bool isLoopbackHost(const QByteArray &host)
{
    QByteArray name = host.toLower();
    if (name.startsWith('[')) {
        name = name.left(name.indexOf(']') + 1);
    } else if (const qsizetype colon = name.indexOf(':'); colon >= 0) {
        name.truncate(colon);
    }
    return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

/// One client connection: parses requests off the socket, queues their answers in order, and
/// writes each as soon as it and everything before it are known. Owned by the server; deletes
/// itself when the client goes away.
class TileServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, TileServer *server);
    ~Connection() override;

private:
    struct Answer {
        QByteArray bytes; ///< the whole response, once known
        bool ready = false;
        bool close = false; ///< close the connection after it
        bool head = false;
        const QObject *provider = nullptr; ///< while waiting: who renders the tile (identity only)
        TileId id;
    };

    void process();
    bool parseOne();
    void answer(QByteArray bytes, bool keepAlive);
    void await(TileProvider *provider, const TileId &id, bool head, bool keepAlive);
    void subscribe(TileProvider *provider);
    void deliver(const QObject *provider, const TileId &id, const QByteArray &png, const QString &error);
    bool writeReady();

    TileServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    std::deque<Answer> m_answers;
    QList<const QObject *> m_subscribed;
    QTimer m_idle;
    bool m_closing = false;  ///< an answer that closes the connection is queued: parse nothing more
    bool m_finished = false; ///< the socket is closing or closed: write nothing more
};

TileServer::Connection::Connection(QTcpSocket *socket, TileServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    m_server->m_connections.append(this);
    m_socket->setParent(this);
    m_socket->setReadBufferSize(s_readBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_idle.start();
        process();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_finished = true;
        deleteLater();
    });
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        // Waiting for a render is not idling.
        if (!m_answers.empty()) {
            m_idle.start();
            return;
        }
        m_finished = true;
        m_socket->disconnectFromHost();
    });
    m_idle.start();
    process();
}

TileServer::Connection::~Connection()
{
    m_server->m_connections.removeOne(this);
}

void TileServer::Connection::process()
{
    do {
        if (m_finished)
            return;
        if (!m_closing && m_answers.size() < s_maxQueued)
            m_buffer += m_socket->readAll();
        while (!m_closing && m_answers.size() < s_maxQueued && parseOne()) { }
    } while (writeReady());
}

/// Parses one request off the buffer and queues its answer. False when the buffer holds no whole
/// request yet, or the connection is to close.
bool TileServer::Connection::parseOne()
{
    // Servers should ignore empty lines before a request (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if ((end < 0 && m_buffer.size() > maxHeaderBytes) || end + 4 > maxHeaderBytes) {
        answer(errorResponse(431, false, false), false);
        return false;
    }
    if (end < 0)
        return false;
    const auto malformed = [this] {
        answer(errorResponse(400, false, false), false);
        return false;
    };
    QList<QByteArray> lines = m_buffer.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty())
        return malformed();
    const QByteArray &method = requestLine.at(0);
    QByteArray target = requestLine.at(1);
    const QByteArray &version = requestLine.at(2);
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/") && isDigit(version.at(5))
            && version.at(6) == '.' && isDigit(version.at(7));
        if (!wellFormed)
            return malformed();
        answer(errorResponse(505, false, false), false);
        return false;
    }
    // Absolute form ("http://host/path"), as sent to proxies: the path is what matters here.
    if (target.startsWith("http://")) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/'))
        return malformed();

    QList<QByteArray> hosts;
    bool close = false;
    bool keepAliveAsked = false;
    std::optional<qint64> contentLength;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no space before the colon (RFC 9112, 5.1 and 5.2).
        if (colon <= 0 || !isToken(line.left(colon)))
            return malformed();
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            hosts.append(value);
        } else if (name == "connection") {
            for (const QByteArray &option : value.split(',')) {
                close = close || option.trimmed().toLower() == "close";
                keepAliveAsked = keepAliveAsked || option.trimmed().toLower() == "keep-alive";
            }
        } else if (name == "content-length") {
            const auto length = decimal(value, 9);
            if (!length || (contentLength && *contentLength != *length))
                return malformed();
            contentLength = *length;
        } else if (name == "transfer-encoding") {
            // A chunked body cannot be skipped without decoding it; tile requests never have one.
            return malformed();
        }
    }
    if (contentLength.value_or(0) > s_maxBodyBytes) {
        answer(errorResponse(413, false, false), false);
        return false;
    }
    const qsizetype requestSize = end + 4 + contentLength.value_or(0);
    if (m_buffer.size() < requestSize)
        return false; // the body is still on its way
    m_buffer.remove(0, requestSize);

    const bool keepAlive = !close && (http11 || keepAliveAsked);
    // HTTP/1.1 needs exactly one Host (RFC 9112, 3.2). A name that is not loopback means a page
    // that rebound its own name to 127.0.0.1: refused.
    if ((http11 && hosts.size() != 1) || hosts.size() > 1 || (!hosts.isEmpty() && !isLoopbackHost(hosts.first())))
        return malformed();
    const bool head = method == "HEAD";
    if (!head && method != "GET") {
        answer(errorResponse(405, false, keepAlive, "Allow: GET, HEAD\r\n"), keepAlive);
        return true;
    }
    TileProvider *provider = m_server->m_provider;
    if (!provider) {
        answer(errorResponse(503, head, keepAlive), keepAlive);
        return true;
    }
    const std::optional<TileId> id = tileOfPath(target, provider->key().toLatin1());
    if (!id) {
        answer(errorResponse(404, head, keepAlive), keepAlive);
        return true;
    }
    await(provider, *id, head, keepAlive);
    return true;
}

void TileServer::Connection::answer(QByteArray bytes, bool keepAlive)
{
    m_answers.push_back({ std::move(bytes), true, !keepAlive, false, nullptr, {} });
    m_closing = m_closing || !keepAlive;
}

void TileServer::Connection::await(TileProvider *provider, const TileId &id, bool head, bool keepAlive)
{
    subscribe(provider);
    m_answers.push_back({ {}, false, !keepAlive, head, provider, id });
    m_closing = m_closing || !keepAlive;
    // Answered later, through the signals subscribed to, even from the cache.
    provider->request(id);
}

void TileServer::Connection::subscribe(TileProvider *provider)
{
    if (m_subscribed.contains(provider))
        return;
    const QObject *source = provider;
    m_subscribed.append(source);
    connect(provider, &TileProvider::tileReady, this,
        [this, source](const TileId &id, const QByteArray &png) { deliver(source, id, png, {}); });
    connect(provider, &TileProvider::tileFailed, this,
        [this, source](const TileId &id, const QString &error) { deliver(source, id, {}, error); });
    connect(provider, &QObject::destroyed, this, [this, source] {
        m_subscribed.removeOne(source);
        for (Answer &waiting : m_answers) {
            if (!waiting.ready && waiting.provider == source) {
                waiting.bytes = errorResponse(503, waiting.head, !waiting.close);
                waiting.ready = true;
            }
        }
        process();
    });
}

void TileServer::Connection::deliver(
    const QObject *provider, const TileId &id, const QByteArray &png, const QString &error)
{
    bool any = false;
    for (Answer &waiting : m_answers) {
        if (waiting.ready || waiting.provider != provider || !(waiting.id == id))
            continue;
        waiting.bytes = png.isEmpty() ? errorResponse(500, waiting.head, !waiting.close, {}, error.toUtf8())
                                      : response(200, "image/png", png, waiting.head, !waiting.close);
        waiting.ready = true;
        any = true;
    }
    if (any)
        process();
}

/// Writes the answers at the front of the queue that are known. True when it wrote any.
bool TileServer::Connection::writeReady()
{
    bool wrote = false;
    while (!m_answers.empty() && m_answers.front().ready) {
        const Answer done = std::move(m_answers.front());
        m_answers.pop_front();
        if (m_finished || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_finished = true;
            return false;
        }
        m_socket->write(done.bytes);
        ++m_server->m_responses;
        m_idle.start();
        wrote = true;
        if (done.close) {
            m_answers.clear();
            m_buffer.clear();
            m_finished = true;
            m_socket->disconnectFromHost();
            return false;
        }
    }
    return wrote;
}

TileServer::TileServer(TileProvider *provider, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_provider(provider)
{
    connect(m_server, &QTcpServer::newConnection, this, &TileServer::acceptConnections);
}

TileServer::~TileServer()
{
    // Connections first: they unregister themselves from this object.
    closeConnections();
}

bool TileServer::start(QString *error)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("Cannot serve map tiles on 127.0.0.1: %1").arg(m_server->errorString());
        return false;
    }
    return true;
}

void TileServer::stop()
{
    m_server->close();
    closeConnections();
}

bool TileServer::isListening() const
{
    return m_server->isListening();
}

quint16 TileServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QUrl TileServer::baseUrl() const
{
    if (!m_server->isListening() || !m_provider)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/tiles/%2/").arg(port()).arg(m_provider->key()));
}

void TileServer::setProvider(TileProvider *provider)
{
    m_provider = provider;
}

void TileServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        new Connection(socket, this);
    }
}

void TileServer::closeConnections()
{
    const QList<Connection *> connections = m_connections;
    qDeleteAll(connections);
}

} // namespace atlas
