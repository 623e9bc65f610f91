#include "theme.h"

#include "dataset.h"

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

/// @p a moved towards @p b by @p amount (0–1), in sRGB.
QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto channel = [amount](double x, double y) { return static_cast<float>(x + (y - x) * amount); };
    return QColor::fromRgbF(
        channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()), channel(a.blueF(), b.blueF()));
}

QList<QColor> colours(std::initializer_list<QRgb> values)
{
    QList<QColor> list;
    for (const QRgb value : values)
        list.append(QColor::fromRgb(value));
    return list;
}

// Company palettes; docs/themes.md gives the reasons. Slots 0–7: Okabe & Ito (2008), "Color
// Universal Design", the eight colours that stay apart for protan, deutan and tritan readers.
// Yellow and black come last: yellow is 1.2:1 against light land and cannot be darkened without
// merging with orange for protan and deutan readers; black is the neutral. Slots 8–15: Paul Tol's
// "muted" scheme (personal.sron.nl/~pault), safe among itself, without its cyan (#88ccee, which
// sky blue already covers). Slots 16–31: slots 0–15 one step of OKLab lightness (0.13) away from
// the background (towards it where the scale ends), so a 17th company is a darker (or, on dark
// themes, lighter) shade of the first rather than the same colour; the neutral steps to mid grey.

/// For light backgrounds (light, print, projector).
QList<QColor> lightPalette()
{
    return colours({ 0xe69f00, 0x56b4e9, 0x009e73, 0x0072b2, 0xd55e00, 0xcc79a7, 0xf0e442, 0x000000, //
        0xcc6677, 0x332288, 0xddcc77, 0x117733, 0x882255, 0x44aa99, 0x999933, 0xaa4499,              //
        0xbb7600, 0x268bbe, 0x00764e, 0x004c89, 0xa83400, 0xa1527f, 0xc6b900, 0x5e5e5e,              //
        0xa03f52, 0x524bb2, 0xb3a34e, 0x00510a, 0x5e0033, 0x038272, 0x737200, 0x801871 });
}

/// For dark backgrounds (dark, projector-dark): black becomes light grey, and Tol's muted colours
/// are lifted by 0.15 in OKLab lightness, so indigo and wine do not sink into the background.
QList<QColor> darkPalette()
{
    return colours({ 0xe69f00, 0x56b4e9, 0x009e73, 0x0072b2, 0xd55e00, 0xcc79a7, 0xf0e442, 0xbbbbbb, //
        0xff94a4, 0x5751b9, 0xfffea7, 0x4ba55f, 0xba5180, 0x77dac8, 0xc8c966, 0xdc73c9,              //
        0xffc94d, 0x81deff, 0x4bc89a, 0x3f9add, 0xff8741, 0xf8a1d0, 0xc6b900, 0x8a8a8a,              //
        0xffbece, 0x7b78e5, 0xd4d37e, 0x75cf86, 0xe679a7, 0x4bb09f, 0x9f9f3a, 0xff9cf4 });
}

} // namespace

QString companyColoursName(CompanyColours colours)
{
    return colours == CompanyColours::Dataset ? QStringLiteral("dataset") : QStringLiteral("palette");
}

std::optional<CompanyColours> companyColoursFromName(const QString &name)
{
    if (name == QLatin1String("palette"))
        return CompanyColours::Palette;
    if (name == QLatin1String("dataset"))
        return CompanyColours::Dataset;
    return std::nullopt;
}

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
    theme.link = QColor(0x0b, 0x57, 0xd0);
    theme.linkVisited = QColor(0x6f, 0x42, 0xc1);
    theme.fallbackCompany = QColor(0x6b, 0x72, 0x80);
    theme.companyPalette = lightPalette();
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
    theme.link = QColor(0x8a, 0xb4, 0xf8);
    theme.linkVisited = QColor(0xc5, 0xa3, 0xff);
    theme.companyPalette = darkPalette();
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
    return { QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print"), QStringLiteral("projector"),
        QStringLiteral("projector-dark") };
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

QColor Theme::companyColour(int index, const QString &hex) const
{
    if (companyColours == CompanyColours::Dataset) {
        // Dataset colours are not part of the theme, so they are simulated here, as they are used.
        const QColor colour = QColor::fromString(hex);
        return colour.isValid() ? simulate(colour, vision) : fallbackCompany;
    }
    if (index < 0 || companyPalette.isEmpty())
        return fallbackCompany;
    return companyPalette.at(index % companyPalette.size());
}

QColor Theme::companyColour(const Dataset &dataset, const Company *company) const
{
    return companyColour(dataset.companyIndex(company), company ? company->colour : QString());
}

Theme Theme::withColourVision(ColourVision seen) const
{
    Theme theme = *this;
    theme.vision = seen;
    for (QColor *colour : { &theme.window, &theme.text, &theme.mutedText, &theme.ocean, &theme.land, &theme.border,
             &theme.graticule, &theme.selection, &theme.related, &theme.warning, &theme.error, &theme.link,
             &theme.linkVisited, &theme.fallbackCompany })
        *colour = simulate(*colour, seen);
    for (QColor &colour : theme.companyPalette)
        colour = simulate(colour, seen);
    return theme;
}

QPalette Theme::palette() const
{
    const bool darkTheme = relativeLuminance(window) < relativeLuminance(text);
    // Entry fields are a little lighter than the window on light themes and darker on dark ones;
    // neutral white and black stay themselves under every colour-vision simulation.
    const QColor base = darkTheme ? mix(window, Qt::black, 0.25) : mix(window, Qt::white, 1.0);
    const QColor button = mix(window, text, 0.07);
    const QColor dark = darkTheme ? mix(window, Qt::black, 0.5) : mix(border, text, 0.5);
    // Disabled text: visibly dimmer than muted text, still 3:1 on every background it sits on.
    const QColor disabledText = mix(mutedText, window, 0.15);

    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const QColor &colour) { palette.setColor(role, colour); };
    set(QPalette::Window, window);
    set(QPalette::WindowText, text);
    set(QPalette::Base, base);
    set(QPalette::AlternateBase, mix(base, text, 0.04));
    set(QPalette::Text, text);
    set(QPalette::PlaceholderText, mutedText);
    set(QPalette::Button, button);
    set(QPalette::ButtonText, text);
    set(QPalette::BrightText, textOn(dark));
    set(QPalette::Light, darkTheme ? mix(window, text, 0.2) : base);
    set(QPalette::Midlight, mix(button, darkTheme ? text : base, 0.15));
    set(QPalette::Mid, border);
    set(QPalette::Dark, dark);
    set(QPalette::Shadow, darkTheme ? Qt::black : mix(text, Qt::black, 0.5));
    set(QPalette::Highlight, selection);
    set(QPalette::HighlightedText, textOn(selection));
    set(QPalette::ToolTipBase, text);
    set(QPalette::ToolTipText, window);
    set(QPalette::Link, link);
    set(QPalette::LinkVisited, linkVisited);
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    set(QPalette::Accent, selection);
#endif
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText, QPalette::BrightText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, mix(window, text, 0.2));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, text);
    return palette;
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
