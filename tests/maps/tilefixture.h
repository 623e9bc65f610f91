#pragma once

#include "mapfixture.h"

#include "tileprovider.h"
#include "tilerenderer.h"
#include "tiles.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTest>

#include <functional>

namespace atlas::test {

/// Tiles of the committed basemap.
inline TileRenderer tileRenderer(const Theme &theme = Theme::light(), double devicePixelRatio = 1)
{
    return TileRenderer(basemap(), theme, webmercator::tileSizePx, devicePixelRatio);
}

/// @p image as RGB32 at pixel ratio 1, to compare pixels only.
inline QImage plainImage(QImage image)
{
    image.setDevicePixelRatio(1);
    return image.convertToFormat(QImage::Format_RGB32);
}

inline QImage decodedPng(const QByteArray &png)
{
    return plainImage(QImage::fromData(png, "PNG"));
}

/// Runs the event loop until @p done is true; false on timeout.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

/// Everything a TileProvider answered, in order.
struct TileAnswers {
    QList<TileId> ready;
    QList<QByteArray> png;
    QList<TileId> failed;
    QStringList errors;

    explicit TileAnswers(TileProvider &provider)
    {
        QObject::connect(&provider, &TileProvider::tileReady, [this](const TileId &id, const QByteArray &bytes) {
            ready.append(id);
            png.append(bytes);
        });
        QObject::connect(&provider, &TileProvider::tileFailed, [this](const TileId &id, const QString &error) {
            failed.append(id);
            errors.append(error);
        });
    }
    qsizetype count() const { return ready.size() + failed.size(); }
};

} // namespace atlas::test
