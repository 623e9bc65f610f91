#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

/**
 * A way of seeing colour, to preview a map as a reader with a colour-vision deficiency sees it:
 * the three dichromacies at full severity, and no colour at all (a greyscale print or a
 * monochrome projector). Theme::withColourVision() applies one to every colour the renderer,
 * the exports and the widgets draw with; simulate() applies one to a colour or an image.
 */
enum class ColourVision {
    Normal,       ///< unchanged
    Deuteranopia, ///< no green-sensitive (M) cones: red and green merge
    Protanopia,   ///< no red-sensitive (L) cones: red and green merge, reds look dark
    Tritanopia,   ///< no blue-sensitive (S) cones: blue and green merge, yellow and violet
    Greyscale,    ///< luminance only
};

/// Every ColourVision, Normal first.
QList<ColourVision> colourVisions();
/// The command-line name: "normal", "deuteranopia", "protanopia", "tritanopia", "greyscale".
QString colourVisionName(ColourVision vision);
/// Every command-line name, in the order of colourVisions().
QStringList colourVisionNames();
/// The ColourVision of a command-line name; nullopt for other names.
std::optional<ColourVision> colourVisionFromName(const QString &name);
/// The translated name for menus and combo boxes, e.g. "Deuteranopia (green-blind)".
QString colourVisionDisplayName(ColourVision vision);

/// @p colour as seen with @p vision; alpha is kept. Normal returns @p colour unchanged.
QColor simulate(const QColor &colour, ColourVision vision);
/// Every pixel of @p image as seen with @p vision, alpha kept, in the image's own format (indexed
/// images come back as ARGB32). Fast: a table lookup and a 3 × 3 matrix per pixel.
QImage simulate(const QImage &image, ColourVision vision);

} // namespace atlas
