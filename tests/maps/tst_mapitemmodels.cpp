#include "atlascatch.h"
#include "mapfixture.h"
#include "testdata.h"

#include "geometry.h"
#include "mapitemmodels.h"
#include "maprenderer.h"
#include "sitetablemodel.h"
#include "tiles.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QImage>
#include <QSignalSpy>

#include <cmath>

using namespace atlas;

namespace {

/// The site table model behind the shared filter, and the tile map's models over it, fed with
/// the scene the vector map would draw.
struct TileMapModels {
    test::BundledDocument fixture;
    Theme theme = Theme::light();
    SiteTableModel sites { &fixture.document, &fixture.selection };
    DatasetFilterProxy filtered { &fixture.document, &fixture.filter };
    SiteItemModel siteItems;
    FlowItemModel flowItems;
    MapScene scene;

    TileMapModels()
    {
        filtered.setSourceModel(&sites);
        siteItems.setSourceModel(&filtered);
        rebuild();
    }

    void rebuild()
    {
        scene = MapScene::build(
            MapScene::Input::current(fixture.document, fixture.filter, fixture.selection, SiteMeasure::Gpus), theme,
            test::basemap());
        siteItems.setScene(scene);
        flowItems.setScene(scene, theme);
    }

    int siteRow(const QString &id) const
    {
        for (int row = 0; row < siteItems.rowCount(); ++row) {
            if (siteItems.index(row, 0).data(Roles::Id).toString() == id)
                return row;
        }
        return -1;
    }
};

QVariant role(const QAbstractItemModel &model, int row, const QByteArray &name)
{
    return model.index(row, 0).data(model.roleNames().key(name, -1));
}

} // namespace

TEST_CASE("The tile map's site model is the filtered site table with the vector map's symbols", "[mapitemmodels]")
{
    TileMapModels models;
    QAbstractItemModelTester tester(&models.siteItems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(models.siteItems.rowCount() == models.fixture.document.dataset().sites.size());
    REQUIRE(models.siteItems.rowCount() == models.scene.sites.size());
    const QHash<int, QByteArray> names = models.siteItems.roleNames();
    for (const QByteArray name :
        { "coordinate", "entityId", "selected", "symbolKey", "symbolHalfExtent", "mapTooltip" })
        CHECK(names.values().contains(name));

    const int loughton = models.siteRow(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton >= 0);
    const auto coordinate = role(models.siteItems, loughton, "coordinate").value<QGeoCoordinate>();
    CHECK(coordinate.longitude() == Approx(0.08388));
    CHECK(coordinate.latitude() == Approx(51.64527));
    const SiteMark *mark = models.siteItems.markAt(loughton);
    REQUIRE(mark);
    CHECK(role(models.siteItems, loughton, "mapTooltip").toString() == mark->tooltip);
    const auto spec = SiteSymbolSpec::fromKey(role(models.siteItems, loughton, "symbolKey").toString());
    REQUIRE(spec);
    CHECK(spec->kind == mark->kind);
    CHECK(spec->status == mark->status);
    CHECK(spec->colour == mark->colour);
    CHECK(spec->radiusPx == Approx(SymbolScale::of(models.scene, 1.0).siteRadius(mark->measure)).margin(0.01));
    CHECK_FALSE(spec->selected);

    SECTION("selecting a site rings it and dims the others, through dataChanged")
    {
        QSignalSpy changed(&models.siteItems, &QAbstractItemModel::dataChanged);
        models.fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
        models.rebuild();
        CHECK(changed.size() >= 1);
        CHECK(role(models.siteItems, loughton, "selected").toBool());
        CHECK(SiteSymbolSpec::fromKey(role(models.siteItems, loughton, "symbolKey").toString())->selected);
        const int narvik = models.siteRow(QStringLiteral("kvandal_stargate_no"));
        const auto dimmed = SiteSymbolSpec::fromKey(role(models.siteItems, narvik, "symbolKey").toString());
        REQUIRE(dimmed);
        CHECK(dimmed->colour.alphaF() < 0.5);
        CHECK_FALSE(dimmed->selected);
    }

    SECTION("the shared filter removes rows, and the scene agrees")
    {
        DatasetFilter filter;
        filter.countries = { QStringLiteral("NO") };
        models.fixture.filter.setFilter(filter);
        models.rebuild();
        REQUIRE(models.siteItems.rowCount() == 2);
        CHECK(models.scene.sites.size() == 2);
        for (int row = 0; row < models.siteItems.rowCount(); ++row)
            CHECK_FALSE(role(models.siteItems, row, "symbolKey").toString().isEmpty());
    }
}

TEST_CASE("Site symbol keys round-trip and refuse nonsense", "[mapitemmodels]")
{
    SiteSymbolSpec spec;
    spec.kind = SiteKind::AiGrowthZone;
    spec.status = SiteStatus::Operational;
    spec.colour = QColor::fromRgba(qRgba(10, 120, 200, 115));
    spec.radiusPx = 12.34;
    spec.selected = true;
    const auto back = SiteSymbolSpec::fromKey(spec.key());
    REQUIRE(back);
    CHECK(*back == spec);
    for (const QString &bad :
        { QString(), QStringLiteral("a/b/c/d/e"), QStringLiteral("data-centre/operational/xyz/100/0"),
            QStringLiteral("data-centre/operational/ff0000ff/-5/0"),
            QStringLiteral("data-centre/operational/ff0000ff/99999999/0"),
            QStringLiteral("data-centre/operational/ff0000ff/100/2") })
        CHECK_FALSE(SiteSymbolSpec::fromKey(bad));

    SECTION("the image has the symbol's colour in the middle and is transparent in the corners")
    {
        spec.selected = false;
        spec.colour = QColor(200, 30, 40);
        const Theme theme = Theme::light();
        const QImage image = spec.image(theme, 2.0);
        CHECK(image.width() == static_cast<int>(std::ceil(2 * spec.halfExtentPx() * 2)));
        CHECK(image.devicePixelRatio() == 2.0);
        const QColor middle = image.pixelColor(image.width() / 2, image.height() / 2);
        CHECK(test::colourDistance(middle, spec.colour) < 40);
        CHECK(image.pixelColor(0, 0).alpha() == 0);
    }
}

TEST_CASE("The tile map's flow model has the vector map's flows along great circles", "[mapitemmodels]")
{
    TileMapModels models;
    QAbstractItemModelTester tester(&models.flowItems, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(models.flowItems.rowCount() == models.scene.flows.size());
    REQUIRE(models.flowItems.rowCount() > 0);
    const SymbolScale sizes = SymbolScale::of(models.scene, 1.0);
    for (int row = 0; row < models.flowItems.rowCount(); ++row) {
        const FlowMark &mark = models.scene.flows.at(row);
        const QVariantList path = role(models.flowItems, row, "path").toList();
        REQUIRE(path.size() >= 2);
        const auto first = path.constFirst().value<QGeoCoordinate>();
        const auto last = path.constLast().value<QGeoCoordinate>();
        CHECK(first.longitude() == Approx(mark.fromLonLat.x()).margin(1e-9));
        CHECK(first.latitude() == Approx(mark.fromLonLat.y()).margin(1e-9));
        CHECK(last.longitude() == Approx(mark.toLonLat.x()).margin(1e-9));
        CHECK(last.latitude() == Approx(mark.toLonLat.y()).margin(1e-9));
        // Every step a quarter of a degree or less: a smooth great circle, not a straight line.
        const double arc = geo::angularDistanceDeg(mark.fromLonLat, mark.toLonLat);
        CHECK(path.size() >= static_cast<qsizetype>(arc / 0.25));
        CHECK(role(models.flowItems, row, "widthPx").toDouble() == Approx(sizes.flowWidth(mark.usd)));
        CHECK(role(models.flowItems, row, "entityId").toString() == mark.investmentId);
        CHECK(role(models.flowItems, row, "mapTooltip").toString() == mark.tooltip);
    }

    SECTION("the middle of a great circle leaves the straight line in lon-lat")
    {
        // Loughton to Kvandal bows north of the straight lon-lat line (New York is further off).
        const QString investment = QStringLiteral("inv18_stargate_norway");
        int row = -1;
        for (int r = 0; r < models.flowItems.rowCount(); ++r) {
            if (role(models.flowItems, r, "entityId").toString() == investment)
                row = r;
        }
        REQUIRE(row >= 0);
        const FlowMark &mark = models.flowItems.markAt(row);
        const QVariantList path = role(models.flowItems, row, "path").toList();
        const QPointF middle = geo::interpolate(mark.fromLonLat, mark.toLonLat, 0.5);
        bool passesMiddle = false;
        for (const QVariant &point : path) {
            const auto c = point.value<QGeoCoordinate>();
            passesMiddle = passesMiddle || QLineF(QPointF(c.longitude(), c.latitude()), middle).length() < 0.2;
        }
        CHECK(passesMiddle);
        CHECK(models.flowItems.lonLatBounds(investment).contains(middle));
    }

    SECTION("a new selection changes the looks in place; a filter changes the rows")
    {
        QSignalSpy reset(&models.flowItems, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&models.flowItems, &QAbstractItemModel::dataChanged);
        const QString investment = models.scene.flows.constFirst().investmentId;
        models.fixture.selection.setSelectedIds(EntityType::Investment, { investment });
        models.rebuild();
        CHECK(reset.isEmpty());
        CHECK(changed.size() == 1);
        CHECK(role(models.flowItems, 0, "selected").toBool());
        DatasetFilter filter;
        filter.countries = { QStringLiteral("NO") };
        models.fixture.filter.setFilter(filter);
        models.rebuild();
        CHECK(reset.size() == 1);
        CHECK(models.flowItems.rowCount() == models.scene.flows.size());
    }
}

TEST_CASE("A click on the tile map finds the site or flow the vector map would", "[mapitemmodels]")
{
    TileMapModels models;
    const QPointF loughton(0.08388, 51.64527);
    const double zoom10 = webmercator::metresPerPixel(10);

    SECTION("on a site, and a few pixels beside it")
    {
        const auto hit = mapItemAt(models.siteItems, models.flowItems, loughton, zoom10);
        REQUIRE(hit);
        CHECK(hit->ref == EntityRef { EntityType::Site, QStringLiteral("loughton_nscale") });
        CHECK_FALSE(hit->tooltip.isEmpty());
        // 3 pixels east at zoom 10 is still the symbol; 300 pixels east is not.
        const double degreesPerPixel = 360.0 / (256 * 1024);
        const auto beside
            = mapItemAt(models.siteItems, models.flowItems, loughton + QPointF(3 * degreesPerPixel, 0), zoom10);
        REQUIRE(beside);
        CHECK(beside->ref.id == QStringLiteral("loughton_nscale"));
        const auto far
            = mapItemAt(models.siteItems, models.flowItems, loughton + QPointF(300 * degreesPerPixel, 0.8), zoom10);
        CHECK_FALSE(far);
    }

    SECTION("on a flow away from its ends")
    {
        const FlowMark &flow = models.scene.flows.constFirst();
        const QPointF middle = geo::interpolate(flow.fromLonLat, flow.toLonLat, 0.5);
        const int zoom = 6; // both ends far away at this scale
        const auto hit = mapItemAt(models.siteItems, models.flowItems, middle, webmercator::metresPerPixel(zoom));
        REQUIRE(hit);
        CHECK(hit->ref.type == EntityType::Investment);
        // Several investments can share a path (lanes); the hit is one that runs through here.
        bool sharesPath = false;
        for (const FlowMark &other : models.scene.flows)
            sharesPath = sharesPath || (other.investmentId == hit->ref.id && other.toLonLat == flow.toLonLat);
        CHECK(sharesPath);
    }

    SECTION("nothing in the open sea, and nothing for nonsense scales")
    {
        CHECK_FALSE(mapItemAt(models.siteItems, models.flowItems, QPointF(-30, 40), zoom10));
        CHECK_FALSE(mapItemAt(models.siteItems, models.flowItems, loughton, 0));
        CHECK_FALSE(mapItemAt(models.siteItems, models.flowItems, loughton, qQNaN()));
    }
}

TEST_CASE("Hit testing measures in EPSG:3857 metres", "[mapitemmodels]")
{
    CHECK(webmercator::project(QPointF(0, 0)).x() == Approx(0).margin(1e-6));
    CHECK(webmercator::project(QPointF(180, 0)).x() == Approx(20037508.342789244));
    CHECK(webmercator::project(QPointF(0, geo::webMercatorMaxLatitude)).y() == Approx(20037508.342789244));
    CHECK(webmercator::project(QPointF(0, 90)).y() == Approx(20037508.342789244)); // clamped
    CHECK(webmercator::project(QPointF(-0.1276, 51.5072)).y() == Approx(6711506.71).margin(0.1));
}
