#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringList>

#include <gdal_priv.h>

#include <optional>
#include <vector>

// Opening the source of an import: a file, a GDAL virtual path or a PostgreSQL connection
// string. Internal to the model layer.

namespace atlas::detail {

/// An opened source and the layer to read; the layer belongs to the dataset.
struct OpenedLayer {
    GDALDatasetUniquePtr dataset;
    OGRLayer *layer = nullptr;
    bool csv = false;
};

/// Whether @p source is a PostgreSQL/PostGIS connection string ("PG:…").
bool isPostgres(const QString &source);
/// @p source as it may be shown: a connection string's password replaced by "***".
QString redacted(const QString &source);

/// An error about @p file as a whole.
Diagnostic fileError(const QString &file, const QString &message);

/// Opens @p source read-only and finds @p layerName in it (empty: the first layer). CSV columns
/// are all read as text. Errors, worded for the user, go to @p diagnostics.
std::optional<OpenedLayer> openLayer(const QString &source, const QString &layerName, Diagnostics &diagnostics);

/// The names of @p layer's attribute fields, in order.
QStringList fieldNames(OGRLayer *layer);

/// The file line on which each CSV record starts, the header's first: GDAL skips empty lines
/// and a quoted value may span lines, so the feature number alone does not give the line.
std::vector<int> csvRecordLines(const QString &path);

} // namespace atlas::detail
