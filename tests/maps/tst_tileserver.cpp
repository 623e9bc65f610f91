#include "atlascatch.h"
#include "tilefixture.h"

#include "tileprovider.h"
#include "tileserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

using namespace atlas;

namespace {

/// One reply of QNetworkAccessManager, as the street map's tile fetcher gets it.
struct Fetched {
    int status = 0;
    QByteArray body;
    QString contentType;
    qint64 contentLength = -1;
    QByteArray cacheControl;
};

Fetched finished(QNetworkReply *reply)
{
    REQUIRE(test::waitFor([reply] { return reply->isFinished(); }));
    Fetched fetched;
    fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    fetched.body = reply->readAll();
    fetched.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    fetched.contentLength = length.isValid() ? length.toLongLong() : -1;
    fetched.cacheControl = reply->rawHeader("Cache-Control");
    reply->deleteLater();
    return fetched;
}

/// The answer to one request over a raw socket.
struct HttpResponse {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

/// HTTP/1.1 spoken by hand, for what QNetworkAccessManager does not send.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE(test::waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000));
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    /// The next response, its body as long as Content-Length says; status 0 when none came.
    HttpResponse next(int timeoutMs = 60000)
    {
        HttpResponse response;
        test::waitFor(
            [&] {
                m_buffer += m_socket.readAll();
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const QByteArray head = m_buffer.left(end);
                const qsizetype at = head.toLower().indexOf("content-length:");
                const qsizetype length
                    = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (m_buffer.size() < end + 4 + length)
                    return false;
                response = { head.mid(9, 3).toInt(), head, m_buffer.mid(end + 4, length) };
                m_buffer.remove(0, end + 4 + length);
                return true;
            },
            timeoutMs);
        return response;
    }
    bool closedByServer()
    {
        return test::waitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &headers = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

/// A provider on a temporary cache and a started server, and a client that never uses a proxy.
struct Served {
    QTemporaryDir root;
    TileProvider provider { test::tileRenderer(), QStringLiteral("basemap"), root.path() };
    TileServer server { &provider };
    QNetworkAccessManager manager;

    Served()
    {
        QString error;
        REQUIRE(server.start(&error));
        CHECK(error.isEmpty());
        manager.setProxy(QNetworkProxy::NoProxy);
    }
    QByteArray path(const QByteArray &tile) const { return server.baseUrl().path().toLatin1() + tile; }
    QNetworkReply *get(const QByteArray &tile)
    {
        return manager.get(QNetworkRequest(server.baseUrl().resolved(QUrl(QString::fromLatin1(tile)))));
    }
};

} // namespace

TEST_CASE("The tile server serves PNG tiles over HTTP on 127.0.0.1", "[tiles][server]")
{
    Served served;
    REQUIRE(served.server.isListening());
    REQUIRE(served.server.port() > 0);
    CHECK(served.server.baseUrl()
        == QUrl(QStringLiteral("http://127.0.0.1:%1/tiles/%2/").arg(served.server.port()).arg(served.provider.key())));

    const Fetched tile = finished(served.get("6/31/21.png"));
    CHECK(tile.status == 200);
    CHECK(tile.contentType == QLatin1String("image/png"));
    CHECK(tile.contentLength == tile.body.size());
    CHECK(tile.cacheControl.startsWith("max-age="));
    CHECK(test::decodedPng(tile.body) == test::plainImage(test::tileRenderer().render({ 6, 31, 21 })));

    const Fetched head = finished(
        served.manager.head(QNetworkRequest(served.server.baseUrl().resolved(QUrl(QStringLiteral("6/31/21.png"))))));
    CHECK(head.status == 200);
    CHECK(head.body.isEmpty());
    CHECK(head.contentLength == tile.body.size());

    // Another key, tiles that do not exist, and paths that are not tiles.
    for (const char *path : { "/tiles/0123456789abcdef/6/31/21.png", "6/64/21.png", "21/0/0.png", "6/31/-1.png",
             "6/x/21.png", "6/31/21.jpg", "6/31/21", "6/31/21/0.png", "6/31/0021.png", "/", "/tiles/" }) {
        INFO(path);
        CHECK(finished(served.get(path)).status == 404);
    }
    CHECK(served.provider.rendersDone() == 1);
}

TEST_CASE("The tile server refuses what it does not serve", "[tiles][server]")
{
    Served served;
    const QByteArray tile = served.path("3/4/2.png");
    SECTION("other methods: 405, and the connection stays usable")
    {
        RawClient client(served.server.port());
        client.send(request("POST", tile, "Content-Length: 5\r\n") + "hello");
        const HttpResponse refused = client.next();
        CHECK(refused.status == 405);
        CHECK(refused.head.contains("Allow: GET, HEAD"));
        client.send(request("DELETE", tile));
        CHECK(client.next().status == 405);
        client.send(request("GET", tile));
        CHECK(client.next().status == 200);
    }
    SECTION("malformed requests: 400, and the connection is closed")
    {
        const QList<QByteArray> malformed {
            "HELLO\r\n\r\n",
            "GET " + tile + "\r\n\r\n",
            "GET " + tile + " HTTP/1.1\r\n\r\n",         // HTTP/1.1 without a Host
            request("GET", tile, "Host: 127.0.0.1\r\n"), // two
            "GET " + tile + " HTTP/1.1\r\nHost: rebound.example:80\r\n\r\n",
            request("GET", tile, "Content-Length: x\r\n"),
            request("GET", tile, "Transfer-Encoding: chunked\r\n"),
            request("GET", tile, " folded\r\n"),
            request("GET", tile, "No colon\r\n"),
        };
        for (const QByteArray &bad : malformed) {
            INFO(bad.toStdString());
            RawClient client(served.server.port());
            client.send(bad);
            CHECK(client.next().status == 400);
            CHECK(client.closedByServer());
        }
        RawClient client(served.server.port());
        client.send("GET " + tile + " HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n");
        CHECK(client.next().status == 505);
    }
    SECTION("headers over the limit: 431, and the connection is closed")
    {
        RawClient client(served.server.port());
        client.send(request("GET", tile, "X-Padding: " + QByteArray(TileServer::maxHeaderBytes, 'a') + "\r\n"));
        CHECK(client.next().status == 431);
        CHECK(client.closedByServer());
        RawClient endless(served.server.port());
        endless.send("GET " + tile + " HTTP/1.1\r\nX-Padding: " + QByteArray(TileServer::maxHeaderBytes, 'a'));
        CHECK(endless.next().status == 431);
        CHECK(endless.closedByServer());
    }
    // None of that disturbed it.
    CHECK(finished(served.get("3/4/2.png")).status == 200);
}

TEST_CASE("The tile server keeps connections alive and answers in order", "[tiles][server]")
{
    Served served;
    SECTION("QNetworkAccessManager reuses its connection for the next tiles")
    {
        const QByteArray first = finished(served.get("5/15/10.png")).body;
        REQUIRE(served.server.connectionCount() == 1);
        CHECK(finished(served.get("5/16/10.png")).status == 200);
        CHECK(finished(served.get("5/15/10.png")).body == first);
        CHECK(served.server.connectionCount() == 1);
        CHECK(served.server.responseCount() == 3);
    }
    SECTION("two requests in a row on one socket, then two pipelined: a slow render first, a cached tile second")
    {
        RawClient client(served.server.port());
        client.send(request("GET", served.path("4/7/5.png")));
        const HttpResponse cached = client.next();
        CHECK(cached.status == 200);
        CHECK(cached.head.contains("Connection: keep-alive"));
        client.send(request("GET", served.path("4/8/5.png")));
        CHECK(client.next().status == 200);
        client.send(request("GET", served.path("8/127/85.png")) + request("GET", served.path("4/7/5.png")));
        const HttpResponse slow = client.next();
        const HttpResponse fast = client.next();
        CHECK(test::decodedPng(slow.body) == test::plainImage(test::tileRenderer().render({ 8, 127, 85 })));
        CHECK(fast.body == cached.body);
        CHECK(client.socket().state() == QAbstractSocket::ConnectedState);
        CHECK(served.server.connectionCount() == 1);
        // "Connection: close" is honoured after the answer.
        client.send(request("GET", served.path("4/7/5.png"), "Connection: close\r\n"));
        CHECK(client.next().body == cached.body);
        CHECK(client.closedByServer());
    }
}

TEST_CASE(
    "The tile server renders a tile once for concurrent clients and survives clients that leave", "[tiles][server]")
{
    Served served;
    SECTION("two clients ask for the same tile at once")
    {
        QNetworkReply *first = served.get("7/63/42.png");
        QNetworkReply *second = served.get("7/63/42.png");
        const Fetched a = finished(first);
        const Fetched b = finished(second);
        CHECK(a.status == 200);
        CHECK(b.status == 200);
        CHECK(a.body == b.body);
        CHECK(served.provider.rendersDone() == 1);
    }
    SECTION("a client disconnects while its tile renders")
    {
        {
            RawClient client(served.server.port());
            client.send(request("GET", served.path("9/255/170.png")));
            REQUIRE(test::waitFor([&] { return served.provider.isPending({ 9, 255, 170 }); }));
            client.socket().abort();
        }
        REQUIRE(test::waitFor([&] { return served.provider.rendersDone() == 1; }));
        REQUIRE(test::waitFor([&] { return served.server.connectionCount() == 0; }));
        CHECK(finished(served.get("9/255/170.png")).status == 200);
        CHECK(served.provider.rendersDone() == 1);
    }
    SECTION("the provider goes away while a tile renders: 503, then 503 until there is a new one")
    {
        auto provider
            = std::make_unique<TileProvider>(test::tileRenderer(), QStringLiteral("basemap"), served.root.path());
        served.server.setProvider(provider.get());
        RawClient client(served.server.port());
        client.send(request("GET", served.path("9/256/170.png")));
        REQUIRE(test::waitFor([&] { return provider->isPending({ 9, 256, 170 }); }));
        provider.reset();
        CHECK(client.next().status == 503);
        CHECK(served.server.baseUrl().isEmpty());
        client.send(request("GET", "/tiles/x/1/0/0.png"));
        CHECK(client.next().status == 503);
    }
}

TEST_CASE("A new theme means a new key and new URLs", "[tiles][server]")
{
    Served served;
    const QUrl lightUrl = served.server.baseUrl();
    TileProvider dark(test::tileRenderer(Theme::dark()), QStringLiteral("basemap"), served.root.path());
    served.server.setProvider(&dark);
    const QUrl darkUrl = served.server.baseUrl();
    CHECK(darkUrl != lightUrl);
    CHECK(darkUrl.port() == lightUrl.port());
    CHECK(finished(served.manager.get(QNetworkRequest(lightUrl.resolved(QUrl(QStringLiteral("2/1/1.png")))))).status
        == 404);
    const Fetched tile
        = finished(served.manager.get(QNetworkRequest(darkUrl.resolved(QUrl(QStringLiteral("2/1/1.png"))))));
    CHECK(tile.status == 200);
    CHECK(test::decodedPng(tile.body) == test::plainImage(test::tileRenderer(Theme::dark()).render({ 2, 1, 1 })));
    served.server.stop();
    CHECK_FALSE(served.server.isListening());
    CHECK(served.server.baseUrl().isEmpty());
}
