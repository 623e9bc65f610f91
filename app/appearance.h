#pragma once

#include "theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QMenu;
class QObject;

namespace atlas {

/**
 * How the application looks and speaks: the interface language, the theme, the colour-vision
 * preview and where company colours come from. A plain value; View › Language, Theme and Colour
 * Vision change it, QSettings remembers it, and the main window rebuilds its interface with it.
 */
struct Appearance {
    QString language = QStringLiteral("en");            ///< "en" or "ko"
    QString theme = QStringLiteral("light");            ///< a Theme::names() entry
    QString colourVision = QStringLiteral("normal");    ///< a colourVisionNames() entry
    QString companyColours = QStringLiteral("palette"); ///< "palette" (colour-blind safe) or "dataset"

    /// What the settings remember; the language defaults to the system's (Korean or English).
    static Appearance load();
    void save() const;
    /// The theme to draw with: the named theme, its company colours, the colour-vision preview.
    Theme makeTheme() const;

    /**
     * Takes the window's own options out of @p arguments: `--lang en|ko` and `--theme NAME`
     * override this appearance for the run (they are not remembered). Returns the message for an
     * unknown value, naming the option; nothing when all is well.
     */
    std::optional<QString> takeArguments(QStringList &arguments);

    bool operator==(const Appearance &) const = default;
};

/**
 * The interface's translations: Compute Atlas's own (embedded under :/i18n/) and Qt's (dialog
 * buttons, context menus), installed into the application, with the language's locale made the
 * default so numbers, money and dates follow it. GUI thread only.
 */
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Translations)

public:
    /// "en", "ko".
    static QStringList languages();
    /// "ko" when the system locale is Korean, else "en".
    static QString systemLanguage();
    /// The language's name in that language ("English", "한국어"), as language menus show it.
    static QString nativeName(const QString &language);
    static QLocale locale(const QString &language);
    /// Replaces the installed translators with those of @p language. Returns false, with the
    /// reason in @p error, when its translations cannot be loaded; English always succeeds.
    static bool install(const QString &language, QString *error = nullptr);
};

/// Adds View › Language, Theme, Colour Vision and Company Colours to @p view; choosing an entry
/// calls @p apply with @p current changed accordingly.
void addAppearanceMenus(QMenu *view, const Appearance &current, const std::function<void(Appearance)> &apply);

} // namespace atlas
