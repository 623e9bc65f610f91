#include "geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>
#include <vector>

namespace atlas::geo {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kRad = 180.0 / std::numbers::pi;
constexpr double kMinStep = 1e-3;
constexpr double kInf = std::numeric_limits<double>::infinity();

double sanitizeStep(double stepDeg)
{
    if (!(stepDeg > 0.0)) // also NaN
        return 1.0;
    return std::max(stepDeg, kMinStep);
}

/// A longitude difference brought into [-180, 180]; differences already in range are kept as they are.
double wrapDelta(double d)
{
    if (d > 180.0 || d < -180.0)
        d -= 360.0 * std::round(d / 360.0);
    return d;
}

/// An angle difference in radians brought into [-π, π].
double wrapAngle(double a)
{
    if (a > kPi || a < -kPi)
        a -= kTwoPi * std::round(a / kTwoPi);
    return a;
}

/// An angle in radians brought into [-π/2, 3π/2): arcs are at most π long, so roots on [0, π] keep their value.
double normalizeTheta(double t)
{
    return t - kTwoPi * std::floor((t + 0.5 * kPi) / kTwoPi);
}

bool samePoint(QPointF a, QPointF b, double eps = 0.0)
{
    return std::abs(a.x() - b.x()) <= eps && std::abs(a.y() - b.y()) <= eps;
}

void appendPoint(QPolygonF &out, QPointF p, double eps = 0.0)
{
    if (out.isEmpty() || !samePoint(out.constLast(), p, eps))
        out.append(p);
}

// ---- 3-D unit vectors -------------------------------------------------------------------------------------------

struct Vec3 {
    double x = 0.0, y = 0.0, z = 0.0;
};

Vec3 operator+(Vec3 a, Vec3 b)
{
    return { a.x + b.x, a.y + b.y, a.z + b.z };
}
Vec3 operator-(Vec3 a, Vec3 b)
{
    return { a.x - b.x, a.y - b.y, a.z - b.z };
}
Vec3 operator*(double s, Vec3 a)
{
    return { s * a.x, s * a.y, s * a.z };
}
double dot(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
Vec3 cross(Vec3 a, Vec3 b)
{
    return { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
}
double norm(Vec3 a)
{
    return std::sqrt(dot(a, a));
}

Vec3 toVec(QPointF p)
{
    const double lon = p.x() * kDeg;
    const double lat = p.y() * kDeg;
    const double cl = std::cos(lat);
    return { cl * std::cos(lon), cl * std::sin(lon), std::sin(lat) };
}

QPointF toLonLat(Vec3 v)
{
    return { std::atan2(v.y, v.x) * kRad, std::atan2(v.z, std::sqrt(v.x * v.x + v.y * v.y)) * kRad };
}

/// A great-circle arc: x(θ) = cos θ · p + sin θ · u for θ in [0, omega]; u ⟂ p.
struct Arc {
    Vec3 p, u;
    double omega = 0.0;
};

/// The arc from p to q. Coincident points give omega = 0; antipodal points the half circle through the north pole
/// (through lon 0 if p is a pole).
Arc makeArc(Vec3 p, Vec3 q)
{
    const double c = dot(p, q);
    const Vec3 w = q - c * p;
    const double s = norm(w);
    if (s > 1e-15)
        return { p, (1.0 / s) * w, std::atan2(s, c) };
    if (c > 0.0)
        return { p, {}, 0.0 };
    const Vec3 ref = std::abs(p.z) < 0.9 ? Vec3 { 0.0, 0.0, 1.0 } : Vec3 { 1.0, 0.0, 0.0 };
    const Vec3 w2 = ref - dot(ref, p) * p;
    return { p, (1.0 / norm(w2)) * w2, kPi };
}

Vec3 arcAt(const Arc &arc, double theta)
{
    return std::cos(theta) * arc.p + std::sin(theta) * arc.u;
}

// ---- planar helpers ---------------------------------------------------------------------------------------------

/// Even-odd point in ring, planar.
bool pointInRing(const QPolygonF &ring, QPointF pt)
{
    bool inside = false;
    const qsizetype n = ring.size();
    const QPointF *p = ring.constData();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        if ((p[i].y() > pt.y()) != (p[j].y() > pt.y())) {
            const double x = p[i].x() + (pt.y() - p[i].y()) * (p[j].x() - p[i].x()) / (p[j].y() - p[i].y());
            if (pt.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

/// Unwrapped longitude range, latitude range and (for rings) the winding in degrees: 0 for ordinary rings,
/// ±360 for rings that go round a pole.
struct LonBox {
    double minU = 0.0, maxU = 0.0, minLat = 0.0, maxLat = 0.0, winding = 0.0;
};

LonBox lonBox(const QPolygonF &pts, bool closed)
{
    const qsizetype n = pts.size();
    const QPointF *p = pts.constData();
    double u = p[0].x();
    LonBox b { u, u, p[0].y(), p[0].y(), 0.0 };
    for (qsizetype i = 1; i < n; ++i) {
        u += wrapDelta(p[i].x() - p[i - 1].x());
        b.minU = std::min(b.minU, u);
        b.maxU = std::max(b.maxU, u);
        b.minLat = std::min(b.minLat, p[i].y());
        b.maxLat = std::max(b.maxLat, p[i].y());
    }
    if (closed)
        b.winding = u + wrapDelta(p[0].x() - p[n - 1].x()) - p[0].x();
    return b;
}

/// Signed spherical area (sr) of the region south of the ring for an eastward ring, from the lon-lat vertices
/// (trapezoids in λ and sin φ: ∮ (1 + sin φ) dλ). For a ring that does not go round a pole it is minus the area on
/// its left; in general the area on the left is (-S) mod 4π.
double southArea(const QPolygonF &ring, const std::vector<Vec3> *unit = nullptr)
{
    const qsizetype n = ring.size();
    const QPointF *p = ring.constData();
    double s = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype j = i + 1 == n ? 0 : i + 1;
        const double si = unit ? (*unit)[size_t(i)].z : std::sin(p[i].y() * kDeg);
        const double sj = unit ? (*unit)[size_t(j)].z : std::sin(p[j].y() * kDeg);
        s += wrapDelta(p[j].x() - p[i].x()) * kDeg * (1.0 + 0.5 * (si + sj));
    }
    return s;
}

/// +1 if the smaller region bounded by the ring on the sphere is on its left (counter-clockwise seen from outside
/// the globe), -1 if on its right.
int sphericalDirection(const QPolygonF &ring, const std::vector<Vec3> *unit = nullptr)
{
    double left = std::fmod(-southArea(ring, unit), 4.0 * kPi);
    if (left < 0.0)
        left += 4.0 * kPi;
    return left <= kTwoPi ? 1 : -1;
}

// ---- clipping: chains joined along the boundary ------------------------------------------------------------------

/// Where a chain meets the clip boundary: a boundary component (rectangle side, or 0 for the circle) and the
/// position along it (the other coordinate on a side, the angle ψ on the circle).
struct Crossing {
    int group = 0;
    double s = 0.0;
};

/// A run of the ring inside the clip region, from an entry to an exit on the boundary.
struct Chain {
    QPolygonF pts;
    Crossing in, out;
    bool interior = false; ///< some point or edge midpoint strictly inside: not just a run along the boundary
};

/// Crossing 2c is chain c's entry, 2c + 1 its exit.
const Crossing &crossingOf(const std::vector<Chain> &chains, size_t i)
{
    return i % 2 == 0 ? chains[i / 2].in : chains[i / 2].out;
}

QPointF crossingPoint(const std::vector<Chain> &chains, size_t i)
{
    return i % 2 == 0 ? chains[i / 2].pts.constFirst() : chains[i / 2].pts.constLast();
}

/**
 * Joins chains into rings. partner[i] is the crossing that crossing i is joined to along the boundary, and
 * walk(i, partner[i], ring) appends the boundary points strictly between them. A chain reached at its exit is
 * followed backwards: for odd-even fill only the set of boundary pieces matters, not their orientation, so this
 * also copes with rings that are not consistently oriented (self-intersecting input).
 */
template<typename Walk>
QList<QPolygonF> joinChains(const std::vector<Chain> &chains, const std::vector<size_t> &partner, Walk &&walk)
{
    QList<QPolygonF> rings;
    const size_t m = chains.size();
    std::vector<char> used(m, 0);
    for (size_t first = 0; first < m; ++first) {
        if (used[first])
            continue;
        QPolygonF ring;
        size_t c = first;
        bool forward = true;
        while (!used[c]) {
            used[c] = 1;
            const QPolygonF &pts = chains[c].pts;
            if (forward) {
                for (const QPointF &p : pts)
                    appendPoint(ring, p);
            } else {
                for (qsizetype k = pts.size() - 1; k >= 0; --k)
                    appendPoint(ring, pts[k]);
            }
            const size_t tail = 2 * c + (forward ? 1 : 0);
            const size_t next = partner[tail];
            walk(tail, next, ring);
            c = next / 2;
            forward = next % 2 == 0;
        }
        while (ring.size() > 1 && samePoint(ring.constFirst(), ring.constLast()))
            ring.removeLast();
        if (ring.size() >= 3)
            rings.append(ring);
    }
    return rings;
}

// ---- planar rectangle ---------------------------------------------------------------------------------------------

enum class Side { None, Bottom, Right, Top, Left };

/// The clip rectangle. Used only where the ring cannot reach the rectangle's corners (a longitude strip taller
/// than the globe, a latitude band wider than the ring), so along each crossed side the region is outside at both
/// ends and the odd-even rule flips at every crossing.
struct Rect {
    double x0, x1, y0, y1;
    double stepX, stepY; ///< densification along the horizontal / vertical sides (kInf: none)
};

Crossing rectCrossing(Side side, QPointF p)
{
    return { int(side), side == Side::Left || side == Side::Right ? p.y() : p.x() };
}

/// The signed distance of p inside the half-plane of a rectangle side.
double sideValue(const Rect &r, Side side, QPointF p)
{
    switch (side) {
    case Side::Left:
        return p.x() - r.x0;
    case Side::Right:
        return r.x1 - p.x();
    case Side::Bottom:
        return p.y() - r.y0;
    case Side::Top:
        return r.y1 - p.y();
    case Side::None:
        break;
    }
    return 0.0;
}

QPointF snapToRect(const Rect &r, QPointF p, Side side)
{
    double x = std::clamp(p.x(), r.x0, r.x1);
    double y = std::clamp(p.y(), r.y0, r.y1);
    switch (side) {
    case Side::Left:
        x = r.x0;
        break;
    case Side::Right:
        x = r.x1;
        break;
    case Side::Bottom:
        y = r.y0;
        break;
    case Side::Top:
        y = r.y1;
        break;
    case Side::None:
        break;
    }
    return { x, y };
}

/**
 * Chains of a closed planar ring (x shifted by xOff) inside the rectangle, edges clipped with Liang–Barsky.
 * Returns false if every vertex is inside (the ring is inside: the rectangle is convex) and no chain was made.
 */
bool rectChains(const QPolygonF &ring, double xOff, const Rect &r, std::vector<Chain> &chains)
{
    const qsizetype n = ring.size();
    const QPointF *pts = ring.constData();
    const auto at = [pts, xOff](qsizetype i) { return QPointF(pts[i].x() + xOff, pts[i].y()); };
    const auto outside = [&r](QPointF p) { return p.x() < r.x0 || p.x() > r.x1 || p.y() < r.y0 || p.y() > r.y1; };
    const auto strictlyInside
        = [&r](QPointF p) { return p.x() > r.x0 && p.x() < r.x1 && p.y() > r.y0 && p.y() < r.y1; };
    // The side a point is nearest to, for inconsistent input only.
    const auto nearestSide = [&r](QPointF p) {
        const double dl = p.x() - r.x0, dr = r.x1 - p.x(), db = p.y() - r.y0, dt = r.y1 - p.y();
        const double m = std::min({ dl, dr, db, dt });
        return m == dl ? Side::Left : m == dr ? Side::Right : m == db ? Side::Bottom : Side::Top;
    };

    qsizetype start = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (outside(at(i))) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return false;

    Chain cur;
    bool open = false;
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype i = (start + k) % n;
        const QPointF p = at(i);
        const QPointF q = at((i + 1) % n);
        const double dx = q.x() - p.x();
        const double dy = q.y() - p.y();
        double t0 = 0.0, t1 = 1.0;
        Side s0 = Side::None, s1 = Side::None;
        const auto clipT = [&](double pk, double qk, Side side) {
            if (pk == 0.0)
                return qk >= 0.0;
            const double t = qk / pk;
            if (pk < 0.0) {
                if (t > t1)
                    return false;
                if (t > t0) {
                    t0 = t;
                    s0 = side;
                }
            } else {
                if (t < t0)
                    return false;
                if (t < t1) {
                    t1 = t;
                    s1 = side;
                }
            }
            return true;
        };
        const bool hit = clipT(-dx, p.x() - r.x0, Side::Left) && clipT(dx, r.x1 - p.x(), Side::Right)
            && clipT(-dy, p.y() - r.y0, Side::Bottom) && clipT(dy, r.y1 - p.y(), Side::Top);
        if (!hit)
            continue;
        const auto pointAt = [&](double t) { return t <= 0.0 ? p : t >= 1.0 ? q : p + t * (q - p); };
        if (!open || t0 > 0.0) {
            const Side side = s0 != Side::None ? s0 : nearestSide(p);
            const QPointF e = snapToRect(r, pointAt(t0), side);
            cur = Chain();
            cur.pts.append(e);
            cur.in = rectCrossing(side, e);
            open = true;
        }
        if (t1 < 1.0) {
            const Side side = s1 != Side::None ? s1 : nearestSide(q);
            const QPointF e = snapToRect(r, pointAt(t1), side);
            appendPoint(cur.pts, e);
            cur.out = rectCrossing(side, e);
            for (qsizetype m = 0; m + 1 < cur.pts.size() && !cur.interior; ++m)
                cur.interior = strictlyInside((cur.pts[m] + cur.pts[m + 1]) * 0.5);
            if (cur.interior && cur.pts.size() >= 2)
                chains.push_back(std::move(cur));
            cur = Chain();
            open = false;
        } else {
            const QPointF c = snapToRect(r, q, Side::None);
            appendPoint(cur.pts, c);
            cur.interior = cur.interior || strictlyInside(c);
        }
    }
    return true;
}

/// Sutherland–Hodgman against the rectangle: one ring, possibly with zero-width bridges along the sides; correct
/// for odd-even fill whatever the input. The fallback for rings whose crossings do not pair up.
Ring sutherlandHodgmanRect(const QPolygonF &ring, double xOff, const Rect &r)
{
    Ring cur;
    cur.reserve(ring.size());
    for (const QPointF &p : ring)
        cur.append(QPointF(p.x() + xOff, p.y()));
    for (const Side side : { Side::Left, Side::Right, Side::Bottom, Side::Top }) {
        Ring next;
        const qsizetype n = cur.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF p = cur[i == 0 ? n - 1 : i - 1];
            const QPointF q = cur[i];
            const double vp = sideValue(r, side, p), vq = sideValue(r, side, q);
            if ((vp >= 0.0) != (vq >= 0.0))
                next.append(snapToRect(r, p + (vp / (vp - vq)) * (q - p), side));
            if (vq >= 0.0)
                next.append(q);
        }
        cur = next;
    }
    return cur.size() >= 3 ? cur : Ring();
}

/// The ring (closed, planar, x shifted by xOff) clipped to the rectangle and cut into separate pieces.
QList<Ring> clipRingToRect(const QPolygonF &ring, double xOff, const Rect &r)
{
    std::vector<Chain> chains;
    if (!rectChains(ring, xOff, r, chains)) {
        if (xOff == 0.0)
            return { ring };
        Ring shifted(ring);
        for (QPointF &p : shifted)
            p.setX(std::clamp(p.x() + xOff, r.x0, r.x1));
        return { shifted };
    }
    if (chains.empty())
        return {};
    // Along each side, sorted, crossings pair up 1-2, 3-4, ...: the region is outside at both ends of a side.
    const size_t total = 2 * chains.size();
    std::vector<size_t> order(total);
    for (size_t i = 0; i < total; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&chains](size_t a, size_t b) {
        const Crossing &ca = crossingOf(chains, a), &cb = crossingOf(chains, b);
        return ca.group != cb.group ? ca.group < cb.group : ca.s < cb.s;
    });
    std::vector<size_t> partner(total);
    for (size_t k = 0; k < total; k += 2) {
        if (crossingOf(chains, order[k]).group != crossingOf(chains, order[k + 1]).group) {
            const Ring fallback = sutherlandHodgmanRect(ring, xOff, r);
            return fallback.isEmpty() ? QList<Ring> {} : QList<Ring> { fallback };
        }
        partner[order[k]] = order[k + 1];
        partner[order[k + 1]] = order[k];
    }
    return joinChains(chains, partner, [&](size_t a, size_t b, QPolygonF &out) {
        const Crossing &ca = crossingOf(chains, a);
        const bool vertical = ca.group == int(Side::Left) || ca.group == int(Side::Right);
        const double step = vertical ? r.stepY : r.stepX;
        const double len = std::abs(crossingOf(chains, b).s - ca.s);
        const int segs = std::isfinite(step) ? std::max(1, int(std::ceil(len / step - 1e-9))) : 1;
        const QPointF pa = crossingPoint(chains, a), pb = crossingPoint(chains, b);
        for (int k = 1; k < segs; ++k)
            out.append(pa + (double(k) / segs) * (pb - pa));
    });
}

/**
 * Outer pieces with their holes: each hole piece goes to the outer piece containing its representative point (the
 * first one without a better candidate). Fill is odd-even, so a "hole" can reach beyond its outer ring
 * (world-atlas's Antarctica is a ring round the pole at -89.999 with the coast as its hole): if the outer ring left
 * nothing, the hole pieces are filled regions of their own.
 */
template<typename Repr, typename Contains>
QList<Polygon> assemble(const QList<Ring> &outers, const QList<Ring> &holes, Repr &&repr, Contains &&contains)
{
    QList<Polygon> out;
    if (outers.isEmpty()) {
        for (const Ring &h : holes)
            out.append(Polygon { h });
        return out;
    }
    out.reserve(outers.size());
    for (const Ring &o : outers)
        out.append(Polygon { o });
    for (const Ring &h : holes) {
        qsizetype target = 0;
        QPointF pt;
        if (out.size() > 1 && repr(h, pt)) {
            for (qsizetype i = 0; i < out.size(); ++i) {
                if (contains(i, pt)) {
                    target = i;
                    break;
                }
            }
        }
        out[target].append(h);
    }
    return out;
}

// ---- seam -------------------------------------------------------------------------------------------------------

/// True if every longitude lies in [lo, hi] and no edge jumps by more than 180 degrees.
bool fitsRaw(const QPolygonF &pts, double lo, double hi, bool closed)
{
    const qsizetype n = pts.size();
    if (n == 0)
        return true;
    const QPointF *p = pts.constData();
    double prev = closed ? p[n - 1].x() : p[0].x();
    for (qsizetype i = 0; i < n; ++i) {
        const double x = p[i].x();
        if (x < lo || x > hi || std::abs(x - prev) > 180.0)
            return false;
        prev = x;
    }
    return true;
}

/// The pieces of one ring cut at the seam, in window coordinates [lon0 - 180, lon0 + 180].
QList<Ring> seamPieces(const Ring &ring, double lon0, double step)
{
    const double lo = lon0 - 180.0;
    const double hi = lon0 + 180.0;
    const qsizetype n = ring.size();
    if (n == 0)
        return {};
    if (fitsRaw(ring, lo, hi, true))
        return { ring };

    // Unwrap: consecutive longitudes differ by at most 180.
    Ring u(n);
    const QPointF *p = ring.constData();
    double x = normalizeLongitude(p[0].x(), lon0);
    double minU = x, maxU = x;
    u[0] = QPointF(x, p[0].y());
    for (qsizetype i = 1; i < n; ++i) {
        x += wrapDelta(p[i].x() - p[i - 1].x());
        u[i] = QPointF(x, p[i].y());
        minU = std::min(minU, x);
        maxU = std::max(maxU, x);
    }
    const double winding = x + wrapDelta(p[0].x() - p[n - 1].x()) - u[0].x();
    const Rect strip { lo, hi, -91.0, 91.0, step, step };

    if (std::abs(winding) < 180.0) {
        // An ordinary ring: shift it into the window if it fits, else cut it at every seam line it crosses.
        if (maxU - minU <= 360.0) {
            const double k = std::ceil((maxU - hi) / 360.0);
            if (minU - 360.0 * k >= lo) {
                for (QPointF &q : u)
                    q.setX(std::clamp(q.x() - 360.0 * k, lo, hi));
                return { u };
            }
        }
        QList<Ring> pieces;
        const int kMin = int(std::floor((minU - hi) / 360.0)) + 1;
        const int kMax = int(std::ceil((maxU - lo) / 360.0)) - 1;
        for (int k = kMin; k <= kMax; ++k)
            pieces += clipRingToRect(u, -360.0 * k, strip);
        return pieces;
    }

    // A ring round a pole: the region between it and the pole is periodic in unwrapped longitude. Lay out enough
    // copies of the curve to cover the window with margin on both sides, close them along the pole, and clip.
    const double sgn = winding > 0.0 ? 1.0 : -1.0;
    const double pole = sgn * southArea(ring) <= kTwoPi ? -90.0 : 90.0;
    const double span = std::abs(winding);
    minU = std::min(minU, u[0].x() + winding);
    maxU = std::max(maxU, u[0].x() + winding);
    const int mLo = int(std::floor((lo - maxU) / span)); // one copy of margin on each side
    const int mHi = int(std::ceil((hi - minU) / span));
    const int poleSegs = std::max(1, int(std::ceil(360.0 / step - 1e-9)));
    Ring closed;
    closed.reserve((mHi - mLo + 1) * n + poleSegs + 3);
    for (int c = 0; c <= mHi - mLo; ++c) {
        const double off = (sgn > 0.0 ? mLo + c : mHi - c) * span;
        for (const QPointF &q : std::as_const(u))
            closed.append(QPointF(q.x() + off, q.y()));
    }
    // Down to the pole beyond the window, along the pole back across it (densified there), and up to the start.
    closed.append(QPointF(closed.constLast().x(), pole));
    const double from = sgn > 0.0 ? hi : lo;
    const double to = sgn > 0.0 ? lo : hi;
    for (int k = 0; k <= poleSegs; ++k)
        closed.append(QPointF(k == poleSegs ? to : from + (to - from) * k / poleSegs, pole));
    closed.append(QPointF(closed.constFirst().x(), pole));

    QList<Ring> pieces = clipRingToRect(closed, 0.0, strip);
    for (Ring &piece : pieces) {
        for (QPointF &q : piece)
            q.setY(std::clamp(q.y(), -90.0, 90.0));
    }
    return pieces;
}

/// The latitude where the segment a→b (unwrapped lon-lat) crosses longitude x.
double crossingLatitude(QPointF a, QPointF b, double x)
{
    const double dx = b.x() - a.x();
    const auto linear = [&] {
        const double t = dx == 0.0 ? 0.0 : (x - a.x()) / dx;
        return a.y() + t * (b.y() - a.y());
    };
    if (std::abs(dx) < 1.0)
        return linear();
    // Great circle through a and b meets the half-meridian at x where cos φ (n·m) + sin φ n_z = 0.
    const Vec3 nrm = cross(toVec(a), toVec(b));
    if (std::abs(nrm.z) < 1e-12 * norm(nrm) || norm(nrm) < 1e-15)
        return linear();
    const double lon = x * kDeg;
    const double nm = nrm.x * std::cos(lon) + nrm.y * std::sin(lon);
    const double lat = std::atan(-nm / nrm.z) * kRad;
    return std::isfinite(lat) ? lat : linear();
}

// ---- cap --------------------------------------------------------------------------------------------------------

struct Cap {
    QPointF centre;
    double radiusDeg = 0.0;
    Vec3 c, e1, e2; ///< centre, east and north there: e1 × e2 = c
    double cosr = 1.0, sinr = 0.0;

    Cap(QPointF centreLL, double radius)
        : centre(centreLL)
        , radiusDeg(radius)
    {
        const double lon = centreLL.x() * kDeg;
        const double lat = centreLL.y() * kDeg;
        c = toVec(centreLL);
        e1 = { -std::sin(lon), std::cos(lon), 0.0 };
        e2 = { -std::sin(lat) * std::cos(lon), -std::sin(lat) * std::sin(lon), std::cos(lat) };
        cosr = std::cos(radius * kDeg);
        sinr = std::sin(radius * kDeg);
    }

    /// Angle around the centre, counter-clockwise seen from outside: the cap is on the left when it increases.
    double psi(Vec3 v) const { return std::atan2(dot(v, e2), dot(v, e1)); }
    Vec3 circlePoint(double psiRad) const { return cosr * c + sinr * (std::cos(psiRad) * e1 + std::sin(psiRad) * e2); }

    void walk(double psiFrom, double dist, int dir, double step, QPolygonF &out) const
    {
        const double arcDeg = dist * sinr * kRad;
        const int segs = std::max(1, int(std::ceil(arcDeg / step - 1e-9)));
        for (int k = 1; k < segs; ++k)
            out.append(toLonLat(circlePoint(psiFrom + dir * dist * k / segs)));
    }

    Ring fullCircle(double step) const
    {
        const int segs = std::max(8, int(std::ceil(360.0 * sinr / step - 1e-9)));
        Ring ring;
        ring.reserve(segs);
        for (int k = 0; k < segs; ++k)
            ring.append(toLonLat(circlePoint(kTwoPi * k / segs)));
        return ring;
    }
};

enum class Where { Inside, Outside, Unknown };

/**
 * Quick classification with a bounding cap of the vertices, from one pass without trigonometry. A bounding cap of
 * radius ≤ 90 is convex, so it also holds the great-circle edges, and the smaller region of a ring inside it.
 */
Where classify(const QPolygonF &pts, const Cap &cap, bool closed)
{
    if (pts.isEmpty())
        return Where::Outside;
    const LonBox b = lonBox(pts, closed);
    QPointF bc;
    double br = 0.0;
    if (closed && std::abs(b.winding) >= 180.0) {
        if (b.maxLat <= 0.0) {
            bc = QPointF(0.0, -90.0);
            br = 90.0 + b.maxLat;
        } else if (b.minLat >= 0.0) {
            bc = QPointF(0.0, 90.0);
            br = 90.0 - b.minLat;
        } else {
            return Where::Unknown;
        }
    } else {
        if (b.maxU - b.minU > 180.0)
            return Where::Unknown;
        bc = QPointF(0.5 * (b.minU + b.maxU), 0.5 * (b.minLat + b.maxLat));
        br = std::max(
            angularDistanceDeg(bc, QPointF(b.minU, b.minLat)), angularDistanceDeg(bc, QPointF(b.minU, b.maxLat)));
        if (br > 90.0)
            return Where::Unknown;
    }
    const double dc = angularDistanceDeg(cap.centre, bc);
    if (dc + br <= cap.radiusDeg)
        return Where::Inside;
    if (dc >= cap.radiusDeg + br)
        return Where::Outside;
    return Where::Unknown;
}

/// Where an edge crosses the cap's circle.
struct CapEvent {
    qsizetype edge = 0;
    double theta = 0.0;
    Vec3 pt;
    bool entry = false;
};

/// The crossings of the great-circle edge p→q (dp, dq: c·p − cos r) with the circle, in order along the edge.
template<typename Out>
void edgeCrossings(const Cap &cap, qsizetype edge, Vec3 p, Vec3 q, double dp, double dq, Out &out)
{
    const bool pin = dp >= 0.0;
    const bool qin = dq >= 0.0;
    if (pin == qin) {
        // Both ends on one side: the arc can still pass through the circle twice, if the side is not convex.
        if (pin && cap.cosr >= 0.0) // cap of radius ≤ 90: convex
            return;
        if (!pin && cap.cosr <= 0.0) // complement of radius ≤ 90: convex
            return;
        // Necessary: c·x moves away from p's side leaving p and leaving q (derivatives, unnormalised).
        const double cp = dp + cap.cosr, cq = dq + cap.cosr, pq = dot(p, q);
        const double fromP = cq - pq * cp, fromQ = cp - pq * cq;
        if (pin ? !(fromP < 0.0 && fromQ < 0.0) : !(fromP > 0.0 && fromQ > 0.0))
            return;
    }
    const Arc arc = makeArc(p, q);
    if (arc.omega <= 0.0) {
        if (pin != qin)
            out.push_back({ edge, 0.0, p, qin });
        return;
    }
    // c·x(θ) = A cos θ + B sin θ = R cos(θ − φ); it is ≥ cos r for |θ − φ| ≤ α.
    const double a = dot(cap.c, arc.p);
    const double b = dot(cap.c, arc.u);
    const double rr = std::hypot(a, b);
    const double ratio = rr > 0.0 ? cap.cosr / rr : 2.0;
    const double phi = std::atan2(b, a);
    if (pin != qin) {
        const double alpha = std::acos(std::clamp(ratio, -1.0, 1.0));
        const double theta = std::clamp(normalizeTheta(pin ? phi + alpha : phi - alpha), 0.0, arc.omega);
        out.push_back({ edge, theta, arcAt(arc, theta), qin });
        return;
    }
    if (std::abs(ratio) >= 1.0)
        return;
    const double alpha = std::acos(ratio);
    const double t1 = normalizeTheta(pin ? phi + alpha : phi - alpha);
    const double t2 = t1 + (pin ? kTwoPi - 2.0 * alpha : 2.0 * alpha);
    if (!(t1 > 0.0 && t2 < arc.omega))
        return;
    out.push_back({ edge, t1, arcAt(arc, t1), !pin });
    out.push_back({ edge, t2, arcAt(arc, t2), pin });
}

struct CapPieces {
    bool unchanged = false;
    QList<Ring> rings;
    QList<Ring> extraHoles;
};

constexpr double kCapEps = 1e-12;

/// Winding number of the ring around the axis through the cap centre (+1: counter-clockwise seen from outside).
int windingAroundCentre(const Cap &cap, const std::vector<Vec3> &v)
{
    double sum = 0.0;
    double prev = cap.psi(v.back());
    for (const Vec3 &x : v) {
        const double a = cap.psi(x);
        sum += wrapAngle(a - prev);
        prev = a;
    }
    return int(std::lround(sum / kTwoPi));
}

/// A ring that does not enter the cap: nothing, or the whole circle if the ring's smaller region holds the cap.
CapPieces outsideRing(const Cap &cap, const std::vector<Vec3> &v, int dir, double step)
{
    CapPieces result;
    const int w = windingAroundCentre(cap, v);
    if ((w == 1 && dir > 0) || (w == -1 && dir < 0))
        result.rings.append(cap.fullCircle(step));
    return result;
}

CapPieces capRingPieces(const Ring &ring, const Cap &cap, double step)
{
    CapPieces result;
    const qsizetype n = ring.size();
    if (n == 0)
        return result;
    std::vector<Vec3> v(static_cast<size_t>(n));
    std::vector<double> d(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        v[size_t(i)] = toVec(ring[i]);
        d[size_t(i)] = dot(cap.c, v[size_t(i)]) - cap.cosr;
    }
    std::vector<CapEvent> events;
    for (qsizetype i = 0; i < n; ++i) {
        const auto j = size_t(i + 1 == n ? 0 : i + 1);
        edgeCrossings(cap, i, v[size_t(i)], v[j], d[size_t(i)], d[j], events);
    }

    if (events.empty()) {
        if (d[0] < 0.0)
            return outsideRing(cap, v, sphericalDirection(ring, &v), step);
        result.unchanged = true;
        // With radius > 90 the hidden cap can lie inside a ring that is entirely visible.
        if (cap.cosr < 0.0) {
            const int w = windingAroundCentre(cap, v);
            const int dir = sphericalDirection(ring, &v);
            if ((w == 1 && dir < 0) || (w == -1 && dir > 0))
                result.extraHoles.append(cap.fullCircle(step));
        }
        return result;
    }

    // Walk the ring as a sequence of vertices and crossings, starting after an exit, collecting chains.
    std::vector<qsizetype> items; // vertex index i ≥ 0, or ~event index
    items.reserve(size_t(n) + events.size());
    size_t ei = 0;
    for (qsizetype i = 0; i < n; ++i) {
        items.push_back(i);
        while (ei < events.size() && events[ei].edge == i)
            items.push_back(~qsizetype(ei++));
    }
    const size_t itemCount = items.size();
    size_t firstExit = 0;
    while (firstExit < itemCount && (items[firstExit] >= 0 || events[size_t(~items[firstExit])].entry))
        ++firstExit;
    if (firstExit == itemCount) // only entries: inconsistent
        return result;

    std::vector<Chain> chains;
    Chain cur;
    bool open = false;
    for (size_t k = 1; k <= itemCount; ++k) {
        const qsizetype it = items[(firstExit + k) % itemCount];
        if (it >= 0) {
            if (open) {
                appendPoint(cur.pts, ring[it], 1e-12);
                if (d[size_t(it)] > kCapEps)
                    cur.interior = true;
            }
            continue;
        }
        const CapEvent &ev = events[size_t(~it)];
        if (ev.entry) {
            cur = Chain();
            cur.pts.append(toLonLat(ev.pt));
            cur.in = { 0, cap.psi(ev.pt) };
            open = true;
        } else if (open) {
            appendPoint(cur.pts, toLonLat(ev.pt), 1e-12);
            cur.out = { 0, cap.psi(ev.pt) };
            for (qsizetype m = 0; m + 1 < cur.pts.size() && !cur.interior; ++m) {
                const Vec3 mid = toVec(cur.pts[m]) + toVec(cur.pts[m + 1]);
                const double len = norm(mid);
                cur.interior = len > 1e-12 && dot(cap.c, mid) / len - cap.cosr > kCapEps;
            }
            if (cur.interior && cur.pts.size() >= 2)
                chains.push_back(std::move(cur));
            cur = Chain();
            open = false;
        }
    }
    const int dir = sphericalDirection(ring, &v);
    if (chains.empty()) // only grazing contacts: the ring is outside
        return outsideRing(cap, v, dir, step);

    // Around the circle the crossings alternate between the region and its outside. Sorted by ψ, pair them 1-2,
    // 3-4, ... or 2-3, ..., n-1: the region is on the left of a ring with dir > 0, and the cap is on the left of
    // increasing ψ, so going from an exit in direction dir stays in the region.
    const size_t total = 2 * chains.size();
    std::vector<size_t> order(total);
    for (size_t i = 0; i < total; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [&chains](size_t a, size_t b) { return crossingOf(chains, a).s < crossingOf(chains, b).s; });
    const bool fromFirst = (dir > 0 ? order[0] : order[1]) % 2 == 1; // an exit
    std::vector<size_t> partner(total);
    std::vector<char> ascending(total);
    for (size_t k = fromFirst ? 0 : 1, done = 0; done < total; k += 2, done += 2) {
        const size_t a = order[k % total], b = order[(k + 1) % total];
        partner[a] = b;
        partner[b] = a;
        ascending[a] = 1;
        ascending[b] = 0;
    }
    result.rings = joinChains(chains, partner, [&](size_t a, size_t b, QPolygonF &out) {
        const int sense = ascending[a] ? 1 : -1;
        const double from = crossingOf(chains, a).s;
        double dist = std::fmod(sense * (crossingOf(chains, b).s - from), kTwoPi);
        if (dist < 0.0)
            dist += kTwoPi;
        if (dist > kTwoPi - 1e-12)
            dist = 0.0;
        cap.walk(from, dist, sense, step, out);
    });
    return result;
}

} // namespace

// ---- public API -------------------------------------------------------------------------------------------------

double angularDistanceDeg(QPointF a, QPointF b)
{
    const Vec3 p = toVec(a);
    const Vec3 q = toVec(b);
    return std::atan2(norm(cross(p, q)), dot(p, q)) * kRad;
}

QPointF interpolate(QPointF a, QPointF b, double t)
{
    if (t == 0.0)
        return a;
    if (t == 1.0)
        return b;
    const Arc arc = makeArc(toVec(a), toVec(b));
    if (arc.omega <= 0.0)
        return a;
    return toLonLat(arcAt(arc, t * arc.omega));
}

double planarDistanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0) : 0.0;
    return std::hypot(p.x() - (a.x() + t * ab.x()), p.y() - (a.y() + t * ab.y()));
}

double normalizeLongitude(double lonDeg, double lon0Deg)
{
    const double lo = lon0Deg - 180.0;
    double r = lonDeg - lo;
    if (r < 0.0 || r >= 360.0)
        r -= 360.0 * std::floor(r / 360.0);
    return lo + r;
}

namespace {

template<typename PointAt>
Polyline sampleArc(QPointF a, QPointF b, double lengthDeg, double stepDeg, PointAt &&pointAt)
{
    const double step = sanitizeStep(stepDeg);
    const int segs = std::max(1, int(std::ceil(lengthDeg / step - 1e-9)));
    Polyline out;
    out.reserve(segs + 1);
    out.append(a);
    double prev = a.x();
    for (int i = 1; i < segs; ++i) {
        const QPointF p = pointAt(double(i) / segs);
        prev += wrapDelta(p.x() - prev);
        out.append(QPointF(prev, p.y()));
    }
    out.append(QPointF(prev + wrapDelta(b.x() - prev), b.y()));
    return out;
}

} // namespace

Polyline greatCircle(QPointF a, QPointF b, double stepDeg)
{
    const Arc arc = makeArc(toVec(a), toVec(b));
    return sampleArc(a, b, arc.omega * kRad, stepDeg, [&arc](double t) { return toLonLat(arcAt(arc, t * arc.omega)); });
}

QPointF arcPoint(QPointF a, QPointF b, double t, double bulge)
{
    const Arc arc = makeArc(toVec(a), toVec(b));
    const Vec3 x = arcAt(arc, t * arc.omega);
    const Vec3 left = cross(arc.p, arc.u); // the pole of the great circle, on the left of travel
    const double h = bulge * arc.omega * 4.0 * t * (1.0 - t);
    if (h == 0.0)
        return t == 0.0 ? a : t == 1.0 ? b : toLonLat(x);
    return toLonLat(std::cos(h) * x + std::sin(h) * left);
}

Polyline flowArc(QPointF a, QPointF b, double bulge, double stepDeg)
{
    const double length = angularDistanceDeg(a, b) * (1.0 + 2.0 * std::abs(bulge));
    return sampleArc(a, b, length, stepDeg, [&](double t) { return arcPoint(a, b, t, bulge); });
}

QList<Polygon> cutPolygonAtSeam(const Polygon &polygon, double lon0Deg, double stepDeg)
{
    if (polygon.isEmpty() || polygon.constFirst().isEmpty())
        return {};
    const double lo = lon0Deg - 180.0;
    const double hi = lon0Deg + 180.0;
    if (std::all_of(polygon.cbegin(), polygon.cend(), [lo, hi](const Ring &r) { return fitsRaw(r, lo, hi, true); }))
        return { polygon };

    const double step = sanitizeStep(stepDeg);
    const QList<Ring> outers = seamPieces(polygon.constFirst(), lon0Deg, step);
    QList<Ring> holes;
    for (qsizetype i = 1; i < polygon.size(); ++i)
        holes += seamPieces(polygon[i], lon0Deg, step);
    return assemble(
        outers, holes,
        [lo, hi](const Ring &h, QPointF &pt) {
            for (const QPointF &p : h) {
                if (p.x() > lo && p.x() < hi) {
                    pt = p;
                    return true;
                }
            }
            return false;
        },
        [&outers](qsizetype i, QPointF pt) { return pointInRing(outers[i], pt); });
}

QList<Polyline> cutPolylineAtSeam(const Polyline &line, double lon0Deg)
{
    const qsizetype n = line.size();
    if (n == 0)
        return {};
    const double lo = lon0Deg - 180.0;
    const double hi = lon0Deg + 180.0;
    if (fitsRaw(line, lo, hi, false))
        return { line };
    if (n == 1)
        return { Polyline { QPointF(normalizeLongitude(line[0].x(), lon0Deg), line[0].y()) } };

    QList<Polyline> pieces;
    Polyline cur;
    double u = normalizeLongitude(line[0].x(), lon0Deg);
    double off = 0.0; // unwrapped = window + off
    cur.append(QPointF(u, line[0].y()));
    for (qsizetype i = 1; i < n; ++i) {
        const double un = u + wrapDelta(line[i].x() - line[i - 1].x());
        const QPointF a(u, line[i - 1].y());
        const QPointF b(un, line[i].y());
        if (un > hi + off || un < lo + off) {
            const bool east = un > hi + off;
            const double seam = (east ? hi : lo) + off;
            const double lat = crossingLatitude(a, b, seam);
            appendPoint(cur, QPointF(east ? hi : lo, lat));
            if (cur.size() >= 2)
                pieces.append(cur);
            cur = Polyline { QPointF(east ? lo : hi, lat) };
            off += east ? 360.0 : -360.0;
        }
        appendPoint(cur, QPointF(std::clamp(un - off, lo, hi), line[i].y()));
        u = un;
    }
    if (cur.size() >= 2)
        pieces.append(cur);
    return pieces;
}

bool inCap(QPointF p, QPointF centre, double radiusDeg)
{
    if (radiusDeg >= 180.0)
        return true;
    return dot(toVec(p), toVec(centre)) >= std::cos(radiusDeg * kDeg) - kCapEps;
}

QList<Polygon> clipPolygonToCap(const Polygon &polygon, QPointF centre, double radiusDeg, double stepDeg)
{
    if (polygon.isEmpty() || !(radiusDeg > 0.0))
        return {};
    if (radiusDeg >= 180.0)
        return { polygon };
    const Cap cap(centre, radiusDeg);
    // Every ring is classified, holes too: with odd-even fill a hole may reach beyond its outer ring.
    std::vector<Where> where(static_cast<size_t>(polygon.size()));
    bool allInside = true, allOutside = true;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const Where w = classify(polygon[i], cap, true);
        where[size_t(i)] = w;
        allInside = allInside && (w == Where::Inside || polygon[i].isEmpty());
        allOutside = allOutside && w == Where::Outside;
    }
    if (allInside)
        return { polygon };
    if (allOutside)
        return {};
    const double step = sanitizeStep(stepDeg);
    QList<Ring> outers, holes;
    bool unchanged = true;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const Ring &ring = polygon[i];
        QList<Ring> &target = i == 0 ? outers : holes;
        if (where[size_t(i)] == Where::Inside) {
            target.append(ring);
            continue;
        }
        if (where[size_t(i)] == Where::Outside) {
            unchanged = unchanged && ring.isEmpty();
            continue;
        }
        const CapPieces pieces = capRingPieces(ring, cap, step);
        if (pieces.unchanged) {
            target.append(ring);
        } else {
            target += pieces.rings;
            unchanged = false;
        }
        if (!pieces.extraHoles.isEmpty()) {
            holes += pieces.extraHoles;
            unchanged = false;
        }
    }
    if (unchanged)
        return { polygon };

    // Hole pieces go to the outer piece containing them, tested in a stereographic projection from the antipode.
    const auto project = [&cap](QPointF ll) {
        const Vec3 v = toVec(ll);
        const double den = std::max(1.0 + dot(v, cap.c), 1e-12);
        return QPointF(dot(v, cap.e1) / den, dot(v, cap.e2) / den);
    };
    std::vector<QPolygonF> projected;
    return assemble(
        outers, holes,
        [&cap](const Ring &h, QPointF &pt) {
            for (const QPointF &p : h) {
                if (dot(toVec(p), cap.c) - cap.cosr > 1e-9) {
                    pt = p;
                    return true;
                }
            }
            return false;
        },
        [&](qsizetype i, QPointF pt) {
            if (projected.empty()) {
                for (const Ring &o : outers) {
                    QPolygonF pr;
                    pr.reserve(o.size());
                    for (const QPointF &p : o)
                        pr.append(project(p));
                    projected.push_back(pr);
                }
            }
            return pointInRing(projected[size_t(i)], project(pt));
        });
}

QList<Polyline> clipPolylineToCap(const Polyline &line, QPointF centre, double radiusDeg)
{
    const qsizetype n = line.size();
    if (n == 0 || !(radiusDeg > 0.0))
        return {};
    if (radiusDeg >= 180.0)
        return { line };
    const Cap cap(centre, radiusDeg);
    if (n == 1)
        return inCap(line[0], centre, radiusDeg) ? QList<Polyline> { line } : QList<Polyline> {};
    switch (classify(line, cap, false)) {
    case Where::Inside:
        return { line };
    case Where::Outside:
        return {};
    case Where::Unknown:
        break;
    }
    QList<Polyline> pieces;
    Polyline cur;
    Vec3 p = toVec(line[0]);
    double dp = dot(cap.c, p) - cap.cosr;
    if (dp >= 0.0)
        cur.append(line[0]);
    std::vector<CapEvent> events;
    bool changed = dp < 0.0;
    for (qsizetype i = 1; i < n; ++i) {
        const Vec3 q = toVec(line[i]);
        const double dq = dot(cap.c, q) - cap.cosr;
        events.clear();
        edgeCrossings(cap, i - 1, p, q, dp, dq, events);
        for (const CapEvent &ev : events) {
            changed = true;
            if (ev.entry) {
                cur = Polyline { toLonLat(ev.pt) };
            } else {
                appendPoint(cur, toLonLat(ev.pt), 1e-12);
                if (cur.size() >= 2)
                    pieces.append(cur);
                cur.clear();
            }
        }
        if (dq >= 0.0)
            appendPoint(cur, line[i], 1e-12);
        else
            changed = true;
        p = q;
        dp = dq;
    }
    if (!changed)
        return { line };
    if (cur.size() >= 2)
        pieces.append(cur);
    return pieces;
}

namespace {

/// Sutherland–Hodgman against lat ≥ latMin and lat ≤ latMax, crossing longitudes interpolated the short way round.
Ring sutherlandHodgmanLatitudes(const Ring &ring, double latMin, double latMax)
{
    Ring cur = ring;
    for (int pass = 0; pass < 2; ++pass) {
        const auto inside = [&](QPointF p) { return pass == 0 ? p.y() >= latMin : p.y() <= latMax; };
        const double limit = pass == 0 ? latMin : latMax;
        Ring next;
        const qsizetype n = cur.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF p = cur[i == 0 ? n - 1 : i - 1];
            const QPointF q = cur[i];
            const bool pin = inside(p), qin = inside(q);
            if (pin != qin) {
                const double t = (limit - p.y()) / (q.y() - p.y());
                next.append(QPointF(p.x() + t * wrapDelta(q.x() - p.x()), limit));
            }
            if (qin)
                next.append(q);
        }
        cur = next;
    }
    return cur.size() >= 3 ? cur : Ring();
}

QList<Ring> latitudePieces(const Ring &ring, double latMin, double latMax)
{
    const qsizetype n = ring.size();
    if (n < 3)
        return {};
    bool jumps = false;
    double minX = ring[0].x(), maxX = minX;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = ring[i].x();
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        jumps = jumps || std::abs(x - ring[i == 0 ? n - 1 : i - 1].x()) > 180.0;
    }
    if (jumps) {
        const Ring r = sutherlandHodgmanLatitudes(ring, latMin, latMax);
        return r.isEmpty() ? QList<Ring> {} : QList<Ring> { r };
    }
    const Rect band { minX - 1.0, maxX + 1.0, latMin, latMax, kInf, kInf };
    return clipRingToRect(ring, 0.0, band);
}

Where latitudeClass(const Ring &ring, double latMin, double latMax)
{
    bool allIn = true, allBelow = true, allAbove = true;
    for (const QPointF &p : ring) {
        const double y = p.y();
        allIn = allIn && y >= latMin && y <= latMax;
        allBelow = allBelow && y < latMin;
        allAbove = allAbove && y > latMax;
    }
    return allIn ? Where::Inside : (allBelow || allAbove) ? Where::Outside : Where::Unknown;
}

} // namespace

QList<Polygon> clipPolygonToLatitudes(const Polygon &polygon, double latMinDeg, double latMaxDeg)
{
    if (polygon.isEmpty() || !(latMinDeg <= latMaxDeg))
        return {};
    // Every ring is classified, holes too: with odd-even fill a hole may reach beyond its outer ring.
    std::vector<Where> where(static_cast<size_t>(polygon.size()));
    bool allInside = true, allOutside = true;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const Where w = latitudeClass(polygon[i], latMinDeg, latMaxDeg);
        where[size_t(i)] = w;
        allInside = allInside && w == Where::Inside;
        allOutside = allOutside && w == Where::Outside;
    }
    if (allInside)
        return { polygon };
    if (allOutside)
        return {};
    QList<Ring> outers, holes;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        QList<Ring> &target = i == 0 ? outers : holes;
        if (where[size_t(i)] == Where::Inside)
            target.append(polygon[i]);
        else if (where[size_t(i)] == Where::Unknown)
            target += latitudePieces(polygon[i], latMinDeg, latMaxDeg);
    }
    return assemble(
        outers, holes,
        [latMinDeg, latMaxDeg](const Ring &h, QPointF &pt) {
            for (const QPointF &p : h) {
                if (p.y() > latMinDeg && p.y() < latMaxDeg) {
                    pt = p;
                    return true;
                }
            }
            return false;
        },
        [&outers](qsizetype i, QPointF pt) { return pointInRing(outers[i], pt); });
}

} // namespace atlas::geo
