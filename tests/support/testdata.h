#pragma once

#include "dataset.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "sharedselection.h"

#include <QString>

namespace atlas::test {

/// The bundled dataset in the source tree (the same file the application embeds).
inline QString bundledDatasetPath()
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json");
}

/// The bundled dataset, read with the real reader; aborts the test if it does not load.
inline Dataset bundledDataset()
{
    const LoadResult result = DatasetReader::readFile(bundledDatasetPath());
    if (!result.dataset)
        qFatal("bundled dataset does not load");
    return *result.dataset;
}

/// The shared objects every linked view needs, holding the bundled dataset.
struct BundledDocument {
    DatasetDocument document;
    SharedSelection selection { &document };
    FilterState filter;

    BundledDocument() { document.setDataset(bundledDataset(), bundledDatasetPath()); }
};

} // namespace atlas::test
