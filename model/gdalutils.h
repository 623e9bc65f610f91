#pragma once

#include <QString>
#include <QStringList>

#include <cpl_error.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <memory>

// GDAL plumbing shared by the importer and the exporter: driver registration, a scoped error
// collector, owning pointers for GDAL objects and a few CRS helpers. Internal to the model layer:
// no public header includes this one.

namespace atlas {

/// Registers GDAL's drivers, once per process; call before opening or creating any dataset.
/// Thread-safe.
void registerGdal();

/**
 * Collects the failures (CE_Failure and worse) GDAL reports on this thread while it lives. GDAL
 * keeps its handler stack per thread, so work on other threads neither sees nor disturbs these
 * messages. Create it on the stack around the GDAL calls whose errors you want; not copyable.
 */
class GdalErrors
{
public:
    GdalErrors();
    ~GdalErrors();
    GdalErrors(const GdalErrors &) = delete;
    GdalErrors &operator=(const GdalErrors &) = delete;
    GdalErrors(GdalErrors &&) = delete;
    GdalErrors &operator=(GdalErrors &&) = delete;

    /// The last failure GDAL reported, else @p fallback.
    QString lastOr(const QString &fallback) const { return m_messages.isEmpty() ? fallback : m_messages.last(); }
    qsizetype count() const { return m_messages.size(); }
    bool any() const { return !m_messages.isEmpty(); }

private:
    static void CPL_STDCALL handle(CPLErr severity, CPLErrorNum number, const char *message);

    QStringList m_messages;
};

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *transform) const { OGRCoordinateTransformation::DestroyCT(transform); }
};
/// An owned coordinate transformation, as OGRCreateCoordinateTransformation() returns it.
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

struct GeometryDeleter {
    void operator()(OGRGeometry *geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};
/// An owned geometry, as OGRGeometryFactory creates it.
using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

/// WGS 84 with the axes in lon-lat order (OAMS_TRADITIONAL_GIS_ORDER), the order of the dataset.
OGRSpatialReference wgs84LonLat();

/// @p crs as shown to users: "AUTHORITY:CODE" (e.g. "EPSG:27700"), else its name; empty for null.
QString crsName(const OGRSpatialReference *crs);

} // namespace atlas
