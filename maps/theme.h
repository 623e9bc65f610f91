#pragma once

#include <QColor>
#include <QFont>
#include <QString>

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

    QFont uiFont;
    QFont labelFont; ///< map labels; its family list covers Hangul
    QFont titleFont;

    static Theme light();
    static Theme dark();

    /// The company colour from a dataset "#rrggbb" string, or fallbackCompany.
    QColor companyColour(const QString &hex) const;
    /// A colour that reads on @p background: text or window, whichever contrasts more.
    QColor textOn(const QColor &background) const;
    /// WCAG 2 contrast ratio of two colours, 1–21.
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace atlas
