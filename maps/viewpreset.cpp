#include "viewpreset.h"

#include <QCoreApplication>
#include <QStringList>

namespace atlas {

namespace {
QRectF box(double west, double south, double east, double north)
{
    return { QPointF(west, south), QPointF(east, north) };
}
} // namespace

QList<ViewPreset> ViewPreset::all()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("atlas::ViewPreset", text); };
    ProjectionSpec northAtlantic = *ProjectionSpec::fromName(QStringLiteral("laea"));
    return {
        { QStringLiteral("world"), tr("World"), box(-180, -90, 180, 90), std::nullopt },
        { QStringLiteral("north-atlantic"), tr("North Atlantic"), box(-80, 32, 25, 72), northAtlantic },
        { QStringLiteral("uk-norway"), tr("UK && Norway"), box(-9, 49.5, 25, 70.5), std::nullopt },
        { QStringLiteral("british-isles"), tr("British Isles"), box(-11, 49.5, 2.5, 61), std::nullopt },
        { QStringLiteral("new-york"), tr("New York"), box(-80.5, 40.2, -71.5, 45.2), std::nullopt },
    };
}

std::optional<ViewPreset> ViewPreset::byName(const QString &name)
{
    for (const ViewPreset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

MapViewport ViewPreset::viewport(const ProjectionSpec &current, QSize size) const
{
    const ProjectionSpec spec = projection.value_or(current);
    if (name == QLatin1String("world"))
        return MapViewport::world(spec, size);
    return MapViewport::fittingLonLat(spec, lonLatBox, size);
}

std::optional<QRectF> parseLonLatBox(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const double west = values[0];
    const double south = values[1];
    const double east = values[2];
    const double north = values[3];
    if (west < -180 || east > 180 || south < -90 || north > 90 || west >= east || south >= north)
        return std::nullopt;
    return box(west, south, east, north);
}

} // namespace atlas
