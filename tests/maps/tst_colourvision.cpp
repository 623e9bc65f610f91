#include "atlascatch.h"
#include "mapfixture.h"

#include "colourvision.h"
#include "figure.h"
#include "figurearguments.h"
#include "figureexport.h"
#include "maprenderer.h"
#include "viewpreset.h"

#include <QCommandLineParser>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdlib>

using namespace atlas;

namespace {

/// Whether every channel of @p a is within @p tolerance of @p b's (alpha included).
bool near(const QColor &a, const QColor &b, int tolerance = 1)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance && std::abs(a.alpha() - b.alpha()) <= tolerance;
}

bool grey(const QColor &colour)
{
    return colour.red() == colour.green() && colour.green() == colour.blue();
}

/// How many pixels of @p image are not grey.
qsizetype colouredPixels(const QImage &image)
{
    qsizetype coloured = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            coloured += qRed(line[x]) == qGreen(line[x]) && qGreen(line[x]) == qBlue(line[x]) ? 0 : 1;
    }
    return coloured;
}

std::optional<FigureRequest> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    FigureArguments::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    REQUIRE(parser.parse(QStringList { QStringLiteral("compute-atlas") } + arguments));
    return FigureArguments::parse(parser, error);
}

FigureData bundledFigureData()
{
    static const auto s_dataset = std::make_shared<const Dataset>(test::bundled());
    FigureData data;
    data.dataset = s_dataset;
    data.basemap = test::basemap();
    return data;
}

} // namespace

TEST_CASE("Colour visions have command-line names, a way back and display names", "[colourvision]")
{
    CHECK(colourVisionNames()
        == QStringList { QStringLiteral("normal"), QStringLiteral("deuteranopia"), QStringLiteral("protanopia"),
            QStringLiteral("tritanopia"), QStringLiteral("greyscale") });
    QStringList displayNames;
    for (const ColourVision vision : colourVisions()) {
        CHECK(colourVisionFromName(colourVisionName(vision)) == vision);
        CHECK_FALSE(colourVisionDisplayName(vision).isEmpty());
        displayNames.append(colourVisionDisplayName(vision));
    }
    displayNames.removeDuplicates();
    CHECK(displayNames.size() == 5);
    CHECK_FALSE(colourVisionFromName(QStringLiteral("colour-blind")));
    CHECK_FALSE(colourVisionFromName(QStringLiteral("Deuteranopia")));
}

TEST_CASE("simulate() follows Machado et al. (2009) at full severity, in linear RGB", "[colourvision]")
{
    const QColor red(255, 0, 0);
    SECTION("Normal vision changes nothing")
    {
        for (const QColor &colour : { red, QColor(0x12, 0x34, 0x56, 0x78), QColor(0xe6, 0x9f, 0x00) })
            CHECK(simulate(colour, ColourVision::Normal) == colour);
    }
    SECTION("Pure red: dark olive for protanopes, a brighter olive for deuteranopes, still red for tritanopes")
    {
        // Linear red (1, 0, 0) times the first column of each matrix, re-encoded as sRGB.
        CAPTURE(simulate(red, ColourVision::Protanopia).name().toStdString());
        CHECK(near(simulate(red, ColourVision::Protanopia), QColor(0x6d, 0x5f, 0x00)));
        CAPTURE(simulate(red, ColourVision::Deuteranopia).name().toStdString());
        CHECK(near(simulate(red, ColourVision::Deuteranopia), QColor(0xa3, 0x90, 0x00)));
        CHECK(near(simulate(red, ColourVision::Tritanopia), QColor(0xff, 0x00, 0x0f)));
        // Red and green, told apart by hue alone, come out as two yellows for both red-green types.
        const QColor green(0, 255, 0);
        CHECK(near(simulate(green, ColourVision::Protanopia), QColor(0xff, 0xe5, 0x00)));
        CHECK(near(simulate(green, ColourVision::Deuteranopia), QColor(0xef, 0xd6, 0x3a)));
        // Tritanopes lose blue: pure blue turns teal.
        CHECK(near(simulate(QColor(0, 0, 255), ColourVision::Tritanopia), QColor(0x00, 0x6b, 0x96)));
    }
    SECTION("Greyscale is the relative luminance, the same in every channel")
    {
        CHECK(simulate(red, ColourVision::Greyscale) == QColor(0x7f, 0x7f, 0x7f));
        CHECK(simulate(QColor(0, 0, 255), ColourVision::Greyscale) == QColor(0x4c, 0x4c, 0x4c));
        for (const QColor &colour : { QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
                 QColor(0x12, 0x34, 0x56), QColor(0xfa, 0xfa, 0xf7) }) {
            const QColor seen = simulate(colour, ColourVision::Greyscale);
            CAPTURE(colour.name().toStdString(), seen.name().toStdString());
            CHECK(grey(seen));
            // Luminance, and so every WCAG contrast ratio, is kept (to 8-bit rounding).
            CHECK(
                Theme::contrastRatio(seen, Qt::white) == Approx(Theme::contrastRatio(colour, Qt::white)).epsilon(0.02));
        }
    }
    SECTION("Neutrals stay neutral and alpha is kept")
    {
        for (const ColourVision vision : colourVisions()) {
            for (const QColor &colour : { QColor(Qt::black), QColor(Qt::white), QColor(0x80, 0x80, 0x80) })
                CHECK(near(simulate(colour, vision), colour));
            CHECK(simulate(QColor(255, 0, 0, 100), vision).alpha() == 100);
        }
    }
}

TEST_CASE("The image version gives the same colours as the colour version, alpha kept", "[colourvision]")
{
    QImage image(64, 48, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixelColor(x, y, QColor(x * 4, y * 5, (x * 7 + y * 3) % 256, 255 - (x + y) % 3 * 100));
    }
    for (const ColourVision vision : colourVisions()) {
        CAPTURE(colourVisionName(vision).toStdString());
        const QImage seen = simulate(image, vision);
        REQUIRE(seen.size() == image.size());
        CHECK(seen.format() == image.format());
        int wrong = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                wrong += near(seen.pixelColor(x, y), simulate(image.pixelColor(x, y), vision)) ? 0 : 1;
        }
        CHECK(wrong == 0);
    }
    CHECK(simulate(image, ColourVision::Normal) == image);
    // Premultiplied images come back premultiplied, their alpha unchanged.
    QImage premultiplied(8, 8, QImage::Format_ARGB32_Premultiplied);
    premultiplied.fill(QColor(200, 40, 40, 128));
    const QImage greyed = simulate(premultiplied, ColourVision::Greyscale);
    CHECK(greyed.format() == QImage::Format_ARGB32_Premultiplied);
    CHECK(greyed.pixelColor(3, 3).alpha() == 128);
    CHECK(grey(greyed.pixelColor(3, 3)));
    CHECK(simulate(QImage(), ColourVision::Greyscale).isNull());
}

TEST_CASE("A theme seen with a colour vision has every colour simulated", "[colourvision][theme]")
{
    const Dataset data = test::bundled();
    for (const QString &name : Theme::names()) {
        INFO(name.toStdString());
        const Theme theme = *Theme::byName(name);
        CHECK(theme.vision == ColourVision::Normal);
        const Theme greyTheme = theme.withColourVision(ColourVision::Greyscale);
        CHECK(greyTheme.vision == ColourVision::Greyscale);
        CHECK(greyTheme.name == theme.name);
        for (const QColor &colour : { greyTheme.window, greyTheme.text, greyTheme.mutedText, greyTheme.ocean,
                 greyTheme.land, greyTheme.border, greyTheme.graticule, greyTheme.selection, greyTheme.related,
                 greyTheme.warning, greyTheme.error, greyTheme.link, greyTheme.linkVisited, greyTheme.fallbackCompany })
            CHECK(grey(colour));
        REQUIRE(greyTheme.companyPalette.size() == theme.companyPalette.size());
        for (qsizetype i = 0; i < theme.companyPalette.size(); ++i)
            CHECK(greyTheme.companyPalette.at(i) == simulate(theme.companyPalette.at(i), ColourVision::Greyscale));
        // The company colours both ways, and the application palette, come from the simulated theme.
        const Company *nvidia = data.company(QStringLiteral("nvidia"));
        REQUIRE(nvidia);
        CHECK(grey(greyTheme.companyColour(data, nvidia)));
        Theme brands = greyTheme;
        brands.companyColours = CompanyColours::Dataset;
        CHECK(brands.companyColour(data, nvidia)
            == simulate(QColor::fromString(nvidia->colour), ColourVision::Greyscale));
        CHECK(grey(greyTheme.palette().color(QPalette::Highlight)));
        CHECK(grey(greyTheme.palette().color(QPalette::Link)));

        const Theme deutan = theme.withColourVision(ColourVision::Deuteranopia);
        CHECK(deutan.selection == simulate(theme.selection, ColourVision::Deuteranopia));
        CHECK(deutan.companyPalette.first() == simulate(theme.companyPalette.first(), ColourVision::Deuteranopia));
    }
}

TEST_CASE("A map rendered in greyscale has no colour left, land and ocean included", "[colourvision][renderer]")
{
    const Theme theme = Theme::light().withColourVision(ColourVision::Greyscale);
    const Dataset data = test::bundled();
    const MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1200, 680));
    QImage image(viewport.sizePx, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer::render(painter, viewport, test::scene(data, theme), theme);
    painter.end();
    const Projection projection(viewport.projection);
    const QPoint land = viewport.toPixel(projection.forward(QPointF(22, 2)).value()).toPoint();
    const QPoint ocean = viewport.toPixel(projection.forward(QPointF(-15, -25)).value()).toPoint();
    CAPTURE(image.pixelColor(land).name().toStdString(), image.pixelColor(ocean).name().toStdString());
    CHECK(grey(image.pixelColor(land)));
    CHECK(grey(image.pixelColor(ocean)));
    CHECK(image.pixelColor(land) == theme.land);
    CHECK(image.pixelColor(ocean) == theme.ocean);
    CHECK(image.pixelColor(land) != image.pixelColor(ocean));
    // Sites, flows, labels, legend and attribution: every colour drawn comes from the theme.
    CHECK(colouredPixels(image) == 0);
}

TEST_CASE("Figures under a colour vision: the PNG and the SVG carry only simulated colours", "[colourvision][figure]")
{
    FigureSpec spec = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("slide")));
    spec.title = QStringLiteral("Greyscale");
    spec.charts = FigureCharts::Spending;
    spec.colourVision = ColourVision::Greyscale;
    const Figure figure(spec, bundledFigureData());
    CHECK(figure.theme().vision == ColourVision::Greyscale);
    const QImage image = FigureExport::image(figure, 0.5);
    REQUIRE_FALSE(image.isNull());
    CHECK(colouredPixels(image) == 0);

    // Vector output: every fill and stroke colour written into the SVG is a grey.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    REQUIRE(FigureExport::write(path, figure) == QString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    static const QRegularExpression s_colour(QStringLiteral("#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})\\b"));
    int colours = 0;
    QStringList coloured;
    for (auto it = s_colour.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++colours;
        if (match.captured(1) != match.captured(2) || match.captured(2) != match.captured(3))
            coloured.append(match.captured(0));
    }
    CHECK(colours > 20);
    coloured.removeDuplicates();
    CAPTURE(coloured.join(u' ').toStdString());
    CHECK(coloured.isEmpty());

    // Deuteranopia changes the company colours, not the layout.
    FigureSpec deutan = spec;
    deutan.colourVision = ColourVision::Deuteranopia;
    const Figure seen(deutan, bundledFigureData());
    CHECK(seen.layout().map == figure.layout().map);
    CHECK(seen.theme().companyPalette.first()
        == simulate(Theme::light().companyPalette.first(), ColourVision::Deuteranopia));
}

TEST_CASE("--colour-vision is parsed, written back and refused with a message naming it", "[colourvision][cli]")
{
    QString error;
    const auto parsed
        = parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png"), QStringLiteral("--theme"),
                    QStringLiteral("dark"), QStringLiteral("--colour-vision"), QStringLiteral("deuteranopia") },
            &error);
    INFO(error.toStdString());
    REQUIRE(parsed);
    CHECK(parsed->spec.colourVision == ColourVision::Deuteranopia);
    CHECK(parsed->spec.theme == QLatin1String("dark"));

    // The command line for this figure says it again, and reads back as the same figure.
    const QStringList arguments = FigureArguments::toArguments(*parsed, QStringLiteral("out.png"));
    const qsizetype option = arguments.indexOf(QLatin1String("--colour-vision"));
    REQUIRE(option >= 0);
    CHECK(arguments.value(option + 1) == QLatin1String("deuteranopia"));
    const auto again = parse(arguments, &error);
    REQUIRE(again);
    CHECK(again->spec == parsed->spec);

    // Normal vision is the default and is not written.
    const auto normal = parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png") }, &error);
    REQUIRE(normal);
    CHECK(normal->spec.colourVision == ColourVision::Normal);
    CHECK_FALSE(
        FigureArguments::toArguments(*normal, QStringLiteral("out.png")).contains(QLatin1String("--colour-vision")));
    for (const QString &name : colourVisionNames()) {
        const auto each = parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png"),
                                    QStringLiteral("--colour-vision"), name },
            &error);
        REQUIRE(each);
        CHECK(colourVisionName(each->spec.colourVision) == name);
    }

    error.clear();
    CHECK_FALSE(parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png"),
                          QStringLiteral("--colour-vision"), QStringLiteral("red-green") },
        &error));
    CAPTURE(error.toStdString());
    CHECK(error.contains(QLatin1String("--colour-vision")));
    CHECK(error.contains(QLatin1String("red-green")));
    CHECK(error.contains(QLatin1String("deuteranopia")));
    CHECK(error.contains(QLatin1String("greyscale")));
}

TEST_CASE("--company-colours chooses the palette or the dataset's colours, and is written back", "[theme][cli]")
{
    QString error;
    const auto dataset = parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png"),
                                   QStringLiteral("--company-colours"), QStringLiteral("dataset") },
        &error);
    INFO(error.toStdString());
    REQUIRE(dataset);
    CHECK(dataset->spec.companyColours == CompanyColours::Dataset);
    const QStringList arguments = FigureArguments::toArguments(*dataset, QStringLiteral("out.png"));
    CHECK(arguments.join(u' ').contains(QLatin1String("--company-colours dataset")));
    const auto again = parse(arguments, &error);
    REQUIRE(again);
    CHECK(again->spec == dataset->spec);

    // The figure draws Nscale in its dataset colour, not the palette's.
    const FigureData bundled = bundledFigureData();
    const Figure figure(dataset->spec, bundled);
    const Dataset &data = *bundled.dataset;
    const Company *nscale = data.company(QStringLiteral("nscale"));
    REQUIRE(nscale);
    CHECK(figure.theme().companyColour(data, nscale) == QColor(nscale->colour));

    const auto palette = parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png") }, &error);
    REQUIRE(palette);
    CHECK(palette->spec.companyColours == CompanyColours::Palette);
    CHECK_FALSE(
        FigureArguments::toArguments(*palette, QStringLiteral("out.png")).contains(QLatin1String("--company-colours")));
    CHECK(Figure(palette->spec, bundled).theme().companyColour(data, nscale) != QColor(nscale->colour));

    CHECK_FALSE(parse({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("out.png"),
                          QStringLiteral("--company-colours"), QStringLiteral("brand") },
        &error));
    CHECK(error.contains(QLatin1String("--company-colours")));
}
