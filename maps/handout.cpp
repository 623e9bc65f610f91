#include "handout.h"

#include "datasetvalidator.h"
#include "scenecamera.h"

#include <QFileInfo>

#include <cmath>

namespace atlas {

Figure Handout::sceneFigure(const Scene &scene, const FigureSpec &page, std::shared_ptr<const Dataset> dataset,
    std::shared_ptr<const Basemap> basemap, bool withNotes)
{
    FigureSpec spec = page;
    spec.title = scene.title.text(spec.language);
    spec.subtitle = scene.caption.text(spec.language);
    spec.notes = withNotes ? scene.notes.text(spec.language) : QString();
    switch (scene.chart) {
    case SceneChart::None:
        spec.charts = FigureCharts::None;
        break;
    case SceneChart::Gpus:
        spec.charts = FigureCharts::Gpus;
        break;
    case SceneChart::Spending:
        spec.charts = FigureCharts::Spending;
        break;
    }
    spec.projection = SceneCameras::projection(scene.camera).value_or(ProjectionSpec());
    if (scene.camera.span > 0) {
        // What a 16:9 screen shows of the scene: its span high, 16/9 of it wide.
        const MapViewport screen = SceneCameras::viewport(scene.camera, QSize(1600, 900));
        spec.extent = screen.mapRect();
    } else {
        spec.extent = QRectF();
    }
    FigureData data;
    data.dataset = std::move(dataset);
    data.basemap = std::move(basemap);
    data.filter = DatasetFilter::fromScene(scene.filter);
    for (const QString &item : scene.highlight) {
        if (const auto ref = DatasetValidator::highlightRef(item))
            data.highlighted.insert(*ref);
    }
    data.annotations = scene.annotations;
    return { spec, data };
}

std::optional<QList<qsizetype>> Handout::parseSelection(const QString &text, qsizetype sceneCount, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<qsizetype>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (sceneCount == 0)
        return fail(tr("the dataset has no scenes"));
    QList<qsizetype> indexes;
    if (text.trimmed() == QLatin1String("all")) {
        for (qsizetype i = 0; i < sceneCount; ++i)
            indexes.append(i);
        return indexes;
    }
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        bool okFirst = false;
        bool okLast = false;
        const qsizetype first = ends.value(0).toLongLong(&okFirst);
        const qsizetype last = ends.size() == 2 ? ends.at(1).toLongLong(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || ends.size() > 2 || first < 1 || last < first
            || last > sceneCount)
            return fail(tr("\"%1\" is not a scene number or range from 1 to %2").arg(part.trimmed()).arg(sceneCount));
        for (qsizetype i = first; i <= last; ++i)
            indexes.append(i - 1);
    }
    if (indexes.isEmpty())
        return fail(tr("no scenes chosen; use all, or numbers such as 1,3-5"));
    return indexes;
}

QString Handout::seriesPath(const QString &path, qsizetype index, qsizetype count)
{
    const QFileInfo info(path);
    const int digits
        = std::max(2, static_cast<int>(std::floor(std::log10(static_cast<double>(std::max<qsizetype>(count, 1)))) + 1));
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(info.completeBaseName())
                             .arg(index + 1, digits, 10, QLatin1Char('0'))
                             .arg(info.suffix());
    // In the same folder, written as the caller wrote it ("deck.svg" stays relative).
    return path.left(path.lastIndexOf(u'/') + 1) + name;
}

QString Handout::write(const QString &path, const QList<Figure> &figures, const FigureExport::Progress &progress,
    const std::atomic_bool *cancel)
{
    const auto format = FigureExport::formatOf(path);
    if (!format)
        return tr("%1: unknown format; name the file .pdf, .png, .jpg or .svg").arg(path);
    if (figures.isEmpty())
        return tr("%1: there are no scenes to write").arg(path);
    for (const Figure &figure : figures) {
        if (const QString problem = FigureExport::check(figure.spec(), *format); !problem.isEmpty())
            return tr("%1: %2").arg(path, problem);
    }
    if (*format == FigureFormat::Pdf) {
        const Dataset *dataset = figures.first().data().dataset.get();
        const QString title = dataset ? dataset->title.text(figures.first().spec().language) : QString();
        return FigureExport::writePdf(
            path, figures, title, tr("Handout: %1 scenes").arg(figures.size()), progress, cancel);
    }
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const double done = static_cast<double>(i) / static_cast<double>(figures.size());
        const double share = 1.0 / static_cast<double>(figures.size());
        const FigureExport::Progress pageProgress = progress
            ? FigureExport::Progress([&progress, done, share](double part) { progress(done + part * share); })
            : FigureExport::Progress();
        if (QString error
            = FigureExport::write(seriesPath(path, i, figures.size()), figures.at(i), nullptr, pageProgress, cancel);
            !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace atlas
