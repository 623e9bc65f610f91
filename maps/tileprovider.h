#pragma once

#include "tilecache.h"
#include "tilerenderer.h"
#include "tiles.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace atlas {

/**
 * Tiles on demand for a slippy map: PNG bytes from the disk cache when it has them, otherwise
 * rendered with a TileRenderer on the provider's own thread pool (one thread per core), stored
 * in the cache and delivered.
 *
 * Lives on the GUI thread (its signals are emitted there, never from workers). request() returns
 * at once; the answer comes later through tileReady() or tileFailed(), also for cache hits, so
 * callers handle one path. Requests of a tile already on its way share its answer: one render,
 * one signal. A request that arrives after the answer starts again (from the cache).
 *
 * Destroying the provider while renders run is safe: it cancels them and waits for its pool;
 * results still queued for it are dropped with it. Owned by whoever shows the tiles (the street
 * map view, which also owns the TileServer that asks it).
 */
class TileProvider : public QObject
{
    Q_OBJECT

public:
    /// Renders with @p renderer and caches under @p cacheRoot in the directory of the key made
    /// from the renderer's theme, size, pixel ratio and @p basemapIdentity (TileCache::key()).
    TileProvider(const TileRenderer &renderer, const QString &basemapIdentity,
        const QString &cacheRoot = TileCache::defaultRoot(), QObject *parent = nullptr);
    ~TileProvider() override;

    /// Asks for a tile; answered later by tileReady() or tileFailed() for @p id. An invalid id is
    /// answered with tileFailed().
    void request(const TileId &id);
    /// Whether @p id is being fetched or rendered (asked for and not answered yet).
    bool isPending(const TileId &id) const { return m_pending.contains(id); }
    /// How many tiles are asked for and not answered yet: for a progress indicator.
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    /// Stops every render that has not finished; each of their tiles is answered with
    /// tileFailed(). Cached tiles already on their way are still delivered.
    void cancelAll();

    const TileRenderer &renderer() const { return *m_renderer; }
    /// The cache's key: changes with everything that changes the pixels (the tile URLs use it).
    const QString &key() const { return m_cache->key(); }
    const TileCache &cache() const { return *m_cache; }

    /// Tiles rendered (not found in the cache) and cache hits so far: for tests and statistics.
    int rendersDone() const { return m_rendersDone; }
    int cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    /// A whole PNG of @p id.
    void tileReady(atlas::TileId id, const QByteArray &png);
    /// @p id could not be made: rendering failed or was cancelled. @p error is translated.
    void tileFailed(atlas::TileId id, const QString &error);
    /// pendingCount() changed: a tile was asked for, or answered.
    void pendingChanged();

private:
    void finish(const TileId &id, quint64 jobSerial, const QByteArray &png, const QString &error, bool rendered);

    std::shared_ptr<const TileRenderer> m_renderer;
    std::shared_ptr<TileCache> m_cache;
    /// Tiles asked for and not answered, with the serial of the job that will answer them.
    QHash<TileId, quint64> m_pending;
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_cancels;
    quint64 m_nextSerial = 1;
    int m_rendersDone = 0;
    int m_cacheHits = 0;
    QThreadPool m_pool;
};

} // namespace atlas
