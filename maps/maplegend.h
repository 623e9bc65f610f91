#pragma once

#include "mapscene.h"
#include "theme.h"

#include <QRectF>

class QPainter;

namespace atlas {

/**
 * The legend the engine draws on the map: site symbol sizes with values, flow widths with
 * amounts, kinds, status styles and the colours of the companies on the map. Painted in logical
 * pixels into a corner of the image.
 */
class MapLegend
{
public:
    /// The legend's size for @p scene, no taller than @p maxHeight if sections can be left out.
    static QSizeF size(const MapScene &scene, const Theme &theme, double scale, double maxHeight);
    /// Paints the legend in @p corner of @p imageRect, at most 60% of its height (leaving out the
    /// kinds, then the investors, then the status styles when it would be taller); returns the
    /// rectangle it used.
    static QRectF paint(QPainter &painter, const QRectF &imageRect, const MapScene &scene, const Theme &theme,
        double scale, Qt::Corner corner = Qt::BottomLeftCorner);

private:
    static QRectF layout(
        const MapScene &scene, const Theme &theme, double scale, double maxHeight, QPointF topLeft, QPainter *target);
};

} // namespace atlas
