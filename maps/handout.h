#pragma once

#include "figure.h"
#include "figureexport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace atlas {

/**
 * Handouts of a presentation: one figure per scene (its camera, filter, highlights, chart and
 * annotations, titled with the scene's title and captioned with its caption, with the presenter
 * notes when asked for), written as one multi-page PDF or a numbered series of images.
 */
class Handout
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Handout)

public:
    /// The figure of @p scene on a page like @p page (its size, theme, language and parts).
    static Figure sceneFigure(const Scene &scene, const FigureSpec &page, std::shared_ptr<const Dataset> dataset,
        std::shared_ptr<const Basemap> basemap, bool withNotes);

    /// The scenes of "all", or of a list such as "1,3-5" (numbered from 1); nullopt with a message.
    static std::optional<QList<qsizetype>> parseSelection(const QString &text, qsizetype sceneCount, QString *error);

    /// The file the @p index-th page of an image series goes to: handout.png → handout-01.png.
    static QString seriesPath(const QString &path, qsizetype index, qsizetype count);

    /// Writes @p figures to @p path: a .pdf gets one page per figure (each page the figure's
    /// size), any other format a numbered file per figure. Empty string on success.
    static QString write(const QString &path, const QList<Figure> &figures, const FigureExport::Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
};

} // namespace atlas
