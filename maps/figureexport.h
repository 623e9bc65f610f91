#pragma once

#include "figure.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace atlas {

enum class FigureFormat { Png, Jpeg, Svg, Pdf };

/**
 * Writes figures to files: PNG (any size up to maxSide, rendered in strips when one image would
 * be too large, with DPI metadata), JPEG, SVG and PDF (both real vector, with text as text), and
 * the alt text and manifest beside them. Every file is written atomically. Stateless; callable
 * from a worker thread.
 */
class FigureExport
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FigureExport)

public:
    /// The largest side a raster export may have.
    static constexpr int maxSide = 30000;
    /// Raster exports are drawn in strips of at most this many bytes of image.
    static constexpr qsizetype defaultStripBytes = qsizetype(256) << 20;

    /// 0 … 1 as the export proceeds.
    using Progress = std::function<void(double)>;

    /// The format from the file name's extension (.png, .jpg/.jpeg, .svg, .pdf), if known.
    static std::optional<FigureFormat> formatOf(const QString &path);
    static QString extension(FigureFormat format);

    /// A message when @p spec cannot be exported as @p format (too large, a zero side), else empty.
    static QString check(const FigureSpec &spec, FigureFormat format);

    /// Renders @p figure and writes it to @p path in the format its extension names. Returns an
    /// empty string on success, else a message naming the file. A cancelled export leaves no file.
    static QString write(const QString &path, const Figure &figure, FigureResult *result = nullptr,
        const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
        qsizetype stripBytes = defaultStripBytes);

    /// The figure as one image, at @p scale of its size (previews, the clipboard); a null image
    /// when cancelled.
    static QImage image(const Figure &figure, double scale = 1.0, FigureResult *result = nullptr,
        const std::atomic_bool *cancel = nullptr);

    /// What was drawn where, in figure pixels: MapExport's manifest plus the figure's size, DPI,
    /// map frame and the sources cited.
    static QJsonObject manifest(const Figure &figure, const FigureResult &result);

    /// Writes @p pages as one PDF, a page per figure at each figure's physical size, with
    /// @p title and @p subject in its document information. Empty string on success.
    static QString writePdf(const QString &path, const QList<Figure> &pages, const QString &title,
        const QString &subject, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
        FigureResult *firstResult = nullptr);

    /// Writes UTF-8 text atomically. Empty string on success.
    static QString writeText(const QString &path, const QString &text);
};

} // namespace atlas
