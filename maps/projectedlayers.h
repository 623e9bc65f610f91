#pragma once

#include "basemap.h"
#include "projection.h"

#include <QPainterPath>
#include <QPolygonF>

#include <memory>

namespace atlas {

/// One basemap layer projected: a path per feature, in projected metres, with its bounds.
struct ProjectedLayer {
    struct Feature {
        QString isoA2;
        QString name;
        QPainterPath path; ///< odd-even filled
        QRectF bounds;
    };
    QList<Feature> features;
};

/**
 * Projects basemap layers and lon-lat lines for one projection: cuts them at the seam (or clips
 * them to the visible cap), densifies, and projects in batches. Projected basemap layers are
 * cached per (basemap, layer, projection) process-wide, so panning and zooming never project
 * again and switching back to a projection is instant. Thread-safe: render jobs on worker
 * threads call it concurrently.
 */
class ProjectedLayers
{
public:
    static std::shared_ptr<const ProjectedLayer> layer(
        const std::shared_ptr<const Basemap> &basemap, BasemapLayer which, const ProjectionSpec &spec);

    /// A lon-lat polyline (already densified) made ready for @p projection: cut or clipped and
    /// projected; each piece is a projected polyline in metres.
    static QList<QPolygonF> projectLine(const QPolygonF &lonLat, const Projection &projection);
    /// Many lines at once, projected in one batch (far faster than line by line).
    static QList<QList<QPolygonF>> projectLines(const QList<QPolygonF> &lonLat, const Projection &projection);

    /// The graticule (meridians and parallels every @p stepDeg), projected.
    static QPainterPath graticule(const Projection &projection, double stepDeg);

    /// Number of cached layers (for tests and the benchmark).
    static int cachedCount();
    static void clearCache();
};

} // namespace atlas
