#include "datasetexporter.h"

#include "enums.h"
#include "gdalutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <system_error>

namespace atlas {

namespace {

/// One flow line: an investment to one of its target sites, from its lead investor's HQ.
struct Flow {
    const Investment *investment = nullptr;
    const Site *site = nullptr;
    const GeoLocation *from = nullptr;
};

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(";"));
}

QString companyNames(const Dataset &dataset, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Company *company = dataset.company(id);
        names.append(company && !company->name.en.isEmpty() ? company->name.en : id);
    }
    return joined(names);
}

QList<Flow> flowsOf(const Dataset &dataset, const QString &file, Diagnostics &diagnostics)
{
    QList<Flow> flows;
    const auto note = [&](qsizetype index, const QString &message) {
        Diagnostic diagnostic;
        diagnostic.file = file;
        diagnostic.path = QStringLiteral("investments[%1]").arg(index);
        diagnostic.severity = Severity::Warning;
        diagnostic.message = message;
        diagnostics.append(diagnostic);
    };
    for (qsizetype i = 0; i < dataset.investments.size(); ++i) {
        const Investment &investment = dataset.investments.at(i);
        if (investment.targetSites.isEmpty()) {
            note(i, DatasetExporter::tr("“%1” has no target site; no flow is exported").arg(investment.id));
            continue;
        }
        const Company *lead = dataset.company(investment.investors.value(0));
        if (!lead || !lead->hq) {
            note(i,
                DatasetExporter::tr("the lead investor of “%1” has no headquarters; no flow is exported")
                    .arg(investment.id));
            continue;
        }
        for (const QString &siteId : investment.targetSites) {
            const Site *site = dataset.site(siteId);
            if (!site) {
                note(i,
                    DatasetExporter::tr("“%1” names the unknown site “%2”; no flow to it is exported")
                        .arg(investment.id, siteId));
                continue;
            }
            flows.append({ &investment, site, &*lead->hq });
        }
    }
    return flows;
}

/// Writes layers into one file; the first failure is kept, naming the file the user asked for.
class LayerWriter
{
public:
    LayerWriter(GDALDataset *dataset, QString target)
        : m_dataset(dataset)
        , m_target(std::move(target))
    {
    }

    /// The new layer with @p fields, or null (see error()).
    OGRLayer *create(const char *name, OGRwkbGeometryType type,
        const QList<std::pair<const char *, OGRFieldType>> &fields, const char *const *options = nullptr)
    {
        OGRSpatialReference wgs84 = wgs84LonLat();
        // GDAL 3.6 takes the options as char **; it does not change them.
        OGRLayer *layer
            = m_dataset->CreateLayer(name, type == wkbNone ? nullptr : &wgs84, type, const_cast<char **>(options));
        if (!layer) {
            fail(DatasetExporter::tr("cannot create the layer “%1”").arg(QString::fromLatin1(name)));
            return nullptr;
        }
        for (const auto &[fieldName, fieldType] : fields) {
            OGRFieldDefn definition(fieldName, fieldType);
            if (layer->CreateField(&definition) != OGRERR_NONE) {
                fail(DatasetExporter::tr("cannot create the field “%1”").arg(QString::fromLatin1(fieldName)));
                return nullptr;
            }
        }
        return layer;
    }

    bool add(OGRLayer *layer, OGRFeature &feature)
    {
        if (layer->CreateFeature(&feature) == OGRERR_NONE)
            return true;
        fail(DatasetExporter::tr("cannot write a feature"));
        return false;
    }

    const QString &error() const { return m_error; }

private:
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = DatasetExporter::tr("cannot write %1: %2").arg(m_target, m_errors.lastOr(what));
    }

    GDALDataset *m_dataset;
    QString m_target;
    QString m_error;
    GdalErrors m_errors;
};

void setText(OGRFeature &feature, const char *field, const QString &value)
{
    if (!value.isEmpty())
        feature.SetField(field, value.toUtf8().constData());
}

void writeSites(LayerWriter &writer, const Dataset &dataset, ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    QList<std::pair<const char *, OGRFieldType>> fields { { "id", OFTString }, { "name", OFTString },
        { "name_ko", OFTString }, { "country", OFTString }, { "region", OFTString }, { "kind", OFTString },
        { "status", OFTString }, { "operators", OFTString }, { "gpus", OFTInteger64 }, { "capacity_mw", OFTReal },
        { "sources", OFTString } };
    if (csv) {
        fields.append({ "lon", OFTReal });
        fields.append({ "lat", OFTReal });
    }
    OGRLayer *layer = writer.create("sites", csv ? wkbNone : wkbPoint, fields);
    if (!layer)
        return;
    for (const Site &site : dataset.sites) {
        OGRFeature feature(layer->GetLayerDefn());
        setText(feature, "id", site.id);
        setText(feature, "name", site.name.en);
        setText(feature, "name_ko", site.name.ko);
        setText(feature, "country", site.country);
        setText(feature, "region", site.region.en);
        setText(feature, "kind", enumKey(site.kind));
        setText(feature, "status", enumKey(site.status.value));
        setText(feature, "operators", companyNames(dataset, site.operators));
        bool counted = false;
        double gpus = 0;
        for (const GpuDeployment &deployment : site.gpus) {
            if (deployment.count) {
                counted = true;
                gpus += deployment.count->value;
            }
        }
        if (counted)
            feature.SetField("gpus", static_cast<GIntBig>(gpus));
        if (site.capacityMw)
            feature.SetField("capacity_mw", site.capacityMw->value);
        setText(feature, "sources", joined(site.sources));
        OGRPoint point(site.location.lonDeg, site.location.latDeg);
        if (csv) {
            feature.SetField("lon", site.location.lonDeg);
            feature.SetField("lat", site.location.latDeg);
        } else {
            feature.SetGeometry(&point);
        }
        if (!writer.add(layer, feature))
            return;
    }
}

void writeFlows(LayerWriter &writer, const Dataset &dataset, const QList<Flow> &flows, ExportFormat format)
{
    static const char *const s_csvOptions[] = { "GEOMETRY=AS_WKT", nullptr };
    OGRLayer *layer = writer.create("flows", wkbLineString,
        { { "id", OFTString }, { "site", OFTString }, { "kind", OFTString }, { "investors", OFTString },
            { "amount", OFTReal }, { "currency", OFTString }, { "usd", OFTReal }, { "announced", OFTString },
            { "sources", OFTString } },
        format == ExportFormat::Csv ? s_csvOptions : nullptr);
    if (!layer)
        return;
    for (const Flow &flow : flows) {
        const Investment &investment = *flow.investment;
        OGRFeature feature(layer->GetLayerDefn());
        setText(feature, "id", investment.id);
        setText(feature, "site", flow.site->id);
        setText(feature, "kind", enumKey(investment.kind));
        setText(feature, "investors", companyNames(dataset, investment.investors));
        if (investment.amount) {
            feature.SetField("amount", investment.amount->value);
            setText(feature, "currency", investment.amount->currency);
            if (const std::optional<double> usd = investment.amount->statedUsd())
                feature.SetField("usd", *usd);
        }
        setText(feature, "announced", investment.announced.text);
        setText(feature, "sources", joined(investment.sources));
        OGRLineString line;
        line.addPoint(flow.from->lonDeg, flow.from->latDeg);
        line.addPoint(flow.site->location.lonDeg, flow.site->location.latDeg);
        feature.SetGeometry(&line);
        if (!writer.add(layer, feature))
            return;
    }
}

/// A fresh name beside @p target, with the same extension (GDAL's drivers look at it).
QString temporaryName(const QString &target)
{
    const QFileInfo info(target);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.dir().filePath(QStringLiteral(".%1.%2.tmp.%3").arg(info.completeBaseName(), random, info.suffix()));
}

const char *driverName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::GeoJson:
        return "GeoJSON";
    case ExportFormat::GeoPackage:
        return "GPKG";
    case ExportFormat::Csv:
        break;
    }
    return "CSV";
}

GDALDatasetUniquePtr createFile(ExportFormat format, const QString &temporary, const QString &target, QString &error)
{
    GdalErrors errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
    GDALDatasetUniquePtr file(
        driver ? driver->Create(QFile::encodeName(temporary).constData(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
    if (!file)
        error = DatasetExporter::tr("cannot write %1: %2")
                    .arg(target, errors.lastOr(DatasetExporter::tr("cannot create the file")));
    return file;
}

/// Writes the layers of one file: the sites, or the flows, or both (GeoPackage).
QString writeFile(const Dataset &dataset, const QList<Flow> &flows, ExportFormat format, bool sites, bool withFlows,
    const QString &temporary, const QString &target)
{
    QString error;
    GDALDatasetUniquePtr file = createFile(format, temporary, target, error);
    if (!file)
        return error;
    {
        LayerWriter writer(file.get(), target);
        if (sites)
            writeSites(writer, dataset, format);
        if (writer.error().isEmpty() && withFlows)
            writeFlows(writer, dataset, flows, format);
        if (!writer.error().isEmpty())
            return writer.error();
    }
    // Closing flushes; GDAL 3.6 reports a failed flush only through its error handler.
    GdalErrors errors;
    file.reset();
    if (errors.any())
        return DatasetExporter::tr("cannot write %1: %2").arg(target, errors.lastOr({}));
    return {};
}

} // namespace

std::optional<ExportFormat> DatasetExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return ExportFormat::GeoJson;
    if (suffix == QLatin1String("gpkg"))
        return ExportFormat::GeoPackage;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QStringList DatasetExporter::outputFiles(const QString &path)
{
    const std::optional<ExportFormat> format = formatForPath(path);
    if (!format)
        return {};
    if (*format == ExportFormat::GeoPackage)
        return { path };
    const QFileInfo info(path);
    const QString flows = info.completeBaseName() + QStringLiteral("-flows.") + info.suffix();
    return { path,
        info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./")) ? flows
                                                                                   : info.dir().filePath(flows) };
}

ExportResult DatasetExporter::write(const Dataset &dataset, const QString &path)
{
    registerGdal();
    ExportResult result;
    const std::optional<ExportFormat> format = formatForPath(path);
    if (!format) {
        Diagnostic diagnostic;
        diagnostic.file = path;
        diagnostic.message = tr("unknown export format; use .geojson, .json, .gpkg or .csv");
        result.diagnostics.append(diagnostic);
        return result;
    }
    const QStringList targets = outputFiles(path);
    QStringList temporaries;
    for (const QString &target : targets)
        temporaries.append(temporaryName(target));
    const QList<Flow> flows = flowsOf(dataset, targets.last(), result.diagnostics);
    const bool single = *format == ExportFormat::GeoPackage;
    QString error = writeFile(dataset, flows, *format, true, single, temporaries.first(), targets.first());
    if (error.isEmpty() && !single)
        error = writeFile(dataset, flows, *format, false, true, temporaries.last(), targets.last());
    for (qsizetype i = 0; error.isEmpty() && i < targets.size(); ++i) {
        std::error_code code;
        std::filesystem::rename(
            QFile::encodeName(temporaries.at(i)).toStdString(), QFile::encodeName(targets.at(i)).toStdString(), code);
        if (code)
            error = tr("cannot write %1: %2").arg(targets.at(i), QString::fromStdString(code.message()));
        else
            result.files.append(targets.at(i));
    }
    if (!error.isEmpty()) {
        for (const QString &temporary : std::as_const(temporaries))
            QFile::remove(temporary);
        Diagnostic diagnostic;
        diagnostic.file = path;
        diagnostic.message = error;
        result.diagnostics.append(diagnostic);
        return result;
    }
    result.sitesWritten = dataset.sites.size();
    result.flowsWritten = flows.size();
    return result;
}

} // namespace atlas
