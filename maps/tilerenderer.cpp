#include "tilerenderer.h"

#include "basemap.h"
#include "mapscene.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

namespace atlas {

namespace {

constexpr int s_marginPx = 2;

} // namespace

TileRenderer::TileRenderer(std::shared_ptr<const Basemap> basemap, Theme theme, int tileSizePx, double devicePixelRatio)
    : m_basemap(std::move(basemap))
    , m_theme(std::move(theme))
    , m_tileSizePx(std::max(1, tileSizePx))
    , m_devicePixelRatio(devicePixelRatio > 0 ? devicePixelRatio : 1)
{
}

QSize TileRenderer::imageSize() const
{
    const int side = static_cast<int>(std::lround(m_tileSizePx * m_devicePixelRatio));
    return { side, side };
}

double TileRenderer::centralMeridian(const TileId &id)
{
    const int count = webmercator::tileCount(id.z);
    // The whole world is one tile at zoom 0: its edges are the seam. Elsewhere only the first
    // and last column touch the antimeridian; at zoom 1 those tiles also touch Greenwich.
    if (id.z == 0 || (id.x != 0 && id.x != count - 1))
        return 0;
    if (count == 2)
        return id.x == 0 ? -90 : 90;
    return 180;
}

MapViewport TileRenderer::viewport(const TileId &id, int tileSizePx)
{
    const QRectF bounds = tileMercatorBounds(id);
    const double lon0 = centralMeridian(id);
    // On another central meridian x is shifted by lon0's metres and wrapped into the world.
    double centreX = bounds.center().x() - lon0 / 180 * webmercator::halfWorldM;
    if (centreX < -webmercator::halfWorldM)
        centreX += 2 * webmercator::halfWorldM;
    else if (centreX > webmercator::halfWorldM)
        centreX -= 2 * webmercator::halfWorldM;
    MapViewport viewport;
    viewport.projection = ProjectionSpec { ProjectionKind::WebMercator, lon0, 0 };
    viewport.centre = QPointF(centreX, bounds.center().y());
    viewport.metresPerPixel = bounds.width() / tileSizePx;
    viewport.sizePx = QSize(tileSizePx, tileSizePx);
    return viewport;
}

RenderOptions TileRenderer::options()
{
    RenderOptions options;
    options.graticule = false;
    options.labels = false;
    options.legend = false;
    options.attribution = false;
    return options;
}

QImage TileRenderer::render(const TileId &id, const std::atomic_bool *cancel) const
{
    if (!id.isValid())
        return {};
    // Drawn with a margin all round that the image cuts off: what straddles a tile edge (a
    // border, a coast, an island culled by its bounds just outside) is drawn alike in both tiles.
    MapViewport viewport = TileRenderer::viewport(id, m_tileSizePx);
    viewport.sizePx += QSize(2 * s_marginPx, 2 * s_marginPx);
    viewport.devicePixelRatio = m_devicePixelRatio;
    // Opaque: the ocean covers every tile, and PNGs without alpha are smaller.
    QImage image(imageSize(), QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(m_devicePixelRatio);
    MapScene scene;
    scene.basemap = m_basemap;
    RenderResult result;
    {
        QPainter painter(&image);
        painter.translate(-s_marginPx, -s_marginPx);
        result = MapRenderer::render(painter, viewport, scene, m_theme, options(), cancel);
    }
    if (result.cancelled)
        return {};
    return image;
}

QByteArray TileRenderer::encodePng(const QImage &image, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt turns quality q into zlib level (100 − q) × 9 / 91: 80 is level 1, the fastest level
    // that compresses (~27 KB a tile, 10% more than the default level in 70% of the time);
    // 90 and above store the pixels uncompressed, eight times larger.
    writer.setQuality(80);
    if (image.isNull() || !writer.write(image)) {
        if (error)
            *error = image.isNull() ? tr("No image to encode") : tr("Cannot encode PNG: %1").arg(writer.errorString());
        return {};
    }
    return bytes;
}

} // namespace atlas
