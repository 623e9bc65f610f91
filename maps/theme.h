#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

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
    QColor fallbackCompany; ///< for companies without a valid colour

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
    static QStringList names();

    /// @p colour as drawn over @p background: unchanged, or for an opaque theme blended into an
    /// opaque colour that looks the same.
    QColor flat(const QColor &colour, const QColor &background) const;

    /// The company colour from a dataset "#rrggbb" string, or fallbackCompany.
    QColor companyColour(const QString &hex) const;
    /// A colour that reads on @p background: text or window, whichever contrasts more.
    QColor textOn(const QColor &background) const;
    /// WCAG 2 contrast ratio of two colours, 1–21.
    static double contrastRatio(const QColor &a, const QColor &b);
};

/// Font metrics at 96 dpi, the logical resolution of every device the map engine draws on
/// (images, SVG, PDF), so layout never depends on the screen the program runs on.
QFontMetricsF fontMetrics(const QFont &font);

} // namespace atlas
