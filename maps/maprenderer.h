#pragma once

#include "mapscene.h"
#include "mapviewport.h"
#include "theme.h"

#include <QPainterPath>
#include <QRectF>

#include <atomic>

class QPainter;

namespace atlas {

/// What the renderer draws besides the data, and how big things are.
struct RenderOptions {
    bool graticule = true;
    bool labels = true;
    bool legend = true;
    bool attribution = true;
    /// Multiplies symbol sizes, line widths and fonts: 1 on screen; larger for print at a physical size.
    double scale = 1.0;
};

/// Something the renderer drew, in logical pixels: for hit testing, tooltips and export manifests.
struct DrawnItem {
    EntityType type = EntityType::Site;
    QString id;
    QString label;
    QPointF anchorPx; ///< the site's centre, or the flow's midpoint
    QRectF boundsPx;
    QPainterPath hitShapePx; ///< where a click selects it
    QString tooltip;
};

struct RenderResult {
    QList<DrawnItem> sites;
    QList<DrawnItem> flows;
    QList<QRectF> labelRectsPx;
    bool cancelled = false;

    /// The topmost item under @p pixel (sites before flows), or nullptr.
    const DrawnItem *itemAt(QPointF pixel) const;
    /// Every site and flow whose anchor lies inside @p rectPx.
    QList<const DrawnItem *> itemsIn(const QRectF &rectPx) const;
};

/**
 * Draws a map (basemap, graticule, flows, sites, labels, legend) into any QPainter: a widget's
 * backing image, a PNG, an SVG or a PDF. A pure function of (viewport, scene, theme, options):
 * no state, no widgets; callable from any thread, several at once. Projected basemap layers come
 * from the ProjectedLayers cache. @p cancel, when set, is checked between layers.
 */
class MapRenderer
{
public:
    static RenderResult render(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const Theme &theme,
        const RenderOptions &options = {}, const std::atomic_bool *cancel = nullptr);

    /// Site symbol radius in pixels for a measure value (area proportional to the value).
    static double siteRadius(double measure, double maxMeasure, double scale = 1.0);
    /// Flow line width in pixels for a USD amount (area-like, square-root scale).
    static double flowWidth(double usd, double maxUsd, double scale = 1.0);
};

} // namespace atlas
