#include "theme.h"

#include <QImage>
#include <QStringList>

#include <cmath>

namespace atlas {

namespace {

QFont font(int pointSize, int weight = QFont::Normal)
{
    QFont font;
    // Latin from Open Sans, Hangul from Noto Sans CJK KR. Latin text set in the CJK font loses
    // its digits and dashes when copied out of a PDF (Qt cannot map its alternate glyphs back
    // to characters), so the CJK font is the fallback, not the first choice.
    font.setFamilies(
        { QStringLiteral("Open Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("DejaVu Sans") });
    font.setPointSize(pointSize);
    font.setWeight(static_cast<QFont::Weight>(weight));
    return font;
}

double relativeLuminance(const QColor &colour)
{
    const auto channel
        = [](double value) { return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

Theme Theme::light()
{
    Theme theme;
    theme.name = QStringLiteral("light");
    theme.window = QColor(0xfa, 0xfa, 0xf7);
    theme.text = QColor(0x1f, 0x23, 0x28);
    theme.mutedText = QColor(0x5b, 0x63, 0x6e);
    theme.ocean = QColor(0xdc, 0xe9, 0xf2);
    theme.land = QColor(0xf2, 0xef, 0xe6);
    theme.border = QColor(0xa6, 0xa2, 0x99);
    theme.graticule = QColor(0xc3, 0xd4, 0xe0);
    theme.selection = QColor(0xd9, 0x2d, 0x20);
    theme.related = QColor(0xfd, 0xf0, 0xc4);
    theme.warning = QColor(0x9a, 0x5b, 0x00);
    theme.error = QColor(0xb3, 0x1b, 0x1b);
    theme.fallbackCompany = QColor(0x6b, 0x72, 0x80);
    theme.uiFont = font(10);
    theme.labelFont = font(9);
    theme.titleFont = font(16, QFont::DemiBold);
    return theme;
}

Theme Theme::dark()
{
    Theme theme = light();
    theme.name = QStringLiteral("dark");
    theme.window = QColor(0x1b, 0x1e, 0x23);
    theme.text = QColor(0xe8, 0xea, 0xed);
    theme.mutedText = QColor(0xa0, 0xa7, 0xb1);
    theme.ocean = QColor(0x14, 0x24, 0x33);
    theme.land = QColor(0x2b, 0x2f, 0x36);
    theme.border = QColor(0x55, 0x5c, 0x66);
    theme.graticule = QColor(0x23, 0x36, 0x48);
    theme.selection = QColor(0xff, 0x6b, 0x5b);
    theme.related = QColor(0x4a, 0x40, 0x1c);
    theme.warning = QColor(0xf0, 0xb4, 0x4c);
    theme.error = QColor(0xff, 0x7b, 0x72);
    return theme;
}

Theme Theme::print()
{
    Theme theme = light();
    theme.name = QStringLiteral("print");
    theme.opaque = true;
    theme.window = QColor(0xff, 0xff, 0xff);
    theme.text = QColor(0x11, 0x11, 0x11);
    theme.mutedText = QColor(0x4a, 0x4a, 0x4a);
    theme.ocean = QColor(0xe6, 0xef, 0xf5);
    theme.land = QColor(0xfb, 0xfa, 0xf6);
    theme.border = QColor(0x8c, 0x8c, 0x8c);
    theme.graticule = QColor(0xc8, 0xd6, 0xe0);
    return theme;
}

Theme Theme::projector()
{
    Theme theme = light();
    theme.name = QStringLiteral("projector");
    theme.window = QColor(0xff, 0xff, 0xff);
    theme.text = QColor(0x00, 0x00, 0x00);
    theme.mutedText = QColor(0x33, 0x33, 0x33);
    theme.ocean = QColor(0xc9, 0xdf, 0xee);
    theme.land = QColor(0xf4, 0xf1, 0xe8);
    theme.border = QColor(0x6e, 0x6a, 0x62);
    theme.graticule = QColor(0xa9, 0xc4, 0xd8);
    theme.labelFont.setWeight(QFont::DemiBold);
    theme.uiFont.setWeight(QFont::DemiBold);
    return theme;
}

Theme Theme::projectorDark()
{
    Theme theme = dark();
    theme.name = QStringLiteral("projector-dark");
    theme.window = QColor(0x00, 0x00, 0x00);
    theme.text = QColor(0xff, 0xff, 0xff);
    theme.mutedText = QColor(0xcc, 0xcc, 0xcc);
    theme.ocean = QColor(0x0b, 0x1a, 0x2a);
    theme.land = QColor(0x2e, 0x33, 0x3b);
    theme.border = QColor(0x8a, 0x93, 0x9e);
    theme.labelFont.setWeight(QFont::DemiBold);
    theme.uiFont.setWeight(QFont::DemiBold);
    return theme;
}

std::optional<Theme> Theme::byName(const QString &name)
{
    if (name == QLatin1String("light"))
        return light();
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("print"))
        return print();
    if (name == QLatin1String("projector"))
        return projector();
    if (name == QLatin1String("projector-dark"))
        return projectorDark();
    return std::nullopt;
}

QStringList Theme::names()
{
    return { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print") };
}

QColor Theme::flat(const QColor &colour, const QColor &background) const
{
    if (!opaque || colour.alpha() == 255)
        return colour;
    const double a = colour.alphaF();
    const auto mix = [a](double c, double b) { return c * a + b * (1 - a); };
    return QColor::fromRgbF(static_cast<float>(mix(colour.redF(), background.redF())),
        static_cast<float>(mix(colour.greenF(), background.greenF())),
        static_cast<float>(mix(colour.blueF(), background.blueF())));
}

QFontMetricsF fontMetrics(const QFont &font)
{
    // A 1×1 image has the default 96 dpi; one per thread, as render jobs run in parallel.
    thread_local const QImage s_reference(1, 1, QImage::Format_ARGB32_Premultiplied);
    return { font, &s_reference };
}

QColor Theme::companyColour(const QString &hex) const
{
    const QColor colour = QColor::fromString(hex);
    return colour.isValid() ? colour : fallbackCompany;
}

QColor Theme::textOn(const QColor &background) const
{
    return contrastRatio(text, background) >= contrastRatio(window, background) ? text : window;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace atlas
