#pragma once

#include "mapscene.h"
#include "mapviewport.h"
#include "theme.h"

#include <QList>
#include <QPolygonF>
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
    /// Fill the image with the theme's window colour first; off for a transparent background
    /// (the ocean and land are still drawn).
    bool background = true;
};

/// Something the renderer drew, in logical pixels: for hit testing, tooltips and export manifests.
struct DrawnItem {
    EntityType type = EntityType::Site;
    QString id;
    QString label;
    QPointF anchorPx; ///< the site's centre, or the flow's midpoint
    QRectF boundsPx;
    double hitRadiusPx = 0;     ///< sites: a click within this distance of the anchor selects it
    QList<QPolygonF> linesPx;   ///< flows: the drawn polylines
    double lineHalfWidthPx = 0; ///< flows: a click this close to a line selects it
    QString tooltip;

    /// Whether a click at @p pixel hits this item.
    bool hits(QPointF pixel) const;
};

struct RenderResult {
    QList<DrawnItem> sites;
    QList<DrawnItem> flows;
    QList<QRectF> labelRectsPx;
    bool cancelled = false;

    /// The item under @p pixel, or nullptr: sites before flows; of overlapping sites the one
    /// whose centre is nearest; of flows the topmost.
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
    static RenderResult render(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
        const Theme &theme, const RenderOptions &options = {}, const std::atomic_bool *cancel = nullptr);
};

/**
 * The sizes of one scene's symbols: site radius for a measure (area proportional to the value)
 * and flow width for an amount (square-root scale), shared by the map and its legend. The
 * largest symbol shrinks as a scene gets crowded (hundreds of sites or flows), so dense data
 * stays legible instead of merging into a blot.
 */
struct SymbolScale {
    double maxMeasure = 0;
    double maxRadiusPx = 0;
    double maxUsd = 0;
    double maxWidthPx = 0;
    double scale = 1;

    static SymbolScale of(const MapScene &scene, double scale);
    double siteRadius(double measure) const;
    double flowWidth(double usd) const;
};

} // namespace atlas
