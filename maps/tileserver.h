#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace atlas {

class TileProvider;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that serves a TileProvider's tiles to slippy maps
 * which only know how to fetch tiles over HTTP (QtLocation's OSM plugin with
 * osm.mapping.custom.host = baseUrl()), so the street map works with no network at all.
 *
 * Serves GET and HEAD of /tiles/<key>/<z>/<x>/<y>.png, where <key> is the provider's cache key:
 * a new theme or basemap means a new provider, a new key and so new URLs, which no client cache
 * confuses with the old tiles. Answers 200 (image/png, Content-Length, Cache-Control: max-age),
 * 404 for another key or a tile that does not exist, 405 for other methods, 400 for malformed
 * requests and 431 for headers over maxHeaderBytes (then closes). Connections are kept alive and
 * may carry many requests, answered in order; tiles are awaited asynchronously, so one slow
 * render never blocks other connections. A client may go away at any time.
 *
 * Listens only on the loopback interface, on a port the system chooses; requests whose Host is
 * not a loopback name are refused (a web page cannot rebind a name of its own to it). Lives on
 * the GUI thread, with the provider; does not own the provider.
 */
class TileServer : public QObject
{
    Q_OBJECT

public:
    /// Longest request head (request line and headers) accepted.
    static constexpr qsizetype maxHeaderBytes = qsizetype(16) * 1024;
    /// How long clients may keep a tile: one day. URLs change with everything that changes the
    /// pixels, so a tile never changes under its URL; the limit only bounds stale client caches
    /// across program versions.
    static constexpr int maxAgeSeconds = 24 * 60 * 60;
    /// A connection with nothing to do is closed after this long.
    static constexpr int idleTimeoutMs = 60 * 1000;
    /// At most this many connections at once; more are closed at once.
    static constexpr int maxConnections = 64;

    explicit TileServer(TileProvider *provider, QObject *parent = nullptr);
    ~TileServer() override;

    /// Starts listening on 127.0.0.1 on a free port. Returns false with a translated *error
    /// when it cannot. Starting a running server does nothing and succeeds.
    bool start(QString *error = nullptr);
    /// Stops listening and closes every connection.
    void stop();
    bool isListening() const;
    /// The port listened on; 0 when not listening.
    quint16 port() const;
    /// "http://127.0.0.1:<port>/tiles/<key>/": the custom host for the OSM plugin, which appends
    /// "<z>/<x>/<y>.png". Empty when not listening or without a provider.
    QUrl baseUrl() const;

    /// Serves @p provider's tiles from now on (under its key); requests waiting for the previous
    /// provider's tiles are still answered by it.
    void setProvider(TileProvider *provider);
    TileProvider *provider() const { return m_provider; }

    /// Open connections, and responses written since start: for tests and statistics.
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    int responseCount() const { return m_responses; }

private:
    class Connection;
    friend class Connection;

    void acceptConnections();
    void closeConnections();

    QTcpServer *m_server = nullptr;
    QPointer<TileProvider> m_provider;
    QList<Connection *> m_connections;
    int m_responses = 0;
};

} // namespace atlas
