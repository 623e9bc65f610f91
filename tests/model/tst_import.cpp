#include "atlascatch.h"
#include "datasetimporter.h"
#include "datasetvalidator.h"
#include "testdata.h"

#include <QDate>
#include <QFile>
#include <QRectF>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gdal_version.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>
#include <thread>

// The GDAL/OGR importer: every format it reads, the guessed mapping, reprojection, and one test per
// class of malformed input, each asserting the diagnostic it gives.

using namespace atlas;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA "/import/") + QString::fromLatin1(name);
}

/// Imports @p path with the guessed mapping, overridden by @p overrides.
/// A stand-in for the basemap lookup the application gives imports (countryLocator() in maps,
/// which this layer's tests cannot link): rough boxes around the countries the fixtures use.
QString testCountryAt(QPointF lonLat)
{
    const struct {
        const char *code;
        QRectF box; // lon, lat, width, height
    } boxes[]
        = { { "GB", QRectF(-9, 49, 11, 12) }, { "NO", QRectF(4, 57, 28, 15) }, { "US", QRectF(-125, 24, 59, 26) } };
    for (const auto &box : boxes) {
        if (box.box.contains(lonLat))
            return QString::fromLatin1(box.code);
    }
    return {};
}

ImportResult importFile(const QString &path, ImportTarget target = ImportTarget::Sites,
    const FieldMapping &overrides = {}, const QString &layer = {})
{
    Diagnostics diagnostics;
    const ImportPreview preview = DatasetImporter::preview(path, layer, 0, diagnostics);
    ImportOptions options;
    options.layer = layer;
    options.target = target;
    options.mapping = DatasetImporter::guessMapping(preview.fields, target);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        options.mapping.insert(it.key(), it.value());
    options.countryAt = testCountryAt;
    return DatasetImporter::import(path, options);
}

const Site *siteNamed(const Dataset &dataset, const QString &name)
{
    const auto it = std::find_if(
        dataset.sites.cbegin(), dataset.sites.cend(), [&name](const Site &site) { return site.name.en == name; });
    return it == dataset.sites.cend() ? nullptr : &*it;
}

/// The warning about file line @p line, or an empty diagnostic.
Diagnostic warningAt(const ImportResult &result, int line)
{
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.line == line && diagnostic.severity == Severity::Warning)
            return diagnostic;
    }
    return {};
}

QString firstError(const ImportResult &result)
{
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.severity == Severity::Error)
            return diagnostic.message;
    }
    return {};
}

Diagnostics validationErrors(const Dataset &dataset)
{
    Diagnostics errors;
    for (const Diagnostic &diagnostic : DatasetValidator::validate(dataset)) {
        if (diagnostic.severity == Severity::Error)
            errors.append(diagnostic);
    }
    return errors;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// ogr2ogr in-process: @p source translated to @p destination with @p arguments.
void translate(const QString &source, const QString &destination, const QStringList &arguments)
{
    QList<QByteArray> bytes;
    for (const QString &argument : arguments)
        bytes.append(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALAllRegister();
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    REQUIRE(options);
    GDALDatasetH input = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(input);
    int usageError = 0;
    GDALDatasetH output
        = GDALVectorTranslate(destination.toUtf8().constData(), nullptr, 1, &input, options, &usageError);
    GDALVectorTranslateOptionsFree(options);
    GDALClose(input);
    REQUIRE(output);
    GDALClose(output);
}

/// GDAL 3.6 (Debian 12) refuses "|"-separated CSV; GDAL 3.10 (Debian 13) detects and reads it.
constexpr bool s_gdalReadsPipes = GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 10, 0);

constexpr int s_millionRows = 1000000;

/// id,name,lon,lat,company,gpus,country: s0 … s999999 spread over the globe, ten companies.
void writeMillionRows(const QString &path)
{
    QByteArray bytes = "id,name,lon,lat,company,gpus,country\n";
    bytes.reserve(qsizetype(60) * s_millionRows);
    for (int i = 0; i < s_millionRows; ++i) {
        bytes += "s" + QByteArray::number(i) + ",Site " + QByteArray::number(i) + ','
            + QByteArray::number(-179.9 + (i % 3599) * 0.1, 'f', 1) + ','
            + QByteArray::number(-89.5 + (i % 1790) * 0.1, 'f', 1) + ",Company " + QByteArray::number(i % 10) + ','
            + QByteArray::number(i % 5000) + (i % 2 ? ",GB\n" : ",NO\n");
    }
    writeFile(path, bytes);
}

} // namespace

TEST_CASE("Import: a CSV with every site field, as comma, semicolon and tab files", "[import]")
{
    const char *name = GENERATE("sites.csv", "sites-semicolon.csv", "sites-tab.tsv");
    CAPTURE(name);
    const ImportResult result = importFile(fixture(name));
    REQUIRE(result.ok());
    CHECK(result.rowsRead == 4);
    CHECK(result.rowsImported == 4);
    CHECK(result.diagnostics.isEmpty());
    const Dataset &dataset = result.dataset;
    REQUIRE(dataset.sites.size() == 4);
    CHECK(validationErrors(dataset).isEmpty());

    const Site &loughton = dataset.sites.at(0);
    CHECK(loughton.id == QStringLiteral("loughton"));
    CHECK(loughton.name.en == QStringLiteral("Loughton supercomputer"));
    CHECK(loughton.name.ko == QStringLiteral("러프턴"));
    CHECK(loughton.location.lonDeg == 0.07);
    CHECK(loughton.location.latDeg == 51.65);
    CHECK(loughton.country == QStringLiteral("GB"));
    CHECK(loughton.region.en == QStringLiteral("Essex"));
    CHECK(loughton.kind == SiteKind::AiFactory);
    CHECK(loughton.status.value == SiteStatus::UnderConstruction);
    CHECK(loughton.status.asOf.text == QStringLiteral("2025-09-16"));
    CHECK(loughton.operators == QStringList { QStringLiteral("nscale") });
    REQUIRE(loughton.gpus.size() == 1);
    CHECK(loughton.gpus.first().count->value == 23040);
    CHECK(loughton.gpus.first().company == QStringLiteral("nscale"));
    CHECK(loughton.capacityMw->value == 50);
    // The URL became a source, cited by every figure of the row.
    REQUIRE(loughton.sources.size() == 1);
    const Source *gov = dataset.source(loughton.sources.first());
    REQUIRE(gov);
    CHECK(gov->url == QStringLiteral("https://www.gov.uk/government/news/tech-prosperity-deal"));
    CHECK(loughton.location.sources == loughton.sources);
    CHECK(loughton.gpus.first().count->sources == loughton.sources);
    CHECK(loughton.capacityMw->sources == loughton.sources);

    const Site &cobalt = dataset.sites.at(1);
    CHECK(cobalt.country == QStringLiteral("GB")); // "United Kingdom"
    CHECK(cobalt.kind == SiteKind::DataCentre);    // display text "Data centre"
    CHECK(cobalt.status.value == SiteStatus::Planned);
    CHECK(cobalt.operators == (QStringList { QStringLiteral("nscale"), QStringLiteral("openai") }));
    CHECK(cobalt.sources == QStringList { QStringLiteral("S3") }); // an id: kept, with a stand-in source
    CHECK(!cobalt.capacityMw);

    // A row without a source cites the source made for the file.
    const Site &kvandal = dataset.sites.at(2);
    REQUIRE(kvandal.sources.size() == 1);
    const Source *file = dataset.source(kvandal.sources.first());
    REQUIRE(file);
    CHECK(file->title == QStringLiteral("Imported from ") + QString::fromLatin1(name));
    CHECK(file->date.text == QDate::currentDate().toString(Qt::ISODate));

    const Site &jfk = dataset.sites.at(3);
    CHECK(jfk.name.en == QStringLiteral("OQC quantum-AI centre, NYC"));
    CHECK(jfk.kind == SiteKind::QuantumAiCentre);
    CHECK(jfk.status.asOf.text == QStringLiteral("2025-09-16")); // from 2025/09/16
    CHECK(jfk.gpus.isEmpty());

    // New companies: one each, with an id made of the name and a colour of the palette.
    QStringList companyIds;
    for (const Company &company : dataset.companies) {
        companyIds.append(company.id);
        CHECK(company.colour.size() == 7);
        CHECK(company.colour.startsWith(u'#'));
    }
    CHECK(companyIds
        == (QStringList {
            QStringLiteral("nscale"), QStringLiteral("openai"), QStringLiteral("aker"), QStringLiteral("oqc") }));
    CHECK(dataset.company(QStringLiteral("openai"))->name.en == QStringLiteral("OpenAI"));
    CHECK(dataset.companies.at(0).colour != dataset.companies.at(1).colour);
}

TEST_CASE("Import: GeoJSON with its own geometry and differently named properties", "[import]")
{
    const ImportResult result = importFile(fixture("sites.geojson"));
    REQUIRE(result.ok());
    CHECK(result.rowsRead == 3);
    CHECK(result.rowsImported == 2);
    const Dataset &dataset = result.dataset;
    CHECK(validationErrors(dataset).isEmpty());
    const Site *loughton = siteNamed(dataset, QStringLiteral("Loughton supercomputer"));
    REQUIRE(loughton);
    CHECK(loughton->id == QStringLiteral("loughton"));
    CHECK(loughton->location.lonDeg == 0.07);
    CHECK(loughton->location.latDeg == 51.65);
    CHECK(loughton->gpus.first().count->value == 23040);
    CHECK(loughton->capacityMw->value == 50.5);
    CHECK(loughton->status.value == SiteStatus::UnderConstruction);
    // A polygon stands for its centre.
    const Site *cobalt = siteNamed(dataset, QStringLiteral("Cobalt Park"));
    REQUIRE(cobalt);
    CHECK(cobalt->location.lonDeg == Approx(-1.53).margin(1e-9));
    CHECK(cobalt->location.latDeg == Approx(55.02).margin(1e-9));
    // A feature without geometry is skipped, with its feature number.
    const Diagnostic skipped = warningAt(result, 3);
    CHECK(skipped.path == QStringLiteral("geometry"));
    CHECK(skipped.message == QStringLiteral("the row has no geometry; the row is skipped"));
}

TEST_CASE("Import: KML placemarks", "[import]")
{
    const ImportResult result = importFile(fixture("sites.kml"));
    REQUIRE(result.ok());
    REQUIRE(result.dataset.sites.size() == 2);
    const Site &norway = result.dataset.sites.at(1);
    CHECK(norway.name.en == QStringLiteral("Stargate Norway"));
    CHECK(norway.id == QStringLiteral("stargate_norway")); // generated from the name
    CHECK(norway.location.lonDeg == 17.65);
    CHECK(norway.location.latDeg == 68.6);
    CHECK(validationErrors(result.dataset).isEmpty());
}

TEST_CASE("Import: GeoPackage, Shapefile and FlatGeobuf made from the GeoJSON", "[import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto [driver, file] = GENERATE(table<const char *, const char *>(
        { { "GPKG", "sites.gpkg" }, { "ESRI Shapefile", "sites.shp" }, { "FlatGeobuf", "sites.fgb" } }));
    CAPTURE(driver);
    const QString path = dir.filePath(QString::fromLatin1(file));
    const bool shapefile = QString::fromLatin1(driver) == QLatin1String("ESRI Shapefile");
    // A Shapefile holds one geometry type: the polygon of the GeoJSON is left out there.
    QStringList arguments { QStringLiteral("-f"), QString::fromLatin1(driver) };
    if (shapefile)
        arguments.append(QStringLiteral("-skipfailures"));
    // GDAL 3.10 builds a FlatGeobuf spatial index by default, which refuses features without
    // geometry; the fixture has one on purpose.
    if (QString::fromLatin1(driver) == QLatin1String("FlatGeobuf"))
        arguments << QStringLiteral("-lco") << QStringLiteral("SPATIAL_INDEX=NO");
    translate(fixture("sites.geojson"), path, arguments);
    const ImportResult result = importFile(path);
    REQUIRE(result.ok());
    CHECK(result.rowsImported == (shapefile ? 1 : 2));
    const Site *loughton = siteNamed(result.dataset, QStringLiteral("Loughton supercomputer"));
    REQUIRE(loughton);
    CHECK(loughton->id == QStringLiteral("loughton"));
    CHECK(loughton->location.lonDeg == Approx(0.07).margin(1e-9));
    CHECK(loughton->location.latDeg == Approx(51.65).margin(1e-9));
    // Shapefile truncates "Capacity (MW)" to ten characters; the guess still finds it.
    CHECK(loughton->capacityMw->value == 50.5);
    CHECK(loughton->gpus.first().count->value == 23040);
    CHECK(validationErrors(result.dataset).isEmpty());
}

TEST_CASE("Import: coordinates are reprojected to WGS 84 lon-lat", "[import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("Web Mercator GeoJSON, coordinates computed here with the spherical formulas")
    {
        constexpr double radius = 6378137.0;
        constexpr double lon = 0.07;
        constexpr double lat = 51.65;
        const double x = radius * lon * std::numbers::pi / 180;
        const double y = radius * std::log(std::tan(std::numbers::pi / 4 + lat * std::numbers::pi / 360));
        const QString path = dir.filePath(QStringLiteral("mercator.geojson"));
        writeFile(path,
            QStringLiteral("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                           "\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[{\"type\":\"Feature\",\"properties\":"
                           "{\"name\":\"Loughton\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%1,%2]}}]}")
                .arg(x, 0, 'f', 6)
                .arg(y, 0, 'f', 6)
                .toUtf8());
        Diagnostics diagnostics;
        CHECK(DatasetImporter::preview(path, {}, 1, diagnostics).crs == QStringLiteral("EPSG:3857"));
        const ImportResult result = importFile(path);
        REQUIRE(result.ok());
        REQUIRE(result.dataset.sites.size() == 1);
        CHECK(result.dataset.sites.first().location.lonDeg == Approx(lon).margin(1e-6));
        CHECK(result.dataset.sites.first().location.latDeg == Approx(lat).margin(1e-6));
    }
    SECTION("British National Grid GeoPackage")
    {
        const QString path = dir.filePath(QStringLiteral("bng.gpkg"));
        translate(fixture("sites.geojson"), path,
            { QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-t_srs"), QStringLiteral("EPSG:27700") });
        Diagnostics diagnostics;
        const ImportPreview preview = DatasetImporter::preview(path, {}, 3, diagnostics);
        CHECK(preview.crs == QStringLiteral("EPSG:27700"));
        CHECK(preview.hasGeometry);
        CHECK(preview.featureCount == 3);
        const ImportResult result = importFile(path);
        REQUIRE(result.ok());
        const Site *loughton = siteNamed(result.dataset, QStringLiteral("Loughton supercomputer"));
        REQUIRE(loughton);
        CHECK(loughton->location.lonDeg == Approx(0.07).margin(1e-6));
        CHECK(loughton->location.latDeg == Approx(51.65).margin(1e-6));
    }
}

TEST_CASE("Import: a WKT column gives the position", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wkt.csv"));
    writeFile(path, "name,WKT\nLoughton,POINT (0.07 51.65)\nBroken,POINT (zero)\n");
    const ImportResult result = importFile(path);
    REQUIRE(result.ok());
    REQUIRE(result.dataset.sites.size() == 1);
    CHECK(result.dataset.sites.first().location.lonDeg == 0.07);
    CHECK(result.dataset.sites.first().location.latDeg == 51.65);
    const Diagnostic skipped = warningAt(result, 3);
    CHECK(skipped.path == QStringLiteral("WKT"));
    CHECK(skipped.message == QStringLiteral("“POINT (zero)” is not WKT geometry; the row is skipped"));
}

TEST_CASE("Import: the guessed mapping", "[import]")
{
    SECTION("sites, case-insensitively and ignoring punctuation")
    {
        const FieldMapping mapping = DatasetImporter::guessMapping(
            { QStringLiteral("Site ID"), QStringLiteral("TITLE"), QStringLiteral("Latitude"), QStringLiteral("LNG"),
                QStringLiteral("Operator"), QStringLiteral("GPU_Count"), QStringLiteral("Capacity (MW)"),
                QStringLiteral("notes") },
            ImportTarget::Sites);
        CHECK(mapping.value(QStringLiteral("id")) == QStringLiteral("Site ID"));
        CHECK(mapping.value(QStringLiteral("name")) == QStringLiteral("TITLE"));
        CHECK(mapping.value(QStringLiteral("lat")) == QStringLiteral("Latitude"));
        CHECK(mapping.value(QStringLiteral("lon")) == QStringLiteral("LNG"));
        CHECK(mapping.value(QStringLiteral("company")) == QStringLiteral("Operator"));
        CHECK(mapping.value(QStringLiteral("gpus")) == QStringLiteral("GPU_Count"));
        CHECK(mapping.value(QStringLiteral("capacity_mw")) == QStringLiteral("Capacity (MW)"));
        CHECK(mapping.size() == 7); // "notes" is no site field
    }
    SECTION("every spelling of a coordinate")
    {
        const auto [lon, lat] = GENERATE(table<const char *, const char *>({ { "lon", "lat" }, { "long", "latitude" },
            { "lng", "LAT" }, { "x", "y" }, { "Longitude", "Latitude" }, { "X", "Y" } }));
        const FieldMapping mapping = DatasetImporter::guessMapping(
            { QStringLiteral("name"), QString::fromLatin1(lon), QString::fromLatin1(lat) }, ImportTarget::Sites);
        CHECK(mapping.value(QStringLiteral("lon")) == QString::fromLatin1(lon));
        CHECK(mapping.value(QStringLiteral("lat")) == QString::fromLatin1(lat));
    }
    SECTION("a column fills one field only, the best match first")
    {
        const FieldMapping mapping = DatasetImporter::guessMapping(
            { QStringLiteral("Value"), QStringLiteral("amount"), QStringLiteral("Investor") },
            ImportTarget::Investments);
        CHECK(mapping.value(QStringLiteral("amount")) == QStringLiteral("amount"));
        CHECK(mapping.value(QStringLiteral("company")) == QStringLiteral("Investor"));
        CHECK(!mapping.contains(QStringLiteral("usd")));
    }
    SECTION("the fields a mapping can name")
    {
        const QStringList sites = DatasetImporter::targetFields(ImportTarget::Sites);
        for (const char *key : { "id", "name", "name_ko", "lon", "lat", "wkt", "country", "region", "kind", "status",
                 "company", "gpus", "capacity_mw", "source", "date" })
            CHECK(sites.contains(QString::fromLatin1(key)));
        CHECK(DatasetImporter::requiredFields(ImportTarget::Sites) == QStringList { QStringLiteral("name") });
        CHECK(DatasetImporter::targetFields(ImportTarget::Investments).contains(QStringLiteral("currency")));
    }
}

TEST_CASE("Import: the preview", "[import]")
{
    Diagnostics diagnostics;
    const ImportPreview preview = DatasetImporter::preview(fixture("sites.csv"), {}, 2, diagnostics);
    CHECK(diagnostics.isEmpty());
    CHECK(preview.layers == QStringList { QStringLiteral("sites") });
    CHECK(preview.layer == QStringLiteral("sites"));
    CHECK(preview.fields.size() == 14);
    CHECK(preview.fields.at(3) == QStringLiteral("lon"));
    CHECK(!preview.hasGeometry);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(1).at(1) == QStringLiteral("Cobalt Park"));
}

TEST_CASE("Import: malformed input gives diagnostics, never a crash", "[import]")
{
    SECTION("empty file")
    {
        const ImportResult result = importFile(fixture("empty.csv"));
        CHECK(!result.ok());
        CHECK(firstError(result) == QStringLiteral("file is empty"));
        CHECK(result.diagnostics.first().file == fixture("empty.csv"));
    }
    SECTION("a file that does not exist")
    {
        const ImportResult result = importFile(QStringLiteral("/nonexistent/sites.csv"));
        CHECK(firstError(result) == QStringLiteral("no such file"));
    }
    SECTION("a header line only")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("header.csv"));
        writeFile(path, "name,lon,lat\n");
        const ImportResult result = importFile(path);
        CHECK(result.ok());
        CHECK(result.rowsRead == 0);
        CHECK(result.diagnostics.first().message == QStringLiteral("the layer has no rows"));
    }
    SECTION("a delimiter GDAL does not know")
    {
        const ImportResult result = importFile(fixture("pipe.csv"));
        if (s_gdalReadsPipes) {
            CHECK(result.ok());
            CHECK(result.rowsImported == 1);
        } else {
            CHECK(!result.ok());
            CHECK(firstError(result).startsWith(QStringLiteral(
                "cannot be read: the values seem to be separated by “|” (first line “id|name|lon|lat”); save the "
                "file with commas, semicolons or tabs between the values")));
        }
    }
    SECTION("mixed delimiters")
    {
        const ImportResult result = importFile(fixture("mixed-delimiters.csv"));
        CHECK(!result.ok());
        // GDAL 3.6 splits the header at the commas, 3.10 at the semicolons; either way no column
        // is the name, and the message says what was read.
        if (s_gdalReadsPipes)
            CHECK(firstError(result).startsWith(QStringLiteral("no column is mapped to the required field “name”")));
        else
            CHECK(firstError(result)
                == QStringLiteral("the header was read as the column “id;name”: the values seem to be separated by "
                                  "“;”; use one delimiter (comma, semicolon or tab) throughout"));
    }
    SECTION("a required column is missing")
    {
        const ImportResult result = importFile(fixture("missing-name.csv"));
        CHECK(!result.ok());
        CHECK(result.rowsRead == 0);
        CHECK(firstError(result)
            == QStringLiteral("no column is mapped to the required field “name” (the site's name); the columns are: "
                              "id, title_text, longitude, latitude, country"));
        CHECK(result.diagnostics.first().path == QStringLiteral("name"));
    }
    SECTION("a mapped column is not in the file")
    {
        const ImportResult result = importFile(
            fixture("missing-name.csv"), ImportTarget::Sites, { { QStringLiteral("name"), QStringLiteral("Title") } });
        CHECK(firstError(result)
            == QStringLiteral("the column “Title” mapped to “name” is not in the layer; its columns are: id, "
                              "title_text, longitude, latitude, country"));
        const ImportResult mapped = importFile(fixture("missing-name.csv"), ImportTarget::Sites,
            { { QStringLiteral("name"), QStringLiteral("title_text") } });
        CHECK(mapped.ok());
        CHECK(mapped.rowsImported == 1);
    }
    SECTION("no position")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nowhere.csv"));
        writeFile(path, "name,lat\nA,1\n");
        const ImportResult result = importFile(path);
        CHECK(firstError(result) == QStringLiteral("“lon” and “lat” must be mapped together"));
    }
    SECTION("an unknown layer")
    {
        const ImportResult result = importFile(fixture("sites.kml"), ImportTarget::Sites, {}, QStringLiteral("Nope"));
        CHECK(firstError(result) == QStringLiteral("has no layer “Nope”; its layers are: Sites"));
    }
}

TEST_CASE("Import: text in number columns, huge values and bad coordinates skip their rows", "[import]")
{
    SECTION("numbers")
    {
        const ImportResult result = importFile(fixture("text-in-numbers.csv"));
        CHECK(result.ok());
        CHECK(result.rowsRead == 8);
        CHECK(result.rowsImported == 1);
        CHECK(result.rowsSkipped() == 7);
        CHECK(result.dataset.sites.first().id == QStringLiteral("good"));
        const auto expect = [&](int line, const char *column, const char *message) {
            const Diagnostic warning = warningAt(result, line);
            CHECK(warning.file == fixture("text-in-numbers.csv"));
            CHECK(warning.path == QString::fromUtf8(column));
            CHECK(warning.message == QString::fromUtf8(message));
        };
        expect(3, "gpus", "“lots” is not a number; the row is skipped");
        expect(4, "lat", "“north” is not a number; the row is skipped");
        expect(5, "capacity_mw", "“1,5” is not a number; the row is skipped");
        expect(6, "gpus", "“1e400” is too large a number; the row is skipped");
        expect(7, "capacity_mw", "1e+20 is implausibly large; the row is skipped");
        expect(8, "gpus", "1.5 is not a whole number; the row is skipped");
        expect(9, "capacity_mw", "-5 is negative; the row is skipped");
    }
    SECTION("coordinates")
    {
        const ImportResult result = importFile(fixture("bad-coordinates.csv"));
        CHECK(result.rowsImported == 1);
        CHECK(warningAt(result, 3).path == QStringLiteral("lat"));
        CHECK(warningAt(result, 3).message == QStringLiteral("latitude 95 is outside -90…90; the row is skipped"));
        CHECK(warningAt(result, 4).path == QStringLiteral("lon"));
        CHECK(warningAt(result, 4).message == QStringLiteral("longitude 200 is outside -180…180; the row is skipped"));
        CHECK(warningAt(result, 5).message == QStringLiteral("the latitude is empty; the row is skipped"));
    }
}

TEST_CASE("Import: missing values, unknown kinds, statuses, countries, dates and ids skip their rows", "[import]")
{
    const ImportResult result = importFile(fixture("missing-values.csv"));
    CHECK(result.ok());
    CHECK(result.rowsRead == 8);
    CHECK(result.rowsImported == 1);
    CHECK(validationErrors(result.dataset).isEmpty());
    CHECK(warningAt(result, 3).path == QStringLiteral("name"));
    CHECK(warningAt(result, 3).message == QStringLiteral("the name is empty; the row is skipped"));
    CHECK(warningAt(result, 4).path == QStringLiteral("kind"));
    CHECK(warningAt(result, 4).message
        == QStringLiteral("“warehouse” is not a kind of site; use one of data-centre, ai-growth-zone, supercomputer, "
                          "quantum-ai-centre, ai-factory; the row is skipped"));
    CHECK(warningAt(result, 5).message.startsWith(QStringLiteral("“dreaming” is not a status; use one of announced")));
    CHECK(warningAt(result, 6).message
        == QStringLiteral("“Atlantis” is not a country name or ISO 3166-1 code; the row is skipped"));
    CHECK(warningAt(result, 7).path == QStringLiteral("date"));
    CHECK(warningAt(result, 7).message
        == QStringLiteral(
            "“next week” is not a date such as 2025-09-16, 2025-09, 2025-Q3 or 2025; the row is skipped"));
    CHECK(warningAt(result, 8).path == QStringLiteral("id"));
    CHECK(warningAt(result, 8).message
        == QStringLiteral("the id “bad id” may only contain letters, digits, “_” and “-”; the row is skipped"));
    CHECK(warningAt(result, 9).message == QStringLiteral("duplicate id “ok”; the row is skipped"));
}

TEST_CASE("Import: CSV rows are reported by file line, across blank lines and quoted line breaks", "[import]")
{
    const ImportResult result = importFile(fixture("multiline.csv"));
    CHECK(result.rowsRead == 3);
    CHECK(result.rowsImported == 2);
    CHECK(result.dataset.sites.first().name.en == QStringLiteral("A name\nover two lines"));
    const Diagnostic warning = warningAt(result, 7);
    CHECK(warning.path == QStringLiteral("lon"));
    CHECK(warning.message == QStringLiteral("“x” is not a number; the row is skipped"));
}

TEST_CASE("Import: text that is not UTF-8 is read as Latin-1, with a warning", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.csv"));
    writeFile(path, "name,lon,lat\nCaf\xe9 M\xfcller,0.07,51.65\nPlain,-1,52\n");
    const ImportResult result = importFile(path);
    CHECK(result.ok());
    CHECK(result.rowsImported == 2);
    CHECK(result.dataset.sites.first().name.en == QStringLiteral("Café Müller"));
    CHECK(result.dataset.sites.first().id == QStringLiteral("cafe_muller"));
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.first().line == 2);
    CHECK(result.diagnostics.first().path == QStringLiteral("name"));
    CHECK(result.diagnostics.first().message
        == QStringLiteral("the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)"));
}

TEST_CASE("Import: investments", "[import]")
{
    const ImportResult result = importFile(fixture("investments.csv"), ImportTarget::Investments);
    REQUIRE(result.ok());
    CHECK(result.rowsRead == 7);
    CHECK(result.rowsImported == 3);
    const Dataset &dataset = result.dataset;
    REQUIRE(dataset.investments.size() == 3);

    const Investment &msft = dataset.investments.at(0);
    CHECK(msft.id == QStringLiteral("msft"));
    CHECK(msft.investors == QStringList { QStringLiteral("microsoft") });
    CHECK(msft.amount->value == 22e9);
    CHECK(msft.amount->currency == QStringLiteral("USD"));
    CHECK(msft.announced.text == QStringLiteral("2025-09-16"));
    CHECK(msft.targetSites == QStringList { QStringLiteral("loughton_nscale") });
    CHECK(msft.targetCountries == QStringList { QStringLiteral("GB") });
    CHECK(msft.kind == InvestmentKind::Capex);
    CHECK(msft.purpose.en == QStringLiteral("UK AI infrastructure"));
    CHECK(msft.sources == QStringList { QStringLiteral("S1") });
    CHECK(msft.amount->sources == msft.sources);

    const Investment &gbp = dataset.investments.at(1);
    CHECK(gbp.amount->currency == QStringLiteral("GBP"));
    CHECK(gbp.amount->usdStated == 13.5e9);
    CHECK(gbp.targetSites == (QStringList { QStringLiteral("loughton_nscale"), QStringLiteral("cobalt_park") }));

    const Investment &google = dataset.investments.at(2);
    CHECK(google.amount->value == 6.8e9);
    CHECK(google.amount->currency == QStringLiteral("USD"));
    CHECK(google.targetCountries == QStringList { QStringLiteral("GB") });
    CHECK(google.kind == InvestmentKind::Pledge);
    REQUIRE(google.sources.size() == 1);
    CHECK(dataset.source(google.sources.first())->title == QStringLiteral("Imported from investments.csv"));

    CHECK(warningAt(result, 5).path == QStringLiteral("currency"));
    CHECK(warningAt(result, 5).message
        == QStringLiteral("unknown currency “XYZ”; use an ISO 4217 code such as USD, GBP or EUR; the row is skipped"));
    CHECK(warningAt(result, 6).message
        == QStringLiteral("the date the investment was announced is empty; the row is skipped"));
    CHECK(warningAt(result, 7).message == QStringLiteral("the amount has no currency; the row is skipped"));
    CHECK(warningAt(result, 8).message == QStringLiteral("no target site or country is named; the row is skipped"));

    // Alone the target sites are unknown; merged into the dataset that has them, everything resolves.
    const Dataset merged = DatasetImporter::merge(test::bundledDataset(), dataset);
    CHECK(validationErrors(merged).isEmpty());
    const Investment *imported = merged.investment(QStringLiteral("msft"));
    REQUIRE(imported);
    CHECK(imported->investors == QStringList { QStringLiteral("microsoft") });
    CHECK(imported->sources == QStringList { QStringLiteral("S1") });
    CHECK(merged.companies.size() == test::bundledDataset().companies.size()); // all already known
}

TEST_CASE("Import: merge renames clashing ids and reuses known companies and sources", "[import]")
{
    const Dataset base = test::bundledDataset();
    Dataset imported;
    Source source;
    source.id = QStringLiteral("S1");
    source.title = QStringLiteral("stand-in");
    imported.sources.append(source);
    Company company;
    company.id = QStringLiteral("ns");
    company.name.en = QStringLiteral("NSCALE");
    imported.companies.append(company);
    Site site;
    site.id = QStringLiteral("loughton_nscale");
    site.name.en = QStringLiteral("Loughton again");
    site.operators = { QStringLiteral("ns") };
    site.sources = { QStringLiteral("S1") };
    imported.sites.append(site);
    site.id = QStringLiteral("brand_new");
    imported.sites.append(site);

    const Dataset merged = DatasetImporter::merge(base, imported);
    CHECK(merged.sources.size() == base.sources.size());
    CHECK(merged.source(QStringLiteral("S1"))->title == base.source(QStringLiteral("S1"))->title);
    CHECK(merged.companies.size() == base.companies.size());
    CHECK(merged.sites.size() == base.sites.size() + 2);
    const Site *renamed = merged.site(QStringLiteral("loughton_nscale-2"));
    REQUIRE(renamed);
    CHECK(renamed->name.en == QStringLiteral("Loughton again"));
    CHECK(renamed->operators == QStringList { QStringLiteral("nscale") });
    CHECK(merged.site(QStringLiteral("brand_new")));
    CHECK(merged.site(QStringLiteral("loughton_nscale"))->name == base.site(QStringLiteral("loughton_nscale"))->name);
}

TEST_CASE("Import: many threads import at once", "[import]")
{
    std::atomic<int> good = 0;
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&good, i] {
            const ImportResult result = importFile(fixture(i % 2 ? "sites.csv" : "empty.csv"));
            if (i % 2 ? result.rowsImported == 4 : !result.ok())
                ++good;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(good == 4);
}

TEST_CASE("Import: a million rows, with progress and cancel", "[import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("million.csv"));
    writeMillionRows(path);
    qint64 calls = 0;
    qint64 lastTotal = 0;
    ImportOptions options;
    options.mapping = DatasetImporter::guessMapping(
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("lon"), QStringLiteral("lat"),
            QStringLiteral("company"), QStringLiteral("gpus"), QStringLiteral("country") },
        ImportTarget::Sites);
    options.countryAt = testCountryAt;

    SECTION("all of it")
    {
        const ImportResult result = DatasetImporter::import(path, options, [&](qint64, qint64 total) {
            ++calls;
            lastTotal = total;
            return true;
        });
        CHECK(result.ok());
        CHECK(result.rowsRead == s_millionRows);
        CHECK(result.rowsImported == s_millionRows);
        CHECK(result.diagnostics.isEmpty());
        CHECK(calls >= s_millionRows / 1000);
        CHECK(lastTotal == s_millionRows);
        REQUIRE(result.dataset.sites.size() == s_millionRows);
        CHECK(result.dataset.companies.size() == 10);
        CHECK(result.dataset.sources.size() == 1);
        const Site &last = result.dataset.sites.last();
        CHECK(last.id == QStringLiteral("s999999"));
        CHECK(last.name.en == QStringLiteral("Site 999999"));
        CHECK(last.location.lonDeg == Approx(-179.9 + (999999 % 3599) * 0.1));
        CHECK(last.location.latDeg == Approx(-89.5 + (999999 % 1790) * 0.1));
        CHECK(last.operators == QStringList { QStringLiteral("company_9") });
        CHECK(last.gpus.first().count->value == 999999 % 5000);
        CHECK(result.dataset.sites.at(123456).id == QStringLiteral("s123456"));
    }
    SECTION("cancelled after the first report")
    {
        const ImportResult result = DatasetImporter::import(path, options, [&](qint64, qint64) {
            ++calls;
            return false;
        });
        CHECK(result.cancelled);
        CHECK(!result.ok());
        CHECK(calls == 1);
        CHECK(result.rowsRead == 1000);
    }
}

// Run by hand: model_tests "[benchmark]" --benchmark-samples 3
TEST_CASE("Import: benchmark a million CSV rows", "[.][benchmark]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("million.csv"));
    writeMillionRows(path);
    ImportOptions options;
    options.mapping = { { QStringLiteral("id"), QStringLiteral("id") },
        { QStringLiteral("name"), QStringLiteral("name") }, { QStringLiteral("lon"), QStringLiteral("lon") },
        { QStringLiteral("lat"), QStringLiteral("lat") }, { QStringLiteral("company"), QStringLiteral("company") },
        { QStringLiteral("gpus"), QStringLiteral("gpus") }, { QStringLiteral("country"), QStringLiteral("country") } };
    BENCHMARK("import 1,000,000 rows")
    {
        return DatasetImporter::import(path, options).rowsImported;
    };
}

TEST_CASE("Import: a site needs a country, from its row or from where it lies", "[import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nocountry.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,lat,lon,country\n"
               "Loughton,51.6452,0.0839,\n"
               "Mid-Atlantic,40,-40,\n"
               "Narvik,68.6,17.65,NO\n");
    file.close();
    Diagnostics diagnostics;
    ImportOptions options;
    options.mapping
        = DatasetImporter::guessMapping(DatasetImporter::preview(path, {}, 0, diagnostics).fields, ImportTarget::Sites);

    SECTION("without a lookup, rows that name none are skipped with that reason")
    {
        const ImportResult result = DatasetImporter::import(path, options);
        CHECK(result.rowsImported == 1);
        const Diagnostic skipped = warningAt(result, 2);
        CHECK(skipped.path == QStringLiteral("country"));
        CHECK(
            skipped.message == QStringLiteral("the row names no country; map a “country” column; the row is skipped"));
    }
    SECTION("with one, they get the country they lie in; the sea has none")
    {
        options.countryAt = testCountryAt;
        const ImportResult result = DatasetImporter::import(path, options);
        CHECK(result.rowsImported == 2);
        CHECK(siteNamed(result.dataset, QStringLiteral("Loughton"))->country == QStringLiteral("GB"));
        CHECK(siteNamed(result.dataset, QStringLiteral("Narvik"))->country == QStringLiteral("NO"));
        CHECK(warningAt(result, 3).message
            == QStringLiteral("(-40, 40) is in no country; map a “country” column; the row is skipped"));
        CHECK(validationErrors(result.dataset).isEmpty());
    }
}
