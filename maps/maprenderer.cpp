#include "maprenderer.h"

#include "basemap.h"
#include "geometry.h"
#include "maplegend.h"
#include "projectedlayers.h"
#include "sitesymbol.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QHash>
#include <QLoggingCategory>
#include <QPaintEngine>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <ranges>

namespace atlas {

Q_LOGGING_CATEGORY(lcRender, "atlas.render", QtWarningMsg)

namespace {

// Symbol and line sizes in logical pixels at scale 1.
constexpr double s_minSiteRadius = 4.5;
constexpr double s_maxSiteRadius = 24;
constexpr double s_minFlowWidth = 1.2;
constexpr double s_maxFlowWidth = 14;
constexpr double s_laneSpacing = 9; ///< pixels between flows that share both ends, at mid-arc
// More sites than this on a raster image are stamped from pre-rendered sprites (vector outputs
// always get real shapes).
constexpr qsizetype s_spriteThreshold = 500;
constexpr qsizetype s_maxFlowsWithArrows = 1000;
// Labels beyond the first few hundred by priority cannot be read anyway; not even measured.
constexpr qsizetype s_maxLabelCandidates = 400;

struct SpriteKey {
    SiteKind kind;
    SiteStatus status;
    QRgb colour;
    int halfPixels; ///< the radius in half pixels
    friend bool operator==(const SpriteKey &, const SpriteKey &) = default;
};

size_t qHash(const SpriteKey &key, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(key.kind), static_cast<int>(key.status), key.colour, key.halfPixels);
}

// Below this many metres per pixel the close-up basemap (1:50m, Admin-1 borders) is worth drawing.
constexpr double s_detailMetresPerPixel = 6000;
constexpr double s_admin1MetresPerPixel = 2500;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QPen devicePen(const QColor &colour, double widthPx)
{
    QPen pen(colour, widthPx);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

/// The subpaths (lines) of @p path whose bounds meet @p rect: a close-up needs a handful of the
/// world's graticule lines, and vector outputs would otherwise write all of them.
QPainterPath linesMeeting(const QPainterPath &path, const QRectF &rect)
{
    QPainterPath result;
    QPolygonF line;
    const auto flush = [&] {
        if (line.size() > 1 && line.boundingRect().intersects(rect))
            result.addPolygon(line);
        line.clear();
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo())
            flush();
        line.append(QPointF(element.x, element.y));
    }
    flush();
    return result;
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
    explicit LabelPlacer(const QList<QRectF> &obstacles)
    {
        for (const QRectF &rect : obstacles)
            take(rect);
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
            if (!bounds.contains(rect) || clashes(rect))
                continue;
            take(rect);
            return rect;
        }
        return std::nullopt;
    }

private:
    // A uniform grid of taken rectangles: each check looks at the few cells a label covers, so
    // placing n labels stays near O(n) even with 100,000 symbols on the map.
    static constexpr double s_cell = 64;

    template<typename Visit>
    static void forCells(const QRectF &rect, Visit visit)
    {
        const int x0 = static_cast<int>(std::floor(rect.left() / s_cell));
        const int x1 = static_cast<int>(std::floor(rect.right() / s_cell));
        const int y0 = static_cast<int>(std::floor(rect.top() / s_cell));
        const int y1 = static_cast<int>(std::floor(rect.bottom() / s_cell));
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                visit(qint64(y) << 32 | quint32(x));
        }
    }

    bool clashes(const QRectF &rect) const
    {
        bool found = false;
        forCells(rect, [&](qint64 cell) {
            if (found)
                return;
            const auto it = m_grid.constFind(cell);
            if (it == m_grid.cend())
                return;
            for (const qsizetype index : *it) {
                if (m_taken.at(index).intersects(rect)) {
                    found = true;
                    return;
                }
            }
        });
        return found;
    }

    void take(const QRectF &rect)
    {
        // Huge obstacles (a symbol bigger than the view) would fill every cell: clip them first.
        const QRectF clipped = rect.intersected(QRectF(-1e5, -1e5, 2e5, 2e5));
        if (clipped.isEmpty())
            return;
        m_taken.append(clipped);
        forCells(clipped, [&](qint64 cell) { m_grid[cell].append(m_taken.size() - 1); });
    }

    QList<QRectF> m_taken;
    QHash<qint64, QList<qsizetype>> m_grid;
};

/// The part of the segment a–b inside @p rect (Liang–Barsky), if any.
std::optional<QLineF> clipSegment(QPointF a, QPointF b, const QRectF &rect)
{
    double t0 = 0;
    double t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4] = { a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    const QPointF d(dx, dy);
    return QLineF(a + t0 * d, a + t1 * d);
}

/// The runs of @p line inside @p rect. A flow across a close-up spans a hundred thousand pixels:
/// dashing or stroking all of it costs time, and vector outputs would write every dash.
QList<QPolygonF> clipPolyline(const QPolygonF &line, const QRectF &rect)
{
    QList<QPolygonF> runs;
    if (line.size() == 1 && rect.contains(line.first()))
        runs.append(line);
    for (qsizetype i = 1; i < line.size(); ++i) {
        const std::optional<QLineF> part = clipSegment(line.at(i - 1), line.at(i), rect);
        if (!part)
            continue;
        if (!runs.isEmpty() && runs.last().last() == part->p1())
            runs.last().append(part->p2());
        else
            runs.append(QPolygonF { part->p1(), part->p2() });
    }
    return runs;
}

/// The halo is the outline of the glyphs stroked wide; the text itself is drawn as text, so it
/// stays text in SVG and PDF (selectable, searchable, read by screen readers).
void drawHaloText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
    const QColor &halo, double scale)
{
    QPainterPath path;
    const QFontMetricsF metrics = fontMetrics(font);
    const QPointF baseline(rect.left(), rect.top() + metrics.ascent());
    path.addText(baseline, font, text);
    painter.setPen(QPen(halo, 3.2 * scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(colour);
    painter.setFont(font);
    painter.drawText(baseline, text);
}

} // namespace

SymbolScale SymbolScale::of(const MapScene &scene, double scale)
{
    // Up to a comfortable number of symbols the largest keeps its full size; beyond, it shrinks
    // with the square root of the crowding (equal total ink per area).
    constexpr double comfortableSites = 200;
    // Thousands of flows end up as hairlines (≤ 1 px), which is also what keeps them fast to draw.
    constexpr double comfortableFlows = 50;
    const auto crowding = [](qsizetype count, double comfortable) {
        return count > comfortable ? std::sqrt(comfortable / static_cast<double>(count)) : 1.0;
    };
    SymbolScale result;
    result.scale = scale;
    result.maxMeasure = scene.maxSiteMeasure();
    result.maxUsd = scene.maxFlowUsd();
    result.maxRadiusPx
        = std::max(s_minSiteRadius * 1.5, s_maxSiteRadius * crowding(scene.sites.size(), comfortableSites));
    result.maxWidthPx = std::max(1.0, s_maxFlowWidth * crowding(scene.flows.size(), comfortableFlows));
    return result;
}

double SymbolScale::siteRadius(double measure) const
{
    if (measure <= 0 || maxMeasure <= 0)
        return s_minSiteRadius * scale;
    return std::max(s_minSiteRadius, maxRadiusPx * std::sqrt(measure / maxMeasure)) * scale;
}

double SymbolScale::flowWidth(double usd) const
{
    const double minWidth = std::min(s_minFlowWidth, maxWidthPx);
    if (usd <= 0 || maxUsd <= 0)
        return minWidth * scale;
    return std::max(minWidth, maxWidthPx * std::sqrt(usd / maxUsd)) * scale;
}

bool DrawnItem::hits(QPointF pixel) const
{
    if (hitRadiusPx > 0)
        return QLineF(anchorPx, pixel).length() <= hitRadiusPx;
    if (!boundsPx.adjusted(-lineHalfWidthPx, -lineHalfWidthPx, lineHalfWidthPx, lineHalfWidthPx).contains(pixel))
        return false;
    for (const QPolygonF &line : linesPx) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (geo::planarDistanceToSegment(pixel, line.at(i - 1), line.at(i)) <= lineHalfWidthPx)
                return true;
        }
    }
    return false;
}

const DrawnItem *RenderResult::itemAt(QPointF pixel) const
{
    // Sites sit on top of flows. Among overlapping sites the one whose centre is nearest wins,
    // so a small site next to a large one can be picked on its side of the large one.
    const DrawnItem *nearest = nullptr;
    double nearestDistance = 0;
    for (const DrawnItem &site : sites) {
        if (!site.hits(pixel))
            continue;
        const double distance = QLineF(site.anchorPx, pixel).length();
        if (!nearest || distance <= nearestDistance) {
            nearest = &site;
            nearestDistance = distance;
        }
    }
    if (nearest)
        return nearest;
    // Flows: the last drawn is on top.
    for (const DrawnItem &flow : std::ranges::reverse_view(flows)) {
        if (flow.hits(pixel))
            return &flow;
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
    QElapsedTimer phase;
    phase.start();
    const auto mark = [&phase](const char *what) {
        qCDebug(lcRender, "%s: %.1f ms", what, phase.nsecsElapsed() / 1e6);
        phase.restart();
    };
    const double scale = options.scale;
    const QRectF imageRect(QPointF(0, 0), QSizeF(viewport.sizePx));
    const QTransform toPixel = viewport.mapToPixel();
    const QRectF visibleMap = viewport.mapRect();
    const Projection projection(viewport.projection);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // The caller's transform and clip stay in force: a figure places the map in a frame, a
    // preview scales it down, a tiled export shifts it. Cosmetic pens are in device pixels, so
    // their widths follow the caller's scale.
    const QTransform base = painter.transform();
    const double deviceScale = std::sqrt(std::abs(base.determinant()));
    // Basemap lines stay at most one device pixel wide: Qt strokes wider cosmetic pens along the
    // whole path before clipping, which takes seconds for coastlines far outside a close-up at
    // projector or print scale; one-pixel lines take its fast clipped path.
    const auto cosmeticPen = [deviceScale](const QColor &colour, double widthPx) {
        return devicePen(colour, std::min(widthPx * deviceScale, 1.0));
    };
    const auto emphasisPen
        = [deviceScale](const QColor &colour, double widthPx) { return devicePen(colour, widthPx * deviceScale); };
    painter.setClipRect(imageRect, painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    if (options.background)
        painter.fillRect(imageRect, theme.window);

    // The sphere: ocean inside the world's outline, window colour outside.
    QPainterPath sphere;
    sphere.addPolygon(projection.outline());
    sphere.closeSubpath();
    painter.save();
    painter.setTransform(toPixel * base);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme.ocean);
    painter.drawPath(sphere);
    painter.setClipPath(sphere, Qt::IntersectClip);

    if (options.graticule) {
        painter.setPen(cosmeticPen(theme.graticule, 0.7 * scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(
            linesMeeting(ProjectedLayers::graticule(projection, graticuleStep(viewport.metresPerPixel)), visibleMap));
    }
    if (cancelled(cancel)) {
        painter.restore();
        painter.restore();
        result.cancelled = true;
        return result;
    }

    // Countries, then the Admin-1 regions of selected sites, then Admin-1 borders close up.
    const bool detail = viewport.metresPerPixel < s_detailMetresPerPixel;
    const auto countries = ProjectedLayers::layer(
        scene.basemap, detail ? BasemapLayer::CountriesDetail : BasemapLayer::CountriesWorld, viewport.projection);
    // Vector outputs keep every vertex they are given: a close-up in a PDF would carry whole
    // coastlines. There, features reaching outside the view are cut to it first (with a margin,
    // so the cut edges fall outside the visible map and the clip hides them).
    const QPaintEngine *engine = painter.paintEngine();
    const bool vector = engine
        && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::SVG
            || engine->type() == QPaintEngine::Picture);
    QPainterPath viewArea;
    viewArea.addRect(visibleMap.adjusted(-visibleMap.width() * 0.02, -visibleMap.height() * 0.02,
        visibleMap.width() * 0.02, visibleMap.height() * 0.02));
    const auto visiblePart = [&](const ProjectedLayer::Feature &feature) {
        if (!vector || viewArea.boundingRect().contains(feature.bounds))
            return feature.path;
        return feature.path.intersected(viewArea);
    };
    painter.setPen(cosmeticPen(theme.border, 0.6 * scale));
    painter.setBrush(theme.land);
    for (const ProjectedLayer::Feature &feature : countries->features) {
        if (feature.bounds.intersects(visibleMap))
            painter.drawPath(visiblePart(feature));
    }
    if (cancelled(cancel)) {
        painter.restore();
        painter.restore();
        result.cancelled = true;
        return result;
    }
    const bool anySiteSelected
        = std::any_of(scene.sites.cbegin(), scene.sites.cend(), [](const SiteMark &site) { return site.selected; });
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
        highlight = theme.flat(highlight, theme.land);
        for (const ProjectedLayer::Feature &feature : admin1->features) {
            if (!feature.bounds.intersects(visibleMap))
                continue;
            const bool lit = highlighted.contains(feature.name + u'|' + feature.isoA2);
            if (lit) {
                painter.setPen(emphasisPen(theme.selection, 1.4 * scale));
                painter.setBrush(highlight);
                painter.drawPath(visiblePart(feature));
            } else if (viewport.metresPerPixel < s_admin1MetresPerPixel) {
                painter.setPen(cosmeticPen(theme.border.lighter(115), 0.4 * scale));
                painter.setBrush(Qt::NoBrush);
                painter.drawPath(visiblePart(feature));
            }
        }
    }
    painter.restore();
    painter.save();
    painter.setTransform(toPixel * base);
    painter.setPen(cosmeticPen(theme.border.darker(115), 1.0 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(sphere);
    painter.restore();

    mark("basemap");
    const bool anySelection = scene.hasSelection || anySiteSelected
        || std::any_of(scene.flows.cbegin(), scene.flows.cend(), [](const FlowMark &flow) { return flow.selected; });

    // Flows: great circles, densified in lon-lat, cut or clipped, projected, then drawn in pixels.
    const SymbolScale sizes = SymbolScale::of(scene, scale);
    QList<QPolygonF> flowLines;
    flowLines.reserve(scene.flows.size());
    // Hairline flows in a crowded scene need far fewer vertices to look smooth.
    const double segmentsPerFlow = scene.flows.size() > s_maxFlowsWithArrows ? 16 : 64;
    for (const FlowMark &flow : scene.flows) {
        const double lengthDeg = geo::angularDistanceDeg(flow.fromLonLat, flow.toLonLat);
        flowLines.append(
            geo::greatCircle(flow.fromLonLat, flow.toLonLat, std::clamp(lengthDeg / segmentsPerFlow, 0.05, 4.0)));
    }
    const QList<QList<QPolygonF>> flowPieces = ProjectedLayers::projectLines(flowLines, projection);
    mark("flow geometry");
    // Flows are cut to the image with a margin wider than any line, so cut ends stay unseen.
    const QRectF flowArea = imageRect.adjusted(-60 * scale, -60 * scale, 60 * scale, 60 * scale);
    for (qsizetype f = 0; f < scene.flows.size(); ++f) {
        if (cancelled(cancel))
            break;
        const FlowMark &flow = scene.flows.at(f);
        const QList<QPolygonF> &pieces = flowPieces.at(f);
        if (pieces.isEmpty())
            continue;
        const double width = sizes.flowWidth(flow.usd);
        const double lane = (flow.lane - (flow.lanes - 1) / 2.0) * s_laneSpacing * scale;
        QColor colour = flow.colour;
        colour.setAlphaF(anySelection && !flow.selected && !flow.related ? 0.18 : 0.72);
        QColor head = colour;
        head.setAlphaF(std::min(1.0, colour.alphaF() + 0.15));
        colour = theme.flat(colour, theme.land);
        head = theme.flat(head, theme.land);
        // Bevel joins: the arcs bend a little at each vertex, and round joins cost far more to stroke.
        const QPen pen(colour, width, flow.hasUsd ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap, Qt::BevelJoin);
        DrawnItem item;
        item.type = EntityType::Investment;
        item.id = flow.investmentId;
        item.label = flow.label;
        item.tooltip = flow.tooltip;
        QRectF bounds;
        QPolygonF longest;
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const QPolygonF pixels = offsetSideways(toPixel.map(pieces.at(p)), pieces.size() == 1 ? lane : 0);
            // The arrowhead goes where the flow arrives: the end of the last piece. Thousands of
            // hairline flows get none: their heads would only add noise where they converge.
            const QPolygonF arrow = p == pieces.size() - 1 && scene.flows.size() <= s_maxFlowsWithArrows
                ? arrowHead(pixels, width)
                : QPolygonF();
            for (const QPolygonF &visible : clipPolyline(pixels, flowArea)) {
                if (flow.selected) {
                    painter.setPen(QPen(theme.selection, width + 4 * scale, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
                    painter.drawPolyline(visible);
                }
                painter.setPen(pen);
                painter.setBrush(Qt::NoBrush);
                painter.drawPolyline(visible);
                bounds = bounds.united(visible.boundingRect());
                item.linesPx.append(visible);
                if (visible.size() > longest.size())
                    longest = visible;
            }
            if (!arrow.isEmpty() && arrow.boundingRect().intersects(flowArea)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(head);
                painter.drawPolygon(arrow);
            }
        }
        item.lineHalfWidthPx = std::max(4.0, width / 2 + 2);
        item.boundsPx = bounds;
        item.anchorPx = longest.isEmpty() ? QPointF() : longest.at(longest.size() / 2);
        if (!item.linesPx.isEmpty() && item.boundsPx.intersects(imageRect)
            && std::any_of(item.linesPx.cbegin(), item.linesPx.cend(),
                [&imageRect](const QPolygonF &line) { return !clipPolyline(line, imageRect).isEmpty(); }))
            result.flows.append(item);
    }
    mark("flows");
    // Sites: largest first so small symbols stay visible on top.
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
    const bool sprites
        = scene.sites.size() > s_spriteThreshold && painter.device() && painter.device()->devType() == QInternal::Image;
    const double dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    QHash<SpriteKey, QImage> spriteCache;
    const auto stamp = [&](const SiteMark &site, QPointF centre, double radius, const QColor &colour) {
        const SpriteKey key { site.kind, site.status, colour.rgba(), static_cast<int>(std::lround(radius * 2)) };
        auto it = spriteCache.find(key);
        if (it == spriteCache.end()) {
            const double half = std::ceil(key.halfPixels / 2.0 * 1.4 + 3 * scale);
            QImage sprite(QSize(static_cast<int>(2 * half * dpr), static_cast<int>(2 * half * dpr)),
                QImage::Format_ARGB32_Premultiplied);
            sprite.setDevicePixelRatio(dpr);
            sprite.fill(Qt::transparent);
            QPainter spritePainter(&sprite);
            spritePainter.setRenderHint(QPainter::Antialiasing);
            SiteSymbol::paint(
                spritePainter, QPointF(half, half), site.kind, site.status, key.halfPixels / 2.0, colour, theme, scale);
            spritePainter.end();
            it = spriteCache.insert(key, sprite);
        }
        const double half = it->width() / dpr / 2;
        painter.drawImage(centre - QPointF(half, half), *it);
    };
    for (const qsizetype i : std::as_const(order)) {
        const SiteMark &site = scene.sites.at(i);
        if (!std::isfinite(positions.at(i).x()))
            continue;
        const QPointF centre = toPixel.map(positions.at(i));
        const double radius = sizes.siteRadius(site.measure);
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
        if (sprites && !site.selected)
            stamp(site, centre, radius, colour);
        else
            SiteSymbol::paint(painter, centre, site.kind, site.status, radius, colour, theme, scale);
        DrawnItem item;
        item.type = EntityType::Site;
        item.id = site.id;
        item.label = site.label;
        item.anchorPx = centre;
        item.boundsPx = bounds;
        item.hitRadiusPx = std::max(radius, 6.0) + 2;
        item.tooltip = site.tooltip;
        result.sites.append(item);
        symbolRects.append(bounds);
    }

    mark("sites");
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
            const QRectF candidate(QPointF(left ? margin : imageRect.right() - margin - legendSize.width(),
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
        const QFontMetricsF metrics = fontMetrics(font);
        QList<QRectF> obstacles = symbolRects;
        if (!legendRect.isNull())
            obstacles.append(legendRect);
        LabelPlacer placer(obstacles);
        // result.sites was drawn in order of decreasing measure; selected sites go first.
        QList<const DrawnItem *> byPriority;
        for (const DrawnItem &item : std::as_const(result.sites))
            byPriority.append(&item);
        QSet<QString> selectedIds;
        for (const SiteMark &site : scene.sites) {
            if (site.selected)
                selectedIds.insert(site.id);
        }
        std::stable_partition(byPriority.begin(), byPriority.end(),
            [&selectedIds](const DrawnItem *item) { return selectedIds.contains(item->id); });
        if (byPriority.size() > s_maxLabelCandidates)
            byPriority.resize(s_maxLabelCandidates);
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
    mark("legend and labels");
    if (options.attribution) {
        QFont font = theme.labelFont;
        font.setPointSizeF(theme.labelFont.pointSizeF() * 0.85 * scale);
        painter.setFont(font);
        painter.setPen(theme.mutedText);
        painter.drawText(
            imageRect.adjusted(0, 0, -8 * scale, -4 * scale), Qt::AlignRight | Qt::AlignBottom, Basemap::attribution());
    }
    painter.restore();
    result.cancelled = cancelled(cancel);
    return result;
}

} // namespace atlas
