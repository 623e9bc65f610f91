#include "atlascatch.h"

#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace atlas::geo;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

const QPointF london(-0.1278, 51.5074);
const QPointF newYork(-74.006, 40.7128);
const QPointF tokyo(139.69, 35.69);
const QPointF sanFrancisco(-122.42, 37.77);

/// Independent reference: the haversine formula, in degrees.
double haversineDeg(QPointF a, QPointF b)
{
    const double dLat = (b.y() - a.y()) * kDeg;
    const double dLon = (b.x() - a.x()) * kDeg;
    const double h = std::pow(std::sin(dLat / 2), 2)
        + std::cos(a.y() * kDeg) * std::cos(b.y() * kDeg) * std::pow(std::sin(dLon / 2), 2);
    return 2.0 * std::asin(std::sqrt(h)) / kDeg;
}

/// Planar lon-lat area of a ring (absolute).
double ringArea(const Ring &r)
{
    double a = 0.0;
    for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++)
        a += r[j].x() * r[i].y() - r[i].x() * r[j].y();
    return std::abs(a) / 2.0;
}

double polygonArea(const Polygon &p)
{
    double a = p.isEmpty() ? 0.0 : ringArea(p[0]);
    for (qsizetype i = 1; i < p.size(); ++i)
        a -= ringArea(p[i]);
    return a;
}

double totalArea(const QList<Polygon> &pieces)
{
    double a = 0.0;
    for (const Polygon &p : pieces)
        a += polygonArea(p);
    return a;
}

bool ringContains(const Ring &r, QPointF pt)
{
    bool in = false;
    for (qsizetype i = 0, j = r.size() - 1; i < r.size(); j = i++) {
        if ((r[i].y() > pt.y()) != (r[j].y() > pt.y())
            && pt.x() < r[i].x() + (pt.y() - r[i].y()) * (r[j].x() - r[i].x()) / (r[j].y() - r[i].y()))
            in = !in;
    }
    return in;
}

/// Odd-even fill of all rings of all pieces.
bool piecesContain(const QList<Polygon> &pieces, QPointF pt)
{
    bool in = false;
    for (const Polygon &p : pieces)
        for (const Ring &r : p)
            in = in != ringContains(r, pt);
    return in;
}

/// The largest longitude jump between consecutive points (closing edge included for rings).
double maxJump(const QPolygonF &pts, bool closed)
{
    double m = 0.0;
    for (qsizetype i = 1; i < pts.size(); ++i)
        m = std::max(m, std::abs(pts[i].x() - pts[i - 1].x()));
    if (closed && pts.size() > 1)
        m = std::max(m, std::abs(pts.first().x() - pts.last().x()));
    return m;
}

/// Every piece within the window [lon0 - 180, lon0 + 180], no edge jumping more than 180 degrees.
void checkSeamPieces(const QList<Polygon> &pieces, double lon0)
{
    for (const Polygon &p : pieces) {
        for (const Ring &r : p) {
            CHECK(r.size() >= 3);
            CHECK(maxJump(r, true) < 180.0);
            for (const QPointF &pt : r) {
                CHECK(pt.x() >= lon0 - 180.0);
                CHECK(pt.x() <= lon0 + 180.0);
                CHECK(std::abs(pt.y()) <= 90.0);
            }
        }
    }
}

Ring box(double lon1, double lat1, double lon2, double lat2)
{
    return Ring { { lon1, lat1 }, { lon2, lat1 }, { lon2, lat2 }, { lon1, lat2 } };
}

Ring reversed(Ring r)
{
    std::reverse(r.begin(), r.end());
    return r;
}

/// A ring at constant latitude going once round the pole, a vertex every 10 degrees.
Ring polarRing(double lat, bool eastward)
{
    Ring r;
    for (int lon = -180; lon < 180; lon += 10)
        r.append(QPointF(lon, lat));
    return eastward ? r : reversed(r);
}

/// Spherical area (sr) of a lon-lat ring with short edges: ∮ (1 + sin φ) dλ, independent of the library.
double sphericalArea(const Ring &r)
{
    double s = 0.0;
    for (qsizetype i = 0; i < r.size(); ++i) {
        const QPointF a = r[i];
        const QPointF b = r[(i + 1) % r.size()];
        double d = b.x() - a.x();
        if (d > 180.0)
            d -= 360.0;
        if (d < -180.0)
            d += 360.0;
        s += d * kDeg * (1.0 + (std::sin(a.y() * kDeg) + std::sin(b.y() * kDeg)) / 2.0);
    }
    s = std::abs(s);
    return std::min(s, 4.0 * std::numbers::pi - s);
}

/// Odd-even point in pieces on the sphere: pieces and point projected stereographically from the antipode of
/// centre (the pieces of a cap clip never reach it), then planar point in polygon.
bool capPiecesContain(const QList<Polygon> &pieces, QPointF centre, QPointF pt)
{
    const double cl = centre.x() * kDeg, cp = centre.y() * kDeg;
    const auto project = [&](QPointF ll) {
        const double l = ll.x() * kDeg - cl, p = ll.y() * kDeg;
        const double k = 1.0 / (1.0 + std::sin(cp) * std::sin(p) + std::cos(cp) * std::cos(p) * std::cos(l));
        return QPointF(
            k * std::cos(p) * std::sin(l), k * (std::cos(cp) * std::sin(p) - std::sin(cp) * std::cos(p) * std::cos(l)));
    };
    bool in = false;
    for (const Polygon &p : pieces) {
        for (const Ring &r : p) {
            Ring projected;
            for (const QPointF &q : r)
                projected.append(project(q));
            in = in != ringContains(projected, project(pt));
        }
    }
    return in;
}

} // namespace

TEST_CASE("Angular distance matches the haversine formula", "[geometry]")
{
    CHECK(angularDistanceDeg(london, newYork) == Approx(haversineDeg(london, newYork)).epsilon(1e-9));
    CHECK(angularDistanceDeg(london, newYork) == Approx(50.0).margin(0.1)); // 5,570 km
    CHECK(angularDistanceDeg(tokyo, sanFrancisco) == Approx(haversineDeg(tokyo, sanFrancisco)).epsilon(1e-9));
    CHECK(angularDistanceDeg(tokyo, sanFrancisco) == Approx(74.4).margin(0.1));
    CHECK(angularDistanceDeg(london, london) == Approx(0.0).margin(1e-12));
    CHECK(angularDistanceDeg(QPointF(10, 20), QPointF(-170, -20)) == Approx(180.0));
    CHECK(angularDistanceDeg(QPointF(0, 90), QPointF(123, 90)) == Approx(0.0).margin(1e-9));
    CHECK(angularDistanceDeg(QPointF(179.5, 0), QPointF(-179.5, 0)) == Approx(1.0));
}

TEST_CASE("Longitudes are normalised into the window round a central meridian", "[geometry]")
{
    CHECK(normalizeLongitude(190.0) == Approx(-170.0));
    CHECK(normalizeLongitude(-180.0) == -180.0);
    CHECK(normalizeLongitude(180.0) == -180.0);
    CHECK(normalizeLongitude(725.0) == Approx(5.0));
    CHECK(normalizeLongitude(-40.0, 150.0) == Approx(320.0));
    CHECK(normalizeLongitude(-30.0, 150.0) == -30.0);
    // Web Mercator's limit: the latitude where y = π, i.e. atan(sinh π).
    CHECK(webMercatorMaxLatitude == Approx(std::atan(std::sinh(std::numbers::pi)) / kDeg).epsilon(1e-15));
}

TEST_CASE("Interpolation follows the great circle", "[geometry]")
{
    CHECK(interpolate(london, newYork, 0.0) == london);
    CHECK(interpolate(london, newYork, 1.0) == newYork);
    const QPointF mid = interpolate(london, newYork, 0.5);
    const double d = angularDistanceDeg(london, newYork);
    CHECK(angularDistanceDeg(london, mid) == Approx(d / 2).epsilon(1e-9));
    CHECK(angularDistanceDeg(mid, newYork) == Approx(d / 2).epsilon(1e-9));
    // A quarter of the way along the equator across the antimeridian.
    const QPointF q = interpolate(QPointF(170, 0), QPointF(-170, 0), 0.25);
    CHECK(q.x() == Approx(175.0));
    CHECK(q.y() == Approx(0.0).margin(1e-12));
    // Along a meridian over the pole.
    const QPointF pole = interpolate(QPointF(0, 80), QPointF(180, 80), 0.5);
    CHECK(pole.y() == Approx(90.0));
}

TEST_CASE("Great circle Tokyo to San Francisco", "[geometry]")
{
    const double step = 1.0;
    const Polyline gc = greatCircle(tokyo, sanFrancisco, step);
    REQUIRE(gc.size() >= 2);
    CHECK(gc.first() == tokyo);
    CHECK(gc.last().x() == Approx(sanFrancisco.x() + 360.0));
    CHECK(gc.last().y() == sanFrancisco.y());

    // Longitudes are continuous: eastward past 180 instead of jumping to -180.
    for (qsizetype i = 1; i < gc.size(); ++i) {
        INFO("point " << i);
        CHECK(gc[i].x() > gc[i - 1].x());
        CHECK(gc[i].x() - gc[i - 1].x() < 180.0);
        CHECK(angularDistanceDeg(gc[i - 1], gc[i]) <= step + 1e-9);
    }
    CHECK(gc.size() == int(std::ceil(angularDistanceDeg(tokyo, sanFrancisco) / step)) + 1);

    // Northernmost point against Clairaut: cos φmax = |sin α1 cos φ1|, with α1 the initial azimuth.
    const double p1 = tokyo.y() * kDeg, p2 = sanFrancisco.y() * kDeg;
    const double dl = (sanFrancisco.x() - tokyo.x()) * kDeg;
    const double az = std::atan2(
        std::sin(dl) * std::cos(p2), std::cos(p1) * std::sin(p2) - std::sin(p1) * std::cos(p2) * std::cos(dl));
    const double vertexLat = std::acos(std::abs(std::sin(az) * std::cos(p1))) / kDeg;
    double maxLat = -90.0;
    for (const QPointF &p : gc)
        maxLat = std::max(maxLat, p.y());
    CHECK(vertexLat == Approx(48.3).margin(0.5));
    CHECK(maxLat == Approx(vertexLat).margin(0.01)); // sampled every degree: within the sagitta of a 1° step
    CHECK(maxLat <= vertexLat + 1e-9);

    // A finer step gets closer to the vertex.
    const Polyline fine = greatCircle(tokyo, sanFrancisco, 0.01);
    double fineMax = -90.0;
    for (const QPointF &p : fine)
        fineMax = std::max(fineMax, p.y());
    CHECK(fineMax == Approx(vertexLat).margin(1e-6));

    // Short arcs still have both endpoints, identical points give two points.
    CHECK(greatCircle(london, QPointF(-0.12, 51.5), 1.0).size() == 2);
    CHECK(greatCircle(london, london).size() == 2);
}

TEST_CASE("Flow arcs bulge to the left", "[geometry]")
{
    const QPointF a(0, 0), b(40, 0);
    const QPointF m = arcPoint(a, b, 0.5, 0.2);
    CHECK(m.x() == Approx(20.0));
    CHECK(m.y() == Approx(8.0)); // 0.2 × 40° to the left of eastward travel: north
    CHECK(arcPoint(a, b, 0.5, -0.2).y() == Approx(-8.0));
    CHECK(arcPoint(a, b, 0.0, 0.2) == a);
    CHECK(arcPoint(a, b, 1.0, 0.2) == b);
    const Polyline arc = flowArc(QPointF(170, 0), QPointF(-170, 0), 0.25, 1.0);
    CHECK(arc.first() == QPointF(170, 0));
    CHECK(arc.last().x() == Approx(190.0));
    CHECK(maxJump(arc, false) < 180.0);
    for (qsizetype i = 1; i < arc.size(); ++i)
        CHECK(angularDistanceDeg(arc[i - 1], arc[i]) <= 1.0 + 1e-9);
}

TEST_CASE("Polygons inside the window are returned as they are", "[geometry][seam]")
{
    const Polygon square { box(-10, -10, 10, 10) };
    const QList<Polygon> pieces = cutPolygonAtSeam(square, 0.0);
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0] == square);
    CHECK(pieces[0][0].constData() == square[0].constData()); // shared, not copied

    // Shifted by 360 when it fits after wrapping: lon0 = 150 means the window [-30, 330].
    const QList<Polygon> shifted = cutPolygonAtSeam(Polygon { box(-100, 0, -90, 10) }, 150.0);
    REQUIRE(shifted.size() == 1);
    CHECK(shifted[0][0] == box(260, 0, 270, 10));

    // Points exactly on the antimeridian are in the window.
    const Polygon fiji { box(177, -18, 180, -16) };
    CHECK(cutPolygonAtSeam(fiji, 0.0) == QList<Polygon> { fiji });
}

TEST_CASE("A polygon across the antimeridian is cut in two", "[geometry][seam]")
{
    for (const Ring &square : { box(170, -10, -170, 10), reversed(box(170, -10, -170, 10)) }) {
        const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { square }, 0.0, 1.0);
        REQUIRE(pieces.size() == 2);
        checkSeamPieces(pieces, 0.0);
        int east = 0, west = 0;
        for (const Polygon &p : pieces) {
            REQUIRE(p.size() == 1);
            double lo = 1e9, hi = -1e9;
            for (const QPointF &pt : p[0]) {
                lo = std::min(lo, pt.x());
                hi = std::max(hi, pt.x());
            }
            if (lo == Approx(170.0) && hi == Approx(180.0))
                ++east;
            if (lo == Approx(-180.0) && hi == Approx(-170.0))
                ++west;
            CHECK(polygonArea(p) == Approx(200.0));
        }
        CHECK(east == 1);
        CHECK(west == 1);
        CHECK(totalArea(pieces) == Approx(400.0)); // 20° × 20° in planar lon-lat

        // The new edges along the seam are densified every degree of latitude.
        for (const Polygon &p : pieces) {
            int onSeam = 0;
            for (const QPointF &pt : p[0])
                onSeam += std::abs(pt.x()) == 180.0;
            CHECK(onSeam == 21);
        }
    }
}

TEST_CASE("The seam follows the central meridian", "[geometry][seam]")
{
    // lon0 = 150: the seam is at -30 (and 330); a square from -40 to -20 straddles it.
    const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { box(-40, 0, -20, 10) }, 150.0, 5.0);
    REQUIRE(pieces.size() == 2);
    checkSeamPieces(pieces, 150.0);
    CHECK(totalArea(pieces) == Approx(200.0));
    CHECK(piecesContain(pieces, QPointF(-25, 5)));
    CHECK(piecesContain(pieces, QPointF(325, 5))); // -35 shifted into the window
    CHECK(!piecesContain(pieces, QPointF(-35, 5)));

    // A polygon far from the seam is untouched.
    const Polygon far { box(100, 0, 120, 10) };
    CHECK(cutPolygonAtSeam(far, 150.0) == QList<Polygon> { far });
}

TEST_CASE("A ring round the south pole is closed along the pole", "[geometry][seam]")
{
    for (const double lon0 : { 0.0, 150.0, -63.5, 180.0 })
        for (const bool eastward : { true, false }) {
            CAPTURE(lon0, eastward);
            const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { polarRing(-70, eastward) }, lon0, 1.0);
            REQUIRE(pieces.size() == 1);
            checkSeamPieces(pieces, lon0);
            const Ring &r = pieces[0][0];
            double lo = 1e9, hi = -1e9, minLat = 90;
            for (const QPointF &pt : r) {
                lo = std::min(lo, pt.x());
                hi = std::max(hi, pt.x());
                minLat = std::min(minLat, pt.y());
            }
            CHECK(lo == Approx(lon0 - 180.0));
            CHECK(hi == Approx(lon0 + 180.0));
            CHECK(minLat == -90.0);
            CHECK(piecesContain(pieces, QPointF(lon0, -80)));
            CHECK(piecesContain(pieces, QPointF(lon0 + 179.5, -89.5)));
            CHECK(!piecesContain(pieces, QPointF(lon0, -60)));
            CHECK(!piecesContain(pieces, QPointF(lon0, 80)));
            CHECK(totalArea(pieces) == Approx(360.0 * 20.0).epsilon(1e-3));
        }
}

TEST_CASE("A ring round the north pole is closed along the north pole", "[geometry][seam]")
{
    const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { polarRing(75, true) }, 30.0, 1.0);
    REQUIRE(pieces.size() == 1);
    checkSeamPieces(pieces, 30.0);
    CHECK(piecesContain(pieces, QPointF(30, 85)));
    CHECK(piecesContain(pieces, QPointF(-140, 80)));
    CHECK(!piecesContain(pieces, QPointF(30, 70)));
    CHECK(totalArea(pieces) == Approx(360.0 * 15.0).epsilon(1e-3));
}

TEST_CASE("Natural Earth style Antarctica with a spike down to the pole", "[geometry][seam]")
{
    // Runs from -180 to 180 along the coast, then down the antimeridian to the pole, along it, and back up.
    Ring ring;
    for (int lon = -180; lon <= 180; lon += 5)
        ring.append(QPointF(lon, -70 - 5 * std::sin(lon * kDeg * 3)));
    ring.append(QPointF(180, -90));
    ring.append(QPointF(-180, -90));
    for (const double lon0 : { 0.0, 100.0 }) {
        CAPTURE(lon0);
        const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { ring }, lon0, 1.0);
        REQUIRE(!pieces.isEmpty());
        checkSeamPieces(pieces, lon0);
        CHECK(piecesContain(pieces, QPointF(lon0, -85)));
        CHECK(piecesContain(pieces, QPointF(lon0 + 170, -85)));
        CHECK(!piecesContain(pieces, QPointF(lon0, -60)));
        CHECK(totalArea(pieces) == Approx(polygonArea(Polygon { ring })).epsilon(1e-9));
    }
}

TEST_CASE(
    "World-atlas Antarctica: a ring round the pole with the coast as its hole", "[geometry][seam][cap][latitudes]")
{
    // As Natural Earth 1:50m via world-atlas stores it: the "outer" ring runs westward round the pole at -89.999,
    // the coast (eastward, jumping once at ±180) is its "hole"; odd-even fill makes the land between them.
    Ring polar;
    for (int lon = 180; lon > -180; lon -= 5)
        polar.append(QPointF(lon == 180 ? -180.0 : lon, -89.999));
    Ring coast;
    for (int lon = -180; lon < 180; lon += 2)
        coast.append(QPointF(lon, -70 + 4 * std::sin(lon * kDeg * 5)));
    const Polygon antarctica { polar, coast };

    for (const double lon0 : { 0.0, 150.0, -70.0 }) {
        CAPTURE(lon0);
        const QList<Polygon> cut = cutPolygonAtSeam(antarctica, lon0, 1.0);
        checkSeamPieces(cut, lon0);
        CHECK(piecesContain(cut, QPointF(lon0, -80)));
        CHECK(piecesContain(cut, QPointF(lon0 + 175, -75)));
        CHECK(!piecesContain(cut, QPointF(lon0, -60)));
        CHECK(!piecesContain(cut, QPointF(lon0 + 10, -89.9995)));

        // Web Mercator: the polar ring is clipped away, the land must stay.
        QList<Polygon> mercator;
        for (const Polygon &p : cut)
            mercator += clipPolygonToLatitudes(p, -webMercatorMaxLatitude, webMercatorMaxLatitude);
        REQUIRE(!mercator.isEmpty());
        CHECK(piecesContain(mercator, QPointF(lon0, -80)));
        CHECK(!piecesContain(mercator, QPointF(lon0, -60)));
        CHECK(totalArea(mercator) == Approx(360.0 * (webMercatorMaxLatitude - 70.0)).epsilon(0.01));
        for (const Polygon &p : mercator)
            for (const Ring &r : p)
                for (const QPointF &pt : r)
                    CHECK(pt.y() >= -webMercatorMaxLatitude);
    }

    // On a globe tilted towards the south pole: land near and beyond the pole, minus the tiny polar cap.
    const QPointF centre(0, -10);
    const QList<Polygon> globe = clipPolygonToCap(antarctica, centre, 90, 1.0);
    REQUIRE(!globe.isEmpty());
    CHECK(capPiecesContain(globe, centre, QPointF(0, -75)));
    CHECK(capPiecesContain(globe, centre, QPointF(90, -80)));
    CHECK(!capPiecesContain(globe, centre, QPointF(0, -60)));
    CHECK(!capPiecesContain(globe, centre, QPointF(30, -89.9995)));
    // A smaller cap whose circle passes right by the pole.
    const QList<Polygon> small = clipPolygonToCap(antarctica, QPointF(0, -30), 60, 1.0);
    CHECK(capPiecesContain(small, QPointF(0, -30), QPointF(0, -75)));
    CHECK(!capPiecesContain(small, QPointF(0, -30), QPointF(0, -60)));
    // Seen from the north, it is all behind the globe.
    CHECK(clipPolygonToCap(antarctica, QPointF(0, 45), 90).isEmpty());
}

TEST_CASE("Holes stay with their outer ring's pieces", "[geometry][seam]")
{
    Polygon poly { box(160, -20, -160, 20), box(175, -5, -175, 5) };
    const QList<Polygon> pieces = cutPolygonAtSeam(poly, 0.0);
    REQUIRE(pieces.size() == 2);
    checkSeamPieces(pieces, 0.0);
    for (const Polygon &p : pieces) {
        CHECK(p.size() == 2);
        CHECK(polygonArea(p) == Approx(800.0 - 50.0));
    }
    CHECK(!piecesContain(pieces, QPointF(178, 0)));
    CHECK(!piecesContain(pieces, QPointF(-178, 0)));
    CHECK(piecesContain(pieces, QPointF(170, 0)));
    CHECK(piecesContain(pieces, QPointF(-170, 0)));

    // A hole that does not touch the seam goes to the piece that contains it.
    poly[1] = box(162, -5, 170, 5);
    const QList<Polygon> other = cutPolygonAtSeam(poly, 0.0);
    REQUIRE(other.size() == 2);
    int withHole = 0;
    for (const Polygon &p : other) {
        if (p.size() == 2) {
            ++withHole;
            CHECK(ringContains(p[0], QPointF(166, 0)));
        }
    }
    CHECK(withHole == 1);
    CHECK(totalArea(other) == Approx(1600.0 - 80.0));
}

TEST_CASE("A concave polygon crossing the seam several times", "[geometry][seam]")
{
    // A comb with three teeth reaching east across 180; the back is west of it.
    Ring comb { { 170, 0 }, { -170, 0 }, { -170, 2 }, { 175, 2 }, { 175, 4 }, { -170, 4 }, { -170, 6 }, { 175, 6 },
        { 175, 8 }, { -170, 8 }, { -170, 10 }, { 170, 10 } };
    const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { comb }, 0.0);
    checkSeamPieces(pieces, 0.0);
    CHECK(pieces.size() == 4);                               // the back with the tooth roots, and three tooth tips
    CHECK(totalArea(pieces) == Approx(5 * 10 + 3 * 15 * 2)); // back 170..175, teeth 175..190
    CHECK(piecesContain(pieces, QPointF(-175, 1)));
    CHECK(!piecesContain(pieces, QPointF(-175, 3)));
    CHECK(piecesContain(pieces, QPointF(172, 3)));
    CHECK(!piecesContain(pieces, QPointF(178, 3)));
}

TEST_CASE("Polylines are split at the seam", "[geometry][seam]")
{
    const Polyline gc = greatCircle(tokyo, sanFrancisco, 2.0);
    const QList<Polyline> pieces = cutPolylineAtSeam(gc, 0.0);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].first() == tokyo);
    CHECK(pieces[0].last().x() == 180.0);
    CHECK(pieces[1].first().x() == -180.0);
    CHECK(pieces[1].first().y() == pieces[0].last().y());
    CHECK(pieces[1].last().x() == Approx(sanFrancisco.x()));
    CHECK(pieces[1].last().y() == sanFrancisco.y());
    // The crossing lies on the great circle: its latitude is the one the arc has at 180.
    const Polyline fine = greatCircle(tokyo, sanFrancisco, 0.001);
    double latAt180 = 0;
    for (qsizetype i = 1; i < fine.size(); ++i)
        if (fine[i - 1].x() <= 180.0 && fine[i].x() >= 180.0)
            latAt180 = fine[i].y();
    CHECK(pieces[0].last().y() == Approx(latAt180).margin(1e-4));
    for (const Polyline &p : pieces)
        CHECK(maxJump(p, false) < 180.0);

    // Pacific-centred: one piece, in the window [0, 360].
    const QList<Polyline> pacific = cutPolylineAtSeam(gc, 180.0);
    REQUIRE(pacific.size() == 1);
    CHECK(pacific[0].size() == gc.size());
    for (const QPointF &p : pacific[0]) {
        CHECK(p.x() >= 0.0);
        CHECK(p.x() <= 360.0);
    }

    // Raw data that jumps across the antimeridian is split too; a line that fits is returned as is.
    const QList<Polyline> raw = cutPolylineAtSeam(Polyline { { 179, 10 }, { -179, 12 } }, 0.0);
    REQUIRE(raw.size() == 2);
    CHECK(raw[0].last().x() == 180.0);
    CHECK(raw[1].first().x() == -180.0);
    CHECK(raw[0].last().y() == Approx(11.0).margin(0.01)); // on the great circle, a hair poleward of 11
    CHECK(raw[1].first().y() == raw[0].last().y());
    const QList<Polyline> shortRaw = cutPolylineAtSeam(Polyline { { 179.75, 10 }, { -179.75, 12 } }, 0.0);
    REQUIRE(shortRaw.size() == 2);
    CHECK(shortRaw[0].last().x() == 180.0);
    CHECK(shortRaw[0].last().y() == Approx(11.0).margin(1e-12)); // short segment: linear
    const Polyline inside { { 0, 0 }, { 10, 10 } };
    CHECK(cutPolylineAtSeam(inside, 0.0)[0].constData() == inside.constData());
}

TEST_CASE("Cap membership", "[geometry][cap]")
{
    CHECK(inCap(QPointF(45, 0), QPointF(0, 0), 90));
    CHECK(inCap(QPointF(90, 0), QPointF(0, 0), 90));
    CHECK(!inCap(QPointF(90.001, 0), QPointF(0, 0), 90));
    CHECK(inCap(QPointF(-179, 85), QPointF(0, 90), 6));
    CHECK(!inCap(london, newYork, 49.9));
    CHECK(inCap(london, newYork, 50.1));
}

TEST_CASE("Clipping polygons to the visible hemisphere", "[geometry][cap]")
{
    const QPointF centre(0, 0);
    SECTION("near side unchanged")
    {
        const Polygon near { box(-20, -20, 20, 20), box(-5, -5, 5, 5) };
        const QList<Polygon> out = clipPolygonToCap(near, centre, 90);
        REQUIRE(out.size() == 1);
        CHECK(out[0] == near);
        CHECK(out[0][0].constData() == near[0].constData());
        // Also when the bounding cap is not conclusive (close to the horizon) but every vertex is inside.
        const Polygon edge { box(70, -30, 89, 30) };
        CHECK(clipPolygonToCap(edge, centre, 90) == QList<Polygon> { edge });
    }
    SECTION("far side disappears")
    {
        CHECK(clipPolygonToCap(Polygon { box(170, -10, -170, 10) }, centre, 90).isEmpty());
        CHECK(clipPolygonToCap(Polygon { box(95, -10, 120, 10) }, centre, 90).isEmpty());
    }
    SECTION("straddling the horizon is closed along the horizon")
    {
        for (const bool reverse : { false, true }) {
            CAPTURE(reverse);
            const Ring ring = reverse ? reversed(box(80, -10, 100, 10)) : box(80, -10, 100, 10);
            const QList<Polygon> out = clipPolygonToCap(Polygon { ring }, centre, 90, 1.0);
            REQUIRE(out.size() == 1);
            REQUIRE(out[0].size() == 1);
            const Ring &r = out[0][0];
            int onHorizon = 0;
            for (const QPointF &p : r) {
                const double d = angularDistanceDeg(centre, p);
                CHECK(d <= 90.0 + 1e-9);
                if (std::abs(d - 90.0) < 1e-6)
                    ++onHorizon;
            }
            CHECK(onHorizon >= 20); // two crossings and the densified horizon between them (~20°)
            CHECK(ringContains(r, QPointF(89.9, 0)));
            CHECK(ringContains(r, QPointF(85, 9)));
            CHECK(!ringContains(r, QPointF(91, 0)));
            CHECK(ringArea(r) == Approx(200.0).epsilon(0.02));
        }
    }
}

TEST_CASE("Clipping polygons to a small cap is exact on the circle", "[geometry][cap]")
{
    const QPointF centre(10, 20);
    const double radius = 30;
    // A box reaching out of the cap to the east.
    const Polygon poly { box(20, 10, 60, 30) };
    const QList<Polygon> out = clipPolygonToCap(poly, centre, radius, 0.5);
    REQUIRE(out.size() == 1);
    int onCircle = 0;
    for (const QPointF &p : out[0][0]) {
        const double d = angularDistanceDeg(centre, p);
        CHECK(d <= radius + 1e-9);
        onCircle += std::abs(d - radius) < 1e-9;
    }
    CHECK(onCircle >= 5);
    CHECK(ringContains(out[0][0], QPointF(25, 20)));
    CHECK(sphericalArea(out[0][0]) < sphericalArea(poly[0]));

    // A polygon around the whole cap becomes the cap's circle, in either orientation.
    for (const Ring &big : { box(-40, -30, 60, 70), reversed(box(-40, -30, 60, 70)) }) {
        const QList<Polygon> all = clipPolygonToCap(Polygon { big }, centre, 10, 1.0);
        REQUIRE(all.size() == 1);
        for (const QPointF &p : all[0][0])
            CHECK(angularDistanceDeg(centre, p) == Approx(10.0));
        CHECK(ringContains(all[0][0], centre));
    }
    // A hole around the whole cap removes everything.
    const Polygon donut { box(-40, -30, 60, 70), box(-20, -10, 40, 50) };
    const QList<Polygon> none = clipPolygonToCap(donut, centre, 10, 1.0);
    REQUIRE(none.size() == 1);
    CHECK(none[0].size() == 2);
    CHECK(!piecesContain(none, centre));
}

TEST_CASE("A polygon leaving and re-entering the cap makes separate pieces", "[geometry][cap]")
{
    // A U open to the west whose bottom is beyond the horizon: the two arms remain.
    const Ring u { { 60, 10 }, { 120, 10 }, { 120, -10 }, { 60, -10 }, { 60, -5 }, { 110, -5 }, { 110, 5 }, { 60, 5 } };
    const QList<Polygon> out = clipPolygonToCap(Polygon { u }, QPointF(0, 0), 90, 1.0);
    CHECK(out.size() == 2);
    for (const Polygon &p : out)
        for (const QPointF &pt : p[0])
            CHECK(angularDistanceDeg(QPointF(0, 0), pt) <= 90.0 + 1e-9);
    CHECK(piecesContain(out, QPointF(80, 7)));
    CHECK(piecesContain(out, QPointF(80, -7)));
    CHECK(!piecesContain(out, QPointF(80, 0)));
    CHECK(!piecesContain(out, QPointF(89.9, 0)));

    // With a hole that straddles the horizon, the hole is clipped as well.
    const Polygon withHole { box(60, -20, 120, 20), box(80, -5, 100, 5) };
    const QList<Polygon> holed = clipPolygonToCap(withHole, QPointF(0, 0), 90, 1.0);
    REQUIRE(holed.size() == 1);
    CHECK(holed[0].size() == 2);
    CHECK(piecesContain(holed, QPointF(70, 0)));
    CHECK(!piecesContain(holed, QPointF(85, 0)));
    CHECK(piecesContain(holed, QPointF(89, 10)));
}

TEST_CASE("Antarctica on a globe seen from the south", "[geometry][cap]")
{
    const QList<Polygon> out = clipPolygonToCap(Polygon { polarRing(-65, false) }, QPointF(30, -60), 90, 1.0);
    REQUIRE(out.size() == 1);
    for (const QPointF &pt : out[0][0])
        CHECK(angularDistanceDeg(QPointF(30, -60), pt) <= 90.0 + 1e-9);
    // Seen from the equator at lon 0, the part of the ring beyond the horizon goes away.
    const QList<Polygon> side = clipPolygonToCap(Polygon { polarRing(-65, true) }, QPointF(0, 0), 90, 1.0);
    REQUIRE(side.size() == 1);
    for (const QPointF &pt : side[0][0])
        CHECK(angularDistanceDeg(QPointF(0, 0), pt) <= 90.0 + 1e-9);
}

TEST_CASE("Caps larger than a hemisphere", "[geometry][cap]")
{
    const QPointF centre(0, 0);
    // The antipode is at (180, 0); the hidden cap around it has radius 60.
    const QList<Polygon> cut = clipPolygonToCap(Polygon { box(100, -10, 140, 10) }, centre, 120, 1.0);
    REQUIRE(cut.size() == 1);
    int onCircle = 0;
    for (const QPointF &p : cut[0][0]) {
        const double d = angularDistanceDeg(centre, p);
        CHECK(d <= 120.0 + 1e-9);
        onCircle += std::abs(d - 120.0) < 1e-9;
    }
    CHECK(onCircle >= 2);
    // A polygon round the antipode, with all its vertices visible, gets the hidden cap as a hole.
    const QList<Polygon> ring = clipPolygonToCap(Polygon { box(110, -70, -110, 70) }, centre, 120, 1.0);
    REQUIRE(ring.size() == 1);
    REQUIRE(ring[0].size() == 2);
    for (const QPointF &p : ring[0][1])
        CHECK(angularDistanceDeg(centre, p) == Approx(120.0));
    // An edge between two visible points that dips behind the globe is cut.
    const QList<Polyline> dip = clipPolylineToCap(Polyline { { 120, 10 }, { -120, 10 } }, centre, 120);
    REQUIRE(dip.size() == 2);
    CHECK(angularDistanceDeg(centre, dip[0].last()) == Approx(120.0));
    CHECK(angularDistanceDeg(centre, dip[1].first()) == Approx(120.0));
}

TEST_CASE("Clipping polylines to a cap", "[geometry][cap]")
{
    const QList<Polyline> out = clipPolylineToCap(Polyline { { 0, 0 }, { 170, 0 } }, QPointF(0, 0), 90);
    REQUIRE(out.size() == 1);
    CHECK(out[0].first() == QPointF(0, 0));
    CHECK(out[0].last().x() == Approx(90.0).margin(1e-6));
    CHECK(out[0].last().y() == Approx(0.0).margin(1e-6));

    // A segment passing through a small cap without a vertex in it.
    const QList<Polyline> through = clipPolylineToCap(Polyline { { -20, 0 }, { 20, 0 } }, QPointF(0, 5), 10);
    REQUIRE(through.size() == 1);
    REQUIRE(through[0].size() == 2);
    CHECK(angularDistanceDeg(QPointF(0, 5), through[0][0]) == Approx(10.0));
    CHECK(angularDistanceDeg(QPointF(0, 5), through[0][1]) == Approx(10.0));
    CHECK(through[0][0].x() < 0.0);
    CHECK(through[0][1].x() > 0.0);

    // In, out, in again: two pieces; fully inside: unchanged.
    const Polyline zigzag { { 0, 0 }, { 120, 0 }, { 0, 10 } };
    CHECK(clipPolylineToCap(zigzag, QPointF(0, 0), 90).size() == 2);
    const Polyline inside { { 0, 0 }, { 10, 10 }, { 20, 0 } };
    CHECK(clipPolylineToCap(inside, QPointF(0, 0), 90) == QList<Polyline> { inside });
    CHECK(clipPolylineToCap(Polyline { { 150, 0 }, { 160, 0 } }, QPointF(0, 0), 90).isEmpty());
}

TEST_CASE("Clipping polygons to the Web Mercator latitudes", "[geometry][latitudes]")
{
    const double limit = webMercatorMaxLatitude;
    // Antarctica after the seam cut covers the whole width down to the pole.
    const Polygon antarctica { box(-180, -90, 180, -65) };
    const QList<Polygon> out = clipPolygonToLatitudes(antarctica, -limit, limit);
    REQUIRE(out.size() == 1);
    double minLat = 0;
    for (const QPointF &p : out[0][0])
        minLat = std::min(minLat, p.y());
    CHECK(minLat == Approx(-85.0511).margin(1e-4));
    CHECK(totalArea(out) == Approx(360.0 * (limit - 65.0)));

    // The polar ring through the seam cut and the latitude clip together.
    QList<Polygon> both;
    for (const Polygon &p : cutPolygonAtSeam(Polygon { polarRing(-70, true) }, 0.0))
        both += clipPolygonToLatitudes(p, -limit, limit);
    REQUIRE(both.size() == 1);
    CHECK(totalArea(both) == Approx(360.0 * (limit - 70.0)).epsilon(1e-3));

    // Inside: unchanged; beyond: gone.
    const Polygon mid { box(0, 0, 10, 10) };
    CHECK(clipPolygonToLatitudes(mid, -limit, limit)[0][0].constData() == mid[0].constData());
    CHECK(clipPolygonToLatitudes(Polygon { box(0, 86, 10, 89) }, -limit, limit).isEmpty());

    // An arch whose top is beyond the limit falls apart into its two legs.
    const Ring arch { { 0, 80 }, { 2, 80 }, { 2, 86 }, { 8, 86 }, { 8, 80 }, { 10, 80 }, { 10, 88 }, { 0, 88 } };
    const QList<Polygon> legs = clipPolygonToLatitudes(Polygon { arch }, -limit, limit);
    CHECK(legs.size() == 2);
    CHECK(totalArea(legs) == Approx(2 * 2 * (limit - 80.0)));

    // A ring that still jumps across the antimeridian is clipped without a line across the map.
    const QList<Polygon> jumping = clipPolygonToLatitudes(Polygon { box(170, 80, -170, 89) }, -limit, limit);
    REQUIRE(jumping.size() == 1);
    for (const QPointF &p : jumping[0][0]) {
        CHECK(std::abs(p.x()) >= 170.0);
        CHECK(p.y() <= limit);
    }
}

TEST_CASE("Random polygons: cut pieces tile the original", "[geometry][seam]")
{
    std::mt19937 rng(1234);
    std::uniform_real_distribution<double> lonDist(-180, 180), latDist(-60, 60), radDist(2, 25), jitter(0.5, 1.0);
    for (int n = 0; n < 100; ++n) {
        // Star-shaped, so simple.
        const double cx = lonDist(rng), cy = latDist(rng), rad = radDist(rng);
        Ring ring;
        for (int k = 0; k < 60; ++k) {
            const double a = 2 * std::numbers::pi * k / 60, r = rad * jitter(rng);
            ring.append(QPointF(cx + r * std::cos(a), cy + r * std::sin(a)));
        }
        const double area = ringArea(ring);
        for (Ring r : { ring, reversed(ring) }) {
            for (QPointF &p : r)
                p.setX(normalizeLongitude(p.x()));
            const double lon0 = lonDist(rng);
            CAPTURE(n, cx, cy, rad, lon0);
            const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { r }, lon0, 2.0);
            checkSeamPieces(pieces, lon0);
            CHECK(totalArea(pieces) == Approx(area).epsilon(1e-9));
            for (const Polygon &p : pieces)
                CHECK(ringArea(p[0]) > 0.0);
        }
    }
}

TEST_CASE("Self-intersecting rings keep their odd-even fill when cut", "[geometry][seam]")
{
    std::mt19937 rng(99);
    std::uniform_real_distribution<double> lonDist(-180, 180), latDist(-60, 60), unit(0, 1);
    for (int n = 0; n < 50; ++n) {
        // Random vertices in a box across the seam: a tangle of crossing edges.
        const double cx = lonDist(rng), cy = latDist(rng), lon0 = cx + 180 + 20 * (unit(rng) - 0.5);
        Ring ring;
        for (int k = 0; k < 12; ++k)
            ring.append(QPointF(normalizeLongitude(cx + 40 * (unit(rng) - 0.5)), cy + 40 * (unit(rng) - 0.5)));
        CAPTURE(n, cx, cy, lon0);
        const QList<Polygon> pieces = cutPolygonAtSeam(Polygon { ring }, lon0, 1.0);
        checkSeamPieces(pieces, lon0);
        // The same ring unwrapped round cx, and each sample point in the window and shifted next to cx.
        Ring unwrapped;
        for (const QPointF &p : ring)
            unwrapped.append(QPointF(cx + std::remainder(p.x() - cx, 360.0), p.y()));
        for (int k = 0; k < 200; ++k) {
            const QPointF sample(cx + 40 * (unit(rng) - 0.5), cy + 40 * (unit(rng) - 0.5));
            const QPointF inWindow(normalizeLongitude(sample.x(), lon0), sample.y());
            if (std::abs(std::remainder(sample.x() - lon0 - 180, 360.0)) < 1e-6)
                continue;
            CAPTURE(sample.x(), sample.y());
            CHECK(piecesContain(pieces, inWindow) == ringContains(unwrapped, sample));
        }
    }
}

TEST_CASE("Random polygons: the cap clip agrees with point-in-polygon", "[geometry][cap]")
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> lonDist(-180, 180), latDist(-80, 80), radDist(3, 25), jitter(0.4, 1.0),
        capRad(20, 150), unit(0, 1);
    int compared = 0;
    for (int n = 0; n < 60; ++n) {
        const QPointF centre(lonDist(rng), latDist(rng));
        const double radius = capRad(rng);
        // A star-shaped polygon near the horizon, edges densified to 0.1 degree.
        const double bearing = 2 * std::numbers::pi * unit(rng);
        const double offset = radius + 30 * (unit(rng) - 0.5);
        const double rad = radDist(rng);
        const auto destination = [](QPointF from, double azimuth, double distDeg) {
            const double p1 = from.y() * kDeg, d = distDeg * kDeg;
            const double p2 = std::asin(std::sin(p1) * std::cos(d) + std::cos(p1) * std::sin(d) * std::cos(azimuth));
            const double l2 = from.x() * kDeg
                + std::atan2(std::sin(azimuth) * std::sin(d) * std::cos(p1), std::cos(d) - std::sin(p1) * std::sin(p2));
            return QPointF(normalizeLongitude(l2 / kDeg), p2 / kDeg);
        };
        const QPointF pc = destination(centre, bearing, offset);
        Ring coarse;
        for (int k = 0; k < 40; ++k)
            coarse.append(destination(pc, 2 * std::numbers::pi * k / 40, rad * jitter(rng)));
        if (unit(rng) < 0.5)
            coarse = reversed(coarse);
        Ring ring;
        for (qsizetype k = 0; k < coarse.size(); ++k) {
            const Polyline gc = greatCircle(coarse[k], coarse[(k + 1) % coarse.size()], 0.1);
            for (qsizetype m = 0; m + 1 < gc.size(); ++m)
                ring.append(QPointF(normalizeLongitude(gc[m].x()), gc[m].y()));
        }
        CAPTURE(n, centre.x(), centre.y(), radius, pc.x(), pc.y(), rad);
        const QList<Polygon> pieces = clipPolygonToCap(Polygon { ring }, centre, radius, 1.0);
        for (const Polygon &p : pieces)
            for (const Ring &r : p)
                for (const QPointF &pt : r)
                    CHECK(angularDistanceDeg(centre, pt) <= radius + 1e-9);

        // Stereographic projection from the antipode of the centre (independent of the library's frame).
        const double cl = centre.x() * kDeg, cp = centre.y() * kDeg;
        const auto project = [&](QPointF ll) {
            const double l = ll.x() * kDeg - cl, p = ll.y() * kDeg;
            const double cosc = std::sin(cp) * std::sin(p) + std::cos(cp) * std::cos(p) * std::cos(l);
            const double k = 1.0 / (1.0 + cosc);
            return QPointF(k * std::cos(p) * std::sin(l),
                k * (std::cos(cp) * std::sin(p) - std::sin(cp) * std::cos(p) * std::cos(l)));
        };
        const auto projectRing = [&](const Ring &r) {
            Ring out;
            for (const QPointF &pt : r)
                out.append(project(pt));
            return out;
        };
        const Ring original = projectRing(ring);
        QList<Ring> clipped;
        for (const Polygon &p : pieces)
            for (const Ring &r : p)
                clipped.append(projectRing(r));
        for (int k = 0; k < 300; ++k) {
            const QPointF sample = destination(pc, 2 * std::numbers::pi * unit(rng), rad * 1.2 * unit(rng));
            const double toCentre = angularDistanceDeg(centre, sample);
            if (toCentre > radius - 0.3)
                continue;
            double toBoundary = 180;
            for (const QPointF &pt : ring)
                toBoundary = std::min(toBoundary, angularDistanceDeg(pt, sample));
            if (toBoundary < 0.3)
                continue;
            bool inClipped = false;
            for (const Ring &r : clipped)
                inClipped = inClipped != ringContains(r, project(sample));
            CAPTURE(sample.x(), sample.y());
            CHECK(inClipped == ringContains(original, project(sample)));
            ++compared;
        }
    }
    CHECK(compared > 1000);
}

TEST_CASE("Seam cut and cap clip of a whole layer", "[.benchmark]")
{
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lonDist(-180, 180), latDist(-70, 70), radDist(1, 12), jitter(0.6, 1.0);
    QList<Polygon> layer;
    for (int n = 0; n < 200; ++n) {
        const double cx = lonDist(rng), cy = latDist(rng), rad = radDist(rng);
        Ring ring;
        for (int k = 0; k < 500; ++k) {
            const double a = 2 * std::numbers::pi * k / 500;
            const double r = rad * jitter(rng);
            ring.append(QPointF(normalizeLongitude(cx + r * std::cos(a) / std::cos(cy * kDeg)), cy + r * std::sin(a)));
        }
        layer.append(Polygon { ring });
    }
    qsizetype cut = 0;
    for (const Polygon &p : layer)
        cut += cutPolygonAtSeam(p, 150.0).size() > 1;
    CHECK(cut > 0);

    BENCHMARK("cutPolygonAtSeam, lon0 = 0 (200 x 500 points)")
    {
        qsizetype n = 0;
        for (const Polygon &p : layer)
            n += cutPolygonAtSeam(p, 0.0).size();
        return n;
    };
    BENCHMARK("cutPolygonAtSeam, lon0 = 150 (200 x 500 points)")
    {
        qsizetype n = 0;
        for (const Polygon &p : layer)
            n += cutPolygonAtSeam(p, 150.0).size();
        return n;
    };
    BENCHMARK("clipPolygonToCap, centre (20, 30), radius 90 (200 x 500 points)")
    {
        qsizetype n = 0;
        for (const Polygon &p : layer)
            n += clipPolygonToCap(p, QPointF(20, 30), 90.0).size();
        return n;
    };
    BENCHMARK("clipPolygonToCap, centre (-100, 10), radius 40 (200 x 500 points)")
    {
        qsizetype n = 0;
        for (const Polygon &p : layer)
            n += clipPolygonToCap(p, QPointF(-100, 10), 40.0).size();
        return n;
    };
    BENCHMARK("clipPolygonToLatitudes, +-60 (200 x 500 points)")
    {
        qsizetype n = 0;
        for (const Polygon &p : layer)
            n += clipPolygonToLatitudes(p, -60, 60).size();
        return n;
    };
}
