#pragma once

#include "maprenderer.h"
#include "mapscene.h"
#include "theme.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIdentityProxyModel>
#include <QPolygonF>

#include <optional>

namespace atlas {

/**
 * A site symbol as one value: everything SiteSymbol::paint() and the selection ring need. Its
 * key() is a short text that identifies it completely, so a tile map can ask for the symbol
 * by name (QtQuick image URLs) and cache it; fromKey() reads it back.
 */
struct SiteSymbolSpec {
    SiteKind kind = SiteKind::DataCentre;
    SiteStatus status = SiteStatus::Announced;
    QColor colour;
    double radiusPx = 0; ///< logical pixels
    bool selected = false;

    QString key() const;
    static std::optional<SiteSymbolSpec> fromKey(const QString &key);
    /// Half the side of the square image() paints into, in logical pixels: room for the ring.
    double halfExtentPx() const;
    /// The symbol centred in a transparent square image of 2 × halfExtentPx() logical pixels.
    QImage image(const Theme &theme, double devicePixelRatio) const;
    friend bool operator==(const SiteSymbolSpec &, const SiteSymbolSpec &) = default;
};

/// The symbol of @p site as the map renderer draws it in @p scene (its size, and dimmed when
/// something else is selected).
SiteSymbolSpec siteSymbolSpec(const MapScene &scene, const SiteMark &site, const SymbolScale &sizes);

/**
 * The project's site model as a tile map reads it: every row and role of the source model (a
 * filtered SiteTableModel: Roles::Coordinate, Selected, Related…) passed through, plus how the
 * vector map draws that site in the current MapScene — its symbol and its tooltip. Rows whose
 * site the scene does not draw have an empty symbol. Lives on the GUI thread; setScene() after
 * every scene rebuild signals dataChanged() on the added roles.
 */
class SiteItemModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role : int {
        SymbolKey = Qt::UserRole + 100, ///< SiteSymbolSpec::key(), empty when the scene has no such site
        SymbolHalfExtent,               ///< double, logical pixels from the symbol image's centre to its edge
        MapTooltip,                     ///< QString, rich text: the vector map's tooltip of the site
        Label,                          ///< QString, the site's name as the map labels it
    };

    explicit SiteItemModel(QObject *parent = nullptr);

    void setScene(const MapScene &scene);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// The site the scene draws for @p row, or nullptr.
    const SiteMark *markAt(int row) const;
    /// Where the source model puts the site of @p row (Roles::Coordinate), as lon-lat.
    std::optional<QPointF> lonLatAt(int row) const;
    /// The radius within which a click hits the site of @p row, in logical pixels; 0 if not drawn.
    double hitRadiusPx(int row) const;

private:
    const SiteMark *markAt(const QModelIndex &index) const;

    MapScene m_scene;
    SymbolScale m_sizes;
    QHash<QString, qsizetype> m_rowOfSite;
};

/**
 * The flows of a MapScene as a list model, one row per flow as the vector map draws them (an
 * investment with several targets has a row for each), for QtLocation's MapItemView: the
 * great-circle path as QGeoCoordinates, the colour and width the renderer gives it, selection
 * and tooltip. Lives on the GUI thread; setScene() resets the model when the flows change and
 * signals dataChanged() when only their looks do (a new selection).
 */
class FlowItemModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int {
        EntityId = Qt::UserRole + 1, ///< QString, the investment's id
        FlowId,                      ///< QString, FlowMark::id
        Path,                        ///< QVariantList of QGeoCoordinate along the great circle
        Colour,                      ///< QColor, opaque: the renderer's colour flattened onto land
        WidthPx,                     ///< double, logical pixels
        Selected,                    ///< bool
        Dashed,                      ///< bool, no amount is stated (the renderer dashes it)
        MapTooltip,                  ///< QString, rich text: the vector map's tooltip
        Label,                       ///< QString
    };

    explicit FlowItemModel(QObject *parent = nullptr);

    void setScene(const MapScene &scene, const Theme &theme);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// The lon-lat box (west, south, width, height) of the flows of investment @p id; null if none.
    QRectF lonLatBounds(const QString &investmentId) const;
    /// The flow in @p row whose drawn line passes within its hit distance of @p webMercator
    /// (EPSG:3857 metres) at @p metresPerPixel; how far it is, in pixels, or nullopt.
    std::optional<double> hitDistancePx(int row, QPointF webMercator, double metresPerPixel) const;
    const FlowMark &markAt(int row) const { return m_rows.at(row).mark; }

private:
    struct Row {
        FlowMark mark;
        QVariantList path;
        QPolygonF webMercator; ///< the path in EPSG:3857 metres, for hit testing
        QRectF lonLatBounds;
        QColor colour;
        double widthPx = 1;
    };
    QList<Row> m_rows;
};

/// What a click or the pointer at a point of a tile map is on.
struct MapItemHit {
    EntityRef ref;
    QString tooltip;
};

/**
 * The item of a tile map under a point: sites before flows; of overlapping sites the one whose
 * centre is nearest; of flows the nearest line. @p lonLat is the point, @p metresPerPixel the
 * Web Mercator scale there (the map's, at no tilt; rotation does not change distances). The
 * same rules as the vector map's RenderResult::itemAt().
 */
std::optional<MapItemHit> mapItemAt(
    const SiteItemModel &sites, const FlowItemModel &flows, QPointF lonLat, double metresPerPixel);

} // namespace atlas
