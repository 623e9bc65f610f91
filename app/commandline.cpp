#include "commandline.h"

#include "aggregates.h"
#include "basemap.h"
#include "datasetexporter.h"
#include "datasetimporter.h"
#include "datasetreader.h"
#include "datasetwriter.h"
#include "figurearguments.h"
#include "figureexport.h"
#include "format.h"
#include "handout.h"
#include "mapexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

namespace {

const QStringList s_coreCommands { QStringLiteral("validate"), QStringLiteral("summary"), QStringLiteral("import"),
    QStringLiteral("export-data") };
const QString s_exportCommand = QStringLiteral("export");

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &diagnostic : diagnostics)
        err << diagnostic.toString() << Qt::endl;
}

/// "file:line: warning: column: reason": an import row has a line but no column.
QString rowDiagnostic(const Diagnostic &diagnostic)
{
    if (diagnostic.column > 0)
        return diagnostic.toString();
    QString where = diagnostic.file;
    if (diagnostic.line > 0)
        where += u':' + QString::number(diagnostic.line);
    const QString kind = diagnostic.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    const QString subject
        = diagnostic.path.isEmpty() ? diagnostic.message : diagnostic.path + QStringLiteral(": ") + diagnostic.message;
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + subject;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

/// Per company, in the order of the larger of the two totals.
struct CompanySummary {
    QString id;
    CompanyGpus gpus;
    CompanySpending spending;
};

QList<CompanySummary> companySummaries(const Dataset &dataset)
{
    QList<CompanySummary> result;
    const auto entry = [&result](const QString &id) -> CompanySummary & {
        for (CompanySummary &summary : result) {
            if (summary.id == id)
                return summary;
        }
        result.append({ id, {}, {} });
        return result.last();
    };
    for (const CompanySpending &spending : spendingByCompany(dataset))
        entry(spending.companyId).spending = spending;
    for (const CompanyGpus &gpus : gpusByCompany(dataset))
        entry(gpus.companyId).gpus = gpus;
    return result;
}

QString companyName(const Dataset &dataset, const QString &id)
{
    const Company *company = dataset.company(id);
    return company ? company->name.en : id;
}

} // namespace

QString CommandLine::bundledDatasetPath()
{
    return QStringLiteral(":/datasets/us-uk-2025.json");
}

QString CommandLine::bundledBasemapPath()
{
    return QStringLiteral(":/basemap/basemap.gpkg");
}

CommandLine::Mode CommandLine::mode(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.first() == s_exportCommand)
        return Mode::Offscreen;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return Mode::Core;
    }
    return !arguments.isEmpty() && s_coreCommands.contains(arguments.first()) ? Mode::Core : Mode::Window;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compute Atlas: the geopolitics of AI infrastructure on a map.\n\n"
           "Commands (no display needed):\n"
           "  validate FILE            check a dataset; exit 0 valid, 1 invalid, 2 unreadable\n"
           "  summary [FILE] [--json]  GPUs and spending per company, sites per country\n"
           "  export -o OUT.png|.jpg|.svg|.pdf [--figure PRESET] [--title T] [--charts gpus|spending]\n"
           "         [--theme light|dark|print] [--dpi N] [--view PRESET|west,south,east,north] …\n"
           "                           a map or a composed report figure, as the window draws it\n"
           "  import SRC [--layer L] [--target sites|investments] [--map field=column,…]\n"
           "         [--into DATASET.json] [--source-url URL] -o OUT.json\n"
           "                           sites or investments from CSV, GeoJSON, GeoPackage, Shapefile,\n"
           "                           KML, FlatGeobuf or PG:… (docs/import.md); exit 0 imported and\n"
           "                           valid, 1 nothing imported or invalid, 2 unreadable\n"
           "  export-data [FILE] -o OUT.geojson|.gpkg|.csv\n"
           "                           sites and investment flows for GIS tools\n\n"
           "Without a command, opens the window on FILE or the bundled dataset."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the summary as JSON."));
    parser.addOption(jsonOption);
    FigureArguments::addOptions(parser);
    parser.addOptions({
        { QStringLiteral("layer"), tr("import: the layer to read (default: the first)."), tr("name") },
        { QStringLiteral("target"), tr("import: what the rows are: sites (default) or investments."), tr("target") },
        { QStringLiteral("map"),
            tr("import: which column fills which field, e.g. name=Title,lat=Y,lon=X; fields not given are "
               "guessed from the column names."),
            tr("field=column,…") },
        { QStringLiteral("into"), tr("import: add the imported rows to this dataset (it may also be -o)."),
            tr("file") },
        { QStringLiteral("source-url"),
            tr("import: the address the data came from, for the source that rows without one cite."), tr("url") },
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("validate or summary"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("A dataset file (.json)."), QStringLiteral("[file]"));

    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Valid;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Valid;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("validate")) {
        if (positional.size() != 2) {
            err << tr("usage: compute-atlas validate FILE") << Qt::endl;
            return Unreadable;
        }
        return validate(positional.at(1), out, err);
    }
    if (command == QLatin1String("summary")) {
        if (positional.size() > 2) {
            err << tr("usage: compute-atlas summary [FILE] [--json]") << Qt::endl;
            return Unreadable;
        }
        return summary(positional.value(1, bundledDatasetPath()), parser.isSet(jsonOption), out, err);
    }
    if (command == QLatin1String("import")) {
        if (positional.size() != 2) {
            err << tr("usage: compute-atlas import SRC [--layer L] [--target sites|investments] "
                      "[--map field=column,…] [--into DATASET.json] [--source-url URL] -o OUT.json")
                << Qt::endl;
            return Unreadable;
        }
        return importData(positional.at(1), parser, out, err);
    }
    if (command == QLatin1String("export-data")) {
        if (positional.size() > 2) {
            err << tr("usage: compute-atlas export-data [FILE] -o OUT.geojson|OUT.gpkg|OUT.csv") << Qt::endl;
            return Unreadable;
        }
        return exportData(positional.value(1, bundledDatasetPath()), parser, out, err);
    }
    if (command == s_exportCommand) {
        if (positional.size() != 1) {
            err << tr("usage: compute-atlas export -o OUT.png [options]; the dataset is given with --dataset")
                << Qt::endl;
            return Unreadable;
        }
        return exportMap(parser, out, err);
    }
    err << tr("unknown command \"%1\"; try --help").arg(command) << Qt::endl;
    return Unreadable;
}

int CommandLine::validate(const QString &file, QTextStream &out, QTextStream &err)
{
    const LoadResult result = DatasetReader::readFile(file);
    printDiagnostics(result.diagnostics, err);
    switch (result.status) {
    case LoadStatus::Ok:
        out << tr("%1: valid (%n warning(s))", nullptr, static_cast<int>(result.diagnostics.size())).arg(file)
            << Qt::endl;
        return Valid;
    case LoadStatus::Invalid:
        err << tr("%1: invalid (%n error(s))", nullptr, static_cast<int>(errorCount(result.diagnostics))).arg(file)
            << Qt::endl;
        return Invalid;
    case LoadStatus::Unreadable:
        break;
    }
    return Unreadable;
}

int CommandLine::summary(const QString &file, bool json, QTextStream &out, QTextStream &err)
{
    const LoadResult result = DatasetReader::readFile(file);
    if (result.status != LoadStatus::Ok) {
        printDiagnostics(result.diagnostics, err);
        return result.status == LoadStatus::Invalid ? Invalid : Unreadable;
    }
    const Dataset &dataset = *result.dataset;
    const QList<CompanySummary> companies = companySummaries(dataset);
    const QList<CountrySites> countries = sitesByCountry(dataset);

    if (json) {
        QJsonArray companyArray;
        for (const CompanySummary &company : companies) {
            QJsonArray withoutUsd;
            for (auto it = company.spending.withoutUsd.cbegin(); it != company.spending.withoutUsd.cend(); ++it)
                withoutUsd.append(
                    QJsonObject { { QStringLiteral("currency"), it.key() }, { QStringLiteral("value"), it.value() } });
            companyArray.append(QJsonObject {
                { QStringLiteral("id"), company.id },
                { QStringLiteral("name"), companyName(dataset, company.id) },
                { QStringLiteral("gpus"), company.gpus.gpus },
                { QStringLiteral("gpuDeployments"), company.gpus.deployments },
                { QStringLiteral("gpuSources"), QJsonArray::fromStringList(company.gpus.sources) },
                { QStringLiteral("spendingStatedUsd"), company.spending.statedUsd },
                { QStringLiteral("spendingCurrency"), QStringLiteral("USD") },
                { QStringLiteral("spendingInvestments"), QJsonArray::fromStringList(company.spending.investmentIds) },
                { QStringLiteral("spendingWithoutUsd"), withoutUsd },
                { QStringLiteral("spendingSources"), QJsonArray::fromStringList(company.spending.sources) },
            });
        }
        QJsonArray countryArray;
        for (const CountrySites &country : countries) {
            countryArray.append(QJsonObject {
                { QStringLiteral("country"), country.country },
                { QStringLiteral("sites"), QJsonArray::fromStringList(country.siteIds) },
            });
        }
        const QJsonObject root {
            { QStringLiteral("dataset"), dataset.id },
            { QStringLiteral("file"), file },
            { QStringLiteral("companies"), companyArray },
            { QStringLiteral("countries"), countryArray },
        };
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Valid;
    }

    out << dataset.title.en << QStringLiteral(" [") << dataset.id << u']' << Qt::endl << Qt::endl;
    out << tr("Per company: GPUs at sites, and spending as lead investor in USD as stated by the sources") << Qt::endl;
    for (const CompanySummary &company : companies) {
        out << QStringLiteral("  ") << companyName(dataset, company.id).leftJustified(28) << u' ';
        out << tr("GPUs %1").arg(Format::count(company.gpus.gpus)).leftJustified(14) << u' ';
        out << tr("USD %1").arg(Format::money(company.spending.statedUsd, QStringLiteral("USD"))).leftJustified(14);
        for (auto it = company.spending.withoutUsd.cbegin(); it != company.spending.withoutUsd.cend(); ++it)
            out << u' ' << tr("+ %1 (no USD stated)").arg(Format::money(it.value(), it.key()));
        QStringList sources = company.gpus.sources;
        for (const QString &source : company.spending.sources) {
            if (!sources.contains(source))
                sources.append(source);
        }
        out << u' ' << Format::sourceTags(sources) << Qt::endl;
    }
    out << Qt::endl << tr("Sites per country") << Qt::endl;
    for (const CountrySites &country : countries)
        out << QStringLiteral("  ") << Format::countryName(country.country).leftJustified(28) << u' '
            << country.siteIds.size() << QStringLiteral("  (") << country.siteIds.join(QStringLiteral(", ")) << u')'
            << Qt::endl;
    return Valid;
}

int CommandLine::exportHandout(const QCommandLineParser &parser, const FigureRequest &request,
    std::shared_ptr<const Dataset> dataset, std::shared_ptr<const Basemap> basemap, QTextStream &out, QTextStream &err)
{
    QString problem;
    const auto chosen
        = Handout::parseSelection(parser.value(QStringLiteral("scenes")), dataset->scenes.size(), &problem);
    if (!chosen) {
        err << tr("export: --scenes: %1").arg(problem) << Qt::endl;
        return Unreadable;
    }
    FigureSpec page = request.spec;
    if (!parser.isSet(QStringLiteral("figure"))) {
        const FigureSpec defaults = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("a4-landscape")));
        page.preset = defaults.preset;
        page.sizePx = defaults.sizePx;
        page.dpi = defaults.dpi;
        page.medium = defaults.medium;
        page.sizeMm = defaults.sizeMm;
    }
    if (!page.composed())
        page.medium = FigureMedium::Screen;
    QList<Figure> figures;
    for (const qsizetype index : *chosen)
        figures.append(Handout::sceneFigure(
            dataset->scenes.at(index), page, dataset, basemap, parser.isSet(QStringLiteral("presenter-notes"))));
    const QString output = parser.value(QStringLiteral("output"));
    if (const QString error = Handout::write(output, figures); !error.isEmpty()) {
        err << error << Qt::endl;
        return Unreadable;
    }
    out << tr("%1: %2 scenes, %3 × %4 px at %5 dpi each")
               .arg(output)
               .arg(figures.size())
               .arg(page.sizePx.width())
               .arg(page.sizePx.height())
               .arg(page.dpi)
        << Qt::endl;
    return Valid;
}

} // namespace atlas

namespace atlas {

int CommandLine::exportMap(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QString problem;
    std::optional<FigureRequest> request = FigureArguments::parse(parser, &problem);
    if (!request) {
        err << tr("export: %1").arg(problem) << Qt::endl;
        return Unreadable;
    }
    const QString datasetPath = parser.value(QStringLiteral("dataset")).isEmpty()
        ? bundledDatasetPath()
        : parser.value(QStringLiteral("dataset"));
    LoadResult loaded = DatasetReader::readFile(datasetPath);
    if (loaded.status != LoadStatus::Ok) {
        printDiagnostics(loaded.diagnostics, err);
        return loaded.status == LoadStatus::Invalid ? Invalid : Unreadable;
    }
    QString basemapError;
    const auto basemap = Basemap::loadFromResource(bundledBasemapPath(), &basemapError);
    if (!basemap) {
        err << basemapError << Qt::endl;
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("scenes")))
        return exportHandout(parser, *request, std::make_shared<const Dataset>(std::move(*loaded.dataset)),
            std::make_shared<const Basemap>(*basemap), out, err);
    FigureData data;
    data.dataset = std::make_shared<const Dataset>(std::move(*loaded.dataset));
    data.filter.asOf = request->asOf;
    data.highlighted = request->highlighted;
    data.basemap = std::make_shared<const Basemap>(*basemap);
    if (request->spec.composed() && !request->titleGiven)
        request->spec.title = data.dataset->title.text(request->spec.language);
    const Figure figure(request->spec, data);

    const QString output = parser.value(QStringLiteral("output"));
    FigureResult result;
    if (const QString error = FigureExport::write(output, figure, &result); !error.isEmpty()) {
        err << error << Qt::endl;
        return Unreadable;
    }
    const QString manifestPath = parser.value(QStringLiteral("manifest"));
    if (!manifestPath.isEmpty()) {
        if (const QString error = MapExport::writeManifest(manifestPath, FigureExport::manifest(figure, result));
            !error.isEmpty()) {
            err << error << Qt::endl;
            return Unreadable;
        }
    }
    const QString altTextPath = parser.value(QStringLiteral("alt-text"));
    if (!altTextPath.isEmpty()) {
        if (const QString error = FigureExport::writeText(altTextPath, figure.altText(result)); !error.isEmpty()) {
            err << error << Qt::endl;
            return Unreadable;
        }
    }
    const FigureSpec &spec = figure.spec();
    out << tr("%1: %2 × %3 px at %4 dpi, %5, %6 sites and %7 flows drawn")
               .arg(output)
               .arg(spec.sizePx.width())
               .arg(spec.sizePx.height())
               .arg(spec.dpi)
               .arg(spec.projection.name())
               .arg(result.map.sites.size())
               .arg(result.map.flows.size())
        << Qt::endl;
    return Valid;
}

} // namespace atlas

namespace atlas {

int CommandLine::importData(const QString &source, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err << tr("import: give the dataset to write with -o OUT.json") << Qt::endl;
        return Unreadable;
    }
    if (sameFile(output, source)) {
        err << tr("import: -o must not be the source %1").arg(source) << Qt::endl;
        return Unreadable;
    }
    ImportOptions options;
    options.layer = parser.value(QStringLiteral("layer"));
    options.sourceUrl = parser.value(QStringLiteral("source-url"));
    const QString target = parser.value(QStringLiteral("target"));
    if (target == QLatin1String("investments")) {
        options.target = ImportTarget::Investments;
    } else if (!target.isEmpty() && target != QLatin1String("sites")) {
        err << tr("import: --target: “%1” is not sites or investments").arg(target) << Qt::endl;
        return Unreadable;
    }
    FieldMapping given;
    const QStringList fields = DatasetImporter::targetFields(options.target);
    for (const QString &pair : parser.value(QStringLiteral("map")).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString field = pair.left(equals).trimmed();
        if (equals <= 0 || !fields.contains(field)) {
            err << tr("import: --map: “%1” is not field=column with a field of %2")
                       .arg(pair, fields.join(QStringLiteral(", ")))
                << Qt::endl;
            return Unreadable;
        }
        given.insert(field, pair.mid(equals + 1).trimmed());
    }

    Diagnostics problems;
    const ImportPreview preview = DatasetImporter::preview(source, options.layer, 0, problems);
    if (hasErrors(problems)) {
        for (const Diagnostic &problem : std::as_const(problems))
            err << rowDiagnostic(problem) << Qt::endl;
        return Unreadable;
    }
    options.mapping = DatasetImporter::guessMapping(preview.fields, options.target);
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        options.mapping.insert(it.key(), it.value());
    // Sites that name no country get the one they lie in, from the bundled basemap.
    QString basemapError;
    if (auto basemap = Basemap::loadFromResource(bundledBasemapPath(), &basemapError))
        options.countryAt = countryLocator(std::make_shared<const Basemap>(std::move(*basemap)));

    std::optional<Dataset> base;
    const QString into = parser.value(QStringLiteral("into"));
    if (!into.isEmpty()) {
        LoadResult loaded = DatasetReader::readFile(into);
        if (loaded.status != LoadStatus::Ok) {
            printDiagnostics(loaded.diagnostics, err);
            return loaded.status == LoadStatus::Invalid ? Invalid : Unreadable;
        }
        base = std::move(loaded.dataset);
    }

    const ImportResult result = DatasetImporter::import(source, options);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << rowDiagnostic(diagnostic) << Qt::endl;
    out << tr("%1: %2 rows read, %3 imported, %4 skipped")
               .arg(DatasetImporter::displayName(source))
               .arg(result.rowsRead)
               .arg(result.rowsImported)
               .arg(result.rowsSkipped())
        << Qt::endl;
    if (!result.ok() || result.rowsImported == 0) {
        err << tr("%1: not written: nothing was imported").arg(output) << Qt::endl;
        return Invalid;
    }

    const Dataset dataset = base ? DatasetImporter::merge(std::move(*base), result.dataset) : result.dataset;
    // Check the result as `validate` will check the file: written, then read back.
    const LoadResult check = DatasetReader::readBytes(DatasetWriter::toJson(dataset), output);
    if (check.status != LoadStatus::Ok) {
        for (Diagnostic diagnostic : check.diagnostics) {
            if (diagnostic.severity != Severity::Error)
                continue;
            diagnostic.line = 0; // the file is not written: its lines do not exist
            diagnostic.column = 0;
            err << rowDiagnostic(diagnostic) << Qt::endl;
        }
        err << tr("%1: not written: the result is not a valid dataset (%n error(s)); complete the columns, or import "
                  "into a dataset that has the companies and sources with --into",
            nullptr, static_cast<int>(errorCount(check.diagnostics)))
                   .arg(output)
            << Qt::endl;
        return Invalid;
    }
    if (const QString error = DatasetWriter::writeFile(dataset, output); !error.isEmpty()) {
        err << error << Qt::endl;
        return Unreadable;
    }
    out << tr("%1: written: %2 sites, %3 investments, %4 companies, %5 sources (%n warning(s))", nullptr,
        static_cast<int>(check.diagnostics.size()))
               .arg(output)
               .arg(dataset.sites.size())
               .arg(dataset.investments.size())
               .arg(dataset.companies.size())
               .arg(dataset.sources.size())
        << Qt::endl;
    return Valid;
}

int CommandLine::exportData(const QString &file, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || !DatasetExporter::formatForPath(output)) {
        err << tr("usage: compute-atlas export-data [FILE] -o OUT.geojson|OUT.gpkg|OUT.csv") << Qt::endl;
        return Unreadable;
    }
    const LoadResult loaded = DatasetReader::readFile(file);
    if (loaded.status != LoadStatus::Ok) {
        printDiagnostics(loaded.diagnostics, err);
        return loaded.status == LoadStatus::Invalid ? Invalid : Unreadable;
    }
    const ExportResult result = DatasetExporter::write(*loaded.dataset, output);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << rowDiagnostic(diagnostic) << Qt::endl;
    if (!result.ok())
        return Unreadable;
    out << tr("%1: %2 sites and %3 flows written")
               .arg(result.files.join(QStringLiteral(", ")))
               .arg(result.sitesWritten)
               .arg(result.flowsWritten)
        << Qt::endl;
    return Valid;
}

} // namespace atlas
