#include "tileprovider.h"

#include <QImage>
#include <QThread>

#include <utility>

namespace atlas {

TileProvider::TileProvider(
    const TileRenderer &renderer, const QString &basemapIdentity, const QString &cacheRoot, QObject *parent)
    : QObject(parent)
    , m_renderer(std::make_shared<const TileRenderer>(renderer))
    , m_cache(std::make_shared<TileCache>(cacheRoot,
          TileCache::key(renderer.theme(), renderer.tileSizePx(), renderer.devicePixelRatio(), basemapIdentity)))
{
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

TileProvider::~TileProvider()
{
    // Workers post their results to this object; once the pool is idle none can, and results
    // already posted are discarded with the object.
    for (const auto &cancel : std::as_const(m_cancels))
        cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void TileProvider::request(const TileId &id)
{
    if (m_pending.contains(id))
        return;
    const quint64 serial = m_nextSerial++;
    m_pending.insert(id, serial);
    Q_EMIT pendingChanged();
    if (!id.isValid()) {
        QMetaObject::invokeMethod(
            this,
            [this, id, serial] { finish(id, serial, {}, tr("There is no map tile %1").arg(id.toString()), false); },
            Qt::QueuedConnection);
        return;
    }
    // A cached tile is one small file: read here, which is quicker than queueing it behind renders.
    const QByteArray cached = m_cache->read(id);
    if (!cached.isEmpty()) {
        ++m_cacheHits;
        QMetaObject::invokeMethod(
            this, [this, id, serial, cached] { finish(id, serial, cached, {}, false); }, Qt::QueuedConnection);
        return;
    }
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancels.insert(serial, cancel);
    // The job holds its own references to the renderer and the cache; it touches this object only
    // to post its result, which the destructor's wait for the pool makes safe.
    m_pool.start([this, renderer = m_renderer, cache = m_cache, cancel, id, serial] {
        QByteArray png;
        QString error;
        if (!cancel->load()) {
            const QImage image = renderer->render(id, cancel.get());
            if (!image.isNull())
                png = TileRenderer::encodePng(image, &error);
            else if (!cancel->load())
                error = tr("Cannot render the map tile %1").arg(id.toString());
            // Not kept is fine: the tile is served all the same, and the cache records why.
            if (!png.isEmpty())
                cache->write(id, png);
        }
        const bool rendered = !png.isEmpty();
        if (cancel->load() && !rendered)
            error = tr("Rendering the map tile %1 was cancelled").arg(id.toString());
        QMetaObject::invokeMethod(
            this, [this, id, serial, png, error, rendered] { finish(id, serial, png, error, rendered); },
            Qt::QueuedConnection);
    });
}

void TileProvider::cancelAll()
{
    // Jobs not started yet are dropped from the pool; running ones stop at the renderer's next
    // check. Their tiles are answered now, and any late result finds no request and is dropped.
    m_pool.clear();
    QList<TileId> cancelled;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (const auto cancel = m_cancels.value(it.value())) {
            cancel->store(true);
            cancelled.append(it.key());
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    m_cancels.clear();
    for (const TileId &id : std::as_const(cancelled))
        Q_EMIT tileFailed(id, tr("Rendering the map tile %1 was cancelled").arg(id.toString()));
    if (!cancelled.isEmpty())
        Q_EMIT pendingChanged();
}

void TileProvider::finish(
    const TileId &id, quint64 jobSerial, const QByteArray &png, const QString &error, bool rendered)
{
    m_cancels.remove(jobSerial);
    if (rendered)
        ++m_rendersDone;
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || it.value() != jobSerial)
        return;
    m_pending.erase(it);
    if (png.isEmpty())
        Q_EMIT tileFailed(id, error);
    else
        Q_EMIT tileReady(id, png);
    Q_EMIT pendingChanged();
}

} // namespace atlas
