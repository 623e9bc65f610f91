#include "mapviewport.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace atlas {

QTransform MapViewport::mapToPixel() const
{
    const double scale = 1.0 / metresPerPixel;
    QTransform transform;
    transform.translate(sizePx.width() / 2.0, sizePx.height() / 2.0);
    transform.scale(scale, -scale);
    transform.translate(-centre.x(), -centre.y());
    return transform;
}

QTransform MapViewport::pixelToMap() const
{
    return mapToPixel().inverted();
}

QRectF MapViewport::mapRect() const
{
    const QSizeF size(sizePx.width() * metresPerPixel, sizePx.height() * metresPerPixel);
    return { centre - QPointF(size.width() / 2, size.height() / 2), size };
}

void MapViewport::zoomAt(QPointF pixel, double factor)
{
    if (factor <= 0)
        return;
    const QPointF anchor = toMap(pixel);
    metresPerPixel /= factor;
    // Keep the anchor under the cursor: move the centre by the anchor's new pixel offset.
    const QPointF moved = toPixel(anchor) - pixel;
    centre += QPointF(moved.x() * metresPerPixel, -moved.y() * metresPerPixel);
}

void MapViewport::panBy(QPointF fromPixel, QPointF toPixel)
{
    const QPointF delta = toPixel - fromPixel;
    centre -= QPointF(delta.x() * metresPerPixel, -delta.y() * metresPerPixel);
}

MapViewport MapViewport::fitting(const ProjectionSpec &projection, const QRectF &mapRect, QSize size, double marginPx)
{
    MapViewport viewport;
    viewport.projection = projection;
    viewport.sizePx = size;
    viewport.centre = mapRect.center();
    const double usableWidth = std::max(1.0, size.width() - 2 * marginPx);
    const double usableHeight = std::max(1.0, size.height() - 2 * marginPx);
    viewport.metresPerPixel = std::max(mapRect.width() / usableWidth, mapRect.height() / usableHeight);
    if (!(viewport.metresPerPixel > 0))
        viewport.metresPerPixel = 1;
    return viewport;
}

QRectF MapViewport::lonLatExtent(const ProjectionSpec &projection, const QRectF &lonLatBox)
{
    QPolygonF samples;
    constexpr int steps = 24;
    for (int i = 0; i <= steps; ++i) {
        const double t = static_cast<double>(i) / steps;
        const double lon = lonLatBox.left() + t * lonLatBox.width();
        const double lat = lonLatBox.top() + t * lonLatBox.height();
        samples << QPointF(lon, lonLatBox.top()) << QPointF(lon, lonLatBox.bottom()) << QPointF(lonLatBox.left(), lat)
                << QPointF(lonLatBox.right(), lat);
    }
    Projection(projection).forward(samples);
    QRectF bounds;
    for (const QPointF &point : std::as_const(samples)) {
        if (std::isfinite(point.x()) && std::isfinite(point.y()))
            bounds = bounds.isNull() ? QRectF(point, QSizeF(1e-9, 1e-9))
                                     : bounds.united(QRectF(point, QSizeF(1e-9, 1e-9)));
    }
    return bounds;
}

MapViewport MapViewport::fittingLonLat(
    const ProjectionSpec &projection, const QRectF &lonLatBox, QSize size, double marginPx)
{
    const QRectF bounds = lonLatExtent(projection, lonLatBox);
    if (bounds.isNull())
        return world(projection, size);
    return fitting(projection, bounds, size, marginPx);
}

MapViewport MapViewport::world(const ProjectionSpec &projection, QSize size)
{
    return fitting(projection, Projection(projection).worldBounds(), size);
}

} // namespace atlas
