#include "mapitemmodels.h"

#include "enums.h"
#include "geometry.h"
#include "maprenderer.h"
#include "sitesymbol.h"
#include "tiles.h"

#include <QGeoCoordinate>
#include <QImage>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas {

namespace {

// The renderer's looks, which the tile map repeats: dimmed sites and flows when something else
// is selected, the ring around a selected site (maprenderer.cpp).
constexpr double s_dimmedSiteAlpha = 0.45;
constexpr double s_flowAlpha = 0.72;
constexpr double s_dimmedFlowAlpha = 0.18;
constexpr double s_ringGapPx = 4;
constexpr double s_ringWidthPx = 3;
// Great-circle paths get a point at least every this many degrees: smooth at street level too.
constexpr double s_pathStepDeg = 0.25;

} // namespace

QString SiteSymbolSpec::key() const
{
    // kind/status/#aarrggbb/radius in hundredths of a pixel/selected
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(enumKey(kind), enumKey(status), colour.name(QColor::HexArgb).mid(1))
        .arg(std::lround(radiusPx * 100))
        .arg(selected ? 1 : 0);
}

std::optional<SiteSymbolSpec> SiteSymbolSpec::fromKey(const QString &key)
{
    const QStringList parts = key.split(u'/');
    if (parts.size() != 5)
        return std::nullopt;
    SiteSymbolSpec spec;
    const auto kind = enumFromKey<SiteKind>(parts.at(0));
    const auto status = enumFromKey<SiteStatus>(parts.at(1));
    bool argbOk = false;
    const uint argb = parts.at(2).toUInt(&argbOk, 16);
    bool radiusOk = false;
    const int hundredths = parts.at(3).toInt(&radiusOk);
    // A symbol wider than a screen is no symbol: refuse rather than allocate a huge image.
    if (!kind || !status || !argbOk || parts.at(2).size() != 8 || !radiusOk || hundredths < 0 || hundredths > 100000
        || (parts.at(4) != u"0" && parts.at(4) != u"1"))
        return std::nullopt;
    spec.kind = *kind;
    spec.status = *status;
    spec.colour = QColor::fromRgba(argb);
    spec.radiusPx = hundredths / 100.0;
    spec.selected = parts.at(4) == u"1";
    return spec;
}

double SiteSymbolSpec::halfExtentPx() const
{
    // Shapes reach up to 1.4 × the radius (the renderer's bounds); the ring adds its gap and width.
    return std::ceil(radiusPx * 1.4 + s_ringGapPx + s_ringWidthPx + 1);
}

QImage SiteSymbolSpec::image(const Theme &theme, double devicePixelRatio) const
{
    const double half = halfExtentPx();
    const int side = static_cast<int>(std::ceil(2 * half * devicePixelRatio));
    QImage result(side, side, QImage::Format_ARGB32_Premultiplied);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(half, half);
    if (selected) {
        painter.setPen(QPen(theme.selection, s_ringWidthPx));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(SiteSymbol::shape(kind, radiusPx + s_ringGapPx).translated(centre));
    }
    SiteSymbol::paint(painter, centre, kind, status, radiusPx, colour, theme, 1.0);
    return result;
}

SiteSymbolSpec siteSymbolSpec(const MapScene &scene, const SiteMark &site, const SymbolScale &sizes)
{
    SiteSymbolSpec spec;
    spec.kind = site.kind;
    spec.status = site.status;
    spec.colour = site.colour;
    if (scene.hasSelection && !site.selected && !site.related)
        spec.colour.setAlphaF(s_dimmedSiteAlpha);
    spec.radiusPx = sizes.siteRadius(site.measure);
    spec.selected = site.selected;
    return spec;
}

SiteItemModel::SiteItemModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

void SiteItemModel::setScene(const MapScene &scene)
{
    m_scene = scene;
    m_sizes = SymbolScale::of(m_scene, 1.0);
    m_rowOfSite.clear();
    for (qsizetype i = 0; i < m_scene.sites.size(); ++i)
        m_rowOfSite.insert(m_scene.sites.at(i).id, i);
    if (rowCount() > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { SymbolKey, SymbolHalfExtent, MapTooltip, Label });
}

const SiteMark *SiteItemModel::markAt(int row) const
{
    return markAt(index(row, 0));
}

std::optional<QPointF> SiteItemModel::lonLatAt(int row) const
{
    const auto coordinate = data(index(row, 0), Roles::Coordinate).value<QGeoCoordinate>();
    if (!coordinate.isValid())
        return std::nullopt;
    return QPointF(coordinate.longitude(), coordinate.latitude());
}

double SiteItemModel::hitRadiusPx(int row) const
{
    const SiteMark *mark = markAt(row);
    // As the renderer's DrawnItem: never smaller than a comfortable target.
    return mark ? std::max(m_sizes.siteRadius(mark->measure), 6.0) + 2 : 0;
}

const SiteMark *SiteItemModel::markAt(const QModelIndex &index) const
{
    const auto it = m_rowOfSite.constFind(QIdentityProxyModel::data(index, Roles::Id).toString());
    return it == m_rowOfSite.cend() ? nullptr : &m_scene.sites.at(*it);
}

QVariant SiteItemModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case SymbolKey:
    case SymbolHalfExtent:
    case MapTooltip:
    case Label: {
        const SiteMark *mark = markAt(index);
        if (!mark)
            return role == SymbolHalfExtent ? QVariant(0.0) : QVariant(QString());
        if (role == MapTooltip)
            return mark->tooltip;
        if (role == Label)
            return mark->label;
        const SiteSymbolSpec spec = siteSymbolSpec(m_scene, *mark, m_sizes);
        return role == SymbolKey ? QVariant(spec.key()) : QVariant(spec.halfExtentPx());
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QHash<int, QByteArray> SiteItemModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(SymbolKey, "symbolKey");
    names.insert(SymbolHalfExtent, "symbolHalfExtent");
    names.insert(MapTooltip, "mapTooltip");
    names.insert(Label, "label");
    return names;
}

FlowItemModel::FlowItemModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FlowItemModel::setScene(const MapScene &scene, const Theme &theme)
{
    const SymbolScale sizes = SymbolScale::of(scene, 1.0);
    QList<Row> rows;
    rows.reserve(scene.flows.size());
    for (const FlowMark &flow : scene.flows) {
        Row row;
        row.mark = flow;
        const geo::Polyline line = geo::greatCircle(flow.fromLonLat, flow.toLonLat, s_pathStepDeg);
        for (const QPointF &lonLat : line)
            row.path.append(QVariant::fromValue(QGeoCoordinate(lonLat.y(), geo::normalizeLongitude(lonLat.x()))));
        row.lonLatBounds = line.boundingRect();
        for (const QPointF &lonLat : line)
            row.webMercator.append(webmercator::project(lonLat));
        QColor colour = flow.colour;
        colour.setAlphaF(scene.hasSelection && !flow.selected && !flow.related ? s_dimmedFlowAlpha : s_flowAlpha);
        row.colour = theme.flat(colour, theme.land);
        row.widthPx = sizes.flowWidth(flow.usd);
        rows.append(row);
    }
    const bool sameRows = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
        [](const Row &a, const Row &b) { return a.mark.id == b.mark.id && a.path == b.path; });
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int FlowItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FlowItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Label:
        return row.mark.label;
    case Qt::ToolTipRole:
    case MapTooltip:
        return row.mark.tooltip;
    case EntityId:
        return row.mark.investmentId;
    case FlowId:
        return row.mark.id;
    case Path:
        return row.path;
    case Colour:
        return row.colour;
    case WidthPx:
        return row.widthPx;
    case Selected:
        return row.mark.selected;
    case Dashed:
        return !row.mark.hasUsd;
    default:
        return {};
    }
}

QHash<int, QByteArray> FlowItemModel::roleNames() const
{
    return {
        { EntityId, "entityId" },
        { FlowId, "flowId" },
        { Path, "path" },
        { Colour, "colour" },
        { WidthPx, "widthPx" },
        { Selected, "selected" },
        { Dashed, "dashed" },
        { MapTooltip, "mapTooltip" },
        { Label, "label" },
    };
}

QRectF FlowItemModel::lonLatBounds(const QString &investmentId) const
{
    QRectF result;
    for (const Row &row : m_rows) {
        if (row.mark.investmentId == investmentId)
            result = result.isNull() ? row.lonLatBounds : result.united(row.lonLatBounds);
    }
    return result;
}

std::optional<double> FlowItemModel::hitDistancePx(int row, QPointF webMercator, double metresPerPixel) const
{
    const Row &flow = m_rows.at(row);
    const double tolerancePx = std::max(4.0, flow.widthPx / 2 + 2);
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < flow.webMercator.size(); ++i)
        best = std::min(
            best, geo::planarDistanceToSegment(webMercator, flow.webMercator.at(i - 1), flow.webMercator.at(i)));
    const double px = best / metresPerPixel;
    return px <= tolerancePx ? std::optional(px) : std::nullopt;
}

std::optional<MapItemHit> mapItemAt(
    const SiteItemModel &sites, const FlowItemModel &flows, QPointF lonLat, double metresPerPixel)
{
    if (!(metresPerPixel > 0) || !std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return std::nullopt;
    const QPointF at = webmercator::project(lonLat);
    std::optional<MapItemHit> hit;
    double nearest = std::numeric_limits<double>::infinity();
    for (int row = 0; row < sites.rowCount(); ++row) {
        const SiteMark *mark = sites.markAt(row);
        const std::optional<QPointF> position = sites.lonLatAt(row);
        if (!mark || !position)
            continue;
        const double px = QLineF(at, webmercator::project(*position)).length() / metresPerPixel;
        if (px <= sites.hitRadiusPx(row) && px < nearest) {
            nearest = px;
            hit = MapItemHit { { EntityType::Site, mark->id }, mark->tooltip };
        }
    }
    if (hit)
        return hit;
    for (int row = 0; row < flows.rowCount(); ++row) {
        const std::optional<double> px = flows.hitDistancePx(row, at, metresPerPixel);
        if (px && *px < nearest) {
            nearest = *px;
            hit = MapItemHit { { EntityType::Investment, flows.markAt(row).investmentId }, flows.markAt(row).tooltip };
        }
    }
    return hit;
}

} // namespace atlas
