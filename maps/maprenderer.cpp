#include "maprenderer.h"

#include "basemap.h"
#include "geometry.h"
#include "maplegend.h"
#include "projectedlayers.h"
#include "sitesymbol.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace atlas {

namespace {

// Symbol and line sizes in logical pixels at scale 1.
constexpr double s_minSiteRadius = 4.5;
constexpr double s_maxSiteRadius = 24;
constexpr double s_minFlowWidth = 1.2;
constexpr double s_maxFlowWidth = 14;
constexpr double s_laneSpacing = 9; ///< pixels between flows that share both ends, at mid-arc

// Below this many metres per pixel the close-up basemap (1:50m, Admin-1 borders) is worth drawing.
constexpr double s_detailMetresPerPixel = 6000;
constexpr double s_admin1MetresPerPixel = 2500;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QPen cosmeticPen(const QColor &colour, double widthPx)
{
    QPen pen(colour, widthPx);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

double graticuleStep(double metresPerPixel)
{
    if (metresPerPixel > 15000)
        return 30;
    if (metresPerPixel > 4000)
        return 10;
    if (metresPerPixel > 1000)
        return 5;
    return 1;
}

/// Moves every point of a pixel polyline sideways by up to @p offset (most at the middle, none at
/// the ends), so flows between the same two places run side by side as distinct arcs.
QPolygonF offsetSideways(const QPolygonF &line, double offset)
{
    if (offset == 0 || line.size() < 2)
        return line;
    QList<double> along { 0 };
    for (qsizetype i = 1; i < line.size(); ++i)
        along.append(along.last() + QLineF(line.at(i - 1), line.at(i)).length());
    const double total = along.last();
    if (total <= 0)
        return line;
    const QLineF chord(line.first(), line.last());
    const QPointF normal = QPointF(-chord.dy(), chord.dx()) / std::max(1e-9, chord.length());
    QPolygonF result;
    for (qsizetype i = 0; i < line.size(); ++i)
        result.append(line.at(i) + normal * offset * std::sin(std::numbers::pi * along.at(i) / total));
    return result;
}

QPolygonF arrowHead(const QPolygonF &line, double width)
{
    if (line.size() < 2)
        return {};
    const QPointF tip = line.last();
    // Aim along the last stretch of the line that is long enough to have a direction.
    QPointF back = line.at(line.size() - 2);
    for (qsizetype i = line.size() - 2; i >= 0 && QLineF(line.at(i), tip).length() < width * 2; --i)
        back = line.at(i);
    const QLineF direction(back, tip);
    if (direction.length() <= 0)
        return {};
    const QPointF unit = (tip - back) / direction.length();
    const QPointF normal(-unit.y(), unit.x());
    const double length = std::max(7.0, width * 2.6);
    const double half = std::max(4.0, width * 1.5);
    const QPointF base = tip - unit * length;
    return QPolygonF { tip, base + normal * half, base - normal * half };
}

struct Placed {
    QRectF rect;
};

/// Greedy label placement: highest priority first, four candidate positions around each
/// symbol, a label is dropped rather than drawn over another label or a larger symbol.
class LabelPlacer
{
public:
    explicit LabelPlacer(QList<QRectF> obstacles)
        : m_taken(std::move(obstacles))
    {
    }

    std::optional<QRectF> place(const QRectF &symbol, QSizeF size, double gap, const QRectF &bounds)
    {
        const QPointF c = symbol.center();
        const std::array<QPointF, 6> candidates { {
            { symbol.right() + gap, c.y() - size.height() / 2 },
            { symbol.left() - gap - size.width(), c.y() - size.height() / 2 },
            { c.x() - size.width() / 2, symbol.top() - gap - size.height() },
            { c.x() - size.width() / 2, symbol.bottom() + gap },
            { symbol.right() + gap, symbol.top() - size.height() },
            { symbol.right() + gap, symbol.bottom() },
        } };
        for (const QPointF &topLeft : candidates) {
            const QRectF rect(topLeft, size);
            if (!bounds.contains(rect))
                continue;
            const bool clashes = std::any_of(m_taken.cbegin(), m_taken.cend(),
                [&rect](const QRectF &taken) { return taken.intersects(rect); });
            if (!clashes) {
                m_taken.append(rect);
                return rect;
            }
        }
        return std::nullopt;
    }

private:
    QList<QRectF> m_taken;
};

void drawHaloText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
    const QColor &halo, double scale)
{
    QPainterPath path;
    const QFontMetricsF metrics(font);
    path.addText(rect.left(), rect.top() + metrics.ascent(), font, text);
    painter.setPen(QPen(halo, 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
}

} // namespace

double MapRenderer::siteRadius(double measure, double maxMeasure, double scale)
{
    if (measure <= 0 || maxMeasure <= 0)
        return s_minSiteRadius * scale;
    return std::max(s_minSiteRadius, s_maxSiteRadius * std::sqrt(measure / maxMeasure)) * scale;
}

double MapRenderer::flowWidth(double usd, double maxUsd, double scale)
{
    if (usd <= 0 || maxUsd <= 0)
        return s_minFlowWidth * scale;
    return std::max(s_minFlowWidth, s_maxFlowWidth * std::sqrt(usd / maxUsd)) * scale;
}

const DrawnItem *RenderResult::itemAt(QPointF pixel) const
{
    // Sites sit on top of flows; among sites the last drawn (smallest) wins.
    for (auto it = sites.crbegin(); it != sites.crend(); ++it) {
        if (it->hitShapePx.contains(pixel))
            return &*it;
    }
    for (auto it = flows.crbegin(); it != flows.crend(); ++it) {
        if (it->hitShapePx.contains(pixel))
            return &*it;
    }
    return nullptr;
}

QList<const DrawnItem *> RenderResult::itemsIn(const QRectF &rectPx) const
{
    QList<const DrawnItem *> items;
    for (const DrawnItem &item : sites) {
        if (rectPx.contains(item.anchorPx))
            items.append(&item);
    }
    for (const DrawnItem &item : flows) {
        if (rectPx.contains(item.anchorPx))
            items.append(&item);
    }
    return items;
}

RenderResult MapRenderer::render(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
    const Theme &theme, const RenderOptions &options, const std::atomic_bool *cancel)
{
    RenderResult result;
    const double scale = options.scale;
    const QRectF imageRect(QPointF(0, 0), QSizeF(viewport.sizePx));
    const QTransform toPixel = viewport.mapToPixel();
    const QRectF visibleMap = viewport.mapRect();
    const Projection projection(viewport.projection);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(imageRect, theme.window);

    // The sphere: ocean inside the world's outline, window colour outside.
    QPainterPath sphere;
    sphere.addPolygon(projection.outline());
    sphere.closeSubpath();
    painter.setTransform(toPixel);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.ocean);
    painter.drawPath(sphere);
    painter.setClipPath(sphere);

    if (options.graticule) {
        painter.setPen(cosmeticPen(theme.graticule, 0.7 * scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(ProjectedLayers::graticule(projection, graticuleStep(viewport.metresPerPixel)));
    }
    if (cancelled(cancel)) {
        painter.restore();
        result.cancelled = true;
        return result;
    }

    // Countries, then the Admin-1 regions of selected sites, then Admin-1 borders close up.
    const bool detail = viewport.metresPerPixel < s_detailMetresPerPixel;
    const auto countries = ProjectedLayers::layer(scene.basemap,
        detail ? BasemapLayer::CountriesDetail : BasemapLayer::CountriesWorld, viewport.projection);
    painter.setPen(cosmeticPen(theme.border, 0.6 * scale));
    painter.setBrush(theme.land);
    for (const ProjectedLayer::Feature &feature : countries->features) {
        if (feature.bounds.intersects(visibleMap))
            painter.drawPath(feature.path);
    }
    if (cancelled(cancel)) {
        painter.restore();
        result.cancelled = true;
        return result;
    }
    const bool anySiteSelected = std::any_of(scene.sites.cbegin(), scene.sites.cend(),
        [](const SiteMark &site) { return site.selected; });
    if (scene.basemap && (anySiteSelected || viewport.metresPerPixel < s_admin1MetresPerPixel)) {
        const auto admin1 = ProjectedLayers::layer(scene.basemap, BasemapLayer::Admin1, viewport.projection);
        QSet<QString> highlighted;
        for (const SiteMark &site : scene.sites) {
            if (!site.selected)
                continue;
            if (const BasemapFeature *region = scene.basemap->admin1At(site.lonLat))
                highlighted.insert(region->name + u'|' + region->isoA2);
        }
        QColor highlight = theme.selection;
        highlight.setAlphaF(0.18);
        for (const ProjectedLayer::Feature &feature : admin1->features) {
            if (!feature.bounds.intersects(visibleMap))
                continue;
            const bool lit = highlighted.contains(feature.name + u'|' + feature.isoA2);
            if (lit) {
                painter.setPen(cosmeticPen(theme.selection, 1.4 * scale));
                painter.setBrush(highlight);
                painter.drawPath(feature.path);
            } else if (viewport.metresPerPixel < s_admin1MetresPerPixel) {
                painter.setPen(cosmeticPen(theme.border.lighter(115), 0.4 * scale));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(feature.path);
            }
        }
    }
    painter.setClipping(false);
    painter.setPen(cosmeticPen(theme.border.darker(115), 1.0 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(sphere);
    painter.resetTransform();

    const bool anySelection = anySiteSelected
        || std::any_of(scene.flows.cbegin(), scene.flows.cend(), [](const FlowMark &flow) { return flow.selected; });

    // Flows: great circles, densified in lon-lat, cut or clipped, projected, then drawn in pixels.
    const double maxUsd = scene.maxFlowUsd();
    for (const FlowMark &flow : scene.flows) {
        if (cancelled(cancel))
            break;
        const double lengthDeg = geo::angularDistanceDeg(flow.fromLonLat, flow.toLonLat);
        const QPolygonF lonLat = geo::greatCircle(flow.fromLonLat, flow.toLonLat, std::clamp(lengthDeg / 64, 0.05, 1.0));
        const QList<QPolygonF> pieces = ProjectedLayers::projectLine(lonLat, projection);
        if (pieces.isEmpty())
            continue;
        const double width = flowWidth(flow.usd, maxUsd, scale);
        const double lane = (flow.lane - (flow.lanes - 1) / 2.0) * s_laneSpacing * scale;
        QColor colour = flow.colour;
        colour.setAlphaF(anySelection && !flow.selected && !flow.related ? 0.18 : 0.72);
        QPen pen(colour, width, flow.hasUsd ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        DrawnItem item;
        item.type = EntityType::Investment;
        item.id = flow.investmentId;
        item.label = flow.label;
        item.tooltip = flow.tooltip;
        QPainterPath hit;
        QPolygonF longest;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            QPolygonF pixels = offsetSideways(toPixel.map(pieces.at(p)), pieces.size() == 1 ? lane : 0);
            if (flow.selected) {
                painter.setPen(QPen(theme.selection, width + 4 * scale, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
                painter.drawPolyline(pixels);
            }
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPolyline(pixels);
            // The arrowhead goes where the flow arrives: the end of the last piece.
            if (p == pieces.size() - 1) {
                painter.setPen(Qt::NoPen);
                QColor head = colour;
                head.setAlphaF(std::min(1.0, colour.alphaF() + 0.15));
                painter.setBrush(head);
                painter.drawPolygon(arrowHead(pixels, width));
            }
            QPainterPath piecePath;
            piecePath.addPolygon(pixels);
            QPainterPathStroker stroker;
            stroker.setWidth(std::max(8.0, width + 4));
            hit.addPath(stroker.createStroke(piecePath));
            if (pixels.size() > longest.size())
                longest = pixels;
        }
        item.hitShapePx = hit;
        item.boundsPx = hit.boundingRect();
        item.anchorPx = longest.isEmpty() ? QPointF() : longest.at(longest.size() / 2);
        if (item.boundsPx.intersects(imageRect))
            result.flows.append(item);
    }

    // Sites: largest first so small symbols stay visible on top.
    const double maxMeasure = scene.maxSiteMeasure();
    QPolygonF positions;
    for (const SiteMark &site : scene.sites)
        positions.append(site.lonLat);
    if (viewport.projection.isAzimuthal()) {
        // The far side of the globe is not drawn, even where PROJ could still project it.
        for (qsizetype i = 0; i < positions.size(); ++i) {
            if (!geo::inCap(positions.at(i), QPointF(viewport.projection.lon0Deg, viewport.projection.lat0Deg),
                    viewport.projection.capRadiusDeg()))
                positions[i] = QPointF(qQNaN(), qQNaN());
        }
    }
    projection.forward(positions);
    QList<qsizetype> order;
    for (qsizetype i = 0; i < scene.sites.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
        [&scene](qsizetype a, qsizetype b) { return scene.sites.at(a).measure > scene.sites.at(b).measure; });
    QList<QRectF> symbolRects;
    for (const qsizetype i : std::as_const(order)) {
        const SiteMark &site = scene.sites.at(i);
        if (!std::isfinite(positions.at(i).x()))
            continue;
        const QPointF centre = toPixel.map(positions.at(i));
        const double radius = siteRadius(site.measure, maxMeasure, scale);
        const QRectF bounds(centre - QPointF(radius, radius) * 1.4, QSizeF(2.8 * radius, 2.8 * radius));
        if (!bounds.intersects(imageRect))
            continue;
        QColor colour = site.colour;
        if (anySelection && !site.selected && !site.related)
            colour.setAlphaF(0.45);
        if (site.selected) {
            painter.setPen(QPen(theme.selection, 3 * scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(SiteSymbol::shape(site.kind, radius + 4 * scale).translated(centre));
        }
        SiteSymbol::paint(painter, centre, site.kind, site.status, radius, colour, theme, scale);
        DrawnItem item;
        item.type = EntityType::Site;
        item.id = site.id;
        item.label = site.label;
        item.anchorPx = centre;
        item.boundsPx = bounds;
        item.hitShapePx = SiteSymbol::shape(site.kind, std::max(radius, 6.0) + 2).translated(centre);
        item.tooltip = site.tooltip;
        result.sites.append(item);
        symbolRects.append(bounds);
    }

    // Labels: by priority (selected first, then by value), with halos, never over each other.
    QRectF legendRect;
    if (options.legend && !cancelled(cancel)) {
        // The corner that hides the fewest sites and flow ends.
        const QSizeF legendSize = MapLegend::size(scene, theme, scale, imageRect.height() * 0.6);
        const double margin = 10 * scale;
        Qt::Corner best = Qt::BottomLeftCorner;
        int fewest = std::numeric_limits<int>::max();
        for (const Qt::Corner corner :
            { Qt::BottomLeftCorner, Qt::BottomRightCorner, Qt::TopLeftCorner, Qt::TopRightCorner }) {
            const bool left = corner == Qt::BottomLeftCorner || corner == Qt::TopLeftCorner;
            const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
            const QRectF candidate(
                QPointF(left ? margin : imageRect.right() - margin - legendSize.width(),
                    top ? margin : imageRect.bottom() - margin - legendSize.height()),
                legendSize);
            int hidden = 0;
            for (const DrawnItem &site : std::as_const(result.sites))
                hidden += candidate.intersects(site.boundsPx) ? 4 : 0;
            for (const DrawnItem &flow : std::as_const(result.flows))
                hidden += candidate.intersects(flow.boundsPx) ? 1 : 0;
            if (hidden < fewest) {
                fewest = hidden;
                best = corner;
            }
        }
        legendRect = MapLegend::paint(painter, imageRect, scene, theme, scale, best);
    }
    if (options.labels && !cancelled(cancel)) {
        QFont font = theme.labelFont;
        font.setPointSizeF(theme.labelFont.pointSizeF() * scale);
        const QFontMetricsF metrics(font);
        QList<QRectF> obstacles = symbolRects;
        if (!legendRect.isNull())
            obstacles.append(legendRect);
        LabelPlacer placer(obstacles);
        QList<const DrawnItem *> byPriority;
        for (const DrawnItem &item : std::as_const(result.sites))
            byPriority.append(&item);
        const auto measureOf = [&scene](const QString &id) {
            for (const SiteMark &site : scene.sites) {
                if (site.id == id)
                    return std::pair(site.selected, site.measure);
            }
            return std::pair(false, 0.0);
        };
        std::stable_sort(byPriority.begin(), byPriority.end(), [&](const DrawnItem *a, const DrawnItem *b) {
            return measureOf(a->id) > measureOf(b->id);
        });
        for (const DrawnItem *item : std::as_const(byPriority)) {
            const QSizeF size(metrics.horizontalAdvance(item->label) + 2, metrics.height());
            const QRectF symbol(item->anchorPx - QPointF(item->boundsPx.width(), item->boundsPx.height()) / 2.8,
                item->boundsPx.size() / 1.4);
            if (const auto rect = placer.place(symbol, size, 3 * scale, imageRect)) {
                drawHaloText(painter, *rect, item->label, font, theme.text, theme.window, scale);
                result.labelRectsPx.append(*rect);
            }
        }
    }
    if (options.attribution) {
        QFont font = theme.labelFont;
        font.setPointSizeF(theme.labelFont.pointSizeF() * 0.85 * scale);
        painter.setFont(font);
        painter.setPen(theme.mutedText);
        painter.drawText(imageRect.adjusted(0, 0, -8 * scale, -4 * scale), Qt::AlignRight | Qt::AlignBottom,
            Basemap::attribution());
    }
    painter.restore();
    result.cancelled = cancelled(cancel);
    return result;
}

} // namespace atlas
