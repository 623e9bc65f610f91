#include "projectedlayers.h"

#include "geometry.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

struct CacheKey {
    const Basemap *basemap;
    BasemapLayer layer;
    ProjectionSpec spec;
    friend bool operator==(const CacheKey &, const CacheKey &) = default;
};

size_t qHash(const CacheKey &key, size_t seed = 0)
{
    return qHashMulti(seed, reinterpret_cast<quintptr>(key.basemap), static_cast<int>(key.layer), key.spec);
}

constexpr int s_maxCachedLayers = 12;

struct Cache {
    QMutex mutex;
    QHash<CacheKey, std::shared_ptr<const ProjectedLayer>> layers;
    QList<CacheKey> order; ///< least recently used first
};

Cache &cache()
{
    static Cache s_cache;
    return s_cache;
}

/// Moves points on the seam (lon0 ± 180, where the cuts end) a hair inside it, as
/// Projection::outline() does. PROJ takes longitudes modulo 360: for lon0 ≠ 0 one side of the
/// seam lies beyond ±180 and wraps onto the other edge of the map, and a piece cut there would
/// stretch across the whole map.
void keepOffSeam(QPolygonF &points, double lon0Deg)
{
    for (QPointF &point : points)
        point.setX(std::clamp(point.x(), lon0Deg - 180 + 1e-9, lon0Deg + 180 - 1e-9));
}

/// Cuts or clips a lon-lat polygon the way the projection needs it.
QList<geo::Polygon> prepare(const geo::Polygon &polygon, const ProjectionSpec &spec)
{
    if (spec.isAzimuthal())
        return geo::clipPolygonToCap(polygon, QPointF(spec.lon0Deg, spec.lat0Deg), spec.capRadiusDeg());
    QList<geo::Polygon> pieces = geo::cutPolygonAtSeam(polygon, spec.lon0Deg);
    for (geo::Polygon &piece : pieces) {
        for (geo::Ring &ring : piece)
            keepOffSeam(ring, spec.lon0Deg);
    }
    if (spec.maxLatitudeDeg() < 90) {
        QList<geo::Polygon> clipped;
        for (const geo::Polygon &piece : std::as_const(pieces))
            clipped += geo::clipPolygonToLatitudes(piece, -spec.maxLatitudeDeg(), spec.maxLatitudeDeg());
        return clipped;
    }
    return pieces;
}

/// Projects every ring of every piece in one batched call and builds an odd-even path.
QPainterPath projectPieces(const QList<geo::Polygon> &pieces, const Projection &projection)
{
    QPolygonF all;
    QList<qsizetype> ringSizes;
    for (const geo::Polygon &piece : pieces) {
        for (const geo::Ring &ring : piece) {
            all += ring;
            ringSizes.append(ring.size());
        }
    }
    projection.forward(all);
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    qsizetype offset = 0;
    for (const qsizetype size : std::as_const(ringSizes)) {
        QPolygonF ring;
        ring.reserve(size);
        for (qsizetype i = 0; i < size; ++i) {
            const QPointF &point = all.at(offset + i);
            if (std::isfinite(point.x()))
                ring.append(point);
        }
        offset += size;
        if (ring.size() >= 3) {
            path.addPolygon(ring);
            path.closeSubpath();
        }
    }
    return path;
}

std::shared_ptr<const ProjectedLayer> build(const Basemap &basemap, BasemapLayer which, const ProjectionSpec &spec)
{
    const Projection projection(spec);
    auto layer = std::make_shared<ProjectedLayer>();
    for (const BasemapFeature &feature : basemap.features(which)) {
        QList<geo::Polygon> pieces;
        for (const geo::Polygon &polygon : feature.polygons)
            pieces += prepare(polygon, spec);
        if (pieces.isEmpty())
            continue;
        ProjectedLayer::Feature projected;
        projected.isoA2 = feature.isoA2;
        projected.name = feature.name;
        projected.path = projectPieces(pieces, projection);
        projected.bounds = projected.path.boundingRect();
        if (!projected.path.isEmpty())
            layer->features.append(projected);
    }
    return layer;
}

} // namespace

std::shared_ptr<const ProjectedLayer> ProjectedLayers::layer(
    const std::shared_ptr<const Basemap> &basemap, BasemapLayer which, const ProjectionSpec &spec)
{
    if (!basemap)
        return std::make_shared<ProjectedLayer>();
    const CacheKey key { basemap.get(), which, spec };
    Cache &shared = cache();
    {
        QMutexLocker locker(&shared.mutex);
        if (const auto it = shared.layers.constFind(key); it != shared.layers.cend()) {
            shared.order.removeOne(key);
            shared.order.append(key);
            return *it;
        }
    }
    // Projected outside the lock: two jobs may both build the same layer once; the result is the same.
    std::shared_ptr<const ProjectedLayer> layer = build(*basemap, which, spec);
    QMutexLocker locker(&shared.mutex);
    shared.layers.insert(key, layer);
    shared.order.removeOne(key);
    shared.order.append(key);
    while (shared.order.size() > s_maxCachedLayers)
        shared.layers.remove(shared.order.takeFirst());
    return layer;
}

QList<QPolygonF> ProjectedLayers::projectLine(const QPolygonF &lonLat, const Projection &projection)
{
    return projectLines({ lonLat }, projection).value(0);
}

QList<QList<QPolygonF>> ProjectedLayers::projectLines(const QList<QPolygonF> &lonLat, const Projection &projection)
{
    const ProjectionSpec &spec = projection.spec();
    // Cut or clip every line, and gather all pieces into one batch for PROJ.
    QList<QList<QPolygonF>> pieces;
    pieces.reserve(lonLat.size());
    QPolygonF batch;
    for (const QPolygonF &line : lonLat) {
        pieces.append(spec.isAzimuthal()
                ? geo::clipPolylineToCap(line, QPointF(spec.lon0Deg, spec.lat0Deg), spec.capRadiusDeg())
                : geo::cutPolylineAtSeam(line, spec.lon0Deg));
        for (QPolygonF &piece : pieces.last()) {
            if (!spec.isAzimuthal())
                keepOffSeam(piece, spec.lon0Deg);
            batch += piece;
        }
    }
    projection.forward(batch);
    QList<QList<QPolygonF>> result;
    result.reserve(pieces.size());
    qsizetype offset = 0;
    for (const QList<QPolygonF> &linePieces : std::as_const(pieces)) {
        QList<QPolygonF> projected;
        for (const QPolygonF &piece : linePieces) {
            // Split where points failed to project (beyond Web Mercator's latitudes, for one).
            QPolygonF run;
            for (qsizetype i = 0; i < piece.size(); ++i) {
                const QPointF &point = batch.at(offset + i);
                if (std::isfinite(point.x())) {
                    run.append(point);
                } else if (!run.isEmpty()) {
                    if (run.size() >= 2)
                        projected.append(run);
                    run.clear();
                }
            }
            offset += piece.size();
            if (run.size() >= 2)
                projected.append(run);
        }
        result.append(projected);
    }
    return result;
}

QPainterPath ProjectedLayers::graticule(const Projection &projection, double stepDeg)
{
    QPainterPath path;
    const double maxLat = std::min(projection.spec().maxLatitudeDeg(), 90.0);
    QList<QPolygonF> lines;
    const auto add = [&lines](const QPolygonF &line) { lines.append(line); };
    for (double lon = -180; lon < 180; lon += stepDeg) {
        QPolygonF meridian;
        // Meridians stop short of the poles, where they would all meet in a blot.
        const double limit = std::min(maxLat, 90.0 - stepDeg / 2);
        for (double lat = -limit; lat <= limit + 1e-9; lat += 1)
            meridian.append(QPointF(lon, lat));
        add(meridian);
    }
    for (double lat = -90 + stepDeg; lat < 90; lat += stepDeg) {
        if (std::abs(lat) > maxLat)
            continue;
        QPolygonF parallel;
        for (double lon = -180; lon <= 180; lon += 1)
            parallel.append(QPointF(lon, lat));
        add(parallel);
    }
    for (const QList<QPolygonF> &pieces : projectLines(lines, projection)) {
        for (const QPolygonF &piece : pieces)
            path.addPolygon(piece);
    }
    return path;
}

int ProjectedLayers::cachedCount()
{
    QMutexLocker locker(&cache().mutex);
    return static_cast<int>(cache().layers.size());
}

void ProjectedLayers::clearCache()
{
    QMutexLocker locker(&cache().mutex);
    cache().layers.clear();
    cache().order.clear();
}

} // namespace atlas
