#include "atlascatch.h"
#include "mapfixture.h"

#include "geometry.h"
#include "mapexport.h"
#include "maprenderer.h"
#include "projectedlayers.h"
#include "sharedselection.h"
#include "viewpreset.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

using namespace atlas;

namespace {

struct Rendered {
    QImage image;
    RenderResult result;
    MapViewport viewport;
};

Rendered render(const MapScene &scene, const MapViewport &viewport, const Theme &theme, RenderOptions options = {})
{
    Rendered rendered;
    rendered.viewport = viewport;
    rendered.image = QImage(viewport.sizePx, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&rendered.image);
    rendered.result = MapRenderer::render(painter, viewport, scene, theme, options);
    return rendered;
}

QPointF pixelOf(const Rendered &rendered, QPointF lonLat)
{
    const auto projected = Projection(rendered.viewport.projection).forward(lonLat);
    REQUIRE(projected);
    return rendered.viewport.toPixel(*projected);
}

QColor pixel(const Rendered &rendered, QPointF at)
{
    return rendered.image.pixelColor(at.toPoint());
}

/// Whether any pixel within @p radius of @p at is within @p tolerance of @p colour.
bool colourNear(const Rendered &rendered, QPointF at, const QColor &colour, int radius = 3, double tolerance = 40)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at.toPoint() + QPoint(dx, dy);
            if (rendered.image.rect().contains(p)
                && test::colourDistance(rendered.image.pixelColor(p), colour) <= tolerance)
                return true;
        }
    }
    return false;
}

/// A colour blended over another, as the renderer's translucent fills come out.
QColor over(const QColor &top, double alpha, const QColor &bottom)
{
    return QColor::fromRgbF(top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha), top.blueF() * alpha + bottom.blueF() * (1 - alpha));
}

const DrawnItem *drawn(const QList<DrawnItem> &items, const QString &id)
{
    for (const DrawnItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Ocean, land and site colours at known positions of the world map", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    const MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1600, 900));
    const Rendered rendered = render(test::scene(data, theme), viewport, theme, { true, false, false, false, 1.0 });

    // Mid South Atlantic is ocean; central Africa and central Australia are land; the corners are outside the world.
    CHECK(test::colourDistance(pixel(rendered, pixelOf(rendered, QPointF(-15, -25))), theme.ocean) < 8);
    CHECK(test::colourDistance(pixel(rendered, pixelOf(rendered, QPointF(22, 2))), theme.land) < 8);
    CHECK(test::colourDistance(pixel(rendered, pixelOf(rendered, QPointF(134, -24))), theme.land) < 8);
    CHECK(pixel(rendered, QPointF(3, 3)) == theme.window);

    // Every site of the dataset is drawn where its coordinate projects, in its operator's colour.
    REQUIRE(rendered.result.sites.size() == data.sites.size());
    for (const Site &site : data.sites) {
        INFO(site.id.toStdString());
        const DrawnItem *item = drawn(rendered.result.sites, site.id);
        REQUIRE(item);
        const QPointF expected = pixelOf(rendered, QPointF(site.location.lonDeg, site.location.latDeg));
        CHECK(item->anchorPx.x() == Approx(expected.x()).margin(1e-6));
        CHECK(item->anchorPx.y() == Approx(expected.y()).margin(1e-6));
    }
    // Waltham Cross is operational: a solid fill of Google's colour at its centre.
    const Company *google = data.company(QStringLiteral("google"));
    const DrawnItem *waltham = drawn(rendered.result.sites, QStringLiteral("waltham_cross"));
    REQUIRE(waltham);
    CHECK(colourNear(rendered, waltham->anchorPx, theme.companyColour(data, google), 1, 60));
    // Kvandal (Stargate Norway) is under construction: Nscale's colour shows on its dashed outline.
    const Company *nscale = data.company(QStringLiteral("nscale"));
    const DrawnItem *kvandal = drawn(rendered.result.sites, QStringLiteral("kvandal_stargate_no"));
    REQUIRE(kvandal);
    CHECK(colourNear(rendered, kvandal->anchorPx, over(theme.companyColour(data, nscale), 0.35, theme.land), 2, 40));
}

TEST_CASE("A flow across the antimeridian is cut, not drawn across the map", "[renderer][antimeridian]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::dataset(QStringLiteral(ATLAS_TEST_DATA "/maps/antimeridian.json"));
    const QColor red = theme.companyColour(data, data.company(QStringLiteral("tokyo_co")));
    const RenderOptions bare { false, false, false, false, 1.0 };

    SECTION("Atlantic-centred: two pieces at the map's edges, nothing over Europe or the Atlantic")
    {
        const MapViewport viewport
            = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1600, 900));
        const Rendered rendered = render(test::scene(data, theme), viewport, theme, bare);
        REQUIRE(rendered.result.flows.size() == 1);
        // Where the great circle really runs: near Tokyo's side and near the date line on both edges.
        const QPolygonF arc = geo::greatCircle(QPointF(139.69, 35.69), QPointF(-122.42, 37.77), 1);
        const QPointF nearTokyo = arc.at(10);
        CHECK(colourNear(rendered, pixelOf(rendered, nearTokyo), over(red, 0.72, theme.ocean), 3, 40));
        CHECK(colourNear(rendered, pixelOf(rendered, QPointF(-140, 45)), over(red, 0.72, theme.ocean), 25, 40));
        // A wrongly joined line would run straight across the middle of the map at these latitudes.
        for (double lon = -100; lon <= 120; lon += 5) {
            for (double lat = 30; lat <= 55; lat += 1) {
                const QColor seen = pixel(rendered, pixelOf(rendered, QPointF(lon, lat)));
                INFO(lon << ", " << lat);
                CHECK(test::colourDistance(seen, over(red, 0.72, theme.ocean)) > 60);
                CHECK(test::colourDistance(seen, over(red, 0.72, theme.land)) > 60);
            }
        }
    }
    SECTION("Pacific-centred: one continuous piece through its great-circle midpoint")
    {
        ProjectionSpec pacific = *ProjectionSpec::fromName(QStringLiteral("equal-earth"));
        pacific.lon0Deg = 180;
        const MapViewport viewport = MapViewport::world(pacific, QSize(1600, 900));
        const Rendered rendered = render(test::scene(data, theme), viewport, theme, bare);
        REQUIRE(rendered.result.flows.size() == 1);
        const QPointF middle = geo::interpolate(QPointF(139.69, 35.69), QPointF(-122.42, 37.77), 0.5);
        CHECK(colourNear(rendered, pixelOf(rendered, middle), over(red, 0.72, theme.ocean), 3, 40));
    }
}

TEST_CASE("The globe draws nothing of its far side", "[renderer][globe]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    ProjectionSpec globe = *ProjectionSpec::fromName(QStringLiteral("globe"));
    // Over the Pacific every site of the deal (UK, Norway, New York) is behind the Earth.
    globe.lon0Deg = 160;
    globe.lat0Deg = 0;
    const MapViewport viewport = MapViewport::world(globe, QSize(900, 900));
    const Rendered rendered = render(test::scene(data, theme), viewport, theme, { false, false, false, false, 1.0 });
    CHECK(rendered.result.sites.isEmpty());
    // Flows from the US west coast to the UK leave the visible side at once: no flow runs across the disc's middle.
    const QPointF centre(450, 450);
    CHECK(test::colourDistance(pixel(rendered, centre), theme.ocean) < 8);

    // Turned to the Atlantic, the same sites are there.
    globe.lon0Deg = -20;
    globe.lat0Deg = 50;
    const Rendered atlantic = render(test::scene(data, theme), MapViewport::world(globe, QSize(900, 900)), theme,
        { false, false, false, false, 1.0 });
    CHECK(atlantic.result.sites.size() == data.sites.size());
}

TEST_CASE("Selecting a site highlights its Admin-1 region", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    MapScene::Input input;
    input.dataset = &data;
    input.selection = { { EntityType::Site, QStringLiteral("cambois_qts") } };
    MapScene scene = MapScene::build(input, theme, test::basemap());
    scene.flows.clear(); // flows to Cambois cross Northumberland; this test is about the region
    const auto preset = ViewPreset::byName(QStringLiteral("british-isles"));
    const MapViewport viewport
        = preset->viewport(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(900, 900));
    const Rendered rendered = render(scene, viewport, theme, { false, false, false, false, 1.0 });
    QColor highlight = theme.selection;
    // Inside Northumberland, away from the site symbol: land tinted with the selection colour.
    const QColor northumberland = pixel(rendered, pixelOf(rendered, QPointF(-2.2, 55.25)));
    CAPTURE(northumberland.name(), over(highlight, 0.18, theme.land).name());
    CHECK(test::colourDistance(northumberland, over(highlight, 0.18, theme.land)) < 12);
    // Cumbria, next door, is plain land.
    const QColor cumbria = pixel(rendered, pixelOf(rendered, QPointF(-3.0, 54.5)));
    CHECK(test::colourDistance(cumbria, theme.land) < 8);
}

TEST_CASE("Projected basemap layers are cached per projection", "[renderer]")
{
    ProjectedLayers::clearCache();
    const ProjectionSpec robinson = *ProjectionSpec::fromName(QStringLiteral("robinson"));
    const auto first = ProjectedLayers::layer(test::basemap(), BasemapLayer::CountriesWorld, robinson);
    const auto again = ProjectedLayers::layer(test::basemap(), BasemapLayer::CountriesWorld, robinson);
    CHECK(first.get() == again.get());
    CHECK(ProjectedLayers::cachedCount() == 1);
    CHECK(first->features.size() >= 170);
    ProjectionSpec shifted = robinson;
    shifted.lon0Deg = 90;
    CHECK(ProjectedLayers::layer(test::basemap(), BasemapLayer::CountriesWorld, shifted).get() != first.get());
}

TEST_CASE("Labels never overlap each other", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    const auto preset = ViewPreset::byName(QStringLiteral("uk-norway"));
    const MapViewport viewport
        = preset->viewport(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1200, 900));
    const Rendered rendered = render(test::scene(data, theme), viewport, theme);
    const QList<QRectF> &labels = rendered.result.labelRectsPx;
    CHECK(labels.size() >= 4);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        CHECK(QRectF(0, 0, 1200, 900).contains(labels.at(i)));
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            CHECK_FALSE(labels.at(i).intersects(labels.at(j)));
    }
}

TEST_CASE("Export writes a PNG and a manifest that match", "[renderer][export]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    const MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("natural-earth")), QSize(1200, 700));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    RenderResult result;
    REQUIRE(MapExport::writePng(png, viewport, test::scene(data, theme), theme, RenderOptions(), &result).isEmpty());
    const QImage image(png);
    REQUIRE(image.size() == QSize(1200, 700));
    const QJsonObject manifest = MapExport::manifest(viewport, result);
    CHECK(manifest.value(QStringLiteral("projection"))
              .toObject()
              .value(QStringLiteral("proj"))
              .toString()
              .startsWith(QLatin1String("+proj=natearth")));
    const QJsonArray sites = manifest.value(QStringLiteral("sites")).toArray();
    CHECK(sites.size() == data.sites.size());
    for (const QJsonValue &value : sites) {
        const QJsonObject site = value.toObject();
        const QJsonArray bbox = site.value(QStringLiteral("bbox")).toArray();
        REQUIRE(bbox.size() == 4);
        CHECK(QRectF(bbox.at(0).toDouble(), bbox.at(1).toDouble(), bbox.at(2).toDouble(), bbox.at(3).toDouble())
                  .contains(
                      QPointF(site.value(QStringLiteral("x")).toDouble(), site.value(QStringLiteral("y")).toDouble())));
    }
    CHECK(MapExport::writePng(
        dir.filePath(QStringLiteral("no/such/dir/map.png")), viewport, test::scene(data, theme), theme, RenderOptions())
              .contains(QLatin1String("cannot write")));
}

TEST_CASE("HiDPI: a render at device pixel ratio 2 has twice the pixels, in the same places", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(800, 450));
    viewport.devicePixelRatio = 2;
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("hidpi.png"));
    RenderResult result;
    REQUIRE(MapExport::writePng(
        png, viewport, test::scene(data, theme), theme, { false, false, false, false, 1.0 }, &result)
                .isEmpty());
    const QImage image(png);
    REQUIRE(image.size() == QSize(1600, 900));
    // Anchors stay in logical pixels; the pixel under the New York centre (alone in its
    // region, operational: solid) is at twice the coordinates.
    const DrawnItem *newYork = drawn(result.sites, QStringLiteral("nyc_jfk10_oqc"));
    REQUIRE(newYork);
    const QColor oqc = theme.companyColour(data, data.company(QStringLiteral("oqc")));
    CHECK(test::colourDistance(image.pixelColor((newYork->anchorPx * 2).toPoint()), oqc) < 60);
}

TEST_CASE("Flows between the same two places are drawn side by side", "[renderer]")
{
    const Theme theme = Theme::light();
    Dataset data = test::dataset(QStringLiteral(ATLAS_TEST_DATA "/maps/antimeridian.json"));
    // A second investment along exactly the same route.
    Investment second = data.investments.first();
    second.id = QStringLiteral("tokyo_to_sf_again");
    data.investments.append(second);
    ProjectionSpec pacific = *ProjectionSpec::fromName(QStringLiteral("equal-earth"));
    pacific.lon0Deg = 180;
    const Rendered rendered = render(test::scene(data, theme), MapViewport::world(pacific, QSize(1600, 900)), theme,
        { false, false, false, false, 1.0 });
    REQUIRE(rendered.result.flows.size() == 2);
    const QPointF a = rendered.result.flows.at(0).anchorPx;
    const QPointF b = rendered.result.flows.at(1).anchorPx;
    // Their middles are apart by the lane spacing, not on top of each other.
    CHECK(QLineF(a, b).length() > 6);
    CHECK(QLineF(a, b).length() < 14);
}

TEST_CASE("Selecting a company dims what is not linked to it", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    MapScene::Input input;
    input.dataset = &data;
    input.selection = { { EntityType::Company, QStringLiteral("oracle") } };
    input.related = SharedSelection::linkedTo(data, { EntityType::Company, QStringLiteral("oracle") });
    const MapScene scene = MapScene::build(input, theme, test::basemap());
    CHECK(scene.hasSelection);
    const MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1600, 900));
    const Rendered rendered = render(scene, viewport, theme, { false, false, false, false, 1.0 });
    // The New York centre (OQC) is not Oracle's: its solid fill is faded towards the land colour.
    const QColor oqc = theme.companyColour(data, data.company(QStringLiteral("oqc")));
    const DrawnItem *newYork = drawn(rendered.result.sites, QStringLiteral("nyc_jfk10_oqc"));
    REQUIRE(newYork);
    // With nothing selected it is drawn in full colour.
    MapScene::Input plain;
    plain.dataset = &data;
    const Rendered unselected
        = render(MapScene::build(plain, theme, test::basemap()), viewport, theme, { false, false, false, false, 1.0 });
    const QColor dimmed = pixel(rendered, newYork->anchorPx);
    const QColor full = pixel(unselected, newYork->anchorPx);
    CAPTURE(dimmed.name(), full.name(), oqc.name());
    CHECK(test::colourDistance(full, oqc) < 40);
    CHECK(test::colourDistance(dimmed, oqc) > test::colourDistance(full, oqc) + 30);
}

TEST_CASE("As of a date the map draws each site's status at that date", "[renderer]")
{
    const Theme theme = Theme::light();
    const Dataset data = test::bundled();
    MapScene::Input input;
    input.dataset = &data;
    input.filter.asOf = QDate(2025, 10, 1);
    const MapScene october = MapScene::build(input, theme, test::basemap());
    const auto statusOf = [](const MapScene &scene, const char *id) {
        for (const SiteMark &site : scene.sites) {
            if (site.id == QLatin1String(id))
                return std::optional<SiteStatus>(site.status);
        }
        return std::optional<SiteStatus>();
    };
    CHECK(statusOf(october, "chelveston_aip") == SiteStatus::Planned);
    CHECK(statusOf(october, "cambois_qts") == SiteStatus::UnderConstruction);
    input.filter.asOf = QDate();
    CHECK(statusOf(MapScene::build(input, theme, test::basemap()), "chelveston_aip") == SiteStatus::Stalled);
}
