// The street map (QtLocation, Qt >= 6.5 only): QML loads cleanly, delegates follow the models,
// selection goes both ways, the grab shows the symbols where the sites are, tiles come from
// the project's own tile server.
#include "../maps/mapfixture.h"
#include "atlascatch.h"
#include "testdata.h"

#include "mapitemmodels.h"
#include "sitetablemodel.h"
#include "streetmapview.h"
#include "tileprovider.h"
#include "tiles.h"

#include <QDate>
#include <QDir>
#include <QGeoCoordinate>
#include <QMutex>
#include <QQuickItem>
#include <QQuickWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <functional>

using namespace atlas;

namespace {

/// Collects the QML engine's warnings (errors in bindings, missing properties…) while alive.
class QmlWarnings
{
public:
    QmlWarnings() { s_previous = qInstallMessageHandler(&QmlWarnings::handle); }
    ~QmlWarnings() { qInstallMessageHandler(s_previous); }
    static QStringList take()
    {
        QMutexLocker lock(&s_mutex);
        return std::exchange(s_messages, {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const QString file = QString::fromUtf8(context.file ? context.file : "");
        if (type != QtDebugMsg && type != QtInfoMsg
            && (file.contains(u"qml") || message.contains(u"qrc:/") || message.contains(u"QML"))) {
            QMutexLocker lock(&s_mutex);
            s_messages.append(message);
        }
        s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_messages;
};

struct StreetMapFixture {
    test::BundledDocument fixture;
    Theme theme = Theme::light();
    SiteTableModel sites { &fixture.document, &fixture.selection };
    std::unique_ptr<StreetMapView> view;

    StreetMapFixture()
    {
        view = std::make_unique<StreetMapView>(&sites, &fixture.document, &fixture.selection, &fixture.filter, theme,
            test::basemap(), QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/basemap.gpkg"));
        view->resize(900, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        REQUIRE(view->load());
        REQUIRE(view->rootItem());
    }

    int delegates(const char *kind) const
    {
        QVariant count;
        QMetaObject::invokeMethod(view->rootItem(), "delegateCount", Q_RETURN_ARG(QVariant, count),
            Q_ARG(QVariant, QString::fromLatin1(kind)));
        return count.toInt();
    }

    /// Where the QML map shows @p lonLat, in the QQuickWidget's pixels.
    QPointF pixelOf(QPointF lonLat) const
    {
        QVariant point;
        QMetaObject::invokeMethod(view->rootItem(), "pixelOf", Q_RETURN_ARG(QVariant, point),
            Q_ARG(QVariant, lonLat.x()), Q_ARG(QVariant, lonLat.y()));
        return point.toPointF();
    }

    void centreOn(QPointF lonLat, double zoom) const
    {
        QMetaObject::invokeMethod(view->rootItem(), "centreOn", Q_ARG(QVariant, lonLat.x()),
            Q_ARG(QVariant, lonLat.y()), Q_ARG(QVariant, zoom));
        QTest::qWait(50);
    }

    QImage grab() const { return view->quickWidget()->grabFramebuffer(); }
};

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

/// Whether a pixel within @p radius of @p centre is within @p tolerance of @p colour.
bool colourNear(const QImage &image, QPointF centre, double radius, const QColor &colour, double tolerance = 30)
{
    const double dpr = image.devicePixelRatio();
    for (int dy = -static_cast<int>(radius); dy <= radius; ++dy) {
        for (int dx = -static_cast<int>(radius); dx <= radius; ++dx) {
            const QPoint p((centre.x() + dx) * dpr, (centre.y() + dy) * dpr);
            if (image.rect().contains(p) && test::colourDistance(image.pixelColor(p), colour) < tolerance)
                return true;
        }
    }
    return false;
}

/// The share of the symbol image's opaque pixels that the grab shows (within a pixel of where
/// they belong, as the symbol is placed at a fractional position) when the image is centred on
/// @p centre.
double symbolShown(const QImage &grab, QPointF centre, const QImage &symbol)
{
    const QPointF origin = centre - QPointF(symbol.width(), symbol.height()) / 2.0;
    int opaque = 0;
    int shown = 0;
    for (int y = 0; y < symbol.height(); ++y) {
        for (int x = 0; x < symbol.width(); ++x) {
            const QColor want = symbol.pixelColor(x, y);
            if (want.alpha() < 255)
                continue;
            ++opaque;
            bool found = false;
            for (int dy = -1; dy <= 1 && !found; ++dy) {
                for (int dx = -1; dx <= 1 && !found; ++dx) {
                    const QPoint at = (origin + QPointF(x + dx, y + dy)).toPoint();
                    found = grab.rect().contains(at) && test::colourDistance(grab.pixelColor(at), want) < 40;
                }
            }
            shown += found ? 1 : 0;
        }
    }
    return opaque > 0 ? static_cast<double>(shown) / opaque : 0;
}

/// The first of @p candidates that no site or flow of the map covers at the scale of zoom
/// level @p zoom (with room to spare); null if none.
QPointF clearOfItems(const StreetMapView &view, const QList<QPointF> &candidates, int zoom)
{
    const double roomyMetresPerPixel = 3 * webmercator::metresPerPixel(zoom);
    for (const QPointF &candidate : candidates) {
        if (!mapItemAt(*view.siteModel(), *view.flowModel(), candidate, roomyMetresPerPixel))
            return candidate;
    }
    return {};
}

const QPointF s_loughton(0.08388, 51.64527);

} // namespace

TEST_CASE("The street map loads its QML without errors or warnings", "[streetmap]")
{
    QmlWarnings warnings;
    StreetMapFixture map;
    CHECK(map.view->errors().isEmpty());
    QTest::qWait(200);
    CHECK(QmlWarnings::take() == QStringList());
}

TEST_CASE("The street map has a delegate for each row of its models, also after filtering", "[streetmap]")
{
    StreetMapFixture map;
    const int allSites = static_cast<int>(map.fixture.document.dataset().sites.size());
    REQUIRE(map.view->siteModel()->rowCount() == allSites);
    CHECK(waitFor([&] { return map.delegates("site") == allSites; }, 5000));
    CHECK(waitFor([&] { return map.delegates("flow") == map.view->flowModel()->rowCount(); }, 5000));
    CHECK(map.view->flowModel()->rowCount() > 0);

    DatasetFilter filter;
    filter.countries = { QStringLiteral("NO") };
    map.fixture.filter.setFilter(filter);
    REQUIRE(map.view->siteModel()->rowCount() == 2);
    CHECK(waitFor([&] { return map.delegates("site") == 2; }, 5000));
    CHECK(waitFor([&] { return map.delegates("flow") == map.view->flowModel()->rowCount(); }, 5000));

    // The timeline's "as of" date: only what had been announced by then.
    DatasetFilter early;
    early.asOf = QDate(2025, 9, 1);
    map.fixture.filter.setFilter(early);
    const int earlySites = map.view->siteModel()->rowCount();
    CHECK(earlySites < allSites);
    // Every row left is one the vector map's scene draws too.
    for (int row = 0; row < earlySites; ++row)
        CHECK(map.view->siteModel()->markAt(row));
    CHECK(waitFor([&] { return map.delegates("site") == earlySites; }, 5000));
    CHECK(waitFor([&] { return map.delegates("flow") == map.view->flowModel()->rowCount(); }, 5000));

    map.fixture.filter.setFilter({});
    CHECK(waitFor([&] { return map.delegates("site") == allSites; }, 5000));
}

TEST_CASE("The street map shows each site's symbol colour where the site is, on the project's tiles", "[streetmap]")
{
    // Tiles must come through the project's server, not from QtLocation's cache of an earlier run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/qtlocation-offline"))
        .removeRecursively();
    StreetMapFixture map;
    // The British Isles at zoom 6: Loughton, Waltham Cross and the North East zone overlap there,
    // so check the sites whose symbols stand alone.
    map.centreOn(QPointF(-2.5, 54), 6);
    const Theme &theme = map.theme;
    const QPointF inlandLonLat = clearOfItems(
        *map.view, { QPointF(-1.9, 52.48), QPointF(-8, 53.4), QPointF(-4, 57.3), QPointF(-3.5, 50.7) }, 6);
    REQUIRE_FALSE(inlandLonLat.isNull());
    const QPointF inland = map.pixelOf(inlandLonLat);
    const bool tilesShown = waitFor([&] { return colourNear(map.grab(), inland, 1, theme.land, 12); });
    if (!tilesShown)
        map.grab().save(QStringLiteral("streetmap-tiles-actual.png"));
    REQUIRE(tilesShown);
    // Served by the project's tile server (QtLocation's own cache was emptied first).
    CHECK(map.view->tileProvider()->rendersDone() + map.view->tileProvider()->cacheHits() > 0);
    const QPointF sea
        = clearOfItems(*map.view, { QPointF(-5.5, 53.5), QPointF(-7.5, 56.5), QPointF(1.5, 56.5), QPointF(-9, 51) }, 6);
    REQUIRE_FALSE(sea.isNull());
    CHECK(colourNear(map.grab(), map.pixelOf(sea), 1, theme.ocean, 12));

    const QImage image = map.grab();
    SiteItemModel *sites = map.view->siteModel();
    int checked = 0;
    for (int row = 0; row < sites->rowCount(); ++row) {
        const SiteMark *mark = sites->markAt(row);
        REQUIRE(mark);
        const QPointF centre = map.pixelOf(mark->lonLat);
        if (!QRectF(20, 20, 860, 600).contains(centre))
            continue;
        const double half = sites->data(sites->index(row, 0), SiteItemModel::SymbolHalfExtent).toDouble();
        bool alone = true;
        for (int other = 0; other < sites->rowCount(); ++other) {
            if (other != row && QLineF(map.pixelOf(sites->markAt(other)->lonLat), centre).length() < 2.5 * half)
                alone = false;
        }
        if (!alone)
            continue;
        const auto spec
            = SiteSymbolSpec::fromKey(sites->data(sites->index(row, 0), SiteItemModel::SymbolKey).toString());
        REQUIRE(spec);
        CAPTURE(mark->id, centre.x(), centre.y());
        const double shown = symbolShown(image, centre, spec->image(theme, image.devicePixelRatio()));
        // Not all of it: the flows that end at a site are drawn over its symbol.
        CHECK(shown > 0.7);
        if (shown <= 0.7)
            image.save(QStringLiteral("streetmap-symbols-actual.png"));
        ++checked;
    }
    CHECK(checked >= 2);
    // Far from every site, no symbol colour: the Atlantic west of Ireland.
    for (int row = 0; row < sites->rowCount(); ++row)
        CHECK_FALSE(colourNear(image, map.pixelOf(QPointF(-14, 53)), 6, sites->markAt(row)->colour, 20));
}

TEST_CASE("Selection goes both ways between the street map and the shared selection", "[streetmap]")
{
    StreetMapFixture map;
    map.centreOn(s_loughton, 11);
    REQUIRE(waitFor([&] { return map.delegates("site") > 0; }, 5000));

    SECTION("a click on a site's symbol selects it; a click on nothing clears")
    {
        QTest::mouseClick(map.view->quickWidget(), Qt::LeftButton, {}, map.pixelOf(s_loughton).toPoint());
        CHECK(waitFor([&] { return !map.fixture.selection.isEmpty(); }, 3000));
        CHECK(map.fixture.selection.selection()
            == QSet<EntityRef> { { EntityType::Site, QStringLiteral("loughton_nscale") } });
        QTest::mouseClick(map.view->quickWidget(), Qt::LeftButton, {}, QPoint(30, 600));
        CHECK(waitFor([&] { return map.fixture.selection.isEmpty(); }, 3000));
    }

    SECTION("selecting elsewhere rings the site's delegate in the selection colour")
    {
        const QPointF centre = map.pixelOf(s_loughton);
        map.fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
        CHECK(waitFor([&] { return colourNear(map.grab(), centre, 40, map.theme.selection, 20); }, 5000));
        map.fixture.selection.clear();
        CHECK(waitFor([&] { return !colourNear(map.grab(), centre, 40, map.theme.selection, 20); }, 5000));
    }

    SECTION("hovering a site shows the vector map's tooltip")
    {
        const int row = [&] {
            for (int r = 0; r < map.view->siteModel()->rowCount(); ++r) {
                if (map.view->siteModel()->markAt(r)->id == u"loughton_nscale")
                    return r;
            }
            return -1;
        }();
        REQUIRE(row >= 0);
        QTest::mouseMove(map.view->quickWidget(), map.pixelOf(s_loughton).toPoint() + QPoint(1, 0));
        QTest::mouseMove(map.view->quickWidget(), map.pixelOf(s_loughton).toPoint());
        CHECK(waitFor([&] { return QToolTip::isVisible(); }, 3000));
        CHECK(QToolTip::text() == map.view->siteModel()->markAt(row)->tooltip);
    }
}

TEST_CASE("Show on Street Map moves the street map to the entity", "[streetmap]")
{
    StreetMapFixture map;
    const EntityRef site { EntityType::Site, QStringLiteral("kvandal_stargate_no") };
    REQUIRE(map.view->canShow(site));
    REQUIRE(map.view->showEntity(site));
    CHECK(map.view->centreLonLat().x() == Approx(17.5571).margin(1e-3));
    CHECK(map.view->centreLonLat().y() == Approx(68.5492).margin(1e-3));
    CHECK(map.view->zoomLevel() >= 12);

    const EntityRef investment { EntityType::Investment, QStringLiteral("inv18_stargate_norway") };
    REQUIRE(map.view->canShow(investment));
    REQUIRE(map.view->showEntity(investment));
    // Both ends of the flow are in view.
    const QRectF box = map.view->flowModel()->lonLatBounds(investment.id);
    const QRectF shown(QPointF(0, 0), map.view->quickWidget()->size());
    CHECK(shown.contains(map.pixelOf(box.topLeft())));
    CHECK(shown.contains(map.pixelOf(box.bottomRight())));

    CHECK_FALSE(map.view->canShow({ EntityType::Source, map.fixture.document.dataset().sources.constFirst().id }));
    CHECK_FALSE(map.view->showEntity({ EntityType::Site, QStringLiteral("no-such-site") }));
}

TEST_CASE("Street map tiles: offline from the local server by default, OpenStreetMap by the policy", "[streetmap]")
{
    const QVariantMap offline = StreetMapView::pluginParameters(StreetMapView::Tiles::Offline,
        QStringLiteral("http://127.0.0.1:4567/tiles/abc/"), QStringLiteral("/c"), QStringLiteral("abc"));
    CHECK(offline.value(QStringLiteral("osm.mapping.custom.host")).toString()
        == QStringLiteral("http://127.0.0.1:4567/tiles/abc/"));
    CHECK(offline.value(QStringLiteral("osm.mapping.providersrepository.disabled")).toBool());
    // QtLocation's cache knows tiles by number only: each key of ours gets its own directory.
    CHECK(offline.value(QStringLiteral("osm.mapping.cache.directory")).toString() == u"/c/qtlocation-offline/abc");
    CHECK(StreetMapView::pluginParameters(
              StreetMapView::Tiles::Offline, QString(), QStringLiteral("/c"), QStringLiteral("def"))
              .value(QStringLiteral("osm.mapping.cache.directory"))
        != offline.value(QStringLiteral("osm.mapping.cache.directory")));

    const QVariantMap online = StreetMapView::pluginParameters(
        StreetMapView::Tiles::OpenStreetMap, QString(), QStringLiteral("/c"), QString());
    CHECK(online.value(QStringLiteral("osm.mapping.custom.host")).toString()
        == QStringLiteral("https://tile.openstreetmap.org/"));
    CHECK(online.value(QStringLiteral("osm.useragent")).toString().startsWith(u"ComputeAtlas/"));
    CHECK(online.value(QStringLiteral("osm.mapping.prefetching_style")).toString() == u"NoPrefetching");
    CHECK(online.value(QStringLiteral("osm.mapping.custom.datacopyright")).toString().contains(u"OpenStreetMap"));
    CHECK(online.value(QStringLiteral("osm.mapping.cache.directory"))
        != offline.value(QStringLiteral("osm.mapping.cache.directory")));
}

TEST_CASE("The street map zooms and pans with the keys and remembers where it looked", "[streetmap]")
{
    QPointF centre;
    double zoom = 0;
    {
        StreetMapFixture map;
        map.centreOn(QPointF(13.94389, 66.81639), 7);
        map.view->quickWidget()->setFocus();
        QTest::keyClick(map.view->quickWidget(), Qt::Key_Plus);
        CHECK(map.view->zoomLevel() == Approx(8));
        QTest::keyClick(map.view->quickWidget(), Qt::Key_Minus);
        QTest::keyClick(map.view->quickWidget(), Qt::Key_Minus);
        CHECK(map.view->zoomLevel() == Approx(6));
        const double lon = map.view->centreLonLat().x();
        QTest::keyClick(map.view->quickWidget(), Qt::Key_Left);
        CHECK(map.view->centreLonLat().x() < lon - 1);
        centre = map.view->centreLonLat();
        zoom = map.view->zoomLevel();
    }
    StreetMapFixture next;
    CHECK(next.view->centreLonLat().x() == Approx(centre.x()).margin(1e-6));
    CHECK(next.view->centreLonLat().y() == Approx(centre.y()).margin(1e-6));
    CHECK(next.view->zoomLevel() == Approx(zoom));
}
