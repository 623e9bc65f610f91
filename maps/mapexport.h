#pragma once

#include "maprenderer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace atlas {

/**
 * Headless exports through the same renderer as the window: a PNG of any size and a JSON
 * manifest of what was drawn where. Stateless; callable from any thread.
 */
class MapExport
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapExport)

public:
    /// Renders and writes a PNG atomically. Returns an empty string on success, else a message
    /// naming the file. @p result receives what was drawn.
    static QString writePng(const QString &path, const MapViewport &viewport, const MapScene &scene, const Theme &theme,
        const RenderOptions &options, RenderResult *result = nullptr);

    /// The projection (name and PROJ definition), the projected extent, and every drawn site and
    /// flow with its id, label, anchor and bounding box in pixels.
    static QJsonObject manifest(const MapViewport &viewport, const RenderResult &result);

    /// Writes @p manifest as indented JSON, atomically. Empty string on success.
    static QString writeManifest(const QString &path, const QJsonObject &manifest);
};

} // namespace atlas
