#pragma once

#include "mapitemmodels.h"
#include "mapscene.h"
#include "theme.h"

#include <QPointer>
#include <QQmlError>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QQuickItem;
class QQuickWidget;

namespace atlas {

class Basemap;
class DatasetDocument;
class DatasetFilterProxy;
class EntityTableModel;
class FilterState;
class SharedSelection;
class StreetMapContext;
class TileProvider;
class TileServer;

/**
 * The street map: a QtLocation map (QML, in a QQuickWidget) on raster tiles, with the project's
 * site model and the vector map's flows on top as MapItemViews. The sites are the filtered rows
 * of the same SiteTableModel the Sites table shows; both the symbols and the flows look as the
 * vector map draws them (the same MapScene). Clicks select in the shared selection, the shared
 * filter and date apply, hovering shows the vector map's tooltips.
 *
 * Tiles come from the project's own renderer by default (a TileServer on localhost renders the
 * bundled basemap on demand and caches it on disk), so the view works with no network;
 * OpenStreetMap's tiles are an opt-in, remembered in the settings. The QML scene is made when
 * the view is first shown (or load() is called) and made again when the theme or the tile source
 * changes, keeping the camera. Lives on the GUI thread; built only with QtLocation (Qt ≥ 6.5).
 */
class StreetMapView : public QWidget
{
    Q_OBJECT

public:
    enum class Tiles { Offline, OpenStreetMap };

    /// @p sites is the project's site table model (shared with the Sites table); @p basemapPath
    /// the file (or resource) @p basemap was read from, whose hash keys the tile cache.
    StreetMapView(EntityTableModel *sites, DatasetDocument *document, SharedSelection *selection, FilterState *filter,
        const Theme &theme, std::shared_ptr<const Basemap> basemap, const QString &basemapPath,
        QWidget *parent = nullptr);
    ~StreetMapView() override;

    void setTheme(const Theme &theme);
    void setSiteMeasure(SiteMeasure measure);
    Tiles tiles() const { return m_tiles; }
    void setTiles(Tiles tiles);
    /// Makes the QML scene now if it is not made yet; false (with errors()) when it failed.
    bool load();
    QList<QQmlError> errors() const { return m_errors; }

    /// Whether @p ref has a place on the map: a site, an investment with a drawn flow, a company
    /// with a headquarters.
    bool canShow(const EntityRef &ref) const;
    /// Moves the map to @p ref (a site close up, an investment's flows whole, a company's
    /// headquarters); false if it has no place on the map.
    bool showEntity(const EntityRef &ref);

    /// For tests and the status line.
    QQuickWidget *quickWidget() const { return m_quick; }
    QQuickItem *rootItem() const;
    SiteItemModel *siteModel() const { return m_siteModel; }
    FlowItemModel *flowModel() const { return m_flowModel; }
    /// The offline tiles' provider and server; null until offline tiles are first shown.
    TileProvider *tileProvider() const { return m_provider; }
    TileServer *tileServer() const { return m_server; }
    /// Where the map is looking, and how close: the QML map's centre (lon-lat) and zoom level.
    QPointF centreLonLat() const;
    double zoomLevel() const;

    /// The OSM plugin parameters the QML scene uses for @p tiles: @p tileHost is the local
    /// server's base URL and @p tileKey its tiles' key (offline tiles); QtLocation's own cache
    /// goes below @p cacheRoot.
    static QVariantMap pluginParameters(
        Tiles tiles, const QString &tileHost, const QString &cacheRoot, const QString &tileKey);

Q_SIGNALS:
    /// After a QML scene was made, with or without errors.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    friend class StreetMapContext;
    void rebuildScene();
    void reload();
    void ensureTileServer();
    void updateStatus();
    void hover(const QPointF &lonLat, double metresPerPixel);
    void click(const QPointF &lonLat, double metresPerPixel, bool additive);

    DatasetDocument *m_document;
    SharedSelection *m_selection;
    FilterState *m_filter;
    Theme m_theme;
    std::shared_ptr<const Basemap> m_basemap;
    QString m_basemapPath;
    QString m_basemapIdentity; ///< computed on first use: hashing the basemap takes a moment
    SiteMeasure m_measure = SiteMeasure::Gpus;
    Tiles m_tiles = Tiles::Offline;
    MapScene m_scene;
    DatasetFilterProxy *m_filtered;
    SiteItemModel *m_siteModel;
    FlowItemModel *m_flowModel;
    TileProvider *m_provider = nullptr;
    TileServer *m_server = nullptr;
    StreetMapContext *m_context;
    QComboBox *m_tilesBox;
    QLabel *m_status;
    QQuickWidget *m_quick = nullptr;
    QList<QQmlError> m_errors;
    bool m_loaded = false;
};

} // namespace atlas
