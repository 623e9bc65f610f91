#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <numbers>

namespace atlas {

/**
 * One tile of the Web Mercator (EPSG:3857) XYZ tiling that slippy maps use ("z/x/y"): at zoom z
 * the square world is cut into 2^z × 2^z tiles, x counting east from the antimeridian, y counting
 * south from the northern edge at 85.0511°. A plain value; x and y are not wrapped or clamped,
 * so a TileId may be invalid (see isValid()).
 */
struct TileId {
    /// The deepest zoom served: 2^20 tiles across, about 0.15 m per pixel at 256 pixels a tile.
    static constexpr int maxZoom = 20;

    int z = 0;
    int x = 0;
    int y = 0;

    /// 0 ≤ z ≤ maxZoom and 0 ≤ x, y < 2^z.
    bool isValid() const;
    /// "z/x/y", as in tile URLs and cache paths.
    QString toString() const;

    friend bool operator==(const TileId &, const TileId &) = default;
};

size_t qHash(const TileId &id, size_t seed = 0);

namespace webmercator {

/// EPSG:3857 projects onto a sphere of the WGS 84 semi-major axis.
constexpr double radiusM = 6378137.0;
/// Half the width (and height) of the square projected world: π R, 20,037,508.34 m.
constexpr double halfWorldM = std::numbers::pi * radiusM;
/// The latitude of the square world's northern edge: atan(sinh(π)), in degrees.
constexpr double maxLatDeg = 85.051128779806592;
/// The customary tile size of slippy maps, in logical pixels.
constexpr int tileSizePx = 256;

/// 2^z: tiles across (and down) the world at zoom @p z.
constexpr int tileCount(int z)
{
    return 1 << z;
}

/// Spherical Mercator by formula (no PROJ): lon-lat degrees to projected metres and back.
/// Latitudes are clamped to ±maxLatDeg.
QPointF project(QPointF lonLat);
QPointF unproject(QPointF mercator);

/// Ground size of one logical pixel of a tile of @p sizePx pixels at zoom @p z, in projected
/// metres (true only at the equator: Mercator stretches by 1/cos(lat)).
double metresPerPixel(int z, int sizePx = tileSizePx);

} // namespace webmercator

/// The tile's square in projected metres, QRectF(west, south, width, height) like the lon-lat
/// boxes and MapViewport::mapRect(): top() is the southern edge. Null for an invalid id.
QRectF tileMercatorBounds(const TileId &id);
/// The tile's lon-lat box, QRectF(west, south, width, height) in degrees. Null for an invalid id.
QRectF tileLonLatBounds(const TileId &id);
/// The tile of zoom @p z containing @p lonLat. Latitudes beyond ±85.0511° give the first or last
/// row and longitudes outside ±180° the first or last column; a point on a tile edge belongs to
/// the tile east or south of it. Invalid (x = y = −1) for a non-finite point or a zoom outside
/// 0…TileId::maxZoom.
TileId tileAt(QPointF lonLat, int z);

} // namespace atlas

Q_DECLARE_METATYPE(atlas::TileId)
