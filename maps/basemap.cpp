#include "basemap.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtMath>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace atlas {

namespace {

// Kilometres per degree of a great circle on a sphere of the mean Earth radius (6371.0088 km).
constexpr double s_kmPerDegree = 111.19508;

struct DatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct FeatureDeleter {
    void operator()(OGRFeature *feature) const { OGRFeature::DestroyFeature(feature); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

void registerDrivers()
{
    static std::once_flag s_once;
    std::call_once(s_once, [] { GDALAllRegister(); });
}

/// Collects GDAL's errors on this thread while alive (GDAL keeps handlers per thread) instead of
/// printing them.
class GdalErrors
{
public:
    GdalErrors() { CPLPushErrorHandlerEx(&GdalErrors::handle, this); }
    ~GdalErrors() { CPLPopErrorHandler(); }
    GdalErrors(const GdalErrors &) = delete;
    GdalErrors &operator=(const GdalErrors &) = delete;

    /// The last failure, or else the last warning; empty if GDAL said nothing.
    QString last() const { return m_failure.isEmpty() ? m_warning : m_failure; }
    /// The last failure; empty if there was none.
    QString failure() const { return m_failure; }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum /*number*/, const char *message)
    {
        auto *self = static_cast<GdalErrors *>(CPLGetErrorHandlerUserData());
        if (!self)
            return;
        if (level >= CE_Failure)
            self->m_failure = QString::fromUtf8(message);
        else if (level == CE_Warning)
            self->m_warning = QString::fromUtf8(message);
    }

    QString m_failure;
    QString m_warning;
};

/// Rings with fewer than three points are dropped, and a polygon whose outer ring is (one of
/// North Korea's at 1:110m is four copies of one point).
void appendPolygon(const OGRPolygon &polygon, QList<QList<QPolygonF>> &out)
{
    QList<QPolygonF> rings;
    rings.reserve(1 + polygon.getNumInteriorRings());
    bool outer = true;
    for (const OGRLinearRing *ring : polygon) {
        int count = ring->getNumPoints();
        // Open rings (atlas::geo::Ring): the closing point, which repeats the first, is dropped, and
        // so are any more copies of it just before.
        while (count > 1 && ring->getX(0) == ring->getX(count - 1) && ring->getY(0) == ring->getY(count - 1))
            --count;
        if (count < 3) {
            if (outer)
                return;
            continue;
        }
        outer = false;
        QPolygonF points(count);
        QPointF *data = points.data();
        for (int i = 0; i < count; ++i)
            data[i] = QPointF(ring->getX(i), ring->getY(i));
        rings.append(std::move(points));
    }
    if (!rings.isEmpty())
        out.append(std::move(rings));
}

/// Areas only: points and lines are skipped, curves are linearised.
void appendGeometry(const OGRGeometry &geometry, QList<QList<QPolygonF>> &out)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        appendPolygon(*geometry.toPolygon(), out);
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon *polygon : *geometry.toMultiPolygon())
            appendPolygon(*polygon, out);
        break;
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            appendGeometry(*part, out);
        break;
    case wkbCurvePolygon:
    case wkbMultiSurface:
        if (const OGRGeometryUniquePtr linear { geometry.getLinearGeometry() })
            appendGeometry(*linear, out);
        break;
    default:
        break;
    }
}

QRectF boundsOf(const QList<QList<QPolygonF>> &polygons)
{
    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    for (const QList<QPolygonF> &rings : polygons) {
        for (const QPolygonF &ring : rings) {
            for (const QPointF &point : ring) {
                minX = std::min(minX, point.x());
                maxX = std::max(maxX, point.x());
                minY = std::min(minY, point.y());
                maxY = std::max(maxY, point.y());
            }
        }
    }
    if (minX > maxX)
        return {};
    return { QPointF(minX, minY), QPointF(maxX, maxY) };
}

/// Inclusive, and true for degenerate rectangles too (unlike QRectF::contains).
bool inRect(const QRectF &rect, double x, double y)
{
    return x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom();
}

bool inBounds(const QRectF &rect, QPointF lonLat)
{
    return inRect(rect, lonLat.x(), lonLat.y()) || inRect(rect, lonLat.x() - 360.0, lonLat.y())
        || inRect(rect, lonLat.x() + 360.0, lonLat.y());
}

/// Even-odd crossing test of one closed ring (the closing edge is implied).
bool evenOdd(const QPointF *points, qsizetype count, double x, double y)
{
    bool inside = false;
    for (qsizetype i = 0, j = count - 1; i < count; j = i++) {
        const QPointF &a = points[i];
        const QPointF &b = points[j];
        if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

bool isJump(const QPointF &a, const QPointF &b)
{
    return std::abs(b.x() - a.x()) > 180.0;
}

/// A ring that jumps across ±180 an even number of times is tested unwrapped (longitudes made
/// continuous, then the point at lon, lon − 360 and lon + 360); one that jumps an odd number of
/// times goes round a pole (Antarctica) and is closed over that pole first.
bool ringContains(const QPolygonF &ring, QPointF lonLat)
{
    const qsizetype count = ring.size();
    if (count < 3)
        return false;
    const bool closed = ring.constFirst() == ring.constLast();
    bool crosses = !closed && isJump(ring.constLast(), ring.constFirst());
    for (qsizetype i = 1; i < count && !crosses; ++i)
        crosses = isJump(ring[i - 1], ring[i]);
    if (!crosses)
        return evenOdd(ring.constData(), count, lonLat.x(), lonLat.y());

    std::vector<QPointF> unwrapped;
    unwrapped.reserve(count + 3);
    unwrapped.push_back(ring.constFirst());
    double offset = 0.0;
    double latitudes = ring.constFirst().y();
    const qsizetype steps = closed ? count : count + 1; // walk back to the first point
    for (qsizetype i = 1; i < steps; ++i) {
        const QPointF &previous = ring[i - 1];
        const QPointF &point = ring[i % count];
        const double dx = point.x() - previous.x();
        if (dx > 180.0)
            offset -= 360.0;
        else if (dx < -180.0)
            offset += 360.0;
        unwrapped.emplace_back(point.x() + offset, point.y());
        latitudes += point.y();
    }
    if (offset != 0.0) {
        const double pole = latitudes < 0.0 ? -90.0 : 90.0;
        const double lastX = unwrapped.back().x();
        unwrapped.emplace_back(lastX, pole);
        unwrapped.emplace_back(ring.constFirst().x(), pole);
    }
    const auto size = static_cast<qsizetype>(unwrapped.size());
    for (const double shift : { 0.0, -360.0, 360.0 }) {
        if (evenOdd(unwrapped.data(), size, lonLat.x() + shift, lonLat.y()))
            return true;
    }
    return false;
}

} // namespace

/// Reads a GDAL dataset into a Basemap; a friend of Basemap.
class BasemapLoader
{
public:
    static std::optional<Basemap> load(const QByteArray &gdalPath, const QString &shownPath, QString *error);

private:
    static bool readLayer(OGRLayer &layer, QList<BasemapFeature> &into, QString *why);
};

std::optional<Basemap> BasemapLoader::load(const QByteArray &gdalPath, const QString &shownPath, QString *error)
{
    registerDrivers();
    GdalErrors errors;
    const auto fail = [&](const QString &what) -> std::optional<Basemap> {
        if (error) {
            QString reason = what;
            reason.replace(QString::fromUtf8(gdalPath), shownPath);
            *error = Basemap::tr("Cannot load the basemap %1: %2").arg(shownPath, reason);
        }
        return std::nullopt;
    };

    const DatasetPtr dataset(
        GDALDataset::Open(gdalPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!dataset) {
        const QString why = errors.last();
        return fail(why.isEmpty() ? Basemap::tr("GDAL cannot open it as vector data") : why);
    }

    Basemap basemap;
    const std::array<std::pair<const char *, QList<BasemapFeature> *>, 3> layers { {
        { "countries_world", &basemap.m_world },
        { "countries_detail", &basemap.m_detail },
        { "admin1", &basemap.m_admin1 },
    } };
    for (const auto &[name, into] : layers) {
        OGRLayer *layer = dataset->GetLayerByName(name);
        if (!layer)
            return fail(Basemap::tr("it has no layer \"%1\"").arg(QLatin1String(name)));
        QString why;
        if (!readLayer(*layer, *into, &why))
            return fail(Basemap::tr("layer \"%1\": %2").arg(QLatin1String(name), why));
        // A damaged feature ends GetNextFeature() early, with an error: never a silent half layer.
        if (const QString failure = errors.failure(); !failure.isEmpty())
            return fail(Basemap::tr("layer \"%1\": %2").arg(QLatin1String(name), failure));
    }
    for (qsizetype i = 0; i < basemap.m_world.size(); ++i) {
        const QString &iso = basemap.m_world.at(i).isoA2;
        if (!iso.isEmpty() && !basemap.m_worldByIso.contains(iso))
            basemap.m_worldByIso.insert(iso, i);
    }
    return basemap;
}

bool BasemapLoader::readLayer(OGRLayer &layer, QList<BasemapFeature> &into, QString *why)
{
    const OGRFeatureDefn *definition = layer.GetLayerDefn();
    const int isoField = definition->GetFieldIndex("iso_a2");
    const int nameField = definition->GetFieldIndex("name");
    const int admin0Field = definition->GetFieldIndex("admin0_name");
    const int lonField = definition->GetFieldIndex("label_lon");
    const int latField = definition->GetFieldIndex("label_lat");
    for (const auto &[field, fieldName] : { std::pair { isoField, "iso_a2" }, std::pair { nameField, "name" },
             std::pair { lonField, "label_lon" }, std::pair { latField, "label_lat" } }) {
        if (field < 0) {
            *why = Basemap::tr("no field \"%1\"").arg(QLatin1String(fieldName));
            return false;
        }
    }
    if (const OGRSpatialReference *srs = layer.GetSpatialRef(); srs && !srs->IsGeographic()) {
        *why = Basemap::tr("not in longitude and latitude");
        return false;
    }

    const GIntBig count = layer.GetFeatureCount(FALSE);
    if (count > 0)
        into.reserve(static_cast<qsizetype>(count));
    layer.ResetReading();
    while (const FeaturePtr feature { layer.GetNextFeature() }) {
        BasemapFeature out;
        out.isoA2 = QString::fromUtf8(feature->GetFieldAsString(isoField));
        out.name = QString::fromUtf8(feature->GetFieldAsString(nameField));
        if (admin0Field >= 0)
            out.admin0Name = QString::fromUtf8(feature->GetFieldAsString(admin0Field));
        if (const OGRGeometry *geometry = feature->GetGeometryRef())
            appendGeometry(*geometry, out.polygons);
        out.boundsLonLat = boundsOf(out.polygons);
        if (feature->IsFieldSetAndNotNull(lonField) && feature->IsFieldSetAndNotNull(latField))
            out.labelLonLat = QPointF(feature->GetFieldAsDouble(lonField), feature->GetFieldAsDouble(latField));
        else
            out.labelLonLat = out.boundsLonLat.center();
        into.append(std::move(out));
    }
    return true;
}

std::optional<Basemap> Basemap::load(const QString &path, QString *error)
{
    return BasemapLoader::load(path.toUtf8(), path, error);
}

std::optional<Basemap> Basemap::loadFromResource(const QString &qrcPath, QString *error)
{
    QFile file(qrcPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot load the basemap %1: %2").arg(qrcPath, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot load the basemap %1: %2").arg(qrcPath, file.errorString());
        return std::nullopt;
    }
    file.close();

    registerDrivers();
    // A name of its own per call, so that loads on several threads never meet.
    QByteArray memoryPath = "/vsimem/atlas-basemap-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    if (const QString suffix = QFileInfo(qrcPath).suffix(); !suffix.isEmpty())
        memoryPath += '.' + suffix.toUtf8();
    VSILFILE *handle = VSIFileFromMemBuffer(memoryPath.constData(), reinterpret_cast<GByte *>(bytes.data()),
        static_cast<vsi_l_offset>(bytes.size()), FALSE);
    if (!handle) {
        if (error)
            *error = tr("Cannot load the basemap %1: GDAL cannot map it in memory").arg(qrcPath);
        return std::nullopt;
    }
    VSIFCloseL(handle);
    // Unlinked before the bytes go (declared after them); the dataset is closed inside load().
    const struct MemoryFile {
        QByteArray path;
        ~MemoryFile() { VSIUnlink(path.constData()); }
    } memoryFile { memoryPath };
    return BasemapLoader::load(memoryPath, qrcPath, error);
}

const QList<BasemapFeature> &Basemap::features(BasemapLayer layer) const
{
    switch (layer) {
    case BasemapLayer::CountriesWorld:
        return m_world;
    case BasemapLayer::CountriesDetail:
        return m_detail;
    case BasemapLayer::Admin1:
        return m_admin1;
    }
    return m_world;
}

const BasemapFeature *Basemap::countryAt(QPointF lonLat, BasemapLayer layer, double toleranceKm) const
{
    const QList<BasemapFeature> &list = features(layer);
    for (const BasemapFeature &feature : list) {
        if (inBounds(feature.boundsLonLat, lonLat) && contains(feature, lonLat))
            return &feature;
    }
    if (!(toleranceKm > 0.0))
        return nullptr;

    const double dLat = toleranceKm / s_kmPerDegree;
    const double cosLat = std::cos(qDegreesToRadians(std::clamp(lonLat.y(), -90.0, 90.0)));
    const double dLon = cosLat > dLat / 180.0 ? std::min(180.0, dLat / cosLat) : 180.0;
    const BasemapFeature *nearest = nullptr;
    double best = toleranceKm;
    for (const BasemapFeature &feature : list) {
        if (!inBounds(feature.boundsLonLat.adjusted(-dLon, -dLat, dLon, dLat), lonLat))
            continue;
        const double distance = distanceKm(feature, lonLat);
        if (distance <= toleranceKm && (!nearest || distance < best)) {
            nearest = &feature;
            best = distance;
        }
    }
    return nearest;
}

const BasemapFeature *Basemap::admin1At(QPointF lonLat, double toleranceKm) const
{
    return countryAt(lonLat, BasemapLayer::Admin1, toleranceKm);
}

const BasemapFeature *Basemap::country(const QString &isoA2) const
{
    const qsizetype index = m_worldByIso.value(isoA2, -1);
    return index < 0 ? nullptr : &m_world.at(index);
}

bool Basemap::contains(const BasemapFeature &feature, QPointF lonLat)
{
    for (const QList<QPolygonF> &rings : feature.polygons) {
        bool inside = false;
        for (const QPolygonF &ring : rings)
            inside ^= ringContains(ring, lonLat);
        if (inside)
            return true;
    }
    return false;
}

double Basemap::distanceKm(const BasemapFeature &feature, QPointF lonLat)
{
    const double x = lonLat.x();
    const double y = lonLat.y();
    const double k = std::cos(qDegreesToRadians(y));
    double best = std::numeric_limits<double>::infinity(); // squared, in degrees of latitude
    for (const QList<QPolygonF> &rings : feature.polygons) {
        for (const QPolygonF &ring : rings) {
            const qsizetype count = ring.size();
            for (qsizetype i = 0; i < count; ++i) {
                const QPointF &a = ring[i];
                const QPointF &b = ring[(i + 1) % count];
                if (isJump(a, b))
                    continue; // a jump across the antimeridian, not an edge
                const double shift = 360.0 * std::round((x - a.x()) / 360.0);
                const double ax = (a.x() + shift - x) * k;
                const double ay = a.y() - y;
                const double dx = (b.x() - a.x()) * k;
                const double dy = b.y() - a.y();
                const double length = dx * dx + dy * dy;
                const double t = length > 0.0 ? std::clamp(-(ax * dx + ay * dy) / length, 0.0, 1.0) : 0.0;
                const double px = ax + t * dx;
                const double py = ay + t * dy;
                best = std::min(best, px * px + py * py);
            }
        }
    }
    return std::sqrt(best) * s_kmPerDegree;
}

QString Basemap::attribution()
{
    return tr("Made with Natural Earth");
}

std::function<QString(QPointF lonLat)> countryLocator(std::shared_ptr<const Basemap> basemap)
{
    return [basemap = std::move(basemap)](QPointF lonLat) {
        const BasemapFeature *country = basemap ? basemap->countryAt(lonLat) : nullptr;
        return country ? country->isoA2 : QString();
    };
}

} // namespace atlas
