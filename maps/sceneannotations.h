#pragma once

#include "dataset.h"
#include "mapviewport.h"
#include "theme.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace atlas {

/**
 * Draws a scene's annotations over a map: callouts (a dot at the point, a leader and the text
 * in a box) and arrows (a curved arrow from one point to another, labelled at its start). Anchored
 * to lon-lat positions through the viewport, sized by @p scale like the map's symbols, in the
 * theme's colours. Used by the presentation and by handouts.
 */
class SceneAnnotations
{
public:
    /// Paints @p annotations; returns the rectangles their texts took, in pixels.
    static QList<QRectF> paint(QPainter &painter, const MapViewport &viewport,
        const QList<SceneAnnotation> &annotations, const Theme &theme, double scale, const QString &language);
};

} // namespace atlas
