#include "atlascatch.h"
#include "mapfixture.h"
#include "testfiles.h"
#include "tilefixture.h"

#include "maprenderer.h"
#include "projectedlayers.h"
#include "projection.h"
#include "tilecache.h"
#include "tileprovider.h"
#include "tilerenderer.h"
#include "tiles.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <numbers>

using namespace atlas;

namespace {

// The standard slippy-map formulas, written out here independently of tiles.cpp.
double tileLon(int x, int z)
{
    return x / std::exp2(z) * 360.0 - 180.0;
}

double tileLat(int y, int z)
{
    return qRadiansToDegrees(std::atan(std::sinh(std::numbers::pi * (1 - 2.0 * y / std::exp2(z)))));
}

/// Where @p lonLat falls in the tile @p id of @p sizePx pixels.
QPointF pixelIn(const TileId &id, QPointF lonLat, int sizePx = 256)
{
    const double n = std::exp2(id.z);
    const double x = (lonLat.x() + 180) / 360 * n;
    const double y = (1 - std::asinh(std::tan(qDegreesToRadians(lonLat.y()))) / std::numbers::pi) / 2 * n;
    return { (x - id.x) * sizePx, (y - id.y) * sizePx };
}

/// Largest difference of any channel of any pixel.
int maxDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({ largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                std::abs(qBlue(p) - qBlue(q)) });
        }
    }
    return largest;
}

/// The tiles of a block stitched together, and the same block drawn by MapRenderer as one image.
struct Block {
    QImage stitched;
    QImage whole;
};

Block block(const TileId &topLeft, int columns, int rows)
{
    const TileRenderer tiles = test::tileRenderer();
    Block result;
    result.stitched = QImage(256 * columns, 256 * rows, QImage::Format_RGB32);
    QPainter painter(&result.stitched);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const int count = webmercator::tileCount(topLeft.z);
            const TileId id { topLeft.z, (topLeft.x + column) % count, topLeft.y + row };
            painter.drawImage(QPoint(256 * column, 256 * row), test::plainImage(tiles.render(id)));
        }
    }
    painter.end();
    // The whole block on the central meridian of its first tile, drawn with a wide margin.
    constexpr int margin = 16;
    MapViewport viewport = TileRenderer::viewport(topLeft);
    viewport.centre
        += QPointF((columns - 1) * viewport.metresPerPixel * 128, -(rows - 1) * viewport.metresPerPixel * 128);
    viewport.sizePx = QSize(256 * columns + 2 * margin, 256 * rows + 2 * margin);
    result.whole = QImage(256 * columns, 256 * rows, QImage::Format_RGB32);
    QPainter wholePainter(&result.whole);
    wholePainter.translate(-margin, -margin);
    MapScene scene;
    scene.basemap = test::basemap();
    MapRenderer::render(wholePainter, viewport, scene, Theme::light(), TileRenderer::options());
    return result;
}

} // namespace

TEST_CASE("Tile bounds follow the Web Mercator tiling formulas", "[tiles]")
{
    SECTION("zoom 0 is the whole square world")
    {
        const QRectF world = tileLonLatBounds({ 0, 0, 0 });
        CHECK(world.left() == Approx(-180).margin(1e-12));
        CHECK(world.right() == Approx(180).margin(1e-12));
        CHECK(world.top() == Approx(-85.05112878).margin(1e-8)); // top() is the southern edge
        CHECK(world.bottom() == Approx(85.05112878).margin(1e-8));
        const QRectF metres = tileMercatorBounds({ 0, 0, 0 });
        CHECK(metres.left() == Approx(-20037508.342789244).margin(1e-6));
        CHECK(metres.right() == Approx(20037508.342789244).margin(1e-6));
        CHECK(metres.top() == Approx(-20037508.342789244).margin(1e-6));
        CHECK(metres.bottom() == Approx(20037508.342789244).margin(1e-6));
    }
    SECTION("zoom 1 cuts it into quadrants at Greenwich and the equator, y counting south")
    {
        CHECK(tileLonLatBounds({ 1, 0, 0 }).right() == Approx(0).margin(1e-12));
        CHECK(tileLonLatBounds({ 1, 0, 0 }).top() == Approx(0).margin(1e-12));
        CHECK(tileLonLatBounds({ 1, 0, 0 }).bottom() == Approx(85.05112878).margin(1e-8));
        CHECK(tileLonLatBounds({ 1, 1, 1 }).left() == Approx(0).margin(1e-12));
        CHECK(tileLonLatBounds({ 1, 1, 1 }).top() == Approx(-85.05112878).margin(1e-8));
        CHECK(tileMercatorBounds({ 1, 1, 0 }) == QRectF(0, 0, 20037508.342789244, 20037508.342789244));
    }
    SECTION("known tiles agree with the standard formulas")
    {
        for (const TileId &id : { TileId { 6, 31, 21 }, TileId { 12, 2046, 1362 }, TileId { 16, 32744, 21792 },
                 TileId { 20, 523916, 348679 }, TileId { 3, 7, 0 }, TileId { 10, 0, 1023 } }) {
            INFO(id.toString().toStdString());
            const QRectF box = tileLonLatBounds(id);
            CHECK(box.left() == Approx(tileLon(id.x, id.z)).margin(1e-9));
            CHECK(box.right() == Approx(tileLon(id.x + 1, id.z)).margin(1e-9));
            CHECK(box.bottom() == Approx(tileLat(id.y, id.z)).margin(1e-9));
            CHECK(box.top() == Approx(tileLat(id.y + 1, id.z)).margin(1e-9));
            CHECK(tileMercatorBounds(id).width() == Approx(webmercator::metresPerPixel(id.z) * 256).margin(1e-6));
        }
        CHECK(webmercator::metresPerPixel(0) == Approx(156543.03392804097).epsilon(1e-12));
        CHECK(webmercator::metresPerPixel(16) == Approx(2.388657133911758).epsilon(1e-12));
    }
    SECTION("tileAt finds the tile a point is in, clamped at the edges of the world")
    {
        // London at zoom 12, by the formulas: x = floor((lon + 180) / 360 · 4096), y likewise.
        CHECK(tileAt(QPointF(-0.1276, 51.5072), 12) == TileId { 12, 2046, 1362 });
        for (const TileId &id : { TileId { 0, 0, 0 }, TileId { 5, 15, 10 }, TileId { 13, 8000, 100 },
                 TileId { 20, 1048575, 0 }, TileId { 20, 0, 1048575 } }) {
            const QRectF box = tileLonLatBounds(id);
            INFO(id.toString().toStdString());
            CHECK(tileAt(box.center(), id.z) == id);
            CHECK(tileAt(QPointF(box.left(), box.bottom()) + QPointF(1e-9, -1e-9), id.z) == id);
        }
        CHECK(tileAt(QPointF(10, 89.9), 4) == TileId { 4, 8, 0 });
        CHECK(tileAt(QPointF(10, -89.9), 4) == TileId { 4, 8, 15 });
        CHECK(tileAt(QPointF(180, 0), 4) == TileId { 4, 15, 8 });
        CHECK(tileAt(QPointF(-180, 0), 4) == TileId { 4, 0, 8 });
        CHECK_FALSE(tileAt(QPointF(qQNaN(), 0), 4).isValid());
        CHECK_FALSE(tileAt(QPointF(0, 0), TileId::maxZoom + 1).isValid());
    }
    SECTION("invalid ids are rejected")
    {
        CHECK(TileId { TileId::maxZoom, (1 << TileId::maxZoom) - 1, 0 }.isValid());
        for (const TileId &id : { TileId { -1, 0, 0 }, TileId { TileId::maxZoom + 1, 0, 0 }, TileId { 0, 1, 0 },
                 TileId { 3, 8, 0 }, TileId { 3, 0, 8 }, TileId { 3, -1, 0 }, TileId { 3, 0, -1 } }) {
            INFO(id.toString().toStdString());
            CHECK_FALSE(id.isValid());
            CHECK(tileMercatorBounds(id).isNull());
            CHECK(TileRenderer(test::basemap(), Theme::light()).render(id).isNull());
        }
        const QSet<TileId> ids { { 3, 1, 2 }, { 3, 1, 2 }, { 3, 2, 1 } };
        CHECK(ids.size() == 2);
    }
}

TEST_CASE("Web Mercator through PROJ puts tile corners exactly on the tile bounds", "[tiles][projection]")
{
    const Projection epsg3857(ProjectionSpec { ProjectionKind::WebMercator, 0, 0 });
    for (const TileId &id :
        { TileId { 0, 0, 0 }, TileId { 6, 31, 21 }, TileId { 12, 2046, 1362 }, TileId { 20, 523916, 348679 } }) {
        INFO(id.toString().toStdString());
        const QRectF box = tileLonLatBounds(id);
        const QRectF metres = tileMercatorBounds(id);
        const auto southWest = epsg3857.forward(box.topLeft());
        const auto northEast = epsg3857.forward(box.bottomRight());
        REQUIRE(southWest);
        REQUIRE(northEast);
        CHECK(southWest->x() == Approx(metres.left()).margin(1e-6));
        CHECK(southWest->y() == Approx(metres.top()).margin(1e-6));
        CHECK(northEast->x() == Approx(metres.right()).margin(1e-6));
        CHECK(northEast->y() == Approx(metres.bottom()).margin(1e-6));
        // The tile's viewport shows exactly that square.
        const MapViewport viewport = TileRenderer::viewport(id);
        CHECK(viewport.projection == ProjectionSpec { ProjectionKind::WebMercator, 0, 0 });
        CHECK(viewport.mapRect().left() == Approx(metres.left()).margin(1e-6));
        CHECK(viewport.mapRect().bottom() == Approx(metres.bottom()).margin(1e-6));
        CHECK(viewport.mapRect().width() == Approx(metres.width()).epsilon(1e-12));
    }
    // Tiles on the antimeridian are drawn on another central meridian: still exactly the tile.
    for (const TileId &id : { TileId { 1, 0, 0 }, TileId { 1, 1, 1 }, TileId { 6, 0, 20 }, TileId { 6, 63, 20 } }) {
        INFO(id.toString().toStdString());
        const MapViewport viewport = TileRenderer::viewport(id);
        CHECK(viewport.projection.lon0Deg != 0);
        const Projection shifted(viewport.projection);
        const QRectF box = tileLonLatBounds(id);
        const auto southWest = shifted.forward(box.topLeft() + QPointF(1e-9, 0));
        const auto northEast = shifted.forward(box.bottomRight() - QPointF(1e-9, 0));
        REQUIRE(southWest);
        REQUIRE(northEast);
        CHECK(southWest->x() == Approx(viewport.mapRect().left()).margin(1e-3));
        CHECK(southWest->y() == Approx(viewport.mapRect().top()).margin(1e-6));
        CHECK(northEast->x() == Approx(viewport.mapRect().right()).margin(1e-3));
        CHECK(northEast->y() == Approx(viewport.mapRect().bottom()).margin(1e-6));
    }
}

TEST_CASE("A tile of the British Isles has land and sea where the formulas put them", "[tiles][renderer]")
{
    const Theme theme = GENERATE(Theme::light(), Theme::dark());
    const double devicePixelRatio = GENERATE(1.0, 2.0);
    INFO(theme.name.toStdString() << " at device pixel ratio " << devicePixelRatio);
    const TileRenderer tiles = test::tileRenderer(theme, devicePixelRatio);
    const auto colourAt = [&](const TileId &id, QPointF lonLat) {
        const QImage image = tiles.render(id);
        REQUIRE(image.size() == QSize(256, 256) * devicePixelRatio);
        const QPointF pixel = pixelIn(id, lonLat, image.width());
        REQUIRE(image.rect().contains(pixel.toPoint()));
        return image.pixelColor(pixel.toPoint());
    };
    // Zoom 5: the west of the British Isles and the Celtic Sea; the Thames and the North Sea east of Greenwich.
    const TileId west = tileAt(QPointF(-1.90, 52.48), 5);
    const TileId east = tileAt(QPointF(0.07, 51.65), 5);
    REQUIRE(west == TileId { 5, 15, 10 });
    REQUIRE(east == TileId { 5, 16, 10 });
    CHECK(test::colourDistance(colourAt(west, QPointF(-1.90, 52.48)), theme.land) < 8); // Birmingham
    CHECK(test::colourDistance(colourAt(west, QPointF(-7.94, 53.42)), theme.land) < 8); // Athlone
    CHECK(test::colourDistance(colourAt(west, QPointF(-10, 50)), theme.ocean) < 8);     // Celtic Sea
    CHECK(test::colourDistance(colourAt(west, QPointF(-5.3, 53.8)), theme.ocean) < 8);  // Irish Sea
    CHECK(test::colourDistance(colourAt(east, QPointF(0.07, 51.65)), theme.land) < 8);  // Loughton
    CHECK(test::colourDistance(colourAt(east, QPointF(4.35, 50.85)), theme.land) < 8);  // Brussels
    CHECK(test::colourDistance(colourAt(east, QPointF(2.5, 54.5)), theme.ocean) < 8);   // North Sea
}

TEST_CASE("Close-up tiles put the coast where the formulas say", "[tiles][renderer]")
{
    // A vertex of the detailed coast of Kent: at every zoom up to the deepest, the coast passes through
    // the pixel the formulas give, with land on one side and sea on the other (huge map coordinates
    // neither overflow nor shift).
    const Theme theme = Theme::light();
    const QPointF vertex(1.366214, 51.155441);
    const TileRenderer tiles = test::tileRenderer(theme);
    for (const int z : { 10, 14, 16, 18, 20 }) {
        INFO("zoom " << z);
        const TileId id = tileAt(vertex, z);
        const QImage image = tiles.render(id);
        const QPoint at = pixelIn(id, vertex).toPoint();
        bool land = false;
        bool sea = false;
        bool coast = false;
        for (int dy = -6; dy <= 6; ++dy) {
            for (int dx = -6; dx <= 6; ++dx) {
                const QPoint p = at + QPoint(dx, dy);
                if (!image.rect().contains(p))
                    continue;
                const QColor seen = image.pixelColor(p);
                land = land || test::colourDistance(seen, theme.land) < 4;
                sea = sea || test::colourDistance(seen, theme.ocean) < 4;
                coast = coast
                    || (std::abs(dx) <= 1 && std::abs(dy) <= 1 && test::colourDistance(seen, theme.land) > 10
                        && test::colourDistance(seen, theme.ocean) > 10);
            }
        }
        CHECK(land);
        CHECK(sea);
        CHECK(coast);
    }
}

TEST_CASE("Neighbouring tiles join without seams or offsets", "[tiles][renderer]")
{
    SECTION("zoom 6 over England, Wales, France and Belgium: the same pixels as one image of the block")
    {
        // Lines cut at a tile edge are antialiased a shade differently (a few levels of 255);
        // an offset of even half a pixel would differ by a hundred.
        const Block england = block({ 6, 31, 20 }, 2, 2);
        CHECK(maxDifference(england.stitched, england.whole) <= 4);
        // Not trivially equal: the block has coasts and borders across the tile edges.
        const QPoint birmingham = pixelIn({ 6, 31, 20 }, QPointF(-1.9, 52.48)).toPoint();
        CHECK(test::colourDistance(england.stitched.pixelColor(birmingham), Theme::light().land) < 8);
    }
    SECTION("across the antimeridian: no line where the world's edges meet")
    {
        const Theme theme = Theme::light();
        const Block pacific = block({ 3, 7, 3 }, 2, 1);
        CHECK(maxDifference(pacific.stitched, pacific.whole) <= 4);
        int ocean = 0;
        for (int y = 0; y < 256; ++y) {
            for (const int x : { 255, 256 })
                ocean += test::colourDistance(pacific.stitched.pixelColor(x, y), theme.ocean) < 8 ? 1 : 0;
        }
        CHECK(ocean >= 500); // of 512: the open Pacific, bar a few islands
        // Chukotka and Alaska across the Bering Strait at zoom 4: Russia's land continues over ±180°.
        REQUIRE(tileAt(QPointF(179.5, 67), 4) == TileId { 4, 15, 3 });
        const Block bering = block({ 4, 15, 3 }, 2, 1);
        CHECK(maxDifference(bering.stitched, bering.whole) <= 4);
        const QPoint chukotka = pixelIn({ 4, 15, 3 }, QPointF(179.5, 67)).toPoint();
        CHECK(test::colourDistance(bering.stitched.pixelColor(chukotka), theme.land) < 8);
    }
    SECTION("maps on another central meridian keep countries whole")
    {
        // Tiles on the antimeridian use lon0 = 180: Great Britain, cut there at Greenwich, must
        // stay two pieces at the map's edges, not one band across the whole map.
        const ProjectionSpec pacific { ProjectionKind::WebMercator, 180, 0 };
        const auto countries = ProjectedLayers::layer(test::basemap(), BasemapLayer::CountriesWorld, pacific);
        bool found = false;
        for (const ProjectedLayer::Feature &feature : countries->features) {
            if (feature.isoA2 != QLatin1String("GB"))
                continue;
            found = true;
            for (const QPolygonF &piece : feature.path.toSubpathPolygons())
                CHECK(piece.boundingRect().width() < 2e6);
        }
        CHECK(found);
    }
}

TEST_CASE("The tile cache keys, stores and checks PNG files", "[tiles][cache]")
{
    const QString identity
        = TileCache::basemapIdentity(QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/basemap.gpkg"));
    REQUIRE(identity.size() == 16);
    const QString key = TileCache::key(Theme::light(), 256, 1, identity);
    CHECK(key.size() == 16);
    CHECK(key == TileCache::key(Theme::light(), 256, 1, identity));
    QSet<QString> keys { key };
    Theme recoloured = Theme::light();
    recoloured.land = QColor(0xee, 0xee, 0xee);
    for (const QString &other :
        { TileCache::key(Theme::dark(), 256, 1, identity), TileCache::key(recoloured, 256, 1, identity),
            TileCache::key(Theme::light(), 512, 1, identity), TileCache::key(Theme::light(), 256, 2, identity),
            TileCache::key(Theme::light(), 256, 1, QStringLiteral("another basemap")) })
        keys.insert(other);
    CHECK(keys.size() == 6);

    const QByteArray png = TileRenderer::encodePng(test::tileRenderer().render({ 4, 7, 5 }));
    CHECK(TileCache::isCompletePng(png));
    CHECK_FALSE(TileCache::isCompletePng(png.left(png.size() - 1)));
    CHECK_FALSE(TileCache::isCompletePng(png.mid(1)));
    CHECK_FALSE(TileCache::isCompletePng(QByteArray("not a png at all, but long enough to be one ...........")));
    CHECK_FALSE(TileCache::isCompletePng({}));

    // The default root is the user's cache location (only named here: tests write to temporary folders).
    CHECK(TileCache::defaultRoot()
        == QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles"));
    QTemporaryDir root;
    TileCache cache(root.path(), key);
    const TileId id { 4, 7, 5 };
    CHECK(cache.filePath(id) == root.path() + u'/' + key + QStringLiteral("/4/7/5.png"));
    CHECK(cache.read(id).isEmpty());
    CHECK(cache.write(id, png));
    CHECK(cache.read(id) == png);
    CHECK(cache.lastError().isEmpty());
    // A torn file (as a crash mid-copy would leave) is a miss, and the next write replaces it.
    test::writeBytes(cache.filePath(id), png.left(png.size() / 2));
    CHECK(cache.read(id).isEmpty());
    CHECK(cache.corruptReads() == 1);
    CHECK(cache.write(id, png));
    CHECK(cache.read(id) == png);

    // A root below a file cannot be created, whoever runs the test.
    test::writeBytes(root.filePath(QStringLiteral("file")), "x");
    TileCache blocked(root.filePath(QStringLiteral("file/tiles")), key);
    CHECK_FALSE(blocked.write(id, png));
    CHECK(blocked.writeErrors() == 1);
    CHECK(blocked.lastError().contains(QStringLiteral("file")));
    CHECK(blocked.read(id).isEmpty());
}

TEST_CASE("The tile provider renders once and then serves from the cache", "[tiles][provider]")
{
    QTemporaryDir root;
    const TileRenderer tiles = test::tileRenderer();
    const TileId id { 6, 31, 21 };
    const QImage expected = test::plainImage(tiles.render(id));
    QByteArray first;
    {
        TileProvider provider(tiles, QStringLiteral("basemap-1"), root.path());
        test::TileAnswers answers(provider);
        QSignalSpy pendingChanged(&provider, &TileProvider::pendingChanged);
        provider.request(id);
        CHECK(answers.count() == 0); // answered later, never from inside request()
        CHECK(provider.isPending(id));
        CHECK(provider.pendingCount() == 1);
        CHECK(pendingChanged.size() == 1);
        REQUIRE(test::waitFor([&] { return answers.count() == 1; }));
        CHECK(provider.pendingCount() == 0);
        CHECK(pendingChanged.size() == 2);
        REQUIRE(answers.ready == QList<TileId> { id });
        first = answers.png.first();
        CHECK(TileCache::isCompletePng(first));
        CHECK(test::decodedPng(first) == expected);
        CHECK(provider.rendersDone() == 1);
        CHECK(provider.cacheHits() == 0);
        CHECK(QFile::exists(provider.cache().filePath(id)));
        CHECK(provider.cache().filePath(id).startsWith(root.path()));

        provider.request(id);
        REQUIRE(test::waitFor([&] { return answers.count() == 2; }));
        CHECK(answers.png.at(1) == first);
        CHECK(provider.rendersDone() == 1);
        CHECK(provider.cacheHits() == 1);
    }
    SECTION("a second session on the same cache renders nothing")
    {
        TileProvider provider(tiles, QStringLiteral("basemap-1"), root.path());
        test::TileAnswers answers(provider);
        provider.request(id);
        REQUIRE(test::waitFor([&] { return answers.count() == 1; }));
        CHECK(answers.png.first() == first);
        CHECK(provider.rendersDone() == 0);
        CHECK(provider.cacheHits() == 1);
    }
    SECTION("another basemap or theme renders anew, into a directory of its own")
    {
        TileProvider provider(test::tileRenderer(Theme::dark()), QStringLiteral("basemap-1"), root.path());
        TileProvider updated(tiles, QStringLiteral("basemap-2"), root.path());
        test::TileAnswers answers(provider);
        test::TileAnswers updatedAnswers(updated);
        provider.request(id);
        updated.request(id);
        REQUIRE(test::waitFor([&] { return answers.count() == 1 && updatedAnswers.count() == 1; }));
        CHECK(provider.rendersDone() == 1);
        CHECK(updated.rendersDone() == 1);
        CHECK(test::decodedPng(answers.png.first()) != expected);
        CHECK(QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 3);
    }
    SECTION("a corrupt cached file is rendered again and replaced")
    {
        TileProvider provider(tiles, QStringLiteral("basemap-1"), root.path());
        test::writeBytes(provider.cache().filePath(id), first.left(100));
        test::TileAnswers answers(provider);
        provider.request(id);
        REQUIRE(test::waitFor([&] { return answers.count() == 1; }));
        CHECK(test::decodedPng(answers.png.first()) == expected);
        CHECK(provider.rendersDone() == 1);
        CHECK(provider.cacheHits() == 0);
        CHECK(TileCache::isCompletePng(test::bytesOf(provider.cache().filePath(id))));
    }
}

TEST_CASE("The tile provider coalesces requests, survives a cache it cannot write, and cancels", "[tiles][provider]")
{
    QTemporaryDir root;
    test::writeBytes(root.filePath(QStringLiteral("file")), "x");
    const TileRenderer tiles = test::tileRenderer();
    SECTION("unwritable cache: every tile is still served, and the error is kept")
    {
        TileProvider provider(tiles, QStringLiteral("basemap"), root.filePath(QStringLiteral("file/tiles")));
        test::TileAnswers answers(provider);
        const TileId id { 5, 15, 10 };
        provider.request(id);
        provider.request(id);
        provider.request(id);
        REQUIRE(test::waitFor([&] { return answers.count() >= 1; }));
        QTest::qWait(100);
        CHECK(answers.ready == QList<TileId> { id }); // three requests, one answer
        CHECK(provider.rendersDone() == 1);
        CHECK(test::decodedPng(answers.png.first()) == test::plainImage(tiles.render(id)));
        CHECK(provider.cache().writeErrors() == 1);
        CHECK_FALSE(provider.cache().lastError().isEmpty());
        provider.request(id); // nothing was kept: rendered again
        REQUIRE(test::waitFor([&] { return answers.count() == 2; }));
        CHECK(provider.rendersDone() == 2);
    }
    SECTION("an invalid tile fails")
    {
        TileProvider provider(tiles, QStringLiteral("basemap"), root.path());
        test::TileAnswers answers(provider);
        provider.request({ 3, 9, 0 });
        REQUIRE(test::waitFor([&] { return answers.count() == 1; }));
        CHECK(answers.failed == QList<TileId> { { 3, 9, 0 } });
        CHECK_FALSE(answers.errors.first().isEmpty());
    }
    SECTION("cancelAll answers every render at once; late results are dropped")
    {
        TileProvider provider(tiles, QStringLiteral("basemap"), root.path());
        test::TileAnswers answers(provider);
        for (int x = 0; x < 12; ++x)
            provider.request({ 8, 120 + x, 80 });
        provider.cancelAll();
        CHECK(answers.failed.size() == 12);
        CHECK(answers.ready.isEmpty());
        QTest::qWait(500);
        CHECK(answers.ready.isEmpty());
        CHECK(answers.count() == 12);
        provider.request({ 8, 120, 80 });
        REQUIRE(test::waitFor([&] { return answers.ready.size() == 1; }));
    }
    SECTION("destroyed while rendering: no crash, no answer")
    {
        auto provider = std::make_unique<TileProvider>(tiles, QStringLiteral("basemap"), root.path());
        test::TileAnswers answers(*provider);
        for (int x = 0; x < 16; ++x)
            provider->request({ 9, 250 + x, 170 });
        // Gone before any result could be delivered, while the workers render.
        provider.reset();
        QTest::qWait(200);
        CHECK(answers.count() == 0);
    }
}
