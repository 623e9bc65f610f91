#include "datasetimporter.h"

#include "datasetvalidator.h"
#include "enums.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <array>
#include <charconv>
#include <cmath>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace atlas {

namespace {

// ---- GDAL plumbing ----------------------------------------------------------------------------

void registerGdal()
{
    static std::once_flag s_once;
    std::call_once(s_once, [] { GDALAllRegister(); });
}

/// Collects GDAL's error messages on this thread while it lives. GDAL keeps its handler stack per
/// thread, so concurrent imports on other threads neither see nor disturb these messages.
class GdalErrors
{
public:
    GdalErrors()
    {
        CPLErrorReset();
        CPLPushErrorHandlerEx(&GdalErrors::handle, this);
    }
    ~GdalErrors() { CPLPopErrorHandler(); }
    GdalErrors(const GdalErrors &) = delete;
    GdalErrors &operator=(const GdalErrors &) = delete;

    /// The last failure GDAL reported, else @p fallback.
    QString lastOr(const QString &fallback) const { return m_messages.isEmpty() ? fallback : m_messages.last(); }
    qsizetype count() const { return m_messages.size(); }

private:
    static void CPL_STDCALL handle(CPLErr severity, CPLErrorNum /*number*/, const char *message)
    {
        auto *self = static_cast<GdalErrors *>(CPLGetErrorHandlerUserData());
        if (self && severity >= CE_Failure)
            self->m_messages.append(QString::fromUtf8(message).trimmed());
    }

    QStringList m_messages;
};

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *transform) const { OGRCoordinateTransformation::DestroyCT(transform); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

bool isPostgres(const QString &source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

bool isCsv(const QString &source)
{
    const QString suffix = QFileInfo(source).suffix().toLower();
    return source.startsWith(QLatin1String("CSV:"))
        || ((suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) && !isPostgres(source));
}

QString redacted(const QString &source)
{
    static const QRegularExpression s_password(
        QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)"), QRegularExpression::CaseInsensitiveOption);
    QString shown = source;
    return shown.replace(s_password, QStringLiteral("\\1***"));
}

// ---- text -------------------------------------------------------------------------------------

std::string_view trimmed(const char *text)
{
    std::string_view view = text ? std::string_view(text) : std::string_view();
    while (!view.empty() && static_cast<unsigned char>(view.front()) <= ' ')
        view.remove_prefix(1);
    while (!view.empty() && static_cast<unsigned char>(view.back()) <= ' ')
        view.remove_suffix(1);
    return view;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        char32_t minimum = 0;
        char32_t code = lead;
        if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            minimum = 0x10000;
            code = lead & 0x07;
        } else if (lead >= 0xe0) {
            length = 3;
            minimum = 0x800;
            code = lead & 0x0f;
        } else if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            minimum = 0x80;
            code = lead & 0x1f;
        } else if (lead >= 0x80) {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3f);
        }
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

/// Lower case letters and digits only: "Capacity (MW)" → "capacitymw".
QString normalized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

/// An id made of a text: "Loughton (Nscale)" → "loughton_nscale"; empty when nothing is left.
QString slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            result.append(c);
        else if (u >= u'A' && u <= u'Z')
            result.append(c.toLower());
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!result.isEmpty() && !result.endsWith(u'_'))
            result.append(u'_');
    }
    constexpr qsizetype maxLength = 48;
    result.truncate(maxLength);
    while (result.endsWith(u'_'))
        result.chop(1);
    return result;
}

bool isId(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isId(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return text.size() == latin.size() && isId(std::string_view(latin.constData(), latin.size()));
}

/// @p base, or base-2, base-3 … whichever is not in @p used yet.
QString uniqueId(const QString &base, const QSet<QString> &used)
{
    if (!used.contains(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base + u'-' + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            if (!current.trimmed().isEmpty())
                parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

QString quoteShort(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    return text.size() > maxShown ? text.left(maxShown) + QStringLiteral("…") : text;
}

// ---- fields -----------------------------------------------------------------------------------

enum class Field {
    Id,
    Name,
    NameKo,
    Lon,
    Lat,
    Wkt,
    Country,
    Region,
    Kind,
    Status,
    Company,
    Gpus,
    GpuModel,
    CapacityMw,
    Amount,
    Currency,
    Usd,
    TargetSite,
    TargetCountry,
    Purpose,
    Source,
    Date,
};
constexpr std::size_t s_fieldCount = static_cast<std::size_t>(Field::Date) + 1;

struct FieldInfo {
    Field field;
    const char *key;
    const char *aliases; ///< normalized names a column may have, space-separated, best first
};

// The aliases include the names Shapefile's ten-character limit leaves ("capacity_m", "target_sit").
constexpr std::array<FieldInfo, s_fieldCount> s_fields { {
    { Field::Id, "id", "id siteid investmentid identifier" },
    { Field::Name, "name", "name title sitename label" },
    { Field::NameKo, "name_ko", "nameko namekorean korean koname" },
    { Field::Lon, "lon", "lon long lng longitude x xcoord londeg" },
    { Field::Lat, "lat", "lat latitude y ycoord latdeg" },
    { Field::Wkt, "wkt", "wkt wktgeometry geometrywkt geometry geom thegeom" },
    { Field::Country, "country", "country countrycode iso2 countryiso iso" },
    { Field::Region, "region", "region state province county admin1" },
    { Field::Kind, "kind", "kind type sitetype investmentkind category" },
    { Field::Status, "status", "status stage phase" },
    { Field::Company, "company",
        "company companies operator operators owner investor investors leadinvestor lead operatorname" },
    { Field::Gpus, "gpus", "gpus gpu gpucount numgpus gpusnumber accelerators" },
    { Field::GpuModel, "gpu_model", "gpumodel model chip" },
    { Field::CapacityMw, "capacity_mw", "capacitymw capacitym capacity mw powermw power" },
    { Field::Amount, "amount", "amount value sum investment" },
    { Field::Currency, "currency", "currency ccy currencycode" },
    { Field::Usd, "usd", "usd amountusd usdvalue valueusd usdstated" },
    { Field::TargetSite, "target_site", "targetsite targetsites targetsit site sites siteids" },
    { Field::TargetCountry, "target_country", "targetcountry targetcountries targetcou country countries" },
    { Field::Purpose, "purpose", "purpose description note notes" },
    { Field::Source, "source", "source sources sourceurl url reference references citation" },
    { Field::Date, "date", "date asof announced announceddate statusdate" },
} };

const FieldInfo &info(Field field)
{
    return s_fields.at(static_cast<std::size_t>(field));
}

QString keyOf(Field field)
{
    return QString::fromLatin1(info(field).key);
}

QList<Field> fieldsFor(ImportTarget target)
{
    if (target == ImportTarget::Sites)
        return { Field::Id, Field::Name, Field::NameKo, Field::Lon, Field::Lat, Field::Wkt, Field::Country,
            Field::Region, Field::Kind, Field::Status, Field::Company, Field::Gpus, Field::GpuModel, Field::CapacityMw,
            Field::Source, Field::Date };
    return { Field::Id, Field::Company, Field::Amount, Field::Currency, Field::Usd, Field::Date, Field::TargetSite,
        Field::TargetCountry, Field::Kind, Field::Purpose, Field::Source };
}

// ---- values -----------------------------------------------------------------------------------

/// The value of @p E whose key or display text (English or translated) is @p text, ignoring case,
/// spaces and punctuation ("Under construction", "under-construction", "UNDER_CONSTRUCTION").
template<typename E>
std::optional<E> parseEnum(const QString &text)
{
    const QString wanted = normalized(text).replace(QLatin1String("center"), QLatin1String("centre"));
    for (const auto &entry : enumEntries<E>()) {
        if (wanted == normalized(QLatin1String(entry.key)) || wanted == normalized(QLatin1String(entry.displayText))
            || wanted == normalized(enumDisplayText(entry.displayText)))
            return entry.value;
    }
    return std::nullopt;
}

/// The ISO 3166-1 alpha-2 code of @p text: a code in any case or an English country name.
std::optional<QString> parseCountry(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper.size() == 2)
        return DatasetValidator::isKnownCountry(upper) ? std::optional<QString>(upper) : std::nullopt;
    static const QHash<QString, QString> s_names = [] {
        QHash<QString, QString> names {
            { QStringLiteral("uk"), QStringLiteral("GB") },
            { QStringLiteral("gbr"), QStringLiteral("GB") },
            { QStringLiteral("greatbritain"), QStringLiteral("GB") },
            { QStringLiteral("england"), QStringLiteral("GB") },
            { QStringLiteral("scotland"), QStringLiteral("GB") },
            { QStringLiteral("wales"), QStringLiteral("GB") },
            { QStringLiteral("northernireland"), QStringLiteral("GB") },
            { QStringLiteral("usa"), QStringLiteral("US") },
            { QStringLiteral("unitedstatesofamerica"), QStringLiteral("US") },
            { QStringLiteral("korea"), QStringLiteral("KR") },
            { QStringLiteral("kor"), QStringLiteral("KR") },
        };
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (DatasetValidator::isKnownCountry(code))
                names.insert(normalized(QLocale::territoryToString(territory)), code);
        }
        return names;
    }();
    const auto it = s_names.constFind(normalized(text));
    return it == s_names.cend() ? std::nullopt : std::optional<QString>(*it);
}

std::optional<QString> parseCurrency(const QString &text)
{
    static const QHash<QString, QString> s_symbols {
        { QStringLiteral("$"), QStringLiteral("USD") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("₩"), QStringLiteral("KRW") },
    };
    const QString code = s_symbols.value(text.trimmed(), text.trimmed().toUpper());
    return DatasetValidator::isKnownCurrency(code) ? std::optional<QString>(code) : std::nullopt;
}

/// A partial date from ISO-like text; OGR's own date fields read "2025/09/16".
std::optional<PartialDate> parseDate(const QString &text)
{
    QString iso = text.trimmed();
    iso.replace(u'/', u'-');
    constexpr qsizetype dayLength = 10;
    if (iso.size() > dayLength && (iso.at(dayLength) == u'T' || iso.at(dayLength) == u' '))
        iso.truncate(dayLength);
    const PartialDate date { iso };
    return date.isValid() ? std::optional<PartialDate>(date) : std::nullopt;
}

// A fixed palette of distinguishable colours (Tableau 10 and its lighter companions); colours are
// data here, picked in order for the companies an import creates.
constexpr std::array<const char *, 16> s_palette { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94" };

Claim claim(double value, const QString &currency = QString())
{
    Claim result;
    result.value = value;
    result.currency = currency;
    return result;
}

// Figures beyond this lose whole-number precision in a double, and are typing mistakes anyway.
constexpr double s_maxFigure = 1e15;
// Rows per progress report and per batch of coordinates reprojected together.
constexpr qint64 s_batchRows = 1000;

// ---- opening ----------------------------------------------------------------------------------

struct OpenedLayer {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    bool csv = false;
};

Diagnostic fileError(const QString &file, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.file = file;
    diagnostic.message = message;
    return diagnostic;
}

/// Why GDAL could not read a CSV file, from its first line: usually the delimiter.
QString csvProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 maxLine = 4096;
    const QString firstLine = QString::fromUtf8(file.readLine(maxLine)).trimmed();
    if (firstLine.contains(u',') || firstLine.contains(u';') || firstLine.contains(u'\t'))
        return {};
    for (const QChar candidate : { u'|', u':', u' ' }) {
        if (firstLine.contains(candidate))
            return DatasetImporter::tr("the values seem to be separated by “%1” (first line “%2”); save the file with "
                                       "commas, semicolons or tabs between the values")
                .arg(candidate == u' ' ? DatasetImporter::tr("space") : QString(candidate), quoteShort(firstLine));
    }
    return DatasetImporter::tr("the first line “%1” has a single column; a CSV file needs a header with at least two "
                               "columns separated by commas, semicolons or tabs")
        .arg(quoteShort(firstLine));
}

bool isBlankFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 probeBytes = 65536;
    if (file.size() > probeBytes)
        return false;
    return file.readAll().trimmed().isEmpty();
}

std::optional<OpenedLayer> openLayer(const QString &source, const QString &layerName, Diagnostics &diagnostics)
{
    registerGdal();
    const QString shown = redacted(source);
    const bool csv = isCsv(source);
    const bool local
        = !isPostgres(source) && !source.startsWith(QLatin1String("/vsi")) && !source.startsWith(QLatin1String("CSV:"));
    if (local) {
        const QFileInfo fileInfo(source);
        if (!fileInfo.exists()) {
            diagnostics.append(fileError(shown, DatasetImporter::tr("no such file")));
            return std::nullopt;
        }
        if (fileInfo.isFile() && (fileInfo.size() == 0 || (csv && isBlankFile(source)))) {
            diagnostics.append(fileError(shown, DatasetImporter::tr("file is empty")));
            return std::nullopt;
        }
    }
    GdalErrors errors;
    const QByteArray path = local ? QFile::encodeName(source) : source.toUtf8();
    // Every CSV column is read as text (AUTODETECT_TYPE=NO) so that a word in a number column
    // becomes a diagnostic naming the row, instead of GDAL quietly reading it as 0; the first
    // line is always the header (HEADERS=YES), and a WKT column stays readable as text.
    static const char *const s_csvDrivers[] = { "CSV", nullptr };
    static const char *const s_csvOptions[]
        = { "HEADERS=YES", "AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr };
    OpenedLayer opened;
    opened.csv = csv;
    opened.dataset.reset(
        GDALDataset::FromHandle(GDALOpenEx(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
            csv ? s_csvDrivers : nullptr, csv ? s_csvOptions : nullptr, nullptr)));
    if (!opened.dataset) {
        QString message = errors.lastOr(DatasetImporter::tr("not a vector format GDAL can read"));
        if (csv && local) {
            if (const QString problem = csvProblem(source); !problem.isEmpty())
                message = problem + QStringLiteral(" (") + message + u')';
        }
        diagnostics.append(fileError(shown, DatasetImporter::tr("cannot be read: %1").arg(message)));
        return std::nullopt;
    }
    if (opened.dataset->GetLayerCount() == 0) {
        diagnostics.append(fileError(shown, DatasetImporter::tr("has no layers")));
        return std::nullopt;
    }
    opened.layer = layerName.isEmpty() ? opened.dataset->GetLayer(0)
                                       : opened.dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!opened.layer) {
        QStringList names;
        for (OGRLayer *layer : opened.dataset->GetLayers())
            names.append(QString::fromUtf8(layer->GetName()));
        diagnostics.append(fileError(shown,
            DatasetImporter::tr("has no layer “%1”; its layers are: %2")
                .arg(layerName, names.join(QStringLiteral(", ")))));
        return std::nullopt;
    }
    return opened;
}

QStringList fieldNames(OGRLayer *layer)
{
    QStringList names;
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
    return names;
}

QString crsName(const OGRSpatialReference *crs)
{
    if (!crs)
        return {};
    const char *authority = crs->GetAuthorityName(nullptr);
    const char *code = crs->GetAuthorityCode(nullptr);
    if (authority && code)
        return QString::fromUtf8(authority) + u':' + QString::fromUtf8(code);
    return QString::fromUtf8(crs->GetName());
}

/// The file line on which each CSV record starts, the header's first: GDAL skips empty lines
/// and a quoted value may span lines, so the feature number alone does not give the line.
std::vector<int> csvRecordLines(const QString &path)
{
    std::vector<int> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    QByteArray contents;
    if (!mapped && size > 0) {
        contents = file.readAll();
        mapped = reinterpret_cast<const uchar *>(contents.constData());
    }
    const std::string_view text(reinterpret_cast<const char *>(mapped), mapped ? static_cast<std::size_t>(size) : 0);
    std::size_t i = text.substr(0, 3) == "\xef\xbb\xbf" ? 3 : 0;
    int line = 1;
    bool recordStart = true;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (recordStart) {
            if (c == '\n') {
                ++line;
                continue;
            }
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            lines.push_back(line);
            recordStart = false;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            ++line;
            recordStart = !quoted;
        }
    }
    return lines;
}

// ---- the import -------------------------------------------------------------------------------

/// A row read and checked, waiting for its coordinates to be reprojected with its batch.
struct PendingSite {
    int line = 0;
    Site site;
    QString id;
    QStringList companies;
    QString sourceText;
    double x = 0;
    double y = 0;
    bool reproject = false;
    Field position = Field::Lon; ///< the column the position came from (Wkt: WKT or layer geometry)
};

class Importer
{
public:
    Importer(const QString &source, const ImportOptions &options, ImportResult &result)
        : m_source(source)
        , m_shown(redacted(source))
        , m_options(options)
        , m_result(result)
    {
        m_columns.fill(-1);
    }

    void run(const DatasetImporter::Progress &progress)
    {
        std::optional<OpenedLayer> opened = openLayer(m_source, m_options.layer, m_result.diagnostics);
        if (!opened)
            return;
        m_layer = opened->layer;
        if (!resolveColumns(opened->csv) || !prepareTransform())
            return;
        const std::vector<int> lines
            = opened->csv && QFileInfo::exists(m_source) ? csvRecordLines(m_source) : std::vector<int>();
        const qint64 total = !lines.empty()                ? static_cast<qint64>(lines.size()) - 1
            : m_layer->TestCapability(OLCFastFeatureCount) ? m_layer->GetFeatureCount(TRUE)
                                                           : -1;
        const QFileInfo fileInfo(m_source);
        m_result.dataset.id = slug(fileInfo.completeBaseName()).isEmpty() ? QStringLiteral("import")
                                                                          : slug(fileInfo.completeBaseName());
        m_result.dataset.title.en = DatasetImporter::tr("Imported from %1").arg(fileLabel());
        m_result.dataset.asOf = PartialDate { QDate::currentDate().toString(Qt::ISODate) };

        if (total > 0 && m_options.target == ImportTarget::Sites)
            m_result.dataset.sites.reserve(total);
        GdalErrors errors;
        m_layer->ResetReading();
        qint64 index = 0;
        for (OGRFeatureUniquePtr feature(m_layer->GetNextFeature()); feature;
             feature.reset(m_layer->GetNextFeature())) {
            const auto record = static_cast<std::size_t>(index + 1);
            m_line = record < lines.size() ? lines[record] : static_cast<int>(lines.empty() ? index + 1 : index + 2);
            m_feature = feature.get();
            ++index;
            ++m_result.rowsRead;
            if (m_options.target == ImportTarget::Sites)
                readSite();
            else
                readInvestment();
            if (index % s_batchRows == 0) {
                flushSites();
                if (progress && !progress(m_result.rowsRead, total)) {
                    m_result.cancelled = true;
                    break;
                }
            }
        }
        m_feature = nullptr;
        flushSites();
        if (errors.count() > 0 && !m_result.cancelled)
            m_result.diagnostics.append(warningAt(0, QString(),
                DatasetImporter::tr("reading stopped after row %1: %2").arg(m_result.rowsRead).arg(errors.lastOr({}))));
        if (m_result.rowsRead == 0 && !m_result.cancelled)
            m_result.diagnostics.append(warningAt(0, QString(), DatasetImporter::tr("the layer has no rows")));
        if (progress && !m_result.cancelled)
            progress(m_result.rowsRead, m_result.rowsRead);
    }

private:
    QString fileLabel() const
    {
        return isPostgres(m_source) ? QString::fromUtf8(m_layer->GetName()) : QFileInfo(m_source).fileName();
    }

    Diagnostic warningAt(int line, const QString &path, const QString &message) const
    {
        Diagnostic diagnostic;
        diagnostic.file = m_shown;
        diagnostic.line = line;
        diagnostic.path = path;
        diagnostic.severity = Severity::Warning;
        diagnostic.message = message;
        return diagnostic;
    }

    void error(const QString &path, const QString &message)
    {
        Diagnostic diagnostic = fileError(m_shown, message);
        diagnostic.path = path;
        m_result.diagnostics.append(diagnostic);
    }

    int column(Field field) const { return m_columns.at(static_cast<std::size_t>(field)); }
    bool mapped(Field field) const { return column(field) >= 0; }
    QString columnName(Field field) const { return m_columnNames.at(static_cast<std::size_t>(field)); }

    bool resolveColumns(bool csv)
    {
        const QStringList columns = fieldNames(m_layer);
        const QString columnList = columns.join(QStringLiteral(", "));
        // GDAL picks the delimiter from the header line; a column name holding another delimiter
        // means the lines mix them (or use one GDAL does not know), and every row would be misread.
        for (const QString &name : columns) {
            if (!csv)
                break;
            for (const QChar delimiter : { u';', u'\t', u'|' }) {
                if (name.contains(delimiter)) {
                    error(QString(),
                        DatasetImporter::tr("the header was read as the column “%1”: the values seem to be separated "
                                            "by “%2”; use one delimiter (comma, semicolon or tab) throughout")
                            .arg(quoteShort(name),
                                delimiter == u'\t' ? DatasetImporter::tr("tab") : QString(delimiter)));
                    return false;
                }
            }
        }
        const QList<Field> fields = fieldsFor(m_options.target);
        bool ok = true;
        for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const auto found
                = std::find_if(fields.cbegin(), fields.cend(), [&it](Field field) { return keyOf(field) == it.key(); });
            if (found == fields.cend()) {
                error(it.key(),
                    DatasetImporter::tr("“%1” is not a field that can be imported here; the fields are: %2")
                        .arg(it.key(), DatasetImporter::targetFields(m_options.target).join(QStringLiteral(", "))));
                ok = false;
                continue;
            }
            const int index = m_layer->GetLayerDefn()->GetFieldIndex(it.value().toUtf8().constData());
            if (index < 0) {
                error(it.key(),
                    DatasetImporter::tr("the column “%1” mapped to “%2” is not in the layer; its columns are: %3")
                        .arg(it.value(), it.key(), columnList));
                ok = false;
                continue;
            }
            m_columns.at(static_cast<std::size_t>(*found)) = index;
            m_columnNames.at(static_cast<std::size_t>(*found)) = columns.at(index);
        }
        if (!ok)
            return false;
        const auto require = [&](Field field, const QString &why) {
            if (!mapped(field)) {
                error(keyOf(field),
                    DatasetImporter::tr("no column is mapped to the required field “%1” (%2); the columns are: %3")
                        .arg(keyOf(field), why, columnList));
                ok = false;
            }
        };
        if (m_options.target == ImportTarget::Sites) {
            require(Field::Name, DatasetImporter::tr("the site's name"));
            if (mapped(Field::Lon) != mapped(Field::Lat)) {
                error(QStringLiteral("lon"), DatasetImporter::tr("“lon” and “lat” must be mapped together"));
                ok = false;
            } else if (!mapped(Field::Lon) && !mapped(Field::Wkt) && m_layer->GetGeomType() == wkbNone) {
                error(QStringLiteral("lon"),
                    DatasetImporter::tr("no position: map “lon” and “lat” (or “wkt”) to columns; the layer has no "
                                        "geometry of its own, and its columns are: %1")
                        .arg(columnList));
                ok = false;
            }
        } else {
            require(Field::Company, DatasetImporter::tr("the investor"));
            require(Field::Date, DatasetImporter::tr("when the investment was announced"));
            if (!mapped(Field::TargetSite) && !mapped(Field::TargetCountry)) {
                error(QStringLiteral("target_site"),
                    DatasetImporter::tr("no target: map “target_site” or “target_country” to a column; the columns "
                                        "are: %1")
                        .arg(columnList));
                ok = false;
            }
        }
        return ok;
    }

    bool prepareTransform()
    {
        if (m_options.target != ImportTarget::Sites || mapped(Field::Lon) || mapped(Field::Wkt))
            return true;
        const OGRSpatialReference *layerCrs = m_layer->GetSpatialRef();
        if (!layerCrs)
            return true; // no CRS: WGS 84 assumed, as the documentation says
        OGRSpatialReference from(*layerCrs);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (from.IsSame(&wgs84))
            return true;
        GdalErrors errors;
        m_transform.reset(OGRCreateCoordinateTransformation(&from, &wgs84));
        if (!m_transform) {
            error(QString(),
                DatasetImporter::tr("cannot reproject from %1 to WGS 84: %2")
                    .arg(crsName(layerCrs), errors.lastOr(DatasetImporter::tr("unknown CRS"))));
            return false;
        }
        m_crsName = crsName(layerCrs);
        return true;
    }

    // -- reading cells --

    std::string_view raw(Field field) const
    {
        const int index = column(field);
        if (index < 0 || !m_feature->IsFieldSetAndNotNull(index))
            return {};
        return trimmed(m_feature->GetFieldAsString(index));
    }

    QString text(Field field)
    {
        const std::string_view bytes = raw(field);
        if (bytes.empty())
            return {};
        const auto size = static_cast<qsizetype>(bytes.size());
        if (isAscii(bytes))
            return QString::fromLatin1(bytes.data(), size);
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes.data(), size);
        // Not UTF-8: most likely a legacy 8-bit export; Latin-1 decodes every byte, and the warning
        // lets the user check the text (and re-save the file as UTF-8).
        m_result.diagnostics.append(warningAt(m_line, columnName(field),
            DatasetImporter::tr("the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1)")));
        return QString::fromLatin1(bytes.data(), size);
    }

    /// Records why the current row is skipped; returns nothing, for `return skip(…)`.
    std::nullopt_t skip(Field field, const QString &reason)
    {
        const QString path = mapped(field) ? columnName(field)
            : field == Field::Wkt          ? QString::fromUtf8(m_layer->GetGeometryColumn())
                                           : keyOf(field);
        m_result.diagnostics.append(warningAt(m_line, path.isEmpty() ? QStringLiteral("geometry") : path,
            DatasetImporter::tr("%1; the row is skipped").arg(reason)));
        return std::nullopt;
    }

    enum class Unit { Coordinate, Count, Amount, Megawatts };

    /// The number in @p field: empty when the cell is empty; nothing when the row is skipped.
    std::optional<std::optional<double>> number(Field field, Unit unit)
    {
        const int index = column(field);
        if (index < 0 || !m_feature->IsFieldSetAndNotNull(index))
            return std::optional<double>();
        double value = 0;
        const OGRFieldType type = m_feature->GetFieldDefnRef(index)->GetType();
        if (type == OFTInteger || type == OFTInteger64 || type == OFTReal) {
            value = m_feature->GetFieldAsDouble(index);
        } else {
            std::string_view bytes = raw(field);
            if (bytes.empty())
                return std::optional<double>();
            if (bytes.front() == '+')
                bytes.remove_prefix(1);
            const auto [end, code] = std::from_chars(bytes.data(), bytes.data() + bytes.size(), value);
            if (code == std::errc::result_out_of_range)
                return skip(field, DatasetImporter::tr("“%1” is too large a number").arg(quoteShort(text(field))));
            if (code != std::errc() || end != bytes.data() + bytes.size())
                return skip(field, DatasetImporter::tr("“%1” is not a number").arg(quoteShort(text(field))));
        }
        if (!std::isfinite(value))
            return skip(field, DatasetImporter::tr("“%1” is not a finite number").arg(quoteShort(text(field))));
        if (unit != Unit::Coordinate) {
            if (value < 0)
                return skip(field, DatasetImporter::tr("%1 is negative").arg(value));
            if (value > s_maxFigure)
                return skip(field, DatasetImporter::tr("%1 is implausibly large").arg(value, 0, 'g', 6));
            if (unit == Unit::Count && value != std::floor(value))
                return skip(field, DatasetImporter::tr("%1 is not a whole number").arg(value));
        }
        return std::optional<double>(value);
    }

    /// The sources a row cites, from its source column and the options; nothing when it cites none.
    QStringList rowSources(const QString &sourceText)
    {
        QStringList ids;
        if (!sourceText.isEmpty()) {
            const auto cached = m_sourcesByText.constFind(sourceText);
            if (cached != m_sourcesByText.cend()) {
                ids = *cached;
            } else {
                for (const QString &reference : splitList(sourceText, QStringLiteral(";")))
                    ids.append(sourceFor(reference));
                ids.removeDuplicates();
                m_sourcesByText.insert(sourceText, ids);
            }
        }
        if (!m_options.sourceId.isEmpty()) {
            if (!ids.contains(m_options.sourceId))
                ids.append(sourceFor(m_options.sourceId));
        } else if (ids.isEmpty()) {
            ids = fileSource();
        }
        return ids;
    }

    QString addSource(Source source)
    {
        source.id = uniqueId(source.id.isEmpty() ? QStringLiteral("source") : source.id, m_sourceIds);
        m_sourceIds.insert(source.id);
        m_result.dataset.sources.append(source);
        return source.id;
    }

    /// The id of the source @p reference names: an http(s) address, a source id, or a title.
    QString sourceFor(const QString &reference)
    {
        if (const auto known = m_sourceByReference.constFind(reference); known != m_sourceByReference.cend())
            return *known;
        Source source;
        if (reference.startsWith(QLatin1String("http://")) || reference.startsWith(QLatin1String("https://"))) {
            const QUrl url(reference);
            source.id = QStringLiteral("src_") + slug(url.host() + url.path());
            source.title = reference;
            source.publisher = url.host();
            source.url = reference;
        } else if (isId(reference)) {
            // A source of the dataset this import goes into: merge() replaces this stand-in with it.
            source.id = reference;
            source.title = DatasetImporter::tr("Source “%1” cited by %2").arg(reference, fileLabel());
        } else {
            source.id = slug(reference);
            source.title = reference;
        }
        QString id = addSource(std::move(source));
        m_sourceByReference.insert(reference, id);
        return id;
    }

    QStringList fileSource()
    {
        if (m_fileSource.isEmpty()) {
            Source source;
            source.id = QStringLiteral("import_") + slug(QFileInfo(fileLabel()).completeBaseName());
            source.title = DatasetImporter::tr("Imported from %1").arg(fileLabel());
            source.url = m_options.sourceUrl;
            source.date = PartialDate { QDate::currentDate().toString(Qt::ISODate) };
            m_fileSource = { addSource(source) };
        }
        return m_fileSource;
    }

    QStringList companyIds(const QStringList &names)
    {
        QStringList ids;
        for (const QString &name : names) {
            const QString key = normalized(name);
            auto found = m_companyByName.constFind(key);
            if (found == m_companyByName.cend()) {
                Company company;
                const QString base = slug(name).isEmpty() ? QStringLiteral("company") : slug(name);
                company.id = uniqueId(base, m_companyIds);
                company.name.en = name;
                company.colour = QString::fromLatin1(
                    s_palette.at(static_cast<std::size_t>(m_result.dataset.companies.size()) % s_palette.size()));
                m_companyIds.insert(company.id);
                m_result.dataset.companies.append(company);
                found = m_companyByName.insert(key, company.id);
            }
            if (!ids.contains(*found))
                ids.append(*found);
        }
        return ids;
    }

    /// The id of the row in the id column, checked; empty: generate one; nothing: skip the row.
    std::optional<QString> rowId(const QSet<QString> &used)
    {
        const std::string_view bytes = raw(Field::Id);
        if (bytes.empty())
            return QString();
        if (!isId(bytes))
            return skip(Field::Id,
                DatasetImporter::tr("the id “%1” may only contain letters, digits, “_” and “-”")
                    .arg(quoteShort(text(Field::Id))));
        const QString id = QString::fromLatin1(bytes.data(), static_cast<qsizetype>(bytes.size()));
        if (used.contains(id))
            return skip(Field::Id, DatasetImporter::tr("duplicate id “%1”").arg(id));
        return id;
    }

    // -- sites --

    void readSite()
    {
        std::optional<PendingSite> pending = parseSite();
        if (!pending)
            return;
        // Reserve the id now, so that a later duplicate in the file is reported against it.
        if (!pending->id.isEmpty())
            m_siteIds.insert(pending->id);
        m_pending.push_back(std::move(*pending));
    }

    std::optional<PendingSite> parseSite()
    {
        PendingSite row;
        row.line = m_line;
        const std::optional<QString> id = rowId(m_siteIds);
        if (!id)
            return std::nullopt;
        row.id = *id;
        Site &site = row.site;
        site.name.en = text(Field::Name);
        if (site.name.en.isEmpty())
            return skip(Field::Name, DatasetImporter::tr("the name is empty"));
        site.name.ko = text(Field::NameKo);
        if (!readPosition(row))
            return std::nullopt;
        if (const QString country = text(Field::Country); !country.isEmpty()) {
            const std::optional<QString> code = parseCountry(country);
            if (!code)
                return skip(Field::Country,
                    DatasetImporter::tr("“%1” is not a country name or ISO 3166-1 code").arg(quoteShort(country)));
            site.country = *code;
        }
        site.region.en = text(Field::Region);
        if (const QString kind = text(Field::Kind); !kind.isEmpty()) {
            const std::optional<SiteKind> value = parseEnum<SiteKind>(kind);
            if (!value)
                return skip(Field::Kind,
                    DatasetImporter::tr("“%1” is not a kind of site; use one of %2")
                        .arg(quoteShort(kind), enumKeys<SiteKind>().join(QStringLiteral(", "))));
            site.kind = *value;
        }
        if (const QString status = text(Field::Status); !status.isEmpty()) {
            const std::optional<SiteStatus> value = parseEnum<SiteStatus>(status);
            if (!value)
                return skip(Field::Status,
                    DatasetImporter::tr("“%1” is not a status; use one of %2")
                        .arg(quoteShort(status), enumKeys<SiteStatus>().join(QStringLiteral(", "))));
            site.status.value = *value;
        }
        if (const QString date = text(Field::Date); !date.isEmpty()) {
            const std::optional<PartialDate> value = parseDate(date);
            if (!value)
                return skip(Field::Date, dateProblem(date));
            site.status.asOf = *value;
        }
        const auto gpus = number(Field::Gpus, Unit::Count);
        if (!gpus)
            return std::nullopt;
        const auto capacity = number(Field::CapacityMw, Unit::Megawatts);
        if (!capacity)
            return std::nullopt;
        if (*gpus) {
            GpuDeployment deployment;
            deployment.model = text(Field::GpuModel);
            // The dataset format needs a model; "unspecified" says honestly that the file gave none.
            if (deployment.model.isEmpty())
                deployment.model = QStringLiteral("unspecified");
            deployment.count = claim(**gpus);
            site.gpus.append(deployment);
        }
        if (*capacity)
            site.capacityMw = claim(**capacity);
        row.companies = splitList(text(Field::Company), QStringLiteral(";"));
        row.sourceText = text(Field::Source);
        return row;
    }

    QString dateProblem(const QString &date) const
    {
        return DatasetImporter::tr("“%1” is not a date such as 2025-09-16, 2025-09, 2025-Q3 or 2025")
            .arg(quoteShort(date));
    }

    bool readPosition(PendingSite &row)
    {
        if (mapped(Field::Lon)) {
            const auto lon = number(Field::Lon, Unit::Coordinate);
            if (!lon)
                return false;
            const auto lat = number(Field::Lat, Unit::Coordinate);
            if (!lat)
                return false;
            if (!*lon || !*lat) {
                skip(*lon ? Field::Lat : Field::Lon,
                    *lon ? DatasetImporter::tr("the latitude is empty")
                         : DatasetImporter::tr("the longitude is empty"));
                return false;
            }
            row.x = **lon;
            row.y = **lat;
            row.position = Field::Lon;
            return true;
        }
        row.position = Field::Wkt;
        GeometryPtr parsed;
        const OGRGeometry *geometry = nullptr;
        if (mapped(Field::Wkt)) {
            const std::string_view bytes = raw(Field::Wkt);
            if (bytes.empty()) {
                skip(Field::Wkt, DatasetImporter::tr("the WKT geometry is empty"));
                return false;
            }
            const std::string wkt(bytes);
            OGRGeometry *created = nullptr;
            if (OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &created) != OGRERR_NONE || !created) {
                skip(Field::Wkt, DatasetImporter::tr("“%1” is not WKT geometry").arg(quoteShort(text(Field::Wkt))));
                return false;
            }
            parsed.reset(created);
            geometry = created;
        } else {
            geometry = m_feature->GetGeometryRef();
            row.reproject = m_transform != nullptr;
        }
        if (!geometry || geometry->IsEmpty()) {
            skip(Field::Wkt, DatasetImporter::tr("the row has no geometry"));
            return false;
        }
        // Sites are points; for a footprint or a route the centre stands for the site.
        if (wkbFlatten(geometry->getGeometryType()) == wkbPoint) {
            row.x = geometry->toPoint()->getX();
            row.y = geometry->toPoint()->getY();
        } else {
            OGRPoint centre;
            if (geometry->Centroid(&centre) == OGRERR_NONE && !centre.IsEmpty()) {
                row.x = centre.getX();
                row.y = centre.getY();
            } else {
                OGREnvelope envelope;
                geometry->getEnvelope(&envelope);
                row.x = (envelope.MinX + envelope.MaxX) / 2;
                row.y = (envelope.MinY + envelope.MaxY) / 2;
            }
        }
        return true;
    }

    /// Reprojects the waiting rows in one call (far faster than one call per point), checks
    /// their coordinates and adds them to the dataset.
    void flushSites()
    {
        if (m_pending.empty())
            return;
        std::vector<double> xs;
        std::vector<double> ys;
        std::vector<int> success;
        if (m_transform) {
            for (const PendingSite &row : m_pending) {
                if (row.reproject) {
                    xs.push_back(row.x);
                    ys.push_back(row.y);
                }
            }
            success.assign(xs.size(), FALSE);
            if (!xs.empty())
                m_transform->Transform(xs.size(), xs.data(), ys.data(), nullptr, success.data());
        }
        std::size_t next = 0;
        for (PendingSite &row : m_pending) {
            m_line = row.line;
            if (row.reproject) {
                const std::size_t k = next++;
                if (!success.at(k) || !std::isfinite(xs.at(k)) || !std::isfinite(ys.at(k))) {
                    skipPending(row, row.position,
                        DatasetImporter::tr("(%1, %2) cannot be transformed from %3 to WGS 84")
                            .arg(row.x)
                            .arg(row.y)
                            .arg(m_crsName));
                    continue;
                }
                row.x = xs.at(k);
                row.y = ys.at(k);
            }
            if (std::abs(row.x) > 180) {
                skipPending(row, row.position, DatasetImporter::tr("longitude %1 is outside -180…180").arg(row.x));
                continue;
            }
            if (std::abs(row.y) > 90) {
                skipPending(row, row.position == Field::Lon ? Field::Lat : row.position,
                    DatasetImporter::tr("latitude %1 is outside -90…90").arg(row.y));
                continue;
            }
            // A site needs its country: from the row, else from where it is (when the caller
            // can tell), else the row cannot be a site.
            if (row.site.country.isEmpty() && m_options.countryAt)
                row.site.country = m_options.countryAt(QPointF(row.x, row.y));
            if (row.site.country.isEmpty()) {
                skipPending(row, Field::Country,
                    m_options.countryAt
                        ? DatasetImporter::tr("(%1, %2) is in no country; map a “country” column").arg(row.x).arg(row.y)
                        : DatasetImporter::tr("the row names no country; map a “country” column"));
                continue;
            }
            commitSite(row);
        }
        m_pending.clear();
    }

    void skipPending(const PendingSite &row, Field field, const QString &reason)
    {
        if (!row.id.isEmpty())
            m_siteIds.remove(row.id);
        skip(field, reason);
    }

    void commitSite(PendingSite &row)
    {
        Site &site = row.site;
        if (row.id.isEmpty()) {
            const QString base = slug(site.name.en).isEmpty() ? QStringLiteral("site") : slug(site.name.en);
            row.id = uniqueId(base, m_siteIds);
            m_siteIds.insert(row.id);
        }
        site.id = row.id;
        site.location.lonDeg = row.x;
        site.location.latDeg = row.y;
        site.operators = companyIds(row.companies);
        const QStringList sources = rowSources(row.sourceText);
        site.sources = sources;
        site.location.sources = sources;
        site.status.sources = sources;
        if (site.capacityMw)
            site.capacityMw->sources = sources;
        for (GpuDeployment &deployment : site.gpus) {
            deployment.company = site.operators.value(0);
            deployment.sources = sources;
            deployment.count->sources = sources;
        }
        m_result.dataset.sites.append(std::move(site));
        ++m_result.rowsImported;
    }

    // -- investments --

    void readInvestment()
    {
        const std::optional<QString> id = rowId(m_investmentIds);
        if (!id)
            return;
        Investment investment;
        const QStringList investors = splitList(text(Field::Company), QStringLiteral(";"));
        if (investors.isEmpty()) {
            skip(Field::Company, DatasetImporter::tr("no investor is named"));
            return;
        }
        const QString date = text(Field::Date);
        if (date.isEmpty()) {
            skip(Field::Date, DatasetImporter::tr("the date the investment was announced is empty"));
            return;
        }
        const std::optional<PartialDate> announced = parseDate(date);
        if (!announced) {
            skip(Field::Date, dateProblem(date));
            return;
        }
        investment.announced = *announced;
        investment.targetSites = splitList(text(Field::TargetSite), QStringLiteral(";"));
        for (const QString &country : splitList(text(Field::TargetCountry), QStringLiteral(";,"))) {
            const std::optional<QString> code = parseCountry(country);
            if (!code) {
                skip(Field::TargetCountry,
                    DatasetImporter::tr("“%1” is not a country name or ISO 3166-1 code").arg(quoteShort(country)));
                return;
            }
            investment.targetCountries.append(*code);
        }
        if (investment.targetSites.isEmpty() && investment.targetCountries.isEmpty()) {
            skip(mapped(Field::TargetSite) ? Field::TargetSite : Field::TargetCountry,
                DatasetImporter::tr("no target site or country is named"));
            return;
        }
        if (const QString kind = text(Field::Kind); !kind.isEmpty()) {
            const std::optional<InvestmentKind> value = parseEnum<InvestmentKind>(kind);
            if (!value) {
                skip(Field::Kind,
                    DatasetImporter::tr("“%1” is not a kind of investment; use one of %2")
                        .arg(quoteShort(kind), enumKeys<InvestmentKind>().join(QStringLiteral(", "))));
                return;
            }
            investment.kind = *value;
        }
        if (!readAmount(investment))
            return;
        investment.purpose.en = text(Field::Purpose);
        investment.investors = companyIds(investors);
        investment.id = id->isEmpty()
            ? uniqueId(
                QStringLiteral("inv_") + investment.investors.first() + u'_' + slug(announced->text), m_investmentIds)
            : *id;
        m_investmentIds.insert(investment.id);
        investment.sources = rowSources(text(Field::Source));
        if (investment.amount)
            investment.amount->sources = investment.sources;
        m_result.dataset.investments.append(std::move(investment));
        ++m_result.rowsImported;
    }

    bool readAmount(Investment &investment)
    {
        const auto amount = number(Field::Amount, Unit::Amount);
        if (!amount)
            return false;
        const auto usd = number(Field::Usd, Unit::Amount);
        if (!usd)
            return false;
        if (!*amount) {
            // Only a USD figure: that is the amount.
            if (*usd)
                investment.amount = claim(**usd, QStringLiteral("USD"));
            return true;
        }
        const QString currencyText = text(Field::Currency);
        if (currencyText.isEmpty()) {
            skip(Field::Currency, DatasetImporter::tr("the amount has no currency"));
            return false;
        }
        const std::optional<QString> currency = parseCurrency(currencyText);
        if (!currency) {
            skip(Field::Currency,
                DatasetImporter::tr("unknown currency “%1”; use an ISO 4217 code such as USD, GBP or EUR")
                    .arg(quoteShort(currencyText)));
            return false;
        }
        investment.amount = claim(**amount, *currency);
        if (*usd && *currency != QLatin1String("USD"))
            investment.amount->usdStated = **usd;
        return true;
    }

    const QString &m_source;
    const QString m_shown;
    const ImportOptions &m_options;
    ImportResult &m_result;
    OGRLayer *m_layer = nullptr;
    OGRFeature *m_feature = nullptr;
    int m_line = 0;
    std::array<int, s_fieldCount> m_columns {};
    std::array<QString, s_fieldCount> m_columnNames;
    TransformPtr m_transform;
    QString m_crsName;
    std::vector<PendingSite> m_pending;
    QSet<QString> m_siteIds;
    QSet<QString> m_investmentIds;
    QSet<QString> m_sourceIds;
    QSet<QString> m_companyIds;
    QHash<QString, QString> m_companyByName;
    QHash<QString, QString> m_sourceByReference;
    QHash<QString, QStringList> m_sourcesByText;
    QStringList m_fileSource;
};

QStringList mappedIds(const QStringList &ids, const QHash<QString, QString> &map)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(map.value(id, id));
    return result;
}

} // namespace

QStringList DatasetImporter::targetFields(ImportTarget target)
{
    QStringList keys;
    for (const Field field : fieldsFor(target))
        keys.append(keyOf(field));
    return keys;
}

QStringList DatasetImporter::requiredFields(ImportTarget target)
{
    // Sites also need a position: "lon" and "lat", or "wkt", or the layer's own geometry.
    if (target == ImportTarget::Sites)
        return { QStringLiteral("name") };
    // Investments also need a target: "target_site" or "target_country".
    return { QStringLiteral("company"), QStringLiteral("date") };
}

ImportPreview DatasetImporter::preview(
    const QString &source, const QString &layer, int rowCount, Diagnostics &diagnostics)
{
    ImportPreview preview;
    std::optional<OpenedLayer> opened = openLayer(source, layer, diagnostics);
    if (!opened)
        return preview;
    preview.source = source;
    for (OGRLayer *each : opened->dataset->GetLayers())
        preview.layers.append(QString::fromUtf8(each->GetName()));
    preview.layer = QString::fromUtf8(opened->layer->GetName());
    preview.fields = fieldNames(opened->layer);
    preview.hasGeometry = opened->layer->GetGeomType() != wkbNone;
    preview.crs = crsName(opened->layer->GetSpatialRef());
    if (opened->layer->TestCapability(OLCFastFeatureCount))
        preview.featureCount = opened->layer->GetFeatureCount(TRUE);
    opened->layer->ResetReading();
    for (int row = 0; row < rowCount; ++row) {
        const OGRFeatureUniquePtr feature(opened->layer->GetNextFeature());
        if (!feature)
            break;
        QStringList values;
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            const std::string_view bytes
                = feature->IsFieldSetAndNotNull(i) ? trimmed(feature->GetFieldAsString(i)) : std::string_view();
            const auto size = static_cast<qsizetype>(bytes.size());
            values.append(
                isValidUtf8(bytes) ? QString::fromUtf8(bytes.data(), size) : QString::fromLatin1(bytes.data(), size));
        }
        preview.rows.append(values);
    }
    return preview;
}

FieldMapping DatasetImporter::guessMapping(const QStringList &fields, ImportTarget target)
{
    FieldMapping mapping;
    QSet<QString> used;
    QStringList normalizedFields;
    for (const QString &field : fields)
        normalizedFields.append(normalized(field));
    for (const Field field : fieldsFor(target)) {
        const QStringList aliases = QString::fromLatin1(info(field).aliases).split(u' ');
        for (const QString &alias : aliases) {
            const qsizetype index = normalizedFields.indexOf(alias);
            if (index >= 0 && !used.contains(fields.at(index))) {
                mapping.insert(keyOf(field), fields.at(index));
                used.insert(fields.at(index));
                break;
            }
        }
    }
    return mapping;
}

QString DatasetImporter::displayName(const QString &source)
{
    return redacted(source);
}

ImportResult DatasetImporter::import(const QString &source, const ImportOptions &options, const Progress &progress)
{
    ImportResult result;
    Importer(source, options, result).run(progress);
    return result;
}

Dataset DatasetImporter::merge(Dataset base, const Dataset &imported)
{
    QHash<QString, QString> sourceIds;
    for (const Source &source : imported.sources) {
        if (base.source(source.id))
            continue;
        const auto sameUrl = std::find_if(base.sources.cbegin(), base.sources.cend(),
            [&source](const Source &known) { return !source.url.isEmpty() && known.url == source.url; });
        if (sameUrl != base.sources.cend())
            sourceIds.insert(source.id, sameUrl->id);
        else
            base.sources.append(source);
    }
    QHash<QString, QString> companyIds;
    for (const Company &company : imported.companies) {
        if (base.company(company.id))
            continue;
        const auto sameName
            = std::find_if(base.companies.cbegin(), base.companies.cend(), [&company](const Company &known) {
                  return known.name.en.compare(company.name.en, Qt::CaseInsensitive) == 0;
              });
        if (sameName != base.companies.cend()) {
            companyIds.insert(company.id, sameName->id);
            continue;
        }
        Company added = company;
        added.sources = mappedIds(added.sources, sourceIds);
        if (added.hq)
            added.hq->sources = mappedIds(added.hq->sources, sourceIds);
        base.companies.append(added);
    }
    const auto sourcesOf = [&sourceIds](Claim &claim) {
        claim.sources = mappedIds(claim.sources, sourceIds);
        for (Claim &alternative : claim.alternatives)
            alternative.sources = mappedIds(alternative.sources, sourceIds);
    };

    QSet<QString> baseSiteIds;
    for (const Site &site : std::as_const(base.sites))
        baseSiteIds.insert(site.id);
    QSet<QString> siteIds = baseSiteIds;
    for (const Site &site : imported.sites)
        siteIds.insert(site.id);
    QHash<QString, QString> newSiteIds;
    const qsizetype baseSiteCount = base.sites.size();
    for (const Site &site : imported.sites) {
        if (baseSiteIds.contains(site.id) && !newSiteIds.contains(site.id)) {
            const QString id = uniqueId(site.id, siteIds);
            siteIds.insert(id);
            newSiteIds.insert(site.id, id);
        }
    }
    base.sites.reserve(baseSiteCount + imported.sites.size());
    for (Site site : imported.sites) {
        site.id = newSiteIds.value(site.id, site.id);
        site.operators = mappedIds(site.operators, companyIds);
        site.partners = mappedIds(site.partners, companyIds);
        site.parts = mappedIds(site.parts, newSiteIds);
        site.sources = mappedIds(site.sources, sourceIds);
        site.location.sources = mappedIds(site.location.sources, sourceIds);
        site.status.sources = mappedIds(site.status.sources, sourceIds);
        for (SiteStatusClaim &earlier : site.statusHistory)
            earlier.sources = mappedIds(earlier.sources, sourceIds);
        if (site.capacityMw)
            sourcesOf(*site.capacityMw);
        for (GpuDeployment &deployment : site.gpus) {
            deployment.company = companyIds.value(deployment.company, deployment.company);
            deployment.customer = companyIds.value(deployment.customer, deployment.customer);
            deployment.sources = mappedIds(deployment.sources, sourceIds);
            if (deployment.count)
                sourcesOf(*deployment.count);
        }
        base.sites.append(std::move(site));
    }

    // Investments name their target sites by id or by name: resolve names against every site.
    QHash<QString, QString> siteByName;
    for (const Site &site : std::as_const(base.sites)) {
        siteByName.insert(site.name.en.toLower(), site.id);
        if (!site.name.ko.isEmpty())
            siteByName.insert(site.name.ko, site.id);
    }
    QSet<QString> baseInvestmentIds;
    for (const Investment &investment : std::as_const(base.investments))
        baseInvestmentIds.insert(investment.id);
    QSet<QString> investmentIds = baseInvestmentIds;
    for (const Investment &investment : imported.investments)
        investmentIds.insert(investment.id);
    for (Investment investment : imported.investments) {
        if (baseInvestmentIds.contains(investment.id)) {
            investment.id = uniqueId(investment.id, investmentIds);
            investmentIds.insert(investment.id);
        }
        investment.investors = mappedIds(investment.investors, companyIds);
        investment.sources = mappedIds(investment.sources, sourceIds);
        for (QString &target : investment.targetSites) {
            target = newSiteIds.value(target, target);
            if (!siteIds.contains(target))
                target = siteByName.value(target.toLower(), siteByName.value(target, target));
        }
        if (investment.amount)
            sourcesOf(*investment.amount);
        base.investments.append(std::move(investment));
    }
    return base;
}

} // namespace atlas
