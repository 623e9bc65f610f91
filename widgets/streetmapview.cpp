#include "streetmapview.h"

#include "basemap.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "entitytablemodel.h"
#include "sharedselection.h"
#include "tilecache.h"
#include "tileprovider.h"
#include "tilerenderer.h"
#include "tiles.h"
#include "tileserver.h"

#include <QComboBox>
#include <QCursor>
#include <QGeoCoordinate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineF>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickImageProvider>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace atlas {

namespace {

const QString s_tilesKey = QStringLiteral("streetMap/tiles");
const QString s_centreKey = QStringLiteral("streetMap/centre");
const QString s_zoomKey = QStringLiteral("streetMap/zoom");
constexpr double s_offlineMaxZoom = 12;
constexpr double s_onlineMaxZoom = 19;
constexpr double s_siteZoom = 13;
constexpr double s_companyZoom = 11;

/// Paints the site symbols the QML asks for by key ("image://atlassymbol/<key>").
class SymbolImageProvider : public QQuickImageProvider
{
public:
    SymbolImageProvider(const Theme &theme, double devicePixelRatio)
        : QQuickImageProvider(QQuickImageProvider::Image)
        , m_theme(theme)
        , m_devicePixelRatio(devicePixelRatio)
    {
    }

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override
    {
        Q_UNUSED(requestedSize)
        const std::optional<SiteSymbolSpec> spec = SiteSymbolSpec::fromKey(id);
        QImage image = spec ? spec->image(m_theme, m_devicePixelRatio) : QImage();
        if (size)
            *size = image.size();
        return image;
    }

private:
    Theme m_theme;
    double m_devicePixelRatio;
};

} // namespace

/**
 * What the QML scene of a StreetMapView sees as "atlas": the models, the tile plugin's
 * parameters, colours, and the callbacks for the pointer. Owned by the view, GUI thread.
 */
class StreetMapContext : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *siteModel READ siteModel CONSTANT)
    Q_PROPERTY(QObject *flowModel READ flowModel CONSTANT)
    Q_PROPERTY(QVariantMap pluginParameters MEMBER m_pluginParameters CONSTANT)
    Q_PROPERTY(QColor backgroundColour MEMBER m_backgroundColour CONSTANT)
    Q_PROPERTY(QColor selectionColour MEMBER m_selectionColour CONSTANT)
    Q_PROPERTY(double maximumZoomLevel MEMBER m_maximumZoomLevel CONSTANT)
    Q_PROPERTY(QPointF initialCentre MEMBER m_initialCentre CONSTANT)
    Q_PROPERTY(double initialZoom MEMBER m_initialZoom CONSTANT)

public:
    explicit StreetMapContext(StreetMapView *view)
        : QObject(view)
        , m_view(view)
    {
    }

    QObject *siteModel() const { return m_view->m_siteModel; }
    QObject *flowModel() const { return m_view->m_flowModel; }

    Q_INVOKABLE void click(double lon, double lat, double nextLon, double nextLat, bool additive)
    {
        m_view->click(QPointF(lon, lat), metresPerPixel(lon, lat, nextLon, nextLat), additive);
    }
    Q_INVOKABLE void hover(double lon, double lat, double nextLon, double nextLat)
    {
        m_view->hover(QPointF(lon, lat), metresPerPixel(lon, lat, nextLon, nextLat));
    }
    Q_INVOKABLE void hoverEnded() { QToolTip::hideText(); }

    QVariantMap m_pluginParameters;
    QColor m_backgroundColour;
    QColor m_selectionColour;
    double m_maximumZoomLevel = s_offlineMaxZoom;
    QPointF m_initialCentre { -2, 54 };
    double m_initialZoom = 5;

private:
    static double metresPerPixel(double lon, double lat, double nextLon, double nextLat)
    {
        return QLineF(webmercator::project(QPointF(lon, lat)), webmercator::project(QPointF(nextLon, nextLat)))
            .length();
    }

    StreetMapView *m_view;
};

StreetMapView::StreetMapView(EntityTableModel *sites, DatasetDocument *document, SharedSelection *selection,
    FilterState *filter, const Theme &theme, std::shared_ptr<const Basemap> basemap, const QString &basemapPath,
    QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filter(filter)
    , m_theme(theme)
    , m_basemap(std::move(basemap))
    , m_basemapPath(basemapPath)
    , m_filtered(new DatasetFilterProxy(document, filter, this))
    , m_siteModel(new SiteItemModel(this))
    , m_flowModel(new FlowItemModel(this))
    , m_context(new StreetMapContext(this))
    , m_tilesBox(new QComboBox(this))
    , m_status(new QLabel(this))
{
    m_filtered->setSourceModel(sites);
    m_siteModel->setSourceModel(m_filtered);

    m_tilesBox->addItem(tr("Basemap tiles (offline)"), static_cast<int>(Tiles::Offline));
    m_tilesBox->addItem(tr("OpenStreetMap (online)"), static_cast<int>(Tiles::OpenStreetMap));
    m_tilesBox->setAccessibleName(tr("Map tiles"));
    m_tilesBox->setToolTip(tr("Where the map's tiles come from: drawn here from the bundled basemap, with no "
                              "network; or OpenStreetMap's tile servers, for streets and buildings"));
    const QSettings settings;
    m_tiles = settings.value(s_tilesKey).toString() == u"openstreetmap" ? Tiles::OpenStreetMap : Tiles::Offline;
    const QPointF centre = settings.value(s_centreKey).toPointF();
    const double zoom = settings.value(s_zoomKey).toDouble();
    if (std::abs(centre.x()) <= 180 && std::abs(centre.y()) <= 85 && zoom >= 1 && zoom <= 20) {
        m_context->m_initialCentre = centre;
        m_context->m_initialZoom = zoom;
    }
    m_tilesBox->setCurrentIndex(m_tilesBox->findData(static_cast<int>(m_tiles)));
    connect(m_tilesBox, &QComboBox::activated, this,
        [this](int index) { setTiles(static_cast<Tiles>(m_tilesBox->itemData(index).toInt())); });
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_tilesBox);
    bar->addStretch();
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);

    connect(document, &DatasetDocument::datasetChanged, this, &StreetMapView::rebuildScene);
    connect(document, &DatasetDocument::contentChanged, this, &StreetMapView::rebuildScene);
    connect(document, &DatasetDocument::languageChanged, this, &StreetMapView::rebuildScene);
    connect(selection, &SharedSelection::changed, this, &StreetMapView::rebuildScene);
    connect(filter, &FilterState::changed, this, &StreetMapView::rebuildScene);
    rebuildScene();
}

StreetMapView::~StreetMapView()
{
    // Where the user looked is where the next session starts.
    if (m_loaded && rootItem()) {
        QSettings settings;
        settings.setValue(s_centreKey, centreLonLat());
        settings.setValue(s_zoomKey, zoomLevel());
    }
    // A tooltip shown for the scene must not outlive the widget it was shown for.
    QToolTip::hideText();
    // The QML scene reads the models and the context: let it go first.
    delete m_quick;
    m_quick = nullptr;
}

void StreetMapView::rebuildScene()
{
    m_scene = MapScene::build(
        MapScene::Input::current(*m_document, *m_filter, *m_selection, m_measure), m_theme, m_basemap);
    m_siteModel->setScene(m_scene);
    m_flowModel->setScene(m_scene, m_theme);
}

void StreetMapView::setTheme(const Theme &theme)
{
    m_theme = theme;
    rebuildScene();
    if (m_loaded)
        reload(); // new tiles, symbols and colours; a scene not made yet is made with them anyway
}

void StreetMapView::setSiteMeasure(SiteMeasure measure)
{
    if (m_measure == measure)
        return;
    m_measure = measure;
    rebuildScene();
}

void StreetMapView::setTiles(Tiles tiles)
{
    if (m_tiles == tiles)
        return;
    m_tiles = tiles;
    m_tilesBox->setCurrentIndex(m_tilesBox->findData(static_cast<int>(tiles)));
    QSettings().setValue(
        s_tilesKey, tiles == Tiles::OpenStreetMap ? QStringLiteral("openstreetmap") : QStringLiteral("offline"));
    if (m_loaded)
        reload();
}

QVariantMap StreetMapView::pluginParameters(
    Tiles tiles, const QString &tileHost, const QString &cacheRoot, const QString &tileKey)
{
    const bool online = tiles == Tiles::OpenStreetMap;
    QVariantMap parameters;
    // OpenStreetMap's tile usage policy: an identifying user agent, its attribution shown, tiles
    // cached (QtLocation's disk cache), and no bulk download or prefetching beyond the view.
    parameters.insert(QStringLiteral("osm.mapping.custom.host"),
        online ? QStringLiteral("https://tile.openstreetmap.org/") : tileHost);
    parameters.insert(QStringLiteral("osm.mapping.custom.mapcopyright"),
        online ? tr("<a href='https://www.openstreetmap.org/copyright'>OpenStreetMap</a>") : tr("Compute Atlas"));
    parameters.insert(QStringLiteral("osm.mapping.custom.datacopyright"),
        online ? tr("<a href='https://www.openstreetmap.org/copyright'>OpenStreetMap</a> contributors")
               : Basemap::attribution());
    parameters.insert(QStringLiteral("osm.mapping.providersrepository.disabled"), true);
    parameters.insert(QStringLiteral("osm.mapping.prefetching_style"), QStringLiteral("NoPrefetching"));
    // QtLocation caches tiles by map type and tile number only: offline tiles of another theme or
    // basemap (another key) need a directory of their own.
    parameters.insert(QStringLiteral("osm.mapping.cache.directory"),
        online ? QString(cacheRoot + QStringLiteral("/qtlocation-openstreetmap"))
               : QString(cacheRoot + QStringLiteral("/qtlocation-offline/") + tileKey));
    parameters.insert(QStringLiteral("osm.useragent"),
        QStringLiteral("ComputeAtlas/%1 (desktop map of AI infrastructure; Qt %2)")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    return parameters;
}

bool StreetMapView::load()
{
    if (!m_loaded)
        reload();
    return m_errors.isEmpty();
}

void StreetMapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    load();
}

QQuickItem *StreetMapView::rootItem() const
{
    return m_quick ? m_quick->rootObject() : nullptr;
}

QPointF StreetMapView::centreLonLat() const
{
    QQuickItem *root = rootItem();
    if (!root)
        return {};
    const auto centre = root->property("map").value<QObject *>()->property("center").value<QGeoCoordinate>();
    return { centre.longitude(), centre.latitude() };
}

double StreetMapView::zoomLevel() const
{
    QQuickItem *root = rootItem();
    return root ? root->property("map").value<QObject *>()->property("zoomLevel").toDouble() : 0;
}

void StreetMapView::reload()
{
    if (m_loaded) {
        // Keep looking where the user looked.
        m_context->m_initialCentre = centreLonLat();
        m_context->m_initialZoom = zoomLevel();
    }
    delete m_quick;
    m_quick = nullptr;
    m_errors.clear();
    m_loaded = true;

    if (m_tiles == Tiles::Offline)
        ensureTileServer();
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_context->m_pluginParameters = pluginParameters(m_tiles, m_server ? m_server->baseUrl().toString() : QString(),
        cache, m_provider ? m_provider->key() : QString());
    m_context->m_backgroundColour = m_theme.ocean;
    m_context->m_selectionColour = m_theme.selection;
    m_context->m_maximumZoomLevel = m_tiles == Tiles::Offline ? s_offlineMaxZoom : s_onlineMaxZoom;

    m_quick = new QQuickWidget(this);
    m_quick->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quick->setClearColor(m_theme.ocean);
    m_quick->setAccessibleName(tr("Street map"));
    m_quick->engine()->addImageProvider(
        QStringLiteral("atlassymbol"), new SymbolImageProvider(m_theme, devicePixelRatioF()));
    m_quick->rootContext()->setContextProperty(QStringLiteral("atlas"), m_context);
    m_quick->setSource(QUrl(QStringLiteral("qrc:/atlas/qml/StreetMap.qml")));
    m_errors = m_quick->errors();
    static_cast<QVBoxLayout *>(layout())->addWidget(m_quick, 1);
    if (!m_errors.isEmpty()) {
        QStringList messages;
        for (const QQmlError &qmlError : std::as_const(m_errors))
            messages.append(qmlError.toString());
        qWarning("Street map: %s", qPrintable(messages.join(u'\n')));
        m_status->setText(tr("The street map could not be made: %1").arg(m_errors.constFirst().description()));
    }
    updateStatus();
    Q_EMIT loaded();
}

void StreetMapView::ensureTileServer()
{
    if (m_basemapIdentity.isEmpty())
        m_basemapIdentity = TileCache::basemapIdentity(m_basemapPath);
    const TileRenderer renderer(m_basemap, m_theme);
    const QString key = TileCache::key(m_theme, renderer.tileSizePx(), renderer.devicePixelRatio(), m_basemapIdentity);
    if (m_provider && m_provider->key() == key)
        return;
    // A new theme: new tiles under a new key, from a new provider; the old one finishes and goes.
    if (m_provider)
        m_provider->deleteLater();
    m_provider = new TileProvider(renderer, m_basemapIdentity, TileCache::defaultRoot(), this);
    connect(m_provider, &TileProvider::pendingChanged, this, &StreetMapView::updateStatus);
    connect(m_provider, &TileProvider::tileFailed, this,
        [this](TileId, const QString &error) { m_status->setText(tr("A tile could not be drawn: %1").arg(error)); });
    if (!m_server) {
        m_server = new TileServer(m_provider, this);
        QString error;
        if (!m_server->start(&error))
            m_status->setText(tr("No offline tiles: %1").arg(error));
    } else {
        m_server->setProvider(m_provider);
    }
}

void StreetMapView::updateStatus()
{
    if (!m_errors.isEmpty() || !m_provider)
        return;
    const int pending = m_provider->pendingCount();
    m_status->setText(pending > 0 ? tr("Drawing %n tile(s)…", nullptr, pending) : QString());
}

bool StreetMapView::canShow(const EntityRef &ref) const
{
    const Dataset &dataset = m_document->dataset();
    switch (ref.type) {
    case EntityType::Site:
        return dataset.site(ref.id) != nullptr;
    case EntityType::Investment:
        return !m_flowModel->lonLatBounds(ref.id).isNull();
    case EntityType::Company: {
        const Company *company = dataset.company(ref.id);
        return company && company->hq;
    }
    default:
        return false;
    }
}

bool StreetMapView::showEntity(const EntityRef &ref)
{
    if (!canShow(ref) || !load())
        return false;
    QQuickItem *root = rootItem();
    const Dataset &dataset = m_document->dataset();
    if (ref.type == EntityType::Site) {
        const Site *site = dataset.site(ref.id);
        QMetaObject::invokeMethod(root, "centreOn", Q_ARG(QVariant, site->location.lonDeg),
            Q_ARG(QVariant, site->location.latDeg), Q_ARG(QVariant, s_siteZoom));
    } else if (ref.type == EntityType::Company) {
        const Company *company = dataset.company(ref.id);
        QMetaObject::invokeMethod(root, "centreOn", Q_ARG(QVariant, company->hq->lonDeg),
            Q_ARG(QVariant, company->hq->latDeg), Q_ARG(QVariant, s_companyZoom));
    } else {
        const QRectF box = m_flowModel->lonLatBounds(ref.id);
        QMetaObject::invokeMethod(root, "fitBox", Q_ARG(QVariant, box.left()), Q_ARG(QVariant, box.top()),
            Q_ARG(QVariant, box.right()), Q_ARG(QVariant, box.bottom()), Q_ARG(QVariant, s_siteZoom));
    }
    return true;
}

void StreetMapView::hover(const QPointF &lonLat, double metresPerPixel)
{
    const std::optional<MapItemHit> hit = mapItemAt(*m_siteModel, *m_flowModel, lonLat, metresPerPixel);
    if (hit)
        QToolTip::showText(QCursor::pos(), hit->tooltip, m_quick);
    else
        QToolTip::hideText();
}

void StreetMapView::click(const QPointF &lonLat, double metresPerPixel, bool additive)
{
    const std::optional<MapItemHit> hit = mapItemAt(*m_siteModel, *m_flowModel, lonLat, metresPerPixel);
    m_selection->click(hit ? std::optional(hit->ref) : std::nullopt, additive);
}

} // namespace atlas

#include "streetmapview.moc"
