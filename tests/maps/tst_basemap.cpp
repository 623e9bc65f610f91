#include "atlascatch.h"

#include "basemap.h"

#include <QDir>
#include <QSet>
#include <QTemporaryFile>

#include <future>
#include <vector>

using namespace atlas;

namespace {

const QString s_path = QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/basemap.gpkg");

const Basemap &basemap()
{
    static const Basemap s_loaded = [] {
        QString error;
        std::optional<Basemap> result = Basemap::load(s_path, &error);
        INFO(error.toStdString());
        REQUIRE(result.has_value());
        return *std::move(result);
    }();
    return s_loaded;
}

struct Site {
    const char *name;
    QPointF lonLat;
    const char *isoA2;
    const char *region; ///< Natural Earth's Admin-1 name
};

// The bundled dataset's sites (lon, lat) and the regions Natural Earth puts them in.
const Site s_sites[] = {
    { "Loughton", { 0.08388, 51.64527 }, "GB", "Essex" },
    { "Waltham Cross", { -0.0331, 51.686 }, "GB", "Hertfordshire" },
    { "Cambois", { -1.521, 55.145 }, "GB", "Northumberland" },
    { "Cobalt Park", { -1.5174, 55.0277 }, "GB", "North Tyneside" },
    { "Chapelhall", { -3.9472, 55.845 }, "GB", "North Lanarkshire" },
    { "Chelveston", { -0.5409, 52.3416 }, "GB", "Northamptonshire" },
    { "Kvandal", { 17.5571, 68.5492 }, "NO", "Nordland" },
    { "Glomfjord", { 13.94389, 66.81639 }, "NO", "Nordland" },
    { "JFK10", { -74.00306, 40.74139 }, "US", "New York" },
};

QString isoAt(QPointF lonLat, BasemapLayer layer, double toleranceKm = Basemap::defaultToleranceKm)
{
    const BasemapFeature *feature = basemap().countryAt(lonLat, layer, toleranceKm);
    return feature ? feature->isoA2 : QStringLiteral("(none)");
}

bool crossesAntimeridian(const BasemapFeature &feature)
{
    for (const QList<QPolygonF> &rings : feature.polygons) {
        for (const QPolygonF &ring : rings) {
            bool east = false;
            bool west = false;
            for (const QPointF &point : ring) {
                east = east || point.x() > 179.0;
                west = west || point.x() < -179.0;
            }
            if (east && west)
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("The basemap has its three layers, with ISO codes and names", "[basemap]")
{
    const Basemap &map = basemap();
    const qsizetype world = map.features(BasemapLayer::CountriesWorld).size();
    const qsizetype detail = map.features(BasemapLayer::CountriesDetail).size();
    const qsizetype admin1 = map.features(BasemapLayer::Admin1).size();
    CAPTURE(world, detail, admin1);
    CHECK((world >= 170 && world <= 185));   // 177 at 1:110m
    CHECK((detail >= 235 && detail <= 250)); // 241 at 1:50m
    CHECK((admin1 >= 300 && admin1 <= 380)); // 338: GB 232, IE 34, NO 21, US 51

    for (const BasemapLayer layer :
        { BasemapLayer::CountriesWorld, BasemapLayer::CountriesDetail, BasemapLayer::Admin1 }) {
        for (const BasemapFeature &feature : map.features(layer)) {
            INFO(feature.name.toStdString());
            CHECK(!feature.name.isEmpty());
            CHECK(!feature.polygons.isEmpty());
            CHECK(feature.boundsLonLat.left() >= -180.0);
            CHECK(feature.boundsLonLat.right() <= 180.0);
            // Rings are open (atlas::geo::Ring): the file's repeated closing point is dropped.
            for (const QList<QPolygonF> &rings : feature.polygons) {
                for (const QPolygonF &ring : rings) {
                    REQUIRE(ring.size() >= 3);
                    CHECK(ring.constFirst() != ring.constLast());
                }
            }
            // The label point lies inside the feature (its largest part).
            CHECK(Basemap::contains(feature, feature.labelLonLat));
        }
    }

    QSet<QString> admin1Countries;
    for (const BasemapFeature &region : map.features(BasemapLayer::Admin1))
        admin1Countries.insert(region.isoA2);
    CHECK(admin1Countries == QSet<QString> { "GB", "IE", "NO", "US" });

    const BasemapFeature *gb = map.country(QStringLiteral("GB"));
    REQUIRE(gb);
    CHECK(gb->name == QStringLiteral("United Kingdom"));
    CHECK(gb->labelLonLat.x() == Approx(-1.6).margin(1.5)); // England, not the Shetlands
    CHECK(gb->labelLonLat.y() == Approx(52.5).margin(1.5));
    REQUIRE(map.country(QStringLiteral("NO")));
    CHECK(map.country(QStringLiteral("NO"))->name == QStringLiteral("Norway")); // -99 in some Natural Earth files
    REQUIRE(map.country(QStringLiteral("US")));
    CHECK(map.country(QStringLiteral("IE")));
    CHECK(map.country(QStringLiteral("FR")));
    CHECK_FALSE(map.country(QStringLiteral("ZZ")));
    CHECK_FALSE(map.country(QString()));

    // Places without an ISO 3166-1 code keep an empty one.
    bool kosovo = false;
    for (const BasemapFeature &feature : map.features(BasemapLayer::CountriesWorld)) {
        if (feature.name == QStringLiteral("Kosovo")) {
            kosovo = true;
            CHECK(feature.isoA2.isEmpty());
        }
    }
    CHECK(kosovo);
}

TEST_CASE("countryAt finds the country of each site", "[basemap]")
{
    for (const Site &site : s_sites) {
        INFO(site.name);
        CHECK(isoAt(site.lonLat, BasemapLayer::CountriesDetail) == QLatin1String(site.isoA2));
        CHECK(isoAt(site.lonLat, BasemapLayer::CountriesWorld) == QLatin1String(site.isoA2));
    }
    const Basemap &map = basemap();
    const BasemapFeature *loughton = map.countryAt({ 0.08388, 51.64527 });
    REQUIRE(loughton);
    CHECK(loughton->isoA2 == QStringLiteral("GB"));
    CHECK(map.countryAt({ -30.0, 40.0 }) == nullptr); // mid-Atlantic
    CHECK(map.countryAt({ -30.0, 40.0 }, BasemapLayer::CountriesWorld) == nullptr);

    SECTION("the 1:50m coastline leaves Manhattan at sea: the tolerance finds it")
    {
        const QPointF jfk10 { -74.00306, 40.74139 };
        CHECK(map.countryAt(jfk10, BasemapLayer::CountriesDetail, 0.0) == nullptr);
        CHECK(Basemap::contains(*map.country(QStringLiteral("US")), jfk10)); // the 1:110m one has it
        const BasemapFeature *usDetail = map.countryAt(jfk10, BasemapLayer::CountriesDetail);
        REQUIRE(usDetail);
        CHECK(Basemap::distanceKm(*usDetail, jfk10) == Approx(1.8).margin(0.5));
    }
}

TEST_CASE("Antimeridian crossings are kept for the engine and understood by hit tests", "[basemap]")
{
    const Basemap &map = basemap();
    for (const char *iso : { "FJ", "RU" }) {
        INFO(iso);
        const BasemapFeature *feature = map.country(QLatin1String(iso));
        REQUIRE(feature);
        CHECK(crossesAntimeridian(*feature)); // a ring with points at both +179…180 and −180…−179
        CHECK(feature->boundsLonLat.left() == Approx(-180.0));
        CHECK(feature->boundsLonLat.right() >= 179.9);
    }
    // Taken as plain planar rings, Russia's and Fiji's rings would cover bands round the whole world
    // (latitudes 65–69° N and 16–17° S): Kvandal would be Russian and Bolivia Fijian.
    CHECK_FALSE(Basemap::contains(*map.country(QStringLiteral("RU")), { 17.5571, 68.5492 }));
    CHECK_FALSE(Basemap::contains(*map.country(QStringLiteral("FJ")), { -65.0, -16.5 }));
    for (const BasemapLayer layer : { BasemapLayer::CountriesWorld, BasemapLayer::CountriesDetail }) {
        CHECK(isoAt({ 17.5571, 68.5492 }, layer, 0.0) == QStringLiteral("NO"));
        CHECK(isoAt({ -65.0, -16.5 }, layer, 0.0) == QStringLiteral("BO"));
        CHECK(isoAt({ -40.0, 67.0 }, layer, 0.0) == QStringLiteral("GL"));
        CHECK(isoAt({ -173.0, 66.0 }, layer, 0.0) == QStringLiteral("RU")); // Chukotka, west of −180
        CHECK(isoAt({ 170.0, 66.0 }, layer, 0.0) == QStringLiteral("RU"));
        CHECK(isoAt({ 178.0, -17.8 }, layer, 0.0) == QStringLiteral("FJ")); // Viti Levu
        CHECK(isoAt({ 0.0, -85.0 }, layer, 0.0) == QStringLiteral("AQ"));   // a ring round the pole
        CHECK(isoAt({ 120.0, -80.0 }, layer, 0.0) == QStringLiteral("AQ"));
    }
}

TEST_CASE("admin1At gives Natural Earth's region of each site", "[basemap]")
{
    const Basemap &map = basemap();
    for (const Site &site : s_sites) {
        INFO(site.name);
        const BasemapFeature *region = map.admin1At(site.lonLat);
        REQUIRE(region);
        CHECK(region->name == QString::fromUtf8(site.region));
        CHECK(region->isoA2 == QLatin1String(site.isoA2));
        CHECK(!region->admin0Name.isEmpty());
    }
    CHECK(map.admin1At({ 0.08388, 51.64527 })->admin0Name == QStringLiteral("United Kingdom"));
    CHECK(map.admin1At({ -30.0, 40.0 }) == nullptr);
    CHECK(map.admin1At({ 2.35, 48.85 }) == nullptr); // Paris: France has no regions here
}

TEST_CASE("Basemap load errors name the file", "[basemap]")
{
    QString error;
    const QString missing = QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/no-such-basemap.gpkg");

    SECTION("a path that does not exist")
    {
        CHECK_FALSE(Basemap::load(missing, &error).has_value());
        CHECK(error.contains(missing));
        error.clear();
        CHECK_FALSE(Basemap::loadFromResource(missing, &error).has_value());
        CHECK(error.contains(missing));
        CHECK_FALSE(Basemap::loadFromResource(QStringLiteral(":/no/such/basemap.gpkg"), &error).has_value());
        CHECK(error.contains(QStringLiteral(":/no/such/basemap.gpkg")));
    }

    SECTION("a file that is not geodata")
    {
        QTemporaryFile garbage;
        REQUIRE(garbage.open());
        garbage.write(QByteArray(4096, '\x17') + "not a GeoPackage");
        garbage.close();
        CHECK_FALSE(Basemap::load(garbage.fileName(), &error).has_value());
        INFO(error.toStdString());
        CHECK(error.contains(garbage.fileName()));
        error.clear();
        CHECK_FALSE(Basemap::loadFromResource(garbage.fileName(), &error).has_value());
        CHECK(error.contains(garbage.fileName()));
        CHECK_FALSE(error.contains(QStringLiteral("/vsimem/")));
    }

    SECTION("geodata without the basemap's layers")
    {
        QTemporaryFile other(QDir::tempPath() + QStringLiteral("/basemap-XXXXXX.geojson"));
        REQUIRE(other.open());
        other.write(R"({"type": "FeatureCollection", "features": []})");
        other.close();
        CHECK_FALSE(Basemap::load(other.fileName(), &error).has_value());
        INFO(error.toStdString());
        CHECK(error.contains(other.fileName()));
        CHECK(error.contains(QStringLiteral("countries_world")));
    }

    SECTION("a null error pointer is allowed")
    {
        CHECK_FALSE(Basemap::load(missing, nullptr).has_value());
        CHECK_FALSE(Basemap::loadFromResource(missing, nullptr).has_value());
    }
}

TEST_CASE("loadFromResource reads the same basemap from memory, on several threads at once", "[basemap]")
{
    std::vector<std::future<std::optional<Basemap>>> loads;
    loads.reserve(4);
    for (int i = 0; i < 4; ++i)
        loads.push_back(std::async(std::launch::async, [] { return Basemap::loadFromResource(s_path, nullptr); }));
    for (auto &load : loads) {
        const std::optional<Basemap> fromMemory = load.get();
        REQUIRE(fromMemory.has_value());
        for (const BasemapLayer layer :
            { BasemapLayer::CountriesWorld, BasemapLayer::CountriesDetail, BasemapLayer::Admin1 })
            CHECK(fromMemory->features(layer).size() == basemap().features(layer).size());
        const BasemapFeature *norway = fromMemory->countryAt({ 17.5571, 68.5492 });
        REQUIRE(norway);
        CHECK(norway->isoA2 == QStringLiteral("NO"));
        CHECK(norway->polygons == basemap().countryAt({ 17.5571, 68.5492 })->polygons);
    }
}

TEST_CASE("The basemap's attribution", "[basemap]")
{
    CHECK(Basemap::attribution() == QStringLiteral("Made with Natural Earth"));
}
