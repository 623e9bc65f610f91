#include "appearance.h"

#include "colourvision.h"
#include "format.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace atlas {

namespace {

const QString s_languageKey = QStringLiteral("appearance/language");
const QString s_themeKey = QStringLiteral("appearance/theme");
const QString s_visionKey = QStringLiteral("appearance/colourVision");
const QString s_companyColoursKey = QStringLiteral("appearance/companyColours");
// Installed translators are children of the application with this name, so the next language
// finds and replaces them; nothing else needs to hold them.
const QString s_translatorName = QStringLiteral("atlasTranslator");

QString valueOr(const QSettings &settings, const QString &key, const QString &fallback, const QStringList &allowed)
{
    const QString value = settings.value(key, fallback).toString();
    return allowed.contains(value) ? value : fallback;
}

/// A submenu of exclusive, checkable choices; @p choose runs for the one picked.
void addChoices(QMenu *menu, const QList<std::pair<QString, QString>> &choices, const QString &current,
    const std::function<void(const QString &)> &choose)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[value, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(value == current);
        action->setData(value);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [choose, choice = value] { choose(choice); });
    }
}

QString themeDisplayName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Translations::tr("&Light");
    if (name == QLatin1String("dark"))
        return Translations::tr("&Dark");
    if (name == QLatin1String("print"))
        return Translations::tr("&Print");
    if (name == QLatin1String("projector"))
        return Translations::tr("P&rojector");
    if (name == QLatin1String("projector-dark"))
        return Translations::tr("Projector, Dim &Room");
    return name;
}

} // namespace

Appearance Appearance::load()
{
    const QSettings settings;
    Appearance appearance;
    appearance.language = valueOr(settings, s_languageKey, Translations::systemLanguage(), Translations::languages());
    appearance.theme = valueOr(settings, s_themeKey, appearance.theme, Theme::names());
    appearance.colourVision = valueOr(settings, s_visionKey, appearance.colourVision, colourVisionNames());
    appearance.companyColours = valueOr(settings, s_companyColoursKey, appearance.companyColours,
        { QStringLiteral("palette"), QStringLiteral("dataset") });
    return appearance;
}

void Appearance::save() const
{
    QSettings settings;
    settings.setValue(s_languageKey, language);
    settings.setValue(s_themeKey, theme);
    settings.setValue(s_visionKey, colourVision);
    settings.setValue(s_companyColoursKey, companyColours);
}

Theme Appearance::makeTheme() const
{
    Theme result = Theme::byName(theme).value_or(Theme::light());
    result.companyColours = companyColoursFromName(companyColours).value_or(CompanyColours::Palette);
    return result.withColourVision(colourVisionFromName(colourVision).value_or(ColourVision::Normal));
}

std::optional<QString> Appearance::takeArguments(QStringList &arguments)
{
    const auto take = [&arguments](const QString &option) -> std::optional<QString> {
        const int index = static_cast<int>(arguments.indexOf(option));
        if (index < 0)
            return std::nullopt;
        const QString value = arguments.value(index + 1);
        arguments.remove(index, std::min<qsizetype>(2, arguments.size() - index));
        return value;
    };
    if (const auto value = take(QStringLiteral("--lang"))) {
        if (!Translations::languages().contains(*value))
            return Translations::tr("--lang must be one of %1")
                .arg(Translations::languages().join(QStringLiteral(", ")));
        language = *value;
    }
    if (const auto value = take(QStringLiteral("--theme"))) {
        if (!Theme::byName(*value))
            return Translations::tr("--theme must be one of %1").arg(Theme::names().join(QStringLiteral(", ")));
        theme = *value;
    }
    return std::nullopt;
}

QStringList Translations::languages()
{
    return { QStringLiteral("en"), QStringLiteral("ko") };
}

QString Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString Translations::nativeName(const QString &language)
{
    // Each language in its own words, so whoever reads the menu can find theirs.
    return language == QLatin1String("ko") ? QStringLiteral("한국어") : QStringLiteral("English");
}

QLocale Translations::locale(const QString &language)
{
    return Format::localeOf(language);
}

bool Translations::install(const QString &language, QString *error)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> installed = app->findChildren<QTranslator *>(s_translatorName);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale(language));

    // English is the source language: only its plural forms ("%n warning(s)") need a catalogue.
    const auto load = [app](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(app);
        translator->setObjectName(s_translatorName);
        if (!translator->load(name, directory)) {
            delete translator;
            return false;
        }
        QCoreApplication::installTranslator(translator);
        return true;
    };
    const bool ours = load(QStringLiteral("compute-atlas_") + language, QStringLiteral(":/i18n"));
    if (language != QLatin1String("en"))
        load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!ours && error)
        *error = tr("The %1 translation of Compute Atlas is missing from this build").arg(nativeName(language));
    return ours;
}

void addAppearanceMenus(QMenu *view, const Appearance &current, const std::function<void(Appearance)> &apply)
{
    QMenu *language = view->addMenu(Translations::tr("&Language"));
    QList<std::pair<QString, QString>> languages;
    for (const QString &code : Translations::languages())
        languages.append({ code, Translations::nativeName(code) });
    addChoices(language, languages, current.language, [current, apply](const QString &value) {
        Appearance next = current;
        next.language = value;
        apply(next);
    });

    QMenu *theme = view->addMenu(Translations::tr("&Theme"));
    QList<std::pair<QString, QString>> themes;
    for (const QString &name : Theme::names())
        themes.append({ name, themeDisplayName(name) });
    addChoices(theme, themes, current.theme, [current, apply](const QString &value) {
        Appearance next = current;
        next.theme = value;
        apply(next);
    });
    theme->addSeparator();
    QMenu *colours = theme->addMenu(Translations::tr("&Company Colours"));
    addChoices(colours,
        { { QStringLiteral("palette"), Translations::tr("Colour-Blind-Safe &Palette") },
            { QStringLiteral("dataset"), Translations::tr("The &Dataset's Colours") } },
        current.companyColours, [current, apply](const QString &value) {
            Appearance next = current;
            next.companyColours = value;
            apply(next);
        });

    QMenu *vision = view->addMenu(Translations::tr("Colour &Vision Preview"));
    vision->setToolTipsVisible(true);
    QList<std::pair<QString, QString>> visions;
    for (const QString &name : colourVisionNames())
        visions.append({ name, colourVisionDisplayName(*colourVisionFromName(name)) });
    addChoices(vision, visions, current.colourVision, [current, apply](const QString &value) {
        Appearance next = current;
        next.colourVision = value;
        apply(next);
    });
}

} // namespace atlas
