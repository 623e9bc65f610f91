#pragma once

#include "dataset.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <functional>

namespace atlas {

/// What the rows of an imported layer become.
enum class ImportTarget { Sites, Investments };

/**
 * Which source column fills which dataset field: target field key → source field name. The keys
 * are those of DatasetImporter::targetFields(); a key that is absent (or maps to an empty name)
 * is not read. "lon"/"lat" read coordinates from columns; without them the layer's own point
 * geometry (reprojected to WGS 84) is used, or a WKT column mapped as "wkt".
 */
using FieldMapping = QHash<QString, QString>;

/// What an import dialog shows before anything is imported.
struct ImportPreview {
    QString source;           ///< the path or connection string as given
    QStringList layers;       ///< every layer of the source, in the source's order
    QString layer;            ///< the layer previewed
    QStringList fields;       ///< its attribute fields, in order (a WKT column included)
    bool hasGeometry = false; ///< the layer has its own geometry column
    QString crs;              ///< the source CRS, e.g. "EPSG:27700"; empty when unknown (WGS 84 assumed)
    qint64 featureCount = -1; ///< -1 when the driver cannot tell without reading everything
    QList<QStringList> rows;  ///< the first rows, each value as text, in the order of fields
};

struct ImportOptions {
    QString layer; ///< empty: the first layer
    ImportTarget target = ImportTarget::Sites;
    FieldMapping mapping;
    /// Source id every imported row cites in addition to any "source" column. Empty: a source
    /// describing the imported file itself is created and cited by rows that cite no source.
    QString sourceId;
    /// The http(s) address the imported file came from, given to the source created for the
    /// file.
    QString sourceUrl;
    /// The ISO 3166-1 code of the country at a (lon, lat) position, empty when none: fills the
    /// country of sites whose row names none (the application looks it up in its basemap). Rows
    /// still without a country are skipped with that reason. Must be thread-safe.
    std::function<QString(QPointF lonLat)> countryAt;
};

/**
 * The outcome of an import. The dataset holds what was imported: the sites or investments, and
 * the companies and sources they need (new ones only when importing into an existing dataset).
 * Every row that was not imported has a warning naming the row (Diagnostic::line, 1-based
 * feature number; for CSV the file line), the field (Diagnostic::path, the source column) and
 * the reason. Errors mean nothing could be imported (unreadable source, unknown layer, a
 * required field not mapped).
 */
struct ImportResult {
    Dataset dataset;
    Diagnostics diagnostics;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    bool cancelled = false;

    bool ok() const { return !hasErrors(diagnostics) && !cancelled; }
    qint64 rowsSkipped() const { return rowsRead - rowsImported; }
};

/**
 * Imports sites and investments from any vector source GDAL/OGR opens: CSV (lon/lat columns or
 * WKT), GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf, and PostgreSQL/PostGIS ("PG:…"
 * connection strings). Coordinates are reprojected from the source CRS to WGS 84 (lon-lat).
 * Never throws; never writes to the source. Stateless and thread-safe: call from any thread
 * (a worker, for big files).
 */
class DatasetImporter
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetImporter)

public:
    /// Called now and then with the rows read so far and the total (-1 when unknown); return
    /// false to cancel.
    using Progress = std::function<bool(qint64 rowsRead, qint64 rowsTotal)>;

    /// The dataset fields a mapping can fill for @p target, e.g. "id", "name", "lon", "lat",
    /// "wkt", "country", "company", "amount", "currency", "date", "source" …
    static QStringList targetFields(ImportTarget target);
    /// The fields without which a row cannot be imported ("name", and a position for sites).
    static QStringList requiredFields(ImportTarget target);

    /// Opens @p source and reads the first @p rowCount rows of @p layer (empty: the first).
    /// Errors go to @p diagnostics; the preview is then empty.
    static ImportPreview preview(const QString &source, const QString &layer, int rowCount, Diagnostics &diagnostics);

    /// A mapping guessed from common names (lat/latitude/y, lon/long/lng/x, name/title,
    /// company/investor, amount/value, currency, date …), case-insensitively.
    static FieldMapping guessMapping(const QStringList &fields, ImportTarget target);

    /// @p source as it may be shown in messages: a "PG:" connection string without its password.
    static QString displayName(const QString &source);

    /// Imports every row of the layer in @p options.
    static ImportResult import(const QString &source, const ImportOptions &options, const Progress &progress = {});

    /// @p base with @p imported added: imported ids that clash with base ids get a suffix
    /// ("-2", "-3" …) and references to them follow; companies and sources already in @p base
    /// (same id) are reused.
    static Dataset merge(Dataset base, const Dataset &imported);
};

} // namespace atlas
