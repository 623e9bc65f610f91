#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>

/**
 * Spherical geometry that prepares lon-lat geometry before it is projected with PROJ, so that no projection draws
 * a line across the whole map and an azimuthal view never shows the far side of the globe.
 *
 * Convention everywhere: a point is a QPointF with x = longitude and y = latitude, in degrees (lon-lat order).
 * Pure functions on Qt value types; safe to call from any thread.
 */
namespace atlas::geo {

using Ring = QPolygonF;      ///< closed implicitly: the last point connects to the first (not repeated)
using Polygon = QList<Ring>; ///< first ring outer, the others holes; filled with the odd-even rule
using Polyline = QPolygonF;

/// The latitude limit of Web Mercator (EPSG:3857), where the map becomes square.
inline constexpr double webMercatorMaxLatitude = 85.05112877980659;

/// Great-circle distance between a and b, in degrees (exact for all separations, 0 to 180).
double angularDistanceDeg(QPointF a, QPointF b);

/// The point at fraction t along the great circle a→b (spherical linear interpolation); t = 0 and t = 1 give a and b
/// exactly. For antipodal points (no unique great circle) the path through the north pole is taken.
QPointF interpolate(QPointF a, QPointF b, double t);

/// The great circle a→b with a point at least every stepDeg of arc (≥ 2 points, a and b included).
/// Longitudes are continuous (unwrapped: consecutive points differ by < 180°), starting at a.x(); the last point is
/// b, its longitude shifted by a multiple of 360 if needed. stepDeg is clamped to ≥ 0.001.
Polyline greatCircle(QPointF a, QPointF b, double stepDeg = 1.0);

/// The point at fraction t along the great circle a→b, lifted to the left of the direction of travel by
/// bulge · 4t(1 − t) times the arc length, i.e. by bulge × the arc length at the middle and not at all at the ends.
/// For curved flow arcs; a negative bulge lifts to the right.
QPointF arcPoint(QPointF a, QPointF b, double t, double bulge);

/// arcPoint() sampled from a to b with a point at least every stepDeg of arc, longitudes unwrapped as greatCircle().
Polyline flowArc(QPointF a, QPointF b, double bulge, double stepDeg = 1.0);

/// The distance from @p p to the segment a–b in the plane (any planar units: pixels, metres).
double planarDistanceToSegment(QPointF p, QPointF a, QPointF b);

/// longitude wrapped into [lon0 − 180, lon0 + 180).
double normalizeLongitude(double lonDeg, double lon0Deg = 0.0);

/**
 * Cylindrical and pseudo-cylindrical projections centred on lon0 have a seam at lon0 + 180.
 * Returns the polygon cut into pieces whose longitudes all lie in [lon0 − 180, lon0 + 180], no edge crossing the seam.
 *
 * - Edges are straight lines in (unwrapped) lon-lat, as a renderer draws them: a crossing is interpolated linearly,
 *   so the pieces tile the original exactly (planar lon-lat areas add up).
 * - New edges that run along the seam are densified every stepDeg of latitude. They are found by sorting the
 *   crossings along each seam line and joining them 1-2, 3-4, ...: the odd-even fill flips at every crossing and
 *   the poles are outside, so this needs no ring orientation and keeps the odd-even fill even of self-intersecting
 *   rings. Pieces are separate rings (no zero-width bridges along the seam).
 * - A ring whose unwrapped longitudes end 360° away from where they started goes round a pole (Antarctica). It is
 *   closed along the pole on its smaller side on the sphere, with an edge at latitude ±90 densified every stepDeg.
 * - Holes stay with the piece of their outer ring that contains them.
 * - Fast path: a polygon whose longitudes already lie in the window and whose edges do not jump across it is
 *   returned as is (implicitly shared, no copy); a ring that fits after a shift by 360° is shifted, not cut.
 */
QList<Polygon> cutPolygonAtSeam(const Polygon &polygon, double lon0Deg, double stepDeg = 1.0);

/// Same for lines: a polyline that crosses the seam is split there. The crossing point is computed on the great
/// circle for segments ≥ 1° of longitude, linearly in unwrapped lon-lat for shorter ones, and is added to both
/// pieces, at lon0 + 180 and lon0 − 180 with the same latitude. A line that fits is returned as is.
QList<Polyline> cutPolylineAtSeam(const Polyline &line, double lon0Deg);

/**
 * Azimuthal views (orthographic globe, Lambert azimuthal equal-area) show a spherical cap: the points within
 * radiusDeg of centre. Clips the polygon to the cap; where the polygon's boundary leaves the cap and comes back, the
 * piece is closed along the cap's circle (densified every stepDeg of arc).
 *
 * Edges are great-circle arcs; crossings are solved in closed form on the arc (exact for any radius, also > 90°,
 * where the cap is not convex and an edge between two inside points can dip outside).
 *
 * Arc-direction rule: each ring is taken to enclose the smaller of the two regions it bounds on the sphere (area
 * < 2π sr, i.e. less than a hemisphere), whatever its winding. With the ring oriented so that region is on its
 * left, the circle arc leaving an exit in the same rotational sense (counter-clockwise seen from outside the globe)
 * belongs to the piece; around the circle the arcs then alternate in/out at every crossing (sorted by angle round
 * the centre), and chains are joined along the "in" arcs. Consequently:
 * - ordinary polygons (countries, lakes, Antarctica) are clipped correctly in either orientation;
 * - a polygon larger than a hemisphere (an "ocean" polygon) is taken as its complement: clip its complement instead;
 * - a ring of area close to 2π sr is ambiguous (the area is estimated from the vertices), and for
 *   self-intersecting rings the fill is kept consistent along the circle, but which side is "inside" follows the
 *   net area.
 * A ring entirely outside that encloses the cap yields the full circle; with radius > 90 a ring entirely inside that
 * encloses the antipode of centre gets the circle as an extra hole.
 *
 * Every ring is clipped on its own and hole pieces go to the outer piece containing them; as fill is odd-even, a
 * "hole" may reach beyond its outer ring (world-atlas's Antarctica: a ring round the pole at -89.999 with the coast
 * as its hole) and then stands as a polygon of its own where the outer ring left nothing.
 *
 * Fast path: a polygon whose rings' bounding caps are all inside the view cap is returned as is, one whose rings'
 * bounding caps are all disjoint from it is dropped, in O(n) without trigonometry per vertex.
 */
QList<Polygon> clipPolygonToCap(const Polygon &polygon, QPointF centre, double radiusDeg, double stepDeg = 1.0);

/// Clips a polyline (great-circle segments) to the cap; it may fall apart into several pieces.
QList<Polyline> clipPolylineToCap(const Polyline &line, QPointF centre, double radiusDeg);

/// True if p is within radiusDeg of centre (with 1e-12 of slack on the cosine, so points on the circle count).
bool inCap(QPointF p, QPointF centre, double radiusDeg);

/**
 * Web Mercator cannot show the poles: clips polygons to latMin ≤ lat ≤ latMax in planar lon-lat. Rings whose edges
 * do not jump across the antimeridian (the normal case after cutPolygonAtSeam) are cut into separate pieces joined
 * along the latitude lines (no zero-width bridges); others go through Sutherland–Hodgman with the crossing
 * longitude interpolated the short way round. Polygons entirely inside are returned as is; as for the cap, hole
 * pieces whose outer ring is clipped away stand as polygons of their own.
 */
QList<Polygon> clipPolygonToLatitudes(const Polygon &polygon, double latMinDeg, double latMaxDeg);

} // namespace atlas::geo
