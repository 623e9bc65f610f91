// libFuzzer target for the GDAL import paths (DatasetImporter::preview, guessMapping, import,
// merge), built twice: fuzz_csv_import (ATLAS_FUZZ_SUFFIX ".csv": GDAL's CSV driver with the
// importer's options) and fuzz_geojson_import (".geojson"). The input becomes an in-memory GDAL
// file (/vsimem/), so nothing touches the disk; the importer's own checks on local files (empty
// file, single-column CSV) are not reached this way. See docs/fuzzing.md.

#include "importcheck.h"

#include <cpl_conv.h>
#include <cpl_error.h>

#include <cstddef>
#include <cstdint>

#ifndef ATLAS_FUZZ_SUFFIX
#error "define ATLAS_FUZZ_SUFFIX, e.g. \".csv\""
#endif

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char *** /*argv*/)
{
    // Quiet, and never on the network (a GeoJSON "crs" may name a URL).
    CPLSetErrorHandler(CPLQuietErrorHandler);
    CPLSetConfigOption("CPL_DEBUG", "OFF");
    CPLSetConfigOption("GDAL_HTTP_PROXY", "127.0.0.1:9");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("PROJ_NETWORK", "OFF");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace atlas;
    const QString path = QStringLiteral("/vsimem/fuzz/input" ATLAS_FUZZ_SUFFIX);
    const fuzz::MemoryFile file(path, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    fuzz::check(fuzz::importProblem(path));
    return 0;
}
