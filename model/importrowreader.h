#pragma once

#include "datasetimporter.h"

// The row reader behind DatasetImporter::import(). Internal to the model layer.

namespace atlas::detail {

/// Opens @p source, reads every row of the layer in @p options into @p result (rows, reasons for
/// the rows skipped, errors) and reports progress. Runs on the calling thread.
void importRows(const QString &source, const ImportOptions &options, ImportResult &result,
    const DatasetImporter::Progress &progress);

} // namespace atlas::detail
