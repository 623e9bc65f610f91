#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class OGRCoordinateTransformation;

namespace atlas {

enum class ProjectionKind { EqualEarth, Robinson, NaturalEarth, WebMercator, Orthographic, LambertAzimuthal };

/**
 * Which projection, and where it is centred: a small value that identifies a projection
 * completely (used as a cache key). Longitudes and latitudes in degrees.
 */
struct ProjectionSpec {
    ProjectionKind kind = ProjectionKind::EqualEarth;
    double lon0Deg = 0; ///< central meridian
    double lat0Deg = 0; ///< centre latitude (azimuthal projections only)

    /// The PROJ definition, e.g. "+proj=eqearth +lon_0=0 +datum=WGS84 +units=m +no_defs".
    QString projString() const;
    /// The command-line name: "equal-earth", "robinson", "natural-earth", "web-mercator", "globe", "laea".
    QString name() const;
    /// The translated name for menus.
    QString displayName() const;
    static std::optional<ProjectionSpec> fromName(const QString &name);
    static QStringList names();

    /// Azimuthal projections show a spherical cap around (lon0, lat0) instead of cutting at a seam.
    bool isAzimuthal() const;
    /// Angular radius of the cap shown by azimuthal projections, in degrees.
    double capRadiusDeg() const;
    /// Latitude limits (Web Mercator cannot show the poles); ±90 elsewhere.
    double maxLatitudeDeg() const;

    friend bool operator==(const ProjectionSpec &, const ProjectionSpec &) = default;
};

size_t qHash(const ProjectionSpec &spec, size_t seed = 0);

/**
 * Forward and inverse transforms between WGS 84 lon-lat degrees and projected metres, through
 * GDAL's OSR (PROJ). Transforms points in batches, which is far faster than point by point.
 * Not thread-safe: give each thread its own Projection (they are cheap to create and copyable).
 */
class Projection
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Projection)

public:
    explicit Projection(const ProjectionSpec &spec);
    Projection(const Projection &other);
    Projection &operator=(const Projection &other);
    ~Projection();

    const ProjectionSpec &spec() const { return m_spec; }
    bool isValid() const { return m_forward != nullptr; }
    QString errorString() const { return m_error; }

    /// Projects @p points (x = lon, y = lat) in place. Points that cannot be projected (the far
    /// side of a globe) become NaN. Returns the number of points that failed.
    qsizetype forward(QPolygonF &points) const;
    std::optional<QPointF> forward(QPointF lonLat) const;
    std::optional<QPointF> inverse(QPointF mapPoint) const;

    /// The outline of the projected world (the sphere's edge or the cap's circle), in metres.
    QPolygonF outline() const;
    /// The bounding box of outline().
    QRectF worldBounds() const;

private:
    void create();

    ProjectionSpec m_spec;
    QString m_error;
    OGRCoordinateTransformation *m_forward = nullptr;
    OGRCoordinateTransformation *m_inverse = nullptr;
};

} // namespace atlas
