#pragma once

#include "projection.h"

#include <QRectF>
#include <QSize>
#include <QTransform>

namespace atlas {

/**
 * What part of the projected world an image shows: projection, centre (projected metres), scale
 * (metres per logical pixel) and the image's logical size and device pixel ratio. A plain value,
 * cheap to copy into render jobs. Map y grows north, pixel y grows down.
 */
struct MapViewport {
    ProjectionSpec projection;
    QPointF centre; ///< projected metres at the middle of the image
    double metresPerPixel = 20000;
    QSize sizePx { 1280, 720 }; ///< logical pixels
    double devicePixelRatio = 1;

    QTransform mapToPixel() const;
    QTransform pixelToMap() const;
    QPointF toPixel(QPointF mapPoint) const { return mapToPixel().map(mapPoint); }
    QPointF toMap(QPointF pixel) const { return pixelToMap().map(pixel); }
    /// The projected rectangle the image shows.
    QRectF mapRect() const;

    /// Zooms by @p factor (> 1 zooms in) keeping the map point under @p pixel where it is.
    void zoomAt(QPointF pixel, double factor);
    /// Moves the map with the mouse: the point at @p from ends up at @p to.
    void panBy(QPointF fromPixel, QPointF toPixel);

    /// The viewport showing @p mapRect whole, centred, in an image of @p size with a margin in pixels.
    static MapViewport fitting(
        const ProjectionSpec &projection, const QRectF &mapRect, QSize size, double marginPx = 12);
    /// The viewport showing the lon-lat box (west, south, east, north) whole; the box is sampled
    /// along its edges and projected, so it works for every projection.
    static MapViewport fittingLonLat(
        const ProjectionSpec &projection, const QRectF &lonLatBox, QSize size, double marginPx = 12);
    /// The projected bounding box of the lon-lat box, sampled along its edges; null if none of
    /// it projects.
    static QRectF lonLatExtent(const ProjectionSpec &projection, const QRectF &lonLatBox);
    /// The whole world of @p projection.
    static MapViewport world(const ProjectionSpec &projection, QSize size);

    friend bool operator==(const MapViewport &, const MapViewport &) = default;
};

} // namespace atlas
