#pragma once

#include "colourvision.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

struct Company;
struct Dataset;

/// Where company colours come from.
enum class CompanyColours {
    Palette, ///< the theme's colour-blind-safe palette, by the company's place in the dataset (default)
    Dataset, ///< each company's own "#rrggbb" from the dataset (brand colours, not safe for all readers)
};

/// "palette" or "dataset".
QString companyColoursName(CompanyColours colours);
/// The CompanyColours of "palette" or "dataset"; nullopt for other names.
std::optional<CompanyColours> companyColoursFromName(const QString &name);

/**
 * Every colour and font the application draws with, in one value. The map renderer, the
 * tables, charts and exports all take a Theme; nothing hard-codes a colour. Plain value, cheap to
 * copy, safe to hand to worker threads.
 */
struct Theme {
    QString name;

    QColor window;
    QColor text;
    QColor mutedText;
    QColor ocean;
    QColor land;
    QColor border;
    QColor graticule;
    QColor selection; ///< outline and fill of selected items
    QColor related;   ///< background of items linked to the selection
    QColor warning;
    QColor error;
    QColor link;            ///< hyperlinks in the widgets (QPalette::Link)
    QColor linkVisited;     ///< visited hyperlinks (QPalette::LinkVisited)
    QColor fallbackCompany; ///< for items without a company, or a company without a valid colour

    /**
     * Company colours, by the company's position in the dataset (see companyColour()): the
     * Okabe–Ito palette first (orange, sky blue, bluish green, blue, vermillion, reddish purple,
     * yellow, and black — a light grey on dark themes, where black would vanish), then Paul
     * Tol's "muted" palette without its cyan (too close to sky blue), lifted in lightness on
     * dark themes, then those sixteen one lightness step further from the background. 32
     * colours; beyond, they repeat. docs/themes.md says why.
     */
    QList<QColor> companyPalette;
    CompanyColours companyColours = CompanyColours::Palette;
    /// The colour vision every colour of the theme has been simulated for (withColourVision()).
    ColourVision vision = ColourVision::Normal;

    /// Print: no translucent ink; flat() blends such colours into opaque ones, which printers
    /// and PDF workflows reproduce faithfully.
    bool opaque = false;

    QFont uiFont;
    QFont labelFont; ///< map labels; its family list covers Hangul
    QFont titleFont;

    static Theme light();
    static Theme dark();
    /// For paper: a white page, dark ink, no transparency.
    static Theme print();
    /// For projectors: strong contrast that survives washed-out beamers, bold type.
    static Theme projector();
    /// The projector theme for dim rooms: light on dark.
    static Theme projectorDark();
    /// light, dark, print, projector or projector-dark; nullopt for other names.
    static std::optional<Theme> byName(const QString &name);
    /// Every theme's name, as byName() takes them.
    static QStringList names();

    /// @p colour as drawn over @p background: unchanged, or for an opaque theme blended into an
    /// opaque colour that looks the same.
    QColor flat(const QColor &colour, const QColor &background) const;

    /**
     * The colour of a company: with CompanyColours::Palette, companyPalette at @p index (the
     * company's position in the dataset's companies, Dataset::companyIndex() or the
     * Roles::CompanyIndex of a model), fallbackCompany for an index below 0; with
     * CompanyColours::Dataset, the dataset's "#rrggbb" @p hex (as seen with vision), or
     * fallbackCompany when it is not a colour.
     */
    QColor companyColour(int index, const QString &hex) const;
    /// The colour of @p company, one of @p dataset's companies or null (fallbackCompany).
    QColor companyColour(const Dataset &dataset, const Company *company) const;
    /// This theme with every colour, the company palette included, as seen with @p seen.
    /// Meant for a theme whose vision is Normal: simulating twice compounds.
    Theme withColourVision(ColourVision seen) const;
    /// The theme as a palette for Qt Widgets (QApplication::setPalette()): every colour role
    /// of the active, inactive and disabled groups. Text on its background meets WCAG AA
    /// (4.5:1) in the active and inactive groups; disabled text is dimmer, at least 3:1.
    QPalette palette() const;
    /// A colour that reads on @p background: text or window, whichever contrasts more.
    QColor textOn(const QColor &background) const;
    /// WCAG 2 contrast ratio of two colours, 1–21.
    static double contrastRatio(const QColor &a, const QColor &b);
};

/// Font metrics at 96 dpi, the logical resolution of every device the map engine draws on
/// (images, SVG, PDF), so layout never depends on the screen the program runs on.
QFontMetricsF fontMetrics(const QFont &font);

} // namespace atlas
