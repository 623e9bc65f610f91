#include "atlascatch.h"

#include "appearance.h"
#include "mainwindow.h"
#include "mapview.h"

#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

namespace {

/// The settings and the application palette as they were, afterwards.
struct RestoreAppearance {
    RestoreAppearance() { QSettings().remove(QStringLiteral("appearance")); }
    ~RestoreAppearance()
    {
        QSettings().remove(QStringLiteral("appearance"));
        QApplication::setPalette(m_palette);
    }
    QPalette m_palette = QApplication::palette();
};

/// The most common colour of @p image: the ocean on a world map.
QRgb dominant(const QImage &image)
{
    QHash<QRgb, int> counts;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 3) {
        for (int x = 0; x < rgb.width(); x += 3)
            ++counts[rgb.pixel(x, y)];
    }
    QRgb best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

/// Whether @p colour is @p theme's ocean or background, the map's two largest areas.
bool isBackdropOf(QRgb colour, const Theme &theme)
{
    return distance(colour, theme.ocean.rgb()) < 12 || distance(colour, theme.window.rgb()) < 12;
}

QAction *findAction(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu(), text))
                return found;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The appearance is remembered, and unknown remembered values fall back", "[appearance]")
{
    const RestoreAppearance restore;
    Appearance chosen;
    chosen.language = QStringLiteral("ko");
    chosen.theme = QStringLiteral("projector");
    chosen.colourVision = QStringLiteral("tritanopia");
    chosen.companyColours = QStringLiteral("dataset");
    chosen.save();
    CHECK(Appearance::load() == chosen);

    QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon"));
    QSettings().setValue(QStringLiteral("appearance/colourVision"), 42);
    const Appearance loaded = Appearance::load();
    CHECK(loaded.theme == QLatin1String("light"));
    CHECK(loaded.colourVision == QLatin1String("normal"));
    CHECK(loaded.language == QLatin1String("ko"));

    // The theme it makes: the named theme, its company colours and colour vision.
    const Theme theme = chosen.makeTheme();
    CHECK(theme.name == QLatin1String("projector"));
    CHECK(theme.companyColours == CompanyColours::Dataset);
    CHECK(theme.vision == ColourVision::Tritanopia);
    CHECK(theme.ocean == simulate(Theme::projector().ocean, ColourVision::Tritanopia));
}

TEST_CASE("--lang and --theme choose for one run and leave the file argument", "[appearance][cli]")
{
    Appearance appearance;
    QStringList arguments { QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("data.json"),
        QStringLiteral("--theme"), QStringLiteral("dark") };
    CHECK_FALSE(appearance.takeArguments(arguments));
    CHECK(arguments == QStringList { QStringLiteral("data.json") });
    CHECK(appearance.language == QLatin1String("ko"));
    CHECK(appearance.theme == QLatin1String("dark"));

    QStringList wrongLanguage { QStringLiteral("--lang"), QStringLiteral("fr") };
    const auto languageError = appearance.takeArguments(wrongLanguage);
    REQUIRE(languageError);
    CHECK(languageError->contains(QLatin1String("--lang")));
    CHECK(languageError->contains(QLatin1String("ko")));
    QStringList wrongTheme { QStringLiteral("--theme"), QStringLiteral("neon") };
    const auto themeError = appearance.takeArguments(wrongTheme);
    REQUIRE(themeError);
    CHECK(themeError->contains(QLatin1String("projector-dark")));
    QStringList missing { QStringLiteral("--theme") };
    CHECK(appearance.takeArguments(missing));
}

TEST_CASE("View › Theme repaints the window and the map, and is remembered", "[appearance][app]")
{
    const RestoreAppearance restore;
    MainWindow window;
    window.setConfirmUnsaved(false);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(isBackdropOf(dominant(window.mapImage()), Theme::light()));

    // Through the menu, as a user would: the change waits for the event loop.
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QLatin1String("&View"))
            view = action->menu();
    }
    REQUIRE(view);
    QAction *dark = findAction(view, QStringLiteral("&Dark"));
    REQUIRE(dark);
    dark->trigger();
    QTRY_COMPARE(window.theme().name, QStringLiteral("dark"));

    CHECK(Appearance::load().theme == QLatin1String("dark"));
    CHECK(QApplication::palette().color(QPalette::Window) == Theme::dark().window);
    CHECK(QApplication::palette().color(QPalette::WindowText) == Theme::dark().text);
    CHECK(isBackdropOf(dominant(window.mapImage()), Theme::dark()));
    CHECK_FALSE(isBackdropOf(dominant(window.mapImage()), Theme::light()));

    // A colour-vision preview changes the map's colours, greyscale to grey.
    Appearance grey = window.appearance();
    grey.colourVision = QStringLiteral("greyscale");
    window.setAppearance(grey);
    QCoreApplication::processEvents();
    const QRgb ocean = dominant(window.mapImage());
    CHECK(qRed(ocean) == qGreen(ocean));
    CHECK(qGreen(ocean) == qBlue(ocean));
    CHECK(window.mapView()->isVisible());
}
