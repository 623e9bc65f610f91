#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace atlas {

/**
 * One country or region of the basemap, in longitude-latitude degrees (WGS 84): x = longitude,
 * y = latitude everywhere.
 *
 * Polygons come exactly as the file stores them. In particular Natural Earth's TopoJSON keeps
 * rings that cross the antimeridian (Fiji, Russia's Chukotka, Antarctica): such a ring jumps
 * from +180° to −180° and back, so its points lie on both sides of ±180. Projections must cut
 * them at their own antimeridian; hit testing here understands them.
 */
struct BasemapFeature {
    QString isoA2;       ///< ISO 3166-1 alpha-2; empty where there is none (Kosovo, N. Cyprus, Somaliland …)
    QString name;        ///< English name (Natural Earth's)
    QString admin0Name;  ///< Admin1 only: the country's English name; empty for countries
    QPointF labelLonLat; ///< inside the largest part, away from its edges: for a label or a flow's end
    /// Each polygon is a list of rings, the outer one first, then its holes. Rings are open, as
    /// atlas::geo::Ring: the last point connects to the first and is not repeated (the file's
    /// closing point is dropped). Every ring has at least three points: degenerate ones are
    /// dropped. Filled with the even-odd rule.
    QList<QList<QPolygonF>> polygons;
    /// Bounds of all points (top() is the southern edge). A feature crossing the antimeridian
    /// spans −180…180 here.
    QRectF boundsLonLat;
};

enum class BasemapLayer {
    CountriesWorld,  ///< Natural Earth 1:110m countries, for the whole world
    CountriesDetail, ///< Natural Earth 1:50m countries, for close-ups
    Admin1,          ///< Natural Earth 1:10m states and provinces of the dataset's countries (GB, IE, NO, US)
};

/**
 * The offline vector basemap (resources/basemap/basemap.gpkg, derived from Natural Earth by
 * resources/basemap/derive.sh), loaded through OGR into plain values.
 *
 * Loading is safe on any thread, several at once. A loaded Basemap is immutable and may be
 * shared between threads (e.g. as std::shared_ptr<const Basemap>). Pointers it returns point into
 * itself and stay valid as long as it does.
 */
class Basemap
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Basemap)

public:
    /// Hit tests accept a point outside every polygon when one lies at most this close: the
    /// 1:50m coastline is generalised (it leaves Manhattan 1.8 km out at sea).
    static constexpr double defaultToleranceKm = 5.0;

    /// Loads the layers countries_world, countries_detail and admin1 from any file GDAL opens
    /// (also /vsi… paths). Each needs the fields iso_a2, name, label_lon and label_lat
    /// (admin1 may have admin0_name). On failure: nullopt and *error names the file and what failed.
    static std::optional<Basemap> load(const QString &path, QString *error);
    /// The same from a Qt resource (e.g. ":/basemap/basemap.gpkg") or any path QFile reads: the
    /// bytes are opened from memory through GDAL's /vsimem/.
    static std::optional<Basemap> loadFromResource(const QString &qrcPath, QString *error);

    const QList<BasemapFeature> &features(BasemapLayer layer) const;

    /// The feature of @p layer containing @p lonLat (even-odd over rings, antimeridian-aware), or
    /// if none does, the nearest one within @p toleranceKm; nullptr when there is none.
    const BasemapFeature *countryAt(QPointF lonLat, BasemapLayer layer = BasemapLayer::CountriesDetail,
        double toleranceKm = defaultToleranceKm) const;
    /// The Admin-1 region at @p lonLat, as countryAt() on the Admin1 layer.
    const BasemapFeature *admin1At(QPointF lonLat, double toleranceKm = defaultToleranceKm) const;
    /// The CountriesWorld feature with this ISO 3166-1 alpha-2 code, or nullptr.
    const BasemapFeature *country(const QString &isoA2) const;

    /// Whether @p lonLat lies inside @p feature (even-odd over each polygon's rings). Rings that
    /// cross the antimeridian are tested unwrapped; rings around a pole are closed over it.
    static bool contains(const BasemapFeature &feature, QPointF lonLat);
    /// Shortest distance in kilometres from @p lonLat to the edges of @p feature (good for the
    /// short distances it is meant for: locally equirectangular, spherical Earth).
    static double distanceKm(const BasemapFeature &feature, QPointF lonLat);

    /// "Made with Natural Earth", translated: shown wherever the basemap is.
    static QString attribution();

private:
    QList<BasemapFeature> m_world;
    QList<BasemapFeature> m_detail;
    QList<BasemapFeature> m_admin1;
    QHash<QString, qsizetype> m_worldByIso;

    friend class BasemapLoader;
};

/// The ISO 3166-1 code of the country at a (lon, lat) position in @p basemap (or within its
/// default tolerance of one, for sites on the coast), empty when none: what an import uses for
/// rows that name no country (ImportOptions::countryAt). Thread-safe; keeps the basemap alive.
std::function<QString(QPointF lonLat)> countryLocator(std::shared_ptr<const Basemap> basemap);

} // namespace atlas
