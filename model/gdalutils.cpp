#include "gdalutils.h"

#include <gdal_priv.h>

#include <mutex>

namespace atlas {

void registerGdal()
{
    static std::once_flag s_once;
    std::call_once(s_once, [] { GDALAllRegister(); });
}

GdalErrors::GdalErrors()
{
    CPLErrorReset();
    CPLPushErrorHandlerEx(&GdalErrors::handle, this);
}

GdalErrors::~GdalErrors()
{
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrors::handle(CPLErr severity, CPLErrorNum /*number*/, const char *message)
{
    auto *self = static_cast<GdalErrors *>(CPLGetErrorHandlerUserData());
    if (self && severity >= CE_Failure)
        self->m_messages.append(QString::fromUtf8(message).trimmed());
}

OGRSpatialReference wgs84LonLat()
{
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return wgs84;
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

} // namespace atlas
