#pragma once

#include "dataset.h"
#include "theme.h"

#include <QPainterPath>

class QPainter;

namespace atlas {

/// The shapes and status styles of site symbols, shared by the map and its legend.
class SiteSymbol
{
public:
    /// The outline of a @p kind symbol of radius @p radius centred on (0, 0): a circle for data
    /// centres, a diamond for AI growth zones, a square for supercomputers, a triangle for AI
    /// factories, a hexagon for quantum-AI centres. Shapes of one radius have similar areas.
    static QPainterPath shape(SiteKind kind, double radius);

    /// Paints a symbol at @p centre in @p colour with the style of @p status, so that status reads
    /// without colour: hollow with a dotted outline when announced, hollow when planned, dashed
    /// and lightly filled when under construction, solid when operational, struck through once
    /// when stalled and crossed when cancelled.
    static void paint(QPainter &painter, QPointF centre, SiteKind kind, SiteStatus status, double radius,
        const QColor &colour, const Theme &theme, double scale);
};

} // namespace atlas
