#include "importrowreader.h"

#include "gdalutils.h"
#include "importfields.h"
#include "importreferences.h"
#include "importsource.h"
#include "importtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>

#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::detail {

namespace {

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

/// Reads the rows of one layer into an ImportResult: checks every cell, skips a bad row with a
/// warning naming it, and reprojects positions in batches. One per import, on the calling thread.
class ImportRowReader
{
public:
    ImportRowReader(const QString &source, const ImportOptions &options, ImportResult &result)
        : m_source(source)
        , m_shown(redacted(source))
        , m_options(options)
        , m_result(result)
        , m_references(result.dataset, options)
    {
        m_columns.fill(-1);
    }

    void run(const DatasetImporter::Progress &progress)
    {
        std::optional<OpenedLayer> opened = openLayer(m_source, m_options.layer, m_result.diagnostics);
        if (!opened)
            return;
        m_layer = opened->layer;
        m_references.setFileLabel(fileLabel());
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
        OGRSpatialReference wgs84 = wgs84LonLat();
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
            QCoreApplication::translate("atlas::DatasetImporter", "%1; the row is skipped").arg(reason)));
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
        site.operators = m_references.companyIds(row.companies);
        const QStringList sources = m_references.rowSources(row.sourceText);
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
        investment.investors = m_references.companyIds(investors);
        investment.id = id->isEmpty()
            ? uniqueId(
                QStringLiteral("inv_") + investment.investors.first() + u'_' + slug(announced->text), m_investmentIds)
            : *id;
        m_investmentIds.insert(investment.id);
        investment.sources = m_references.rowSources(text(Field::Source));
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
    ImportReferences m_references;
};

} // namespace

void importRows(const QString &source, const ImportOptions &options, ImportResult &result,
    const DatasetImporter::Progress &progress)
{
    ImportRowReader(source, options, result).run(progress);
}

} // namespace atlas::detail
