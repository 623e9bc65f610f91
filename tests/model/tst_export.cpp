#include "atlascatch.h"
#include "datasetexporter.h"
#include "datasetimporter.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

// The GDAL/OGR exporter: sites and flows in GeoJSON, GeoPackage and CSV, read back with the
// importer and with OGR itself.

using namespace atlas;

namespace {

struct FlowRow {
    QString id;
    QString site;
    QString investors;
    double amount = 0;
    QString currency;
    QList<QPointF> points;
};

/// The flows layer as OGR reads it.
QList<FlowRow> readFlows(const QString &path, const QString &layerName)
{
    QList<FlowRow> rows;
    GDALAllRegister();
    const GDALDatasetUniquePtr file(GDALDataset::FromHandle(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    REQUIRE(file);
    OGRLayer *layer = layerName.isEmpty() ? file->GetLayer(0) : file->GetLayerByName(layerName.toUtf8().constData());
    REQUIRE(layer);
    for (const auto &feature : *layer) {
        FlowRow row;
        row.id = QString::fromUtf8(feature->GetFieldAsString("id"));
        row.site = QString::fromUtf8(feature->GetFieldAsString("site"));
        row.investors = QString::fromUtf8(feature->GetFieldAsString("investors"));
        row.amount = feature->GetFieldAsDouble("amount");
        row.currency = QString::fromUtf8(feature->GetFieldAsString("currency"));
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (geometry && wkbFlatten(geometry->getGeometryType()) == wkbLineString) {
            for (const OGRPoint &point : *geometry->toLineString())
                row.points.append(QPointF(point.getX(), point.getY()));
        }
        rows.append(row);
    }
    return rows;
}

ImportResult importBack(const QString &path, const QString &layer)
{
    Diagnostics diagnostics;
    const ImportPreview preview = DatasetImporter::preview(path, layer, 0, diagnostics);
    ImportOptions options;
    options.layer = layer;
    options.mapping = DatasetImporter::guessMapping(preview.fields, ImportTarget::Sites);
    return DatasetImporter::import(path, options);
}

} // namespace

TEST_CASE("Export: formats and file names", "[export]")
{
    CHECK(DatasetExporter::formatForPath(QStringLiteral("a/b.geojson")) == ExportFormat::GeoJson);
    CHECK(DatasetExporter::formatForPath(QStringLiteral("b.JSON")) == ExportFormat::GeoJson);
    CHECK(DatasetExporter::formatForPath(QStringLiteral("b.gpkg")) == ExportFormat::GeoPackage);
    CHECK(DatasetExporter::formatForPath(QStringLiteral("b.csv")) == ExportFormat::Csv);
    CHECK(!DatasetExporter::formatForPath(QStringLiteral("b.shp")));
    CHECK(DatasetExporter::outputFiles(QStringLiteral("/tmp/x/atlas.geojson"))
        == (QStringList { QStringLiteral("/tmp/x/atlas.geojson"), QStringLiteral("/tmp/x/atlas-flows.geojson") }));
    CHECK(DatasetExporter::outputFiles(QStringLiteral("atlas.csv"))
        == (QStringList { QStringLiteral("atlas.csv"), QStringLiteral("atlas-flows.csv") }));
    CHECK(DatasetExporter::outputFiles(QStringLiteral("atlas.gpkg")) == QStringList { QStringLiteral("atlas.gpkg") });
}

TEST_CASE("Export: the bundled dataset round-trips through every format", "[export]")
{
    const Dataset dataset = test::bundledDataset();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const char *name = GENERATE("atlas.geojson", "atlas.gpkg", "atlas.csv");
    CAPTURE(name);
    const QString path = dir.filePath(QString::fromLatin1(name));
    const ExportResult result = DatasetExporter::write(dataset, path);
    REQUIRE(result.ok());
    CHECK(result.files == DatasetExporter::outputFiles(path));
    for (const QString &file : result.files)
        CHECK(QFile::exists(file));
    CHECK(result.sitesWritten == dataset.sites.size());
    // No temporary file is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == result.files.size());

    const bool gpkg = DatasetExporter::formatForPath(path) == ExportFormat::GeoPackage;
    const ImportResult back = importBack(path, gpkg ? QStringLiteral("sites") : QString());
    REQUIRE(back.ok());
    REQUIRE(back.dataset.sites.size() == dataset.sites.size());
    for (qsizetype i = 0; i < dataset.sites.size(); ++i) {
        const Site &original = dataset.sites.at(i);
        const Site &read = back.dataset.sites.at(i);
        CAPTURE(original.id);
        CHECK(read.id == original.id);
        CHECK(read.name.en == original.name.en);
        CHECK(read.name.ko == original.name.ko);
        CHECK(read.location.lonDeg == Approx(original.location.lonDeg).margin(1e-9));
        CHECK(read.location.latDeg == Approx(original.location.latDeg).margin(1e-9));
        CHECK(read.country == original.country);
        CHECK(read.kind == original.kind);
        CHECK(read.status.value == original.status.value);
    }
    const Site *loughton = back.dataset.site(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton);
    CHECK(loughton->gpus.first().count->value == 23040);
    CHECK(loughton->sources == dataset.site(QStringLiteral("loughton_nscale"))->sources);

    // Flows: one line per investment and target site, from the lead investor's HQ to the site.
    const QList<FlowRow> flows = readFlows(result.files.last(), gpkg ? QStringLiteral("flows") : QString());
    CHECK(flows.size() == result.flowsWritten);
    qsizetype expected = 0;
    for (const Investment &investment : dataset.investments) {
        const Company *lead = dataset.company(investment.investors.value(0));
        if (lead && lead->hq)
            expected += investment.targetSites.size();
    }
    CHECK(result.flowsWritten == expected);
    const auto microsoft = std::find_if(
        flows.cbegin(), flows.cend(), [](const FlowRow &row) { return row.id == QLatin1String("inv01_microsoft"); });
    REQUIRE(microsoft != flows.cend());
    CHECK(microsoft->site == QStringLiteral("loughton_nscale"));
    CHECK(microsoft->investors == QStringLiteral("Microsoft"));
    const Investment *investment = dataset.investment(QStringLiteral("inv01_microsoft"));
    CHECK(microsoft->amount == investment->amount->value);
    CHECK(microsoft->currency == investment->amount->currency);
    REQUIRE(microsoft->points.size() == 2);
    const GeoLocation &hq = *dataset.company(QStringLiteral("microsoft"))->hq;
    CHECK(microsoft->points.at(0).x() == Approx(hq.lonDeg).margin(1e-9));
    CHECK(microsoft->points.at(0).y() == Approx(hq.latDeg).margin(1e-9));
    CHECK(microsoft->points.at(1).x() == Approx(loughton->location.lonDeg).margin(1e-9));
    CHECK(microsoft->points.at(1).y() == Approx(loughton->location.latDeg).margin(1e-9));

    // Investments without a target site are noted, not drawn.
    const auto noted = std::find_if(result.diagnostics.cbegin(), result.diagnostics.cend(), [](const Diagnostic &d) {
        return d.message == QStringLiteral("“inv02_nvidia_partners” has no target site; no flow is exported");
    });
    CAPTURE(result.diagnostics);
    REQUIRE(noted != result.diagnostics.cend());
    CHECK(noted->severity == Severity::Warning);
}

TEST_CASE("Export: a lead investor without headquarters gives a note, not a flow", "[export]")
{
    Dataset dataset = test::bundledDataset();
    for (Company &company : dataset.companies)
        company.hq.reset();
    QTemporaryDir dir;
    const ExportResult result = DatasetExporter::write(dataset, dir.filePath(QStringLiteral("no-hq.gpkg")));
    REQUIRE(result.ok());
    CHECK(result.flowsWritten == 0);
    CHECK(result.diagnostics.first().message.contains(QStringLiteral("has no headquarters; no flow is exported")));
}

TEST_CASE("Export: failures name the file and leave nothing half-written", "[export]")
{
    const Dataset dataset = test::bundledDataset();
    SECTION("a directory that does not exist")
    {
        const ExportResult result = DatasetExporter::write(dataset, QStringLiteral("/nonexistent/dir/out.geojson"));
        CHECK(!result.ok());
        CHECK(result.files.isEmpty());
        CHECK(result.diagnostics.last().message.startsWith(
            QStringLiteral("cannot write /nonexistent/dir/out.geojson: ")));
    }
    SECTION("an unknown extension")
    {
        const ExportResult result = DatasetExporter::write(dataset, QStringLiteral("out.shp"));
        CHECK(result.diagnostics.last().message
            == QStringLiteral("unknown export format; use .geojson, .json, .gpkg or .csv"));
    }
    SECTION("the target cannot be replaced: the old one stays, the temporary file goes")
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("taken.gpkg"));
        REQUIRE(QDir().mkpath(target + QStringLiteral("/inside")));
        const ExportResult result = DatasetExporter::write(dataset, target);
        CHECK(!result.ok());
        CHECK(result.diagnostics.last().message.startsWith(QStringLiteral("cannot write ") + target + u':'));
        CHECK(QDir(target + QStringLiteral("/inside")).exists());
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}
