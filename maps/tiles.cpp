#include "tiles.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace atlas {

bool TileId::isValid() const
{
    if (z < 0 || z > maxZoom)
        return false;
    const int count = webmercator::tileCount(z);
    return x >= 0 && x < count && y >= 0 && y < count;
}

QString TileId::toString() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

size_t qHash(const TileId &id, size_t seed)
{
    return qHashMulti(seed, id.z, id.x, id.y);
}

namespace webmercator {

QPointF project(QPointF lonLat)
{
    const double lat = qDegreesToRadians(std::clamp(lonLat.y(), -maxLatDeg, maxLatDeg));
    return { radiusM * qDegreesToRadians(lonLat.x()), radiusM * std::asinh(std::tan(lat)) };
}

QPointF unproject(QPointF mercator)
{
    return { qRadiansToDegrees(mercator.x() / radiusM),
        qRadiansToDegrees(std::atan(std::sinh(mercator.y() / radiusM))) };
}

double metresPerPixel(int z, int sizePx)
{
    return 2 * halfWorldM / tileCount(z) / sizePx;
}

} // namespace webmercator

QRectF tileMercatorBounds(const TileId &id)
{
    if (!id.isValid())
        return {};
    using webmercator::halfWorldM;
    const double size = 2 * halfWorldM / webmercator::tileCount(id.z);
    // Each edge computed from its own index, the same way for both tiles that share it, so
    // neighbours meet exactly.
    const double west = -halfWorldM + id.x * size;
    const double east = -halfWorldM + (id.x + 1) * size;
    const double north = halfWorldM - id.y * size;
    const double south = halfWorldM - (id.y + 1) * size;
    return { QPointF(west, south), QPointF(east, north) };
}

QRectF tileLonLatBounds(const TileId &id)
{
    const QRectF mercator = tileMercatorBounds(id);
    if (mercator.isNull())
        return {};
    return { webmercator::unproject(mercator.topLeft()), webmercator::unproject(mercator.bottomRight()) };
}

TileId tileAt(QPointF lonLat, int z)
{
    if (z < 0 || z > TileId::maxZoom || !std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()))
        return { z, -1, -1 };
    const int count = webmercator::tileCount(z);
    const auto index = [count](double fraction) {
        return static_cast<int>(std::clamp(std::floor(fraction * count), 0.0, static_cast<double>(count - 1)));
    };
    const double northing = webmercator::project(lonLat).y();
    return { z, index((lonLat.x() + 180) / 360),
        index((webmercator::halfWorldM - northing) / (2 * webmercator::halfWorldM)) };
}

} // namespace atlas
