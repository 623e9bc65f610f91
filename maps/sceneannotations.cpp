#include "sceneannotations.h"

#include "figurechart.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace atlas {

namespace {

std::optional<QPointF> pixelOf(const Projection &projection, const MapViewport &viewport, QPointF lonLat)
{
    const std::optional<QPointF> projected = projection.forward(lonLat);
    if (!projected)
        return std::nullopt;
    return viewport.toPixel(*projected);
}

/// A text in a rounded box with a border, its top-left at @p topLeft.
QRectF drawBox(
    QPainter &painter, QPointF topLeft, const QStringList &lines, const QFont &font, const Theme &theme, double scale)
{
    const QFontMetricsF metrics = fontMetrics(font);
    double width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const double padding = 5 * scale;
    const QRectF box(
        topLeft, QSizeF(width + 2 * padding, metrics.height() * static_cast<double>(lines.size()) + 2 * padding));
    painter.setPen(QPen(theme.text, 1.2 * scale));
    painter.setBrush(theme.window);
    painter.drawRoundedRect(box, 4 * scale, 4 * scale);
    painter.setPen(theme.text);
    painter.setFont(font);
    double y = box.top() + padding;
    for (const QString &line : lines) {
        painter.drawText(QPointF(box.left() + padding, y + metrics.ascent()), line);
        y += metrics.height();
    }
    return box;
}

} // namespace

QList<QRectF> SceneAnnotations::paint(QPainter &painter, const MapViewport &viewport,
    const QList<SceneAnnotation> &annotations, const Theme &theme, double scale, const QString &language)
{
    QList<QRectF> boxes;
    if (annotations.isEmpty())
        return boxes;
    const Projection projection(viewport.projection);
    const QRectF image(QPointF(0, 0), QSizeF(viewport.sizePx));
    QFont font = theme.labelFont;
    font.setPointSizeF(theme.labelFont.pointSizeF() * 1.1 * scale);
    font.setBold(true);
    const double maxTextWidth = 220 * scale;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const SceneAnnotation &annotation : annotations) {
        const std::optional<QPointF> at = pixelOf(projection, viewport, annotation.at);
        if (!at)
            continue;
        const QStringList lines = wrapText(annotation.text.text(language), font, maxTextWidth, 4);
        if (annotation.kind == AnnotationKind::Callout) {
            const QFontMetricsF metrics = fontMetrics(font);
            double width = 0;
            for (const QString &line : lines)
                width = std::max(width, metrics.horizontalAdvance(line));
            const double boxWidth = width + 10 * scale;
            const double boxHeight = metrics.height() * static_cast<double>(lines.size()) + 10 * scale;
            // The box sits on a leader from the point: up and towards the side with more room
            // first, then below, then on the other side; the first place that covers no earlier
            // box wins.
            const bool towardsRight = at->x() < image.center().x();
            QPointF elbow;
            QRectF box;
            for (const auto &[right, up] : { std::pair { towardsRight, true }, std::pair { towardsRight, false },
                     std::pair { !towardsRight, true }, std::pair { !towardsRight, false } }) {
                const QPointF candidateElbow
                    = *at + QPointF(right ? 28 * scale : -28 * scale, up ? -28 * scale : 28 * scale);
                QPointF topLeft(right ? candidateElbow.x() : candidateElbow.x() - boxWidth,
                    up ? candidateElbow.y() - boxHeight : candidateElbow.y());
                // Keep the box on the screen.
                topLeft.setX(std::clamp(topLeft.x(), image.left() + 4 * scale, image.right() - boxWidth - 4 * scale));
                topLeft.setY(std::clamp(topLeft.y(), image.top() + 4 * scale, image.bottom() - boxHeight - 4 * scale));
                const QRectF candidate(topLeft, QSizeF(boxWidth, boxHeight));
                const bool free = std::none_of(boxes.cbegin(), boxes.cend(),
                    [&candidate](const QRectF &taken) { return taken.intersects(candidate); });
                if (box.isNull() || free) {
                    elbow = candidateElbow;
                    box = candidate;
                }
                if (free)
                    break;
            }
            painter.setPen(QPen(theme.text, 1.6 * scale, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(*at, elbow);
            painter.setBrush(theme.text);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(*at, 3.5 * scale, 3.5 * scale);
            if (!lines.isEmpty())
                boxes.append(drawBox(painter, box.topLeft(), lines, font, theme, scale));
            continue;
        }
        const std::optional<QPointF> to = pixelOf(projection, viewport, annotation.to);
        if (!to)
            continue;
        // A gentle curve bending to the left of the direction of travel.
        const QPointF direction = *to - *at;
        const double length = std::hypot(direction.x(), direction.y());
        if (length < 1)
            continue;
        const QPointF normal(-direction.y() / length, direction.x() / length);
        const QPointF control = (*at + *to) / 2 + normal * length * 0.18;
        QPainterPath path(*at);
        path.quadTo(control, *to);
        const double width = 3.2 * scale;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(theme.window, width + 3 * scale, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
        painter.setPen(QPen(theme.selection, width, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(path);
        // The head points along the curve's last tangent.
        const QPointF tangent = *to - control;
        const double tangentLength = std::max(1e-9, std::hypot(tangent.x(), tangent.y()));
        const QPointF along = tangent / tangentLength;
        const QPointF side(-along.y(), along.x());
        const double head = 12 * scale;
        const QPolygonF arrow { *to, *to - along * head + side * head * 0.5, *to - along * head - side * head * 0.5 };
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.selection);
        painter.drawPolygon(arrow);
        if (!lines.isEmpty())
            boxes.append(drawBox(painter, *at + QPointF(6 * scale, 6 * scale), lines, font, theme, scale));
    }
    painter.restore();
    return boxes;
}

} // namespace atlas
