#include "sitesymbol.h"

#include <QPainter>

#include <cmath>
#include <numbers>

namespace atlas {

namespace {
QPainterPath regularPolygon(int sides, double radius, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < sides; ++i) {
        const double angle = rotation + 2 * std::numbers::pi * i / sides;
        polygon.append(QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}
} // namespace

QPainterPath SiteSymbol::shape(SiteKind kind, double radius)
{
    QPainterPath path;
    switch (kind) {
    case SiteKind::DataCentre:
        path.addEllipse(QPointF(0, 0), radius, radius);
        return path;
    case SiteKind::AiGrowthZone:
        return regularPolygon(4, radius * 1.25, -std::numbers::pi / 2);
    case SiteKind::Supercomputer:
        path.addRect(QRectF(-radius * 0.886, -radius * 0.886, radius * 1.772, radius * 1.772));
        return path;
    case SiteKind::AiFactory:
        return regularPolygon(3, radius * 1.35, -std::numbers::pi / 2);
    case SiteKind::QuantumAiCentre:
        return regularPolygon(6, radius * 1.1, 0);
    }
    path.addEllipse(QPointF(0, 0), radius, radius);
    return path;
}

void SiteSymbol::paint(QPainter &painter, QPointF centre, SiteKind kind, SiteStatus status, double radius,
    const QColor &colour, const Theme &theme, double scale)
{
    const QPainterPath path = shape(kind, radius).translated(centre);
    QPen pen(colour.darker(130), 1.6 * scale);
    pen.setJoinStyle(Qt::RoundJoin);
    QColor fill = colour;
    // The colour may come dimmed (alpha < 1): status styles scale it rather than replace it.
    const double alpha = colour.alphaF();
    switch (status) {
    case SiteStatus::Announced:
    case SiteStatus::Planned:
        fill = theme.window;
        fill.setAlphaF(0.85 * alpha);
        pen.setColor(colour);
        pen.setWidthF(2.2 * scale);
        // Announced is a step less certain than planned: the same hollow symbol, outline dotted.
        if (status == SiteStatus::Announced) {
            pen.setStyle(Qt::DotLine);
            pen.setCapStyle(Qt::RoundCap);
        }
        break;
    case SiteStatus::UnderConstruction:
        fill.setAlphaF(0.35 * alpha);
        pen.setColor(colour.darker(110));
        pen.setWidthF(2.0 * scale);
        pen.setStyle(Qt::DashLine);
        break;
    case SiteStatus::Operational:
        fill.setAlphaF(0.9 * alpha);
        break;
    case SiteStatus::Stalled:
    case SiteStatus::Cancelled:
        fill.setAlphaF(0.45 * alpha);
        break;
    }
    pen.setColor(theme.flat(pen.color(), theme.land));
    painter.setPen(pen);
    painter.setBrush(theme.flat(fill, theme.land));
    painter.drawPath(path);
    if (status == SiteStatus::Stalled || status == SiteStatus::Cancelled) {
        // Stalled may resume: one stroke. Cancelled is over: crossed out.
        const double arm = radius * 0.75;
        painter.setPen(QPen(theme.text, 1.6 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre + QPointF(-arm, arm), centre + QPointF(arm, -arm));
        if (status == SiteStatus::Cancelled)
            painter.drawLine(centre + QPointF(-arm, -arm), centre + QPointF(arm, arm));
    }
}

} // namespace atlas
