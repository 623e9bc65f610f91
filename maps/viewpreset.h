#pragma once

#include "mapviewport.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace atlas {

/// A named view users jump to: a lon-lat box to fit, and the projection it is best seen in
/// (none: keep the current one).
struct ViewPreset {
    QString name;        ///< command-line name: "world", "north-atlantic", "uk-norway", "british-isles", "new-york"
    QString displayName; ///< translated, for menus
    QRectF lonLatBox;    ///< x = west…east, y = south…north
    std::optional<ProjectionSpec> projection;

    static QList<ViewPreset> all();
    static std::optional<ViewPreset> byName(const QString &name);

    /// The viewport this preset gives in an image of @p size, with @p current kept unless the
    /// preset names its own projection.
    MapViewport viewport(const ProjectionSpec &current, QSize size) const;
};

/// Parses "lon0,lat0,lon1,lat1" (west, south, east, north) into a lon-lat box.
std::optional<QRectF> parseLonLatBox(const QString &text);

} // namespace atlas
