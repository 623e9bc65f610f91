#include "atlascatch.h"

#include "theme.h"

#include <QFontInfo>
#include <QFontMetrics>

using namespace atlas;

TEST_CASE("Theme text is readable on its backgrounds (WCAG AA)", "[theme]")
{
    for (const Theme &theme : { Theme::light(), Theme::dark() }) {
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

TEST_CASE("Company colours come from the dataset, with a theme fallback", "[theme]")
{
    const Theme theme = Theme::light();
    CHECK(theme.companyColour(QStringLiteral("#76b900")) == QColor(0x76, 0xb9, 0x00));
    CHECK(theme.companyColour(QStringLiteral("red-ish")) == theme.fallbackCompany);
    CHECK(theme.companyColour(QString()) == theme.fallbackCompany);
    CHECK(theme.textOn(QColor(0x03, 0x2d, 0x60)) == theme.window); // light text on navy
    CHECK(theme.textOn(QColor(0xff, 0xe6, 0x00)) == theme.text);   // dark text on yellow
}

TEST_CASE("The label font can show Korean", "[theme]")
{
    const Theme theme = Theme::light();
    const QFontMetrics metrics(theme.labelFont);
    // Hangul syllables of "엔비디아" (Nvidia) must come from a font that has them.
    for (const QChar c : QStringLiteral("엔비디아"))
        CHECK(metrics.inFontUcs4(c.unicode()));
}
