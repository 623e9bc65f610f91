#!/usr/bin/env bash
# Derives resources/basemap/basemap.gpkg, the offline vector basemap, from Natural Earth.
#
#   resources/basemap/derive.sh NATURAL_EARTH_DIR [OUTPUT_GPKG]
#
# NATURAL_EARTH_DIR (the folder of Natural Earth inputs kept outside the project) must hold countries-110m.json, countries-50m.json (world-atlas 2.0.2) and world_map.gpkg (QGIS
# 3.22's copy of Natural Earth 1:10m v4.1.0). OUTPUT_GPKG defaults to basemap.gpkg next to this
# script. Needs only Debian's gdal-bin (ogr2ogr, ogrinfo) and python3 (standard library only).
# Same inputs and GDAL version give a byte-identical file (timestamps are pinned with
# OGR_CURRENT_DATE). See README.md beside this script for what the layers hold.
set -euo pipefail
export LC_ALL=C

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
[[ $# -ge 1 ]] || { echo "usage: derive.sh NATURAL_EARTH_DIR [OUTPUT_GPKG]" >&2; exit 2; }
ne=$1
out=${2:-$here/basemap.gpkg}

for f in countries-110m.json countries-50m.json world_map.gpkg; do
    [[ -r "$ne/$f" ]] || { echo "derive.sh: $ne/$f not found (pass the Natural Earth folder)" >&2; exit 1; }
done
command -v ogr2ogr >/dev/null || { echo "derive.sh: ogr2ogr not found (apt install gdal-bin)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "derive.sh: python3 not found" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The GeoPackage driver stamps gpkg_contents.last_change with the current time unless told otherwise.
export OGR_CURRENT_DATE=2019-12-01T00:00:00Z
export OGR_SQLITE_SYNCHRONOUS=OFF
quiet=(--config CPL_LOG /dev/null -q)

# 1. Raw inputs into one scratch GeoPackage, geometry untouched (only Polygon -> MultiPolygon).
# The TopoJSON feature id (ISO 3166-1 numeric, "" for Kosovo, N. Cyprus, Somaliland ...) becomes iso_n3.
ogr2ogr "${quiet[@]}" -f GPKG "$work/work.gpkg" "$ne/countries-110m.json" \
    -dialect OGRSQL -sql "SELECT id AS iso_n3, name FROM countries" \
    -nln world -nlt PROMOTE_TO_MULTI -a_srs EPSG:4326 -lco SPATIAL_INDEX=NO
ogr2ogr "${quiet[@]}" -update -f GPKG "$work/work.gpkg" "$ne/countries-50m.json" \
    -dialect OGRSQL -sql "SELECT id AS iso_n3, name FROM countries" \
    -nln detail -nlt PROMOTE_TO_MULTI -a_srs EPSG:4326 -lco SPATIAL_INDEX=NO
ogr2ogr "${quiet[@]}" -update -f GPKG "$work/work.gpkg" "$ne/world_map.gpkg" \
    -sql "SELECT geom, iso_a2, name, admin AS admin0_name FROM states_provinces
          WHERE iso_a2 IN ('GB', 'IE', 'NO', 'US') ORDER BY iso_a2, name, fid" \
    -nln admin1 -nlt MULTIPOLYGON -lco SPATIAL_INDEX=NO
ogr2ogr "${quiet[@]}" -update -f GPKG "$work/work.gpkg" "$ne/world_map.gpkg" \
    -sql "SELECT iso_a2, NAME AS name, ISO_A3 AS iso_a3 FROM countries ORDER BY fid" \
    -nln wm_countries -nlt NONE

gdal_version=$(ogrinfo --version | sed -E 's/^GDAL ([^,]+),.*/\1/')

# 2. Python works out iso_a2 and a label point for every feature and writes them as plain tables.
python3 - "$work/work.gpkg" "$ne" "$gdal_version" <<'PY'
import hashlib, heapq, json, math, os, sqlite3, struct, sys

work, ne, gdal_version = sys.argv[1:4]
db = sqlite3.connect(work)


def parse_gpkg_geometry(blob):
    """GeoPackage binary -> list of polygons, each a list of rings, each a list of (lon, lat)."""
    if blob is None:
        return []
    assert blob[:2] == b"GP", "not a GeoPackage geometry"
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    pos = 8 + envelope

    def read(fmt, order):
        nonlocal pos
        value = struct.unpack_from(order + fmt, blob, pos)
        pos += struct.calcsize(fmt)
        return value

    def polygon(order):
        (nrings,) = read("I", order)
        rings = []
        for _ in range(nrings):
            (npoints,) = read("I", order)
            coords = read("%dd" % (2 * npoints), order)
            rings.append(list(zip(coords[0::2], coords[1::2])))
        return rings

    order = "<" if blob[pos] == 1 else ">"
    pos += 1
    (kind,) = read("I", order)
    if kind == 3:
        return [polygon(order)]
    assert kind == 6, "unexpected geometry type %d" % kind
    (nparts,) = read("I", order)
    parts = []
    for _ in range(nparts):
        order = "<" if blob[pos] == 1 else ">"
        pos += 1
        (kind,) = read("I", order)
        assert kind == 3
        parts.append(polygon(order))
    return parts


def unwrap(ring):
    """Ring with jumps across the antimeridian made continuous (longitudes may leave ±180).
    Returns (points, crossings): an even number of crossings gives a closed ring; an odd one a
    ring around a pole (Antarctica), which is then left as it is."""
    pts, offset, crossings = [ring[0]], 0.0, 0
    for (x0, _), (x1, y1) in zip(ring, ring[1:]):
        if x1 - x0 > 180:
            offset -= 360; crossings += 1
        elif x0 - x1 > 180:
            offset += 360; crossings += 1
        pts.append((x1 + offset, y1))
    if crossings % 2:
        return list(ring), crossings
    return pts, crossings


def ring_area(ring):
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))


def inside(x, y, rings):
    """Even-odd rule over all rings."""
    c = False
    for ring in rings:
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i]; xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                c = not c
            j = i
    return c


def segment_distance_sq(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    if dx or dy:
        t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
        if t > 1:
            ax, ay = bx, by
        elif t > 0:
            ax += dx * t; ay += dy * t
    dx, dy = px - ax, py - ay
    return dx * dx + dy * dy


def signed_distance(x, y, rings):
    best = math.inf
    for ring in rings:
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1]):
            best = min(best, segment_distance_sq(x, y, ax, ay, bx, by))
    d = math.sqrt(best)
    return d if inside(x, y, rings) else -d


def polylabel(rings, precision):
    """Pole of inaccessibility (Mapbox's polylabel): the inside point farthest from the edges."""
    xs = [p[0] for p in rings[0]]; ys = [p[1] for p in rings[0]]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    width, height = maxx - minx, maxy - miny
    size = min(width, height)
    if size <= 0:
        return rings[0][0]
    h = size / 2
    heap, counter = [], 0

    def push(cx, cy, half):
        nonlocal counter
        d = signed_distance(cx, cy, rings)
        heapq.heappush(heap, (-(d + half * math.sqrt(2)), counter, cx, cy, half, d))
        counter += 1

    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            push(x + h, y + h, h)
            y += size
        x += size
    a = ring_area(rings[0])
    if a:
        cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(rings[0], rings[0][1:] + rings[0][:1])) / (6 * a)
        cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(rings[0], rings[0][1:] + rings[0][:1])) / (6 * a)
        best = (cx, cy, signed_distance(cx, cy, rings))
    else:
        best = (minx + width / 2, miny + height / 2, signed_distance(minx + width / 2, miny + height / 2, rings))
    bb = (minx + width / 2, miny + height / 2)
    d = signed_distance(*bb, rings)
    if d > best[2]:
        best = (bb[0], bb[1], d)
    while heap:
        _, _, cx, cy, half, d = heapq.heappop(heap)
        if d > best[2]:
            best = (cx, cy, d)
        if d + half * math.sqrt(2) - best[2] <= precision:
            continue
        half /= 2
        for sx in (-1, 1):
            for sy in (-1, 1):
                push(cx + sx * half, cy + sy * half, half)
    return best[0], best[1]


def label_point(polygons):
    """A point inside the largest part, well away from its edges, as (lon, lat) in ±180."""
    best = None
    for rings in polygons:
        unwrapped = [unwrap(r)[0] for r in rings]
        lats = [p[1] for p in unwrapped[0]]
        k = math.cos(math.radians((min(lats) + max(lats)) / 2))
        # Equirectangular at the part's middle latitude: an affine map, so "inside" is unchanged.
        area = abs(abs(ring_area(unwrapped[0])) - sum(abs(ring_area(r)) for r in unwrapped[1:])) * k
        if best is None or area > best[0]:
            best = (area, unwrapped, k)
    _, rings, k = best
    scaled = [[(x * k, y) for x, y in r] for r in rings]
    xs = [p[0] for p in scaled[0]]; ys = [p[1] for p in scaled[0]]
    precision = max(1e-4, max(max(xs) - min(xs), max(ys) - min(ys)) / 500)
    x, y = polylabel(scaled, precision)
    assert inside(x, y, scaled), "label point outside its polygon"
    lon = x / k
    while lon > 180:
        lon -= 360
    while lon < -180:
        lon += 360
    return round(lon, 5), round(y, 5)


# ISO 3166-1 alpha-2 by Natural Earth name. world_map.gpkg has no numeric code (its countries
# layer has iso_a2, NAME, ISO_A3, FIPS_10_, WB_A2, WB_A3), but world-atlas's "name" and
# world_map.gpkg's "NAME" are both Natural Earth's NAME: match on it, then key the result by the
# numeric code so that every feature sharing a numeric code gets the same alpha-2.
alpha2_by_name = {}
for iso_a2, name in db.execute("SELECT iso_a2, name FROM wm_countries"):
    if iso_a2 and iso_a2 != "-99":
        alpha2_by_name[name] = iso_a2
# Numeric codes whose only feature is missing from world_map.gpkg (generalised away).
NOT_IN_WORLD_MAP = {"336": "VA"}  # Vatican (countries-50m only)

# Optional cross-check against Debian's iso-codes, when installed (not needed to derive).
iso_codes = "/usr/share/iso-codes/json/iso_3166-1.json"
reference = {}
if os.path.exists(iso_codes):
    with open(iso_codes, encoding="utf-8") as f:
        reference = {e["numeric"]: e["alpha_2"] for e in json.load(f)["3166-1"]}

for table in ("world", "detail"):
    rows = db.execute("SELECT fid, iso_n3, name, geom FROM %s ORDER BY fid" % table).fetchall()
    alpha2_by_numeric = dict(NOT_IN_WORLD_MAP)
    for _, numeric, name, _ in rows:
        if numeric and name in alpha2_by_name:
            code = alpha2_by_name[name]
            assert alpha2_by_numeric.setdefault(numeric, code) == code, (table, numeric, name)
    out = []
    for fid, numeric, name, geom in rows:
        code = alpha2_by_numeric.get(numeric, "") if numeric else ""
        if numeric and not code:
            sys.exit("derive.sh: %s: no alpha-2 code for %s (%s); add it to NOT_IN_WORLD_MAP" % (table, name, numeric))
        if reference and numeric and reference.get(numeric) != code:
            sys.exit("derive.sh: %s: %s (%s) -> %s, but iso-codes says %s" % (table, name, numeric, code, reference.get(numeric)))
        lon, lat = label_point(parse_gpkg_geometry(geom))
        out.append((fid, code, lon, lat))
    db.execute("CREATE TABLE %s_attrs (fid INTEGER PRIMARY KEY, iso_a2 TEXT, label_lon REAL, label_lat REAL)" % table)
    db.executemany("INSERT INTO %s_attrs VALUES (?, ?, ?, ?)" % table, out)

out = []
for fid, geom in db.execute("SELECT fid, geom FROM admin1 ORDER BY fid").fetchall():
    lon, lat = label_point(parse_gpkg_geometry(geom))
    out.append((fid, lon, lat))
db.execute("CREATE TABLE admin1_attrs (fid INTEGER PRIMARY KEY, label_lon REAL, label_lat REAL)")
db.executemany("INSERT INTO admin1_attrs VALUES (?, ?, ?)", out)


def sha256(name):
    with open(os.path.join(ne, name), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


metadata = [
    ("attribution", "Made with Natural Earth"),
    ("countries_world", "Natural Earth 4.1.0 Admin 0 countries 1:110m, from world-atlas 2.0.2 countries-110m.json"),
    ("countries_detail", "Natural Earth 4.1.0 Admin 0 countries 1:50m, from world-atlas 2.0.2 countries-50m.json"),
    ("admin1", "Natural Earth 4.1.0 Admin 1 states and provinces 1:10m (GB, IE, NO, US), from world_map.gpkg "
               "in Debian 12 qgis-common 3.22.16 (generalised, clipped at +-179.9 degrees)"),
    ("licence_natural_earth", "Public domain (https://www.naturalearthdata.com/about/terms-of-use/)"),
    ("licence_world_atlas", "ISC, Copyright 2013-2019 Michael Bostock (see world-atlas-LICENSE)"),
    ("sha256_countries-110m.json", sha256("countries-110m.json")),
    ("sha256_countries-50m.json", sha256("countries-50m.json")),
    ("sha256_world_map.gpkg", sha256("world_map.gpkg")),
    ("generator", "resources/basemap/derive.sh with GDAL " + gdal_version),
]
db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
db.executemany("INSERT INTO meta VALUES (?, ?)", metadata)
db.commit()
db.close()
PY

# 3. The basemap: geometry straight from the scratch file, attributes joined by fid.
rm -f "$out"
common=(-f GPKG -a_srs EPSG:4326 -lco SPATIAL_INDEX=NO -lco FID=fid)
ogr2ogr "${quiet[@]}" "${common[@]}" "$out" "$work/work.gpkg" \
    -sql "SELECT c.geom, a.iso_a2, c.name, a.label_lon, a.label_lat
          FROM world c JOIN world_attrs a ON a.fid = c.fid ORDER BY c.fid" \
    -nln countries_world -nlt MULTIPOLYGON \
    -lco IDENTIFIER=countries_world \
    -lco "DESCRIPTION=Countries, Natural Earth 1:110m via world-atlas 2.0.2. Made with Natural Earth."
ogr2ogr "${quiet[@]}" -update "${common[@]}" "$out" "$work/work.gpkg" \
    -sql "SELECT c.geom, a.iso_a2, c.name, a.label_lon, a.label_lat
          FROM detail c JOIN detail_attrs a ON a.fid = c.fid ORDER BY c.fid" \
    -nln countries_detail -nlt MULTIPOLYGON \
    -lco IDENTIFIER=countries_detail \
    -lco "DESCRIPTION=Countries, Natural Earth 1:50m via world-atlas 2.0.2. Made with Natural Earth."
ogr2ogr "${quiet[@]}" -update "${common[@]}" "$out" "$work/work.gpkg" \
    -sql "SELECT r.geom, r.iso_a2, r.name, r.admin0_name, a.label_lon, a.label_lat
          FROM admin1 r JOIN admin1_attrs a ON a.fid = r.fid ORDER BY r.fid" \
    -nln admin1 -nlt MULTIPOLYGON \
    -lco IDENTIFIER=admin1 \
    -lco "DESCRIPTION=States and provinces of GB, IE, NO, US, Natural Earth 1:10m. Made with Natural Earth."
ogr2ogr "${quiet[@]}" -update -f GPKG "$out" "$work/work.gpkg" \
    -sql "SELECT key, value FROM meta ORDER BY rowid" -nln metadata -nlt NONE \
    -lco FID=fid -lco IDENTIFIER=metadata -lco "DESCRIPTION=Sources, licences and attribution"

# 4. Compact, then check the result: counts, codes and regions at the bundled dataset's sites.
python3 - "$out" <<'PY'
import math, sqlite3, struct, sys

path = sys.argv[1]
db = sqlite3.connect(path)
db.execute("VACUUM")
db.close()
db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)


def rings_of(blob):
    flags = blob[3]
    pos = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    order = "<" if blob[pos] == 1 else ">"
    (nparts,) = struct.unpack_from(order + "I", blob, pos + 5)
    pos += 9
    parts = []
    for _ in range(nparts):
        order = "<" if blob[pos] == 1 else ">"
        (nrings,) = struct.unpack_from(order + "I", blob, pos + 5)
        pos += 9
        rings = []
        for _ in range(nrings):
            (n,) = struct.unpack_from(order + "I", blob, pos)
            c = struct.unpack_from(order + "%dd" % (2 * n), blob, pos + 4)
            pos += 4 + 16 * n
            rings.append(list(zip(c[0::2], c[1::2])))
        parts.append(rings)
    return parts


def contains(parts, x, y):
    for rings in parts:
        c = False
        for ring in rings:
            # Rings that cross the antimeridian an even number of times: test them unwrapped.
            pts, off = [ring[0]], 0.0
            for (x0, _), (x1, y1) in zip(ring, ring[1:]):
                off += -360 if x1 - x0 > 180 else 360 if x0 - x1 > 180 else 0
                pts.append((x1 + off, y1))
            if off:
                pts = ring
            hit = False
            for shift in (0, -360, 360):
                px = x + shift
                j = len(pts) - 1
                inside = False
                for i in range(len(pts)):
                    (xi, yi), (xj, yj) = pts[i], pts[j]
                    if (yi > y) != (yj > y) and px < (xj - xi) * (y - yi) / (yj - yi) + xi:
                        inside = not inside
                    j = i
                hit = hit or inside
            c ^= hit
        if c:
            return True
    return False


def distance_km(parts, x, y):
    """Shortest distance from (x, y) to the feature's edges, locally equirectangular."""
    k, best = math.cos(math.radians(y)), math.inf
    for rings in parts:
        for ring in rings:
            for (ax, ay), (bx, by) in zip(ring, ring[1:]):
                if abs(bx - ax) > 180:
                    continue  # a jump across the antimeridian, not an edge
                shift = 360 * round((x - ax) / 360)
                ax, bx = (ax + shift - x) * k, (bx + shift - x) * k
                ay, by = ay - y, by - y
                dx, dy = bx - ax, by - ay
                t = max(0, min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) if dx or dy else 0
                best = min(best, math.hypot(ax + t * dx, ay + t * dy) * 111.195)
    return best


def at(layer, x, y, field, tolerance_km=5.0):
    """What contains (x, y) or, if nothing does, the nearest feature within tolerance_km (the
    generalised coastline of the 1:50m layer leaves some coastal sites just offshore)."""
    rows = [(row[0], rings_of(row[1])) for row in db.execute("SELECT %s, geom FROM %s" % (field, layer))]
    found = [value for value, parts in rows if contains(parts, x, y)]
    if found:
        return found
    near = sorted((distance_km(parts, x, y), value) for value, parts in rows)
    return ["%s (%.1f km away)" % (near[0][1], near[0][0])] if near and near[0][0] <= tolerance_km else []


failures = []
counts = {t: db.execute("SELECT count(*) FROM %s" % t).fetchone()[0] for t in ("countries_world", "countries_detail", "admin1")}
print("features:", counts)
sites = [("Loughton", 0.08388, 51.64527, "GB", "Essex"), ("Waltham Cross", -0.0331, 51.686, "GB", "Hertfordshire"),
         ("Cambois", -1.521, 55.145, "GB", "Northumberland"), ("Cobalt Park", -1.5174, 55.0277, "GB", "North Tyneside"),
         ("Chapelhall", -3.9472, 55.845, "GB", "North Lanarkshire"), ("Chelveston", -0.5409, 52.3416, "GB", "Northamptonshire"),
         ("Kvandal", 17.5571, 68.5492, "NO", "Nordland"), ("Glomfjord", 13.94389, 66.81639, "NO", "Nordland"),
         ("JFK10", -74.00306, 40.74139, "US", "New York")]
for name, x, y, iso, region in sites:
    world, detail, admin1 = at("countries_world", x, y, "iso_a2"), at("countries_detail", x, y, "iso_a2"), at("admin1", x, y, "name")
    print("  %-13s %9.5f %9.5f  world %s, detail %s, admin1 %s" % (name, x, y, world, detail, admin1))
    if [c.split(" ")[0] for c in detail] != [iso] or admin1 != [region]:
        failures.append(name)
if failures:
    sys.exit("derive.sh: wrong country or region at " + ", ".join(failures))
PY

ls -l "$out"
