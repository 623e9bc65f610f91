#include "mapexport.h"

#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSaveFile>

#include <cmath>

namespace atlas {

namespace {

QJsonArray rectArray(const QRectF &rect)
{
    return QJsonArray { rect.x(), rect.y(), rect.width(), rect.height() };
}

QJsonArray items(const QList<DrawnItem> &drawn)
{
    QJsonArray array;
    for (const DrawnItem &item : drawn) {
        array.append(QJsonObject {
            { QStringLiteral("id"), item.id },
            { QStringLiteral("label"), item.label },
            { QStringLiteral("x"), item.anchorPx.x() },
            { QStringLiteral("y"), item.anchorPx.y() },
            { QStringLiteral("bbox"), rectArray(item.boundsPx) },
        });
    }
    return array;
}

} // namespace

QString MapExport::writePng(const QString &path, const MapViewport &viewport, const MapScene &scene, const Theme &theme,
    const RenderOptions &options, RenderResult *result)
{
    const QSize pixels(static_cast<int>(std::lround(viewport.sizePx.width() * viewport.devicePixelRatio)),
        static_cast<int>(std::lround(viewport.sizePx.height() * viewport.devicePixelRatio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("%1: cannot make an image of %2 × %3 pixels (not enough memory?)")
            .arg(path)
            .arg(pixels.width())
            .arg(pixels.height());
    image.setDevicePixelRatio(viewport.devicePixelRatio);
    RenderResult drawn;
    {
        QPainter painter(&image);
        drawn = MapRenderer::render(painter, viewport, scene, theme, options);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    // Fast zlib level: PNG encoding dominates large exports; level 1 files are ~15% larger.
    writer.setQuality(90);
    if (!writer.write(image) || !file.commit())
        return tr("%1: cannot write: %2").arg(path, writer.errorString());
    if (result)
        *result = drawn;
    return {};
}

QJsonObject MapExport::manifest(const MapViewport &viewport, const RenderResult &result)
{
    const QRectF extent = viewport.mapRect();
    return QJsonObject {
        { QStringLiteral("projection"),
            QJsonObject {
                { QStringLiteral("name"), viewport.projection.name() },
                { QStringLiteral("proj"), viewport.projection.projString() },
            } },
        { QStringLiteral("size"), QJsonArray { viewport.sizePx.width(), viewport.sizePx.height() } },
        { QStringLiteral("devicePixelRatio"), viewport.devicePixelRatio },
        { QStringLiteral("extent"),
            QJsonObject {
                { QStringLiteral("xmin"), extent.left() },
                { QStringLiteral("ymin"), extent.top() },
                { QStringLiteral("xmax"), extent.right() },
                { QStringLiteral("ymax"), extent.bottom() },
                { QStringLiteral("unit"), QStringLiteral("metre") },
            } },
        { QStringLiteral("sites"), items(result.sites) },
        { QStringLiteral("flows"), items(result.flows) },
        { QStringLiteral("labels"), static_cast<int>(result.labelRectsPx.size()) },
    };
}

QString MapExport::writeManifest(const QString &path, const QJsonObject &manifest)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    return {};
}

} // namespace atlas
