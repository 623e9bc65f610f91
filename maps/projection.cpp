#include "projection.h"

#include <QHashFunctions>

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <array>
#include <cmath>
#include <limits>
#include <mutex>

namespace atlas {

namespace {

struct KindInfo {
    ProjectionKind kind;
    const char *name;
    const char *displayName;
};

constexpr std::array<KindInfo, 6> s_kinds { {
    { ProjectionKind::EqualEarth, "equal-earth", QT_TRANSLATE_NOOP("atlas::Projection", "Equal Earth") },
    { ProjectionKind::Robinson, "robinson", QT_TRANSLATE_NOOP("atlas::Projection", "Robinson") },
    { ProjectionKind::NaturalEarth, "natural-earth", QT_TRANSLATE_NOOP("atlas::Projection", "Natural Earth") },
    { ProjectionKind::WebMercator, "web-mercator", QT_TRANSLATE_NOOP("atlas::Projection", "Web Mercator") },
    { ProjectionKind::Orthographic, "globe", QT_TRANSLATE_NOOP("atlas::Projection", "Globe (orthographic)") },
    { ProjectionKind::LambertAzimuthal, "laea",
        QT_TRANSLATE_NOOP("atlas::Projection", "Lambert azimuthal equal-area") },
} };

// Web Mercator's customary limit: the latitude where the map becomes square.
constexpr double s_webMercatorMaxLat = 85.05112878;

const KindInfo &info(ProjectionKind kind)
{
    for (const KindInfo &entry : s_kinds) {
        if (entry.kind == kind)
            return entry;
    }
    return s_kinds.front();
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QString ProjectionSpec::projString() const
{
    const QString lon0 = number(lon0Deg);
    const QString lat0 = number(lat0Deg);
    const QString tail = QStringLiteral(" +datum=WGS84 +units=m +no_defs");
    switch (kind) {
    case ProjectionKind::EqualEarth:
        return QStringLiteral("+proj=eqearth +lon_0=") + lon0 + tail;
    case ProjectionKind::Robinson:
        return QStringLiteral("+proj=robin +lon_0=") + lon0 + tail;
    case ProjectionKind::NaturalEarth:
        return QStringLiteral("+proj=natearth +lon_0=") + lon0 + tail;
    case ProjectionKind::WebMercator:
        // EPSG:3857: spherical Mercator on the WGS 84 semi-major axis.
        return QStringLiteral("+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=") + lon0
            + QStringLiteral(" +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs");
    case ProjectionKind::Orthographic:
        return QStringLiteral("+proj=ortho +lat_0=") + lat0 + QStringLiteral(" +lon_0=") + lon0 + tail;
    case ProjectionKind::LambertAzimuthal:
        return QStringLiteral("+proj=laea +lat_0=") + lat0 + QStringLiteral(" +lon_0=") + lon0 + tail;
    }
    return {};
}

QString ProjectionSpec::name() const
{
    return QString::fromLatin1(info(kind).name);
}

QString ProjectionSpec::displayName() const
{
    return QCoreApplication::translate("atlas::Projection", info(kind).displayName);
}

std::optional<ProjectionSpec> ProjectionSpec::fromName(const QString &name)
{
    for (const KindInfo &entry : s_kinds) {
        if (name == QLatin1String(entry.name)) {
            ProjectionSpec spec;
            spec.kind = entry.kind;
            if (entry.kind == ProjectionKind::LambertAzimuthal) {
                // The North Atlantic view: the US east coast, the UK and Norway in one equal-area map.
                spec.lon0Deg = -30;
                spec.lat0Deg = 52;
            } else if (entry.kind == ProjectionKind::Orthographic) {
                spec.lon0Deg = -30;
                spec.lat0Deg = 45;
            }
            return spec;
        }
    }
    return std::nullopt;
}

QStringList ProjectionSpec::names()
{
    QStringList result;
    for (const KindInfo &entry : s_kinds)
        result.append(QString::fromLatin1(entry.name));
    return result;
}

bool ProjectionSpec::isAzimuthal() const
{
    return kind == ProjectionKind::Orthographic || kind == ProjectionKind::LambertAzimuthal;
}

double ProjectionSpec::capRadiusDeg() const
{
    // The globe shows its near hemisphere; equal-area azimuthal maps get unreadable towards the
    // antipode, so they stop well before it.
    if (kind == ProjectionKind::Orthographic)
        return 89.9;
    if (kind == ProjectionKind::LambertAzimuthal)
        return 150;
    return 180;
}

double ProjectionSpec::maxLatitudeDeg() const
{
    return kind == ProjectionKind::WebMercator ? s_webMercatorMaxLat : 90.0;
}

size_t qHash(const ProjectionSpec &spec, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(spec.kind), spec.lon0Deg, spec.lat0Deg);
}

Projection::Projection(const ProjectionSpec &spec)
    : m_spec(spec)
{
    create();
}

Projection::Projection(const Projection &other)
    : m_spec(other.m_spec)
{
    create();
}

Projection &Projection::operator=(const Projection &other)
{
    if (this != &other) {
        this->~Projection();
        m_spec = other.m_spec;
        m_error.clear();
        m_forward = nullptr;
        m_inverse = nullptr;
        create();
    }
    return *this;
}

Projection::~Projection()
{
    OGRCoordinateTransformation::DestroyCT(m_forward);
    OGRCoordinateTransformation::DestroyCT(m_inverse);
}

void Projection::create()
{
    OGRSpatialReference geographic;
    geographic.SetWellKnownGeogCS("WGS84");
    // Lon-lat order everywhere, whatever EPSG says about axis order.
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference projected;
    if (projected.importFromProj4(m_spec.projString().toUtf8().constData()) != OGRERR_NONE) {
        m_error = tr("PROJ does not accept \"%1\"").arg(m_spec.projString());
        return;
    }
    projected.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_forward = OGRCreateCoordinateTransformation(&geographic, &projected);
    m_inverse = OGRCreateCoordinateTransformation(&projected, &geographic);
    if (!m_forward || !m_inverse) {
        OGRCoordinateTransformation::DestroyCT(m_forward);
        OGRCoordinateTransformation::DestroyCT(m_inverse);
        m_forward = nullptr;
        m_inverse = nullptr;
        m_error = tr("PROJ cannot transform to \"%1\"").arg(m_spec.projString());
    }
}

qsizetype Projection::forward(QPolygonF &points) const
{
    const qsizetype count = points.size();
    if (count == 0)
        return 0;
    if (!m_forward) {
        for (QPointF &point : points)
            point = QPointF(qQNaN(), qQNaN());
        return count;
    }
    // QPointF is two doubles: transform x and y in one batched call through separate arrays.
    std::vector<double> xs(static_cast<size_t>(count));
    std::vector<double> ys(static_cast<size_t>(count));
    std::vector<int> success(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        xs[static_cast<size_t>(i)] = points.at(i).x();
        ys[static_cast<size_t>(i)] = points.at(i).y();
    }
    {
        // Points off the visible globe are expected, not errors worth a line on stderr.
        CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
        m_forward->Transform(static_cast<size_t>(count), xs.data(), ys.data(), nullptr, success.data());
    }
    qsizetype failed = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const auto k = static_cast<size_t>(i);
        if (success[k] && std::isfinite(xs[k]) && std::isfinite(ys[k])) {
            points[i] = QPointF(xs[k], ys[k]);
        } else {
            points[i] = QPointF(qQNaN(), qQNaN());
            ++failed;
        }
    }
    return failed;
}

std::optional<QPointF> Projection::forward(QPointF lonLat) const
{
    QPolygonF points { lonLat };
    if (forward(points) != 0)
        return std::nullopt;
    return points.first();
}

std::optional<QPointF> Projection::inverse(QPointF mapPoint) const
{
    if (!m_inverse)
        return std::nullopt;
    double x = mapPoint.x();
    double y = mapPoint.y();
    int success = 0;
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
    if (!m_inverse->Transform(1, &x, &y, nullptr, &success) || !success || !std::isfinite(x) || !std::isfinite(y))
        return std::nullopt;
    return QPointF(x, y);
}

QPolygonF Projection::outline() const
{
    QPolygonF ring;
    if (m_spec.isAzimuthal()) {
        // The cap's circle: points at the cap radius from the centre, all round.
        const double radius = qDegreesToRadians(m_spec.capRadiusDeg());
        const double lat0 = qDegreesToRadians(m_spec.lat0Deg);
        const double lon0 = qDegreesToRadians(m_spec.lon0Deg);
        for (int bearingDeg = 0; bearingDeg < 360; ++bearingDeg) {
            const double bearing = qDegreesToRadians(static_cast<double>(bearingDeg));
            const double lat
                = std::asin(std::sin(lat0) * std::cos(radius) + std::cos(lat0) * std::sin(radius) * std::cos(bearing));
            const double lon = lon0
                + std::atan2(std::sin(bearing) * std::sin(radius) * std::cos(lat0),
                    std::cos(radius) - std::sin(lat0) * std::sin(lat));
            ring.append(QPointF(qRadiansToDegrees(lon), qRadiansToDegrees(lat)));
        }
    } else {
        // Up the eastern edge of the seam and down the western one.
        const double east = m_spec.lon0Deg + 180 - 1e-9;
        const double west = m_spec.lon0Deg - 180 + 1e-9;
        const double maxLat = m_spec.maxLatitudeDeg();
        for (double lat = -maxLat; lat < maxLat; lat += 1)
            ring.append(QPointF(east, lat));
        ring.append(QPointF(east, maxLat));
        for (double lat = maxLat; lat > -maxLat; lat -= 1)
            ring.append(QPointF(west, lat));
        ring.append(QPointF(west, -maxLat));
    }
    forward(ring);
    QPolygonF finite;
    for (const QPointF &point : std::as_const(ring)) {
        if (std::isfinite(point.x()))
            finite.append(point);
    }
    return finite;
}

QRectF Projection::worldBounds() const
{
    return outline().boundingRect();
}

} // namespace atlas
