#pragma once

#include "maprenderer.h"
#include "mapviewport.h"
#include "theme.h"
#include "tiles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <atomic>
#include <memory>

namespace atlas {

class Basemap;

/**
 * Renders Web Mercator XYZ tiles of the basemap (ocean, land, country and Admin-1 borders) with
 * the same MapRenderer as the map view and the exports, for slippy maps that show raster tiles
 * (the QtLocation street map, through TileServer).
 *
 * Each tile is an ordinary render whose viewport shows exactly the tile's projected square, so
 * neighbouring tiles join without seams. Only the basemap is drawn: sites, flows, labels and the
 * legend belong to the view on top, and the attribution ("Made with Natural Earth") to the view's
 * copyright notice, since repeated in every tile it would be stamped all over the map. The
 * graticule is left out too: its spacing is chosen for a whole map, and on a close-up tile it
 * would be a stray line every hundred tiles.
 *
 * A plain value, cheap to copy (the basemap is shared, read-only). render() is const and
 * callable from any thread, several at once.
 */
class TileRenderer
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TileRenderer)

public:
    /// Tiles of @p tileSizePx logical pixels (256 is what slippy maps expect) drawn at
    /// @p devicePixelRatio: 2 gives 512-pixel images for high-DPI screens that show the same
    /// area with lines and borders as thin as at 256 pixels.
    explicit TileRenderer(std::shared_ptr<const Basemap> basemap, Theme theme, int tileSizePx = webmercator::tileSizePx,
        double devicePixelRatio = 1);

    const std::shared_ptr<const Basemap> &basemap() const { return m_basemap; }
    const Theme &theme() const { return m_theme; }
    int tileSizePx() const { return m_tileSizePx; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    /// The size of the rendered images in device pixels: tileSizePx × devicePixelRatio.
    QSize imageSize() const;

    /// The tile as an opaque image (Format_RGB32) of imageSize() with the device pixel ratio
    /// set; a null image for an invalid tile, or when @p cancel became true while rendering.
    QImage render(const TileId &id, const std::atomic_bool *cancel = nullptr) const;

    /// The viewport showing exactly @p id's projected square in Web Mercator (EPSG:3857):
    /// centred on the tile, tile width / @p tileSizePx metres per pixel, on the central meridian
    /// centralMeridian(@p id).
    static MapViewport viewport(const TileId &id, int tileSizePx = webmercator::tileSizePx);
    /// 0 for every tile except those on the antimeridian (the first and last column): there the
    /// projection's seam, where the renderer draws the world's edge and cuts countries, would run
    /// along the tile's edge as a line through the Pacific. Moving the central meridian (to 180°,
    /// or at zoom 1 to the tile's own centre) keeps the seam out of the tile; in Web Mercator
    /// that only shifts x, so the pixels are those of EPSG:3857. Zoom 0 shows the whole world,
    /// seam included.
    static double centralMeridian(const TileId &id);
    /// What tiles draw: the basemap only (no graticule, labels, legend or attribution).
    static RenderOptions options();

    /// @p image as PNG bytes, compressed for speed rather than size (tiles go over localhost
    /// and into a disk cache). Empty when encoding fails, and *error says why.
    static QByteArray encodePng(const QImage &image, QString *error = nullptr);

private:
    std::shared_ptr<const Basemap> m_basemap;
    Theme m_theme;
    int m_tileSizePx = webmercator::tileSizePx;
    double m_devicePixelRatio = 1;
};

} // namespace atlas
