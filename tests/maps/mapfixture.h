#pragma once

#include "basemap.h"
#include "datasetreader.h"
#include "mapscene.h"
#include "theme.h"

#include <QColor>
#include <QString>

#include <cmath>
#include <memory>

namespace atlas::test {

/// The committed basemap, loaded once per test executable.
inline std::shared_ptr<const Basemap> basemap()
{
    static const std::shared_ptr<const Basemap> s_basemap = [] {
        QString error;
        auto loaded = Basemap::load(QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/basemap.gpkg"), &error);
        if (!loaded)
            qFatal("%s", qPrintable(error));
        return std::make_shared<const Basemap>(std::move(*loaded));
    }();
    return s_basemap;
}

inline Dataset dataset(const QString &path)
{
    const LoadResult result = DatasetReader::readFile(path);
    if (!result.dataset)
        qFatal("cannot load %s", qPrintable(path));
    return *result.dataset;
}

inline Dataset bundled()
{
    return dataset(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
}

inline MapScene scene(const Dataset &data, const Theme &theme, SiteMeasure measure = SiteMeasure::Gpus)
{
    MapScene::Input input;
    input.dataset = &data;
    input.measure = measure;
    return MapScene::build(input, theme, basemap());
}

/// Euclidean distance of two colours in RGB, 0–441.
inline double colourDistance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

} // namespace atlas::test
