#pragma once

#include "dataset.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

/// The vector formats a dataset's sites and flows can be exported to.
enum class ExportFormat { GeoJson, GeoPackage, Csv };

/// What an export wrote.
struct ExportResult {
    QStringList files; ///< the files written, sites first
    qsizetype sitesWritten = 0;
    qsizetype flowsWritten = 0;
    /// Warnings name the investments whose flows were left out (no target site, or a lead
    /// investor without a headquarters) by their JSON path; an error means nothing was written.
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
};

/**
 * Exports a Dataset's sites (points) and investment flows (lines from the lead investor's
 * headquarters to each target site) through GDAL/OGR, in WGS 84 lon-lat:
 * - GeoPackage (.gpkg): one file with the layers "sites" and "flows";
 * - GeoJSON (.geojson, .json) and CSV (.csv): NAME.ext holds the sites, NAME-flows.ext the flows
 *   (CSV sites carry "lon" and "lat" columns, CSV flows a "WKT" column).
 * Each file is written under a temporary name in the same directory and renamed over the target
 * only when complete, so a failed export never leaves a half-written file where a good one was.
 * Stateless and thread-safe: call from any thread.
 */
class DatasetExporter
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetExporter)

public:
    /// The format @p path's extension asks for; nothing for an extension not listed above.
    static std::optional<ExportFormat> formatForPath(const QString &path);
    /// The files write() makes for @p path: the sites file, then the flows file (if separate).
    static QStringList outputFiles(const QString &path);
    static ExportResult write(const Dataset &dataset, const QString &path);
};

} // namespace atlas
