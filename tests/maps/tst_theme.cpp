#include "atlascatch.h"
#include "mapfixture.h"

#include "theme.h"

#include <QFontInfo>
#include <QFontMetrics>

#include <array>
#include <cmath>

using namespace atlas;

namespace {

/// Every theme there is, by its name.
QList<Theme> allThemes()
{
    QList<Theme> themes;
    for (const QString &name : Theme::names()) {
        const std::optional<Theme> theme = Theme::byName(name);
        REQUIRE(theme);
        themes.append(*theme);
    }
    return themes;
}

/// CIE 1976 L*a*b* distance (D65): about 2.3 is just noticeable, 10 is plainly different.
double deltaE(const QColor &a, const QColor &b)
{
    const auto lab = [](const QColor &colour) {
        const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        const double r = linear(colour.redF());
        const double g = linear(colour.greenF());
        const double bl = linear(colour.blueF());
        const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        const double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
        return std::array<double, 3> { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
    };
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

} // namespace

TEST_CASE("Theme text is readable on its backgrounds (WCAG AA)", "[theme]")
{
    for (const Theme &theme : allThemes()) {
        INFO(theme.name.toStdString());
        CHECK(Theme::contrastRatio(theme.text, theme.window) >= 7.0);
        CHECK(Theme::contrastRatio(theme.mutedText, theme.window) >= 4.5);
        CHECK(Theme::contrastRatio(theme.text, theme.related) >= 4.5);
        CHECK(Theme::contrastRatio(theme.text, theme.land) >= 4.5);
        // Land and ocean must be told apart at a glance.
        CHECK(theme.land != theme.ocean);
    }
}

TEST_CASE("Contrast ratios match the WCAG definition", "[theme]")
{
    CHECK(Theme::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(Theme::contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    CHECK(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.01));
}

TEST_CASE("Every theme name gives that theme", "[theme]")
{
    const QStringList names = Theme::names();
    CHECK(names.size() == 5);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const std::optional<Theme> theme = Theme::byName(name);
        REQUIRE(theme);
        CHECK(theme->name == name);
    }
    CHECK_FALSE(Theme::byName(QStringLiteral("neon")));
}

TEST_CASE("Company colours are the Okabe-Ito palette in the dataset's order by default", "[theme][palette]")
{
    const Dataset data = test::bundled();
    REQUIRE(data.companies.size() > 8);
    // Okabe & Ito's eight, yellow and black moved to the end (black is a light grey on dark themes).
    const QList<QColor> okabeIto { QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0xf0, 0xe4, 0x42) };
    for (const Theme &theme : allThemes()) {
        INFO(theme.name.toStdString());
        CHECK(theme.companyColours == CompanyColours::Palette);
        REQUIRE(theme.companyPalette.size() >= 16);
        CHECK(theme.companyPalette.mid(0, 7) == okabeIto);
        const bool darkTheme
            = Theme::contrastRatio(theme.window, Qt::black) < Theme::contrastRatio(theme.window, Qt::white);
        CHECK(theme.companyPalette.at(7) == (darkTheme ? QColor(0xbb, 0xbb, 0xbb) : QColor(Qt::black)));
        // Every company has the palette colour at its position in the list, whatever its own colour.
        for (qsizetype i = 0; i < data.companies.size(); ++i) {
            const Company &company = data.companies.at(i);
            INFO(company.id.toStdString());
            CHECK(data.companyIndex(&company) == i);
            CHECK(theme.companyColour(data, &company) == theme.companyPalette.at(i));
            CHECK(theme.companyColour(static_cast<int>(i), company.colour) == theme.companyPalette.at(i));
        }
        // No company, or a company of another dataset: the fallback.
        CHECK(theme.companyColour(data, nullptr) == theme.fallbackCompany);
        const Company stranger = data.companies.first();
        CHECK(data.companyIndex(&stranger) == -1);
        CHECK(theme.companyColour(data, &stranger) == theme.fallbackCompany);
        CHECK(theme.companyColour(-1, QStringLiteral("#76b900")) == theme.fallbackCompany);
    }
    // Nvidia's own green is not what the default shows: its place in the list decides.
    const Company *nvidia = data.company(QStringLiteral("nvidia"));
    REQUIRE(nvidia);
    CHECK(Theme::light().companyColour(data, nvidia) == Theme::light().companyPalette.at(data.companyIndex(nvidia)));
}

TEST_CASE("The dataset setting gives the dataset's own company colours", "[theme][palette]")
{
    const Dataset data = test::bundled();
    CHECK(companyColoursName(CompanyColours::Palette) == QLatin1String("palette"));
    CHECK(companyColoursName(CompanyColours::Dataset) == QLatin1String("dataset"));
    CHECK(companyColoursFromName(QStringLiteral("palette")) == CompanyColours::Palette);
    CHECK(companyColoursFromName(QStringLiteral("dataset")) == CompanyColours::Dataset);
    CHECK_FALSE(companyColoursFromName(QStringLiteral("brand")));

    Theme theme = Theme::light();
    theme.companyColours = CompanyColours::Dataset;
    for (const Company &company : data.companies) {
        INFO(company.id.toStdString());
        CHECK(theme.companyColour(data, &company) == QColor::fromString(company.colour));
    }
    CHECK(theme.companyColour(3, QStringLiteral("#76b900")) == QColor(0x76, 0xb9, 0x00));
    CHECK(theme.companyColour(3, QStringLiteral("red-ish")) == theme.fallbackCompany);
    CHECK(theme.companyColour(-1, QString()) == theme.fallbackCompany);
    CHECK(theme.companyColour(data, nullptr) == theme.fallbackCompany);
}

TEST_CASE(
    "Beyond eight companies the palette continues with Tol's muted colours, then lightness steps", "[theme][palette]")
{
    const QList<QColor> tolMuted { QColor(0xcc, 0x66, 0x77), QColor(0x33, 0x22, 0x88), QColor(0xdd, 0xcc, 0x77),
        QColor(0x11, 0x77, 0x33), QColor(0x88, 0x22, 0x55), QColor(0x44, 0xaa, 0x99), QColor(0x99, 0x99, 0x33),
        QColor(0xaa, 0x44, 0x99) };
    CHECK(Theme::light().companyPalette.mid(8, 8) == tolMuted);
    CHECK(Theme::print().companyPalette == Theme::light().companyPalette);
    CHECK(Theme::projectorDark().companyPalette == Theme::dark().companyPalette);
    for (const Theme &theme : allThemes()) {
        INFO(theme.name.toStdString());
        const QList<QColor> &palette = theme.companyPalette;
        REQUIRE(palette.size() == 32);
        // Sixteen companies: plainly different colours, pair by pair.
        for (qsizetype i = 0; i < 16; ++i) {
            for (qsizetype j = i + 1; j < 16; ++j) {
                INFO(i << " " << palette.at(i).name().toStdString() << " / " << j << " "
                       << palette.at(j).name().toStdString());
                CHECK(deltaE(palette.at(i), palette.at(j)) >= 15);
            }
        }
        // 17 to 32: the first sixteen a lightness step away, still apart from every other colour.
        for (qsizetype i = 0; i < 32; ++i) {
            for (qsizetype j = i + 1; j < 32; ++j) {
                INFO(i << " / " << j);
                CHECK(deltaE(palette.at(i), palette.at(j)) >= 8);
            }
        }
        for (qsizetype i = 16; i < 32; ++i) {
            INFO(i);
            const double step = Theme::contrastRatio(palette.at(i), palette.at(i - 16));
            CHECK(step > 1.2);
        }
        // Beyond 32 the colours repeat.
        CHECK(theme.companyColour(32, QString()) == palette.at(0));
        CHECK(theme.companyColour(1000, QString()) == palette.at(1000 % 32));
        // Every colour shows on the map's land and ocean.
        for (const QColor &colour : palette) {
            INFO(colour.name().toStdString());
            CHECK(deltaE(colour, theme.land) >= 10);
            CHECK(deltaE(colour, theme.ocean) >= 10);
        }
    }
}

TEST_CASE("textOn picks the theme colour that reads on a background", "[theme]")
{
    const Theme theme = Theme::light();
    CHECK(theme.textOn(QColor(0x03, 0x2d, 0x60)) == theme.window); // light text on navy
    CHECK(theme.textOn(QColor(0xff, 0xe6, 0x00)) == theme.text);   // dark text on yellow
}

TEST_CASE("The application palette keeps text readable in every theme (WCAG AA)", "[theme][palette]")
{
    for (const Theme &theme : allThemes()) {
        INFO(theme.name.toStdString());
        const QPalette palette = theme.palette();
        const auto ratio
            = [&palette](QPalette::ColorGroup group, QPalette::ColorRole text, QPalette::ColorRole background) {
                  return Theme::contrastRatio(palette.color(group, text), palette.color(group, background));
              };
        using P = QPalette;
        const std::pair<P::ColorRole, P::ColorRole> pairs[] = {
            { P::WindowText, P::Window },
            { P::Text, P::Base },
            { P::Text, P::AlternateBase },
            { P::PlaceholderText, P::Base },
            { P::ButtonText, P::Button },
            { P::HighlightedText, P::Highlight },
            { P::ToolTipText, P::ToolTipBase },
            { P::Link, P::Base },
            { P::LinkVisited, P::Base },
            { P::Link, P::Window },
            { P::BrightText, P::Dark },
        };
        for (const P::ColorGroup group : { P::Active, P::Inactive }) {
            for (const auto &[text, background] : pairs) {
                INFO(group << " " << text << " on " << background);
                CHECK(ratio(group, text, background) >= 4.5);
            }
        }
        // Disabled text is dimmer on purpose; WCAG exempts it, we still keep it at 3:1.
        for (const auto &[text, background] : { std::pair { P::WindowText, P::Window }, std::pair { P::Text, P::Base },
                 std::pair { P::ButtonText, P::Button } }) {
            INFO("disabled " << text << " on " << background);
            CHECK(ratio(P::Disabled, text, background) >= 3.0);
            CHECK(palette.color(P::Disabled, text) != palette.color(P::Active, text));
        }
        CHECK(palette.color(P::Window) == theme.window);
        CHECK(palette.color(P::WindowText) == theme.text);
        CHECK(palette.color(P::Highlight) == theme.selection);
    }
}

TEST_CASE("The label font can show Korean", "[theme]")
{
    const Theme theme = Theme::light();
    const QFontMetrics metrics(theme.labelFont);
    // Hangul syllables of "엔비디아" (Nvidia) must come from a font that has them.
    for (const QChar c : QStringLiteral("엔비디아"))
        CHECK(metrics.inFontUcs4(c.unicode()));
}
