#include "atlascatch.h"
#include "defaultlocale.h"
#include "mapfixture.h"
#include "poppler.h"

#include "figure.h"
#include "figurearguments.h"
#include "figureexport.h"
#include "viewpreset.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace atlas;

namespace {

std::shared_ptr<const Dataset> bundledData()
{
    static const auto s_dataset = std::make_shared<const Dataset>(test::bundled());
    return s_dataset;
}

FigureData figureData()
{
    FigureData data;
    data.dataset = bundledData();
    data.basemap = test::basemap();
    return data;
}

FigureSpec preset(const char *name)
{
    const auto found = FigurePreset::byName(QString::fromLatin1(name));
    REQUIRE(found);
    FigureSpec spec = FigureSpec::fromPreset(*found);
    spec.title = bundledData()->title.en;
    return spec;
}

FigureSpec ukNorway(FigureSpec spec)
{
    const auto view = ViewPreset::byName(QStringLiteral("uk-norway"));
    REQUIRE(view);
    spec.extent = MapViewport::lonLatExtent(spec.projection, view->lonLatBox);
    return spec;
}

/// The colour the (light) figure draws company @p id in: its palette colour.
QColor companyColour(const char *id)
{
    const Company *company = bundledData()->company(QString::fromLatin1(id));
    REQUIRE(company);
    return Theme::light().companyColour(*bundledData(), company);
}

} // namespace

TEST_CASE("Presets give the sizes of their sheets and slides", "[figure]")
{
    const FigureSpec a4 = preset("a4-landscape");
    CHECK(a4.sizePx == QSize(3508, 2480));
    CHECK(a4.dpi == 300);
    CHECK(a4.physicalSizeMm() == QSizeF(297, 210));
    CHECK(preset("a4-portrait").sizePx == QSize(2480, 3508));
    CHECK(preset("slide").sizePx == QSize(1920, 1080));
    CHECK(preset("slide-4k").sizePx == QSize(3840, 2160));
    CHECK(preset("square").sizePx == QSize(1080, 1080));
    CHECK(preset("a1-poster").physicalSizeMm() == QSizeF(594, 841));
    CHECK(preset("a1-poster").sizePx == QSize(3508, 4967));
    CHECK_FALSE(FigurePreset::byName(QStringLiteral("a3")));
}

TEST_CASE("Text and symbols follow the physical size, not the pixel count", "[figure]")
{
    // On paper, labels are 7.5 pt on A4 and grow with the sheet: a poster is read from further away.
    const FigureSpec a4 = preset("a4-portrait");
    const FigureSpec poster = preset("a1-poster");
    const double a4Points = a4.labelPixels() * 72 / a4.dpi;
    const double posterPoints = poster.labelPixels() * 72 / poster.dpi;
    CHECK(a4Points == Approx(7.5));
    CHECK(posterPoints / a4Points == Approx(594.0 / 210.0));
    // The same sheet at twice the DPI has twice the pixels and the same physical text.
    FigureSpec a4Fine = a4;
    a4Fine.dpi = 600;
    CHECK(a4Fine.labelPixels() == Approx(2 * a4.labelPixels()));
    // Slides: labels are 1/45 of the short side, so 4K is a sharper copy of 1080p, not smaller text.
    CHECK(preset("slide").labelPixels() == Approx(24));
    CHECK(preset("slide-4k").renderScale() == Approx(2 * preset("slide").renderScale()));
    // The bare map at 96 dpi is the window: scale 1.
    CHECK(preset("map").renderScale() == Approx(1));
}

TEST_CASE("The layout keeps title, map, chart and footer apart", "[figure]")
{
    for (const char *name : { "a4-landscape", "a4-portrait", "slide", "square", "a1-poster" }) {
        CAPTURE(name);
        FigureSpec spec = preset(name);
        spec.subtitle = QStringLiteral("Sites and flows");
        spec.notes = QStringLiteral("A note.");
        spec.charts = FigureCharts::Gpus;
        const Figure figure(spec, figureData());
        const FigureLayout layout = figure.layout();
        CHECK(layout.page.contains(layout.map));
        CHECK(layout.page.contains(layout.chart));
        CHECK(layout.titleBlock.bottom() < layout.map.top());
        CHECK(layout.map.bottom() < layout.footer.top());
        CHECK_FALSE(layout.map.intersects(layout.chart));
        CHECK(layout.map.width() > layout.page.width() * 0.5);
        CHECK(layout.noteLines == QStringList { QStringLiteral("A note.") });
        // Landscape pages put the chart beside the map, portrait ones below it.
        if (spec.sizePx.width() > spec.sizePx.height() * 1.2)
            CHECK(layout.chart.left() > layout.map.right());
        else if (spec.sizePx.height() > spec.sizePx.width() * 1.2)
            CHECK(layout.chart.top() > layout.map.bottom());
    }
    // The bare map fills the image.
    const Figure bare(preset("map"), figureData());
    CHECK(bare.layout().map == QRectF(0, 0, 1920, 1080));
}

TEST_CASE("A rendered figure has its title, the sites in their colours and the ocean where expected", "[figure]")
{
    FigureSpec spec = ukNorway(preset("slide"));
    spec.charts = FigureCharts::Spending;
    const Figure figure(spec, figureData());
    FigureResult result;
    const QImage image = FigureExport::image(figure, 1.0, &result);
    REQUIRE(image.size() == QSize(1920, 1080));
    const Theme theme = Theme::light();

    // The page background outside the map.
    CHECK(test::colourDistance(image.pixelColor(3, 3), theme.window) < 3);
    // The title is drawn in text colour in the title block.
    int titleInk = 0;
    const QRect titleBlock = result.layout.titleBlock.toAlignedRect();
    for (int y = titleBlock.top(); y <= titleBlock.bottom(); ++y) {
        for (int x = titleBlock.left(); x < titleBlock.left() + 400; ++x)
            titleInk += test::colourDistance(image.pixelColor(x, y), theme.text) < 40 ? 1 : 0;
    }
    CHECK(titleInk > 500);
    // Glomfjord, operational, in Nscale's colour at the position the result gives.
    bool glomfjord = false;
    for (const DrawnItem &site : result.map.sites) {
        if (site.id != QLatin1String("glomfjord_nscale"))
            continue;
        glomfjord = true;
        CHECK(result.layout.map.contains(site.anchorPx));
        CHECK(test::colourDistance(image.pixelColor(site.anchorPx.toPoint()), companyColour("nscale")) < 60);
    }
    CHECK(glomfjord);
    // The Skagerrak (8.5° E, 57.9° N) is ocean.
    const MapViewport viewport = figure.mapViewport();
    const QPointF sea = viewport.toPixel(Projection(viewport.projection).forward(QPointF(8.5, 57.9)).value())
        + result.layout.map.topLeft();
    CAPTURE(image.pixelColor(sea.toPoint()).name());
    CHECK(test::colourDistance(image.pixelColor(sea.toPoint()), theme.ocean) < 12);
    // New York is outside this view, so the figure does not cite what only New York needs.
    for (const DrawnItem &site : result.map.sites)
        CHECK(site.id != QLatin1String("nyc_jfk10_oqc"));
    // The chart shows Microsoft's bar in Microsoft's colour.
    REQUIRE_FALSE(result.chartRows.isEmpty());
    CHECK(result.chartRows.first().companyId == QLatin1String("microsoft"));
    CHECK(result.chartRowsShown == result.chartRows.size());
    int microsoftInk = 0;
    const QRect chart = result.layout.chart.toAlignedRect();
    for (int y = chart.top(); y <= chart.bottom(); y += 2) {
        for (int x = chart.left(); x <= chart.right(); x += 2)
            microsoftInk += test::colourDistance(image.pixelColor(x, y), companyColour("microsoft")) < 10 ? 1 : 0;
    }
    CHECK(microsoftInk > 200);
}

TEST_CASE("The source line lists the sources of what is shown, and only those", "[figure]")
{
    const Dataset &dataset = *bundledData();
    FigureSpec spec = preset("a4-landscape");
    const auto newYork = ViewPreset::byName(QStringLiteral("new-york"));
    REQUIRE(newYork);
    // New York alone: its one site and the flows that reach it.
    spec.extent = MapViewport::lonLatExtent(spec.projection, QRectF(QPointF(-74.3, 40.5), QPointF(-73.6, 40.9)));
    const Figure figure(spec, figureData());
    QImage image(spec.sizePx / 4, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.scale(0.25, 0.25);
    const FigureResult result = figure.render(painter);
    painter.end();
    REQUIRE(result.map.sites.size() == 1);
    CHECK(result.map.sites.first().id == QLatin1String("nyc_jfk10_oqc"));
    QStringList expected;
    const Site *site = dataset.site(QStringLiteral("nyc_jfk10_oqc"));
    REQUIRE(site);
    expected << site->sources << site->location.sources;
    for (const DrawnItem &flow : result.map.flows) {
        const Investment *investment = dataset.investment(flow.id);
        REQUIRE(investment);
        expected << investment->sources;
    }
    REQUIRE_FALSE(result.sourceIds.isEmpty());
    for (const QString &id : expected)
        CHECK(result.sourceIds.contains(id));
    // Far fewer than the whole dataset's.
    CHECK(result.sourceIds.size() < dataset.sources.size() / 3);
    CHECK(result.sourceLine.startsWith(QStringLiteral("Sources (%1,").arg(result.sourceIds.size())));
    const Source *first = dataset.source(result.sourceIds.first());
    REQUIRE(first);
    CHECK(result.sourceLine.contains(first->publisher));
}

TEST_CASE("Alt text says what was drawn: sites, largest flows with amounts and sources", "[figure]")
{
    FigureSpec spec = preset("slide");
    spec.charts = FigureCharts::Gpus;
    const Figure figure(spec, figureData());
    FigureResult result;
    FigureExport::image(figure, 0.25, &result);
    const QString alt = figure.altText(result);
    CHECK(alt.startsWith(spec.title));
    CHECK(alt.contains(QStringLiteral("Equal Earth projection. Sites shown: %1 (").arg(result.map.sites.size())));
    CHECK(alt.contains(QStringLiteral("United Kingdom 7")));
    CHECK(alt.contains(QStringLiteral("to sites shown: %1.").arg(result.map.flows.size())));
    CHECK(alt.contains(QLatin1String("Largest flows: Microsoft")));
    CHECK(alt.contains(QLatin1String("$")));
    CHECK(alt.contains(QLatin1String("Chart, GPUs by company: Nscale 131,040")));
    CHECK(alt.contains(QStringLiteral("[%1] ").arg(result.sourceIds.first())));
    CHECK(alt.contains(QLatin1String("Natural Earth")));
}

TEST_CASE("A figure writes amounts and dates as its language does, whatever the window's locale", "[figure]")
{
    const auto render = [](const char *language, const QLocale &window) {
        const test::DefaultLocale guard(window);
        QTemporaryDir dir;
        FigureSpec spec = ukNorway(preset("a4-landscape"));
        spec.language = QString::fromLatin1(language);
        spec.charts = FigureCharts::Spending;
        const Figure figure(spec, figureData());
        const QString path = dir.filePath(QStringLiteral("figure.svg"));
        FigureResult result;
        REQUIRE(FigureExport::write(path, figure, &result) == QString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        // The SVG's text (title, legend, chart, footer), joined without separators since a line
        // mixing Hangul and Latin is one text element per font; then the alt text.
        QXmlStreamReader xml(&file);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        REQUIRE_FALSE(xml.hasError());
        // The alt text up to its list of sources, which quotes their titles ("… $30bn …") as they are.
        const QString alt = figure.altText(result);
        return std::pair(texts.join(QString()), alt.left(alt.indexOf(QLatin1String("\n\nSources:"))));
    };
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale korean(QLocale::Korean, QLocale::SouthKorea);

    const auto [koreanSvg, koreanAlt] = render("ko", english);
    for (const QString &text : { koreanSvg, koreanAlt }) {
        CHECK(text.contains(QStringLiteral("2026년 3월 1일")));
        CHECK(text.contains(QStringLiteral("억 달러")));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9]bn\\b"))));
        CHECK_FALSE(text.contains(QLatin1String("1 March 2026")));
    }

    const auto [englishSvg, englishAlt] = render("en", korean);
    for (const QString &text : { englishSvg, englishAlt }) {
        CHECK(text.contains(QLatin1String("1 March 2026")));
        CHECK(text.contains(QRegularExpression(QStringLiteral("\\$[0-9.]+bn"))));
        CHECK_FALSE(text.contains(QStringLiteral("달러")));
        CHECK_FALSE(text.contains(QStringLiteral("2026년")));
    }
}

TEST_CASE("wrapText keeps lines within the width and marks what it cut", "[figure]")
{
    const QFont font = fontOfPixels(Theme::light().uiFont, 14);
    const QFontMetricsF metrics = fontMetrics(font);
    const QString text = QStringLiteral("Sources: alpha.com; beta.org; gamma.net; delta.co.uk; epsilon.io; zeta.com");
    const QStringList lines = wrapText(text, font, 200, 2);
    REQUIRE(lines.size() == 2);
    for (const QString &line : lines)
        CHECK(metrics.horizontalAdvance(line) <= 200);
    CHECK(lines.last().endsWith(QStringLiteral("…")));
    CHECK(wrapText(text, font, 5000, 3) == QStringList { text });
    // Korean without spaces still wraps.
    const QString korean = QStringLiteral("미국과영국의기술번영협정에따른데이터센터투자지도");
    const QStringList koreanLines = wrapText(korean, font, 120, 5);
    CHECK(koreanLines.size() > 1);
    CHECK(koreanLines.join(QString()) == korean);
}

TEST_CASE("PNG: exact size and DPI; strips join seamlessly", "[figure][export]")
{
    QTemporaryDir dir;
    FigureSpec spec = ukNorway(preset("a4-landscape"));
    spec.sizeMm = QSizeF(120, 90);
    spec.dpi = 150;
    spec.sizePx = QSize(709, 531);
    spec.charts = FigureCharts::Gpus;
    const Figure figure(spec, figureData());
    const QString whole = dir.filePath(QStringLiteral("whole.png"));
    const QString strips = dir.filePath(QStringLiteral("strips.png"));
    REQUIRE(FigureExport::write(whole, figure) == QString());
    int calls = 0;
    REQUIRE(FigureExport::write(
                strips, figure, nullptr, [&calls](double) { ++calls; }, nullptr, qsizetype(709) * 4 * 40)
        == QString());
    CHECK(calls >= 14);
    const QImage a(whole);
    const QImage b(strips);
    REQUIRE(a.size() == QSize(709, 531));
    CHECK(a.dotsPerMeterX() == qRound(150 / 0.0254));
    CHECK(a.dotsPerMeterY() == qRound(150 / 0.0254));
    REQUIRE(b.size() == a.size());
    // Strips are the same drawing shifted by whole pixels. Only antialiased hairlines (borders)
    // may differ a little where Qt clips them to each strip; nothing else, and no seam.
    int differing = 0;
    int maxDifference = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QColor pa = a.pixelColor(x, y);
            const QColor pb = b.pixelColor(x, y);
            const int difference = std::max(
                { std::abs(pa.red() - pb.red()), std::abs(pa.green() - pb.green()), std::abs(pa.blue() - pb.blue()) });
            differing += difference > 0 ? 1 : 0;
            maxDifference = std::max(maxDifference, difference);
        }
    }
    CAPTURE(differing, maxDifference);
    CHECK(differing < a.width() * a.height() / 200);
    CHECK(maxDifference < 100);
    // Opaque figures are RGB; transparent ones keep alpha outside the map.
    CHECK_FALSE(a.hasAlphaChannel());
    FigureSpec clear = spec;
    clear.transparent = true;
    const QString transparent = dir.filePath(QStringLiteral("clear.png"));
    FigureResult result;
    REQUIRE(FigureExport::write(transparent, Figure(clear, figureData()), &result) == QString());
    const QImage c(transparent);
    CHECK(c.pixelColor(2, 2).alpha() == 0);
    CHECK(c.pixelColor(result.layout.map.center().toPoint()).alpha() == 255);
}

TEST_CASE("PNG: a 20000 x 12000 export is drawn in strips and its probes are right", "[figure][export][large]")
{
    QTemporaryDir dir;
    FigureSpec spec = preset("slide");
    spec.sizePx = QSize(20000, 12000);
    spec.preset = QStringLiteral("custom");
    spec.charts = FigureCharts::Gpus;
    const Figure figure(spec, figureData());
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    int strips = 0;
    FigureResult result;
    REQUIRE(FigureExport::write(path, figure, &result, [&strips](double) { ++strips; }) == QString());
    CHECK(strips >= 4); // 960 MB of pixels in strips of at most 256 MB
    QImageReader reader(path);
    reader.setAllocationLimit(0);
    CHECK(reader.size() == QSize(20000, 12000));
    const QImage image = reader.read();
    REQUIRE(image.size() == QSize(20000, 12000));
    CHECK(image.dotsPerMeterX() == qRound(spec.dpi / 0.0254));
    const QJsonObject manifest = FigureExport::manifest(figure, result);
    int probed = 0;
    for (const QJsonValue value : manifest.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = value.toObject();
        const QString id = site.value(QStringLiteral("id")).toString();
        if (id != QLatin1String("glomfjord_nscale") && id != QLatin1String("nyc_jfk10_oqc"))
            continue;
        const QPoint at(
            qRound(site.value(QStringLiteral("x")).toDouble()), qRound(site.value(QStringLiteral("y")).toDouble()));
        const Site *mark = bundledData()->site(id);
        const Company *company = bundledData()->company(mark->operators.value(0));
        REQUIRE(company);
        CAPTURE(id, at.x(), at.y());
        CHECK(test::colourDistance(image.pixelColor(at), Theme::light().companyColour(*bundledData(), company)) < 60);
        ++probed;
    }
    CHECK(probed == 2);
    // Mid-Atlantic is ocean all the way down in the last strip's rows too.
    const MapViewport viewport = result.viewport;
    const QPointF ocean = viewport.toPixel(Projection(viewport.projection).forward(QPointF(-27.3, -36.6)).value())
        + result.layout.map.topLeft();
    CHECK(ocean.y() > 12000 * 0.6);
    CAPTURE(image.pixelColor(ocean.toPoint()).name());
    CHECK(test::colourDistance(image.pixelColor(ocean.toPoint()), Theme::light().ocean) < 12);
}

TEST_CASE("Exports beyond the limits fail with a clear message and write nothing", "[figure][export]")
{
    QTemporaryDir dir;
    FigureSpec spec = preset("slide");
    spec.sizePx = QSize(30001, 1000);
    const QString path = dir.filePath(QStringLiteral("too-big.png"));
    const QString error = FigureExport::write(path, Figure(spec, figureData()));
    CHECK(error.contains(path));
    CHECK(error.contains(QLatin1String("30000")));
    CHECK_FALSE(QFile::exists(path));

    spec.sizePx = QSize(20000, 20000);
    const QString jpeg = dir.filePath(QStringLiteral("big.jpg"));
    CHECK(FigureExport::write(jpeg, Figure(spec, figureData())).contains(QLatin1String("PNG")));
    CHECK_FALSE(QFile::exists(jpeg));

    const QString unknown = dir.filePath(QStringLiteral("figure.tiff"));
    CHECK(FigureExport::write(unknown, Figure(preset("slide"), figureData())).contains(QLatin1String(".png")));

    const QString unwritable = QStringLiteral("/nonexistent/dir/figure.pdf");
    CHECK(FigureExport::write(unwritable, Figure(preset("slide"), figureData())).contains(unwritable));

    // Cancelled after the first of several strips: no file, not a partial one.
    std::atomic_bool stop = false;
    const QString partial = dir.filePath(QStringLiteral("partial.png"));
    CHECK(FigureExport::write(
        partial, Figure(preset("slide"), figureData()), nullptr, [&stop](double) { stop = true; }, &stop,
        qsizetype(1920) * 4 * 100)
              .contains(QLatin1String("cancelled")));
    CHECK_FALSE(QFile::exists(partial));

    std::atomic_bool cancel = true;
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.png"));
    CHECK(FigureExport::write(cancelled, Figure(preset("slide"), figureData()), nullptr, {}, &cancel)
              .contains(QLatin1String("cancelled")));
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("JPEG: right size and resolution", "[figure][export]")
{
    QTemporaryDir dir;
    FigureSpec spec = preset("square");
    const QString path = dir.filePath(QStringLiteral("square.jpg"));
    REQUIRE(FigureExport::write(path, Figure(spec, figureData())) == QString());
    const QImage image(path);
    CHECK(image.size() == QSize(1080, 1080));
    CHECK(std::abs(image.dotsPerMeterX() - qRound(144 / 0.0254)) <= 40); // JFIF stores dots per inch
}

TEST_CASE("SVG is vector: text elements for the title and labels, no image", "[figure][export]")
{
    QTemporaryDir dir;
    FigureSpec spec = ukNorway(preset("a4-landscape"));
    spec.charts = FigureCharts::Gpus;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    FigureResult result;
    REQUIRE(FigureExport::write(path, Figure(spec, figureData()), &result) == QString());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    int images = 0;
    QString width;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            width = xml.attributes().value(QLatin1String("width")).toString();
        if (xml.name() == QLatin1String("image"))
            ++images;
        if (xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(images == 0);
    CHECK(width == QLatin1String("297mm"));
    CHECK(texts.contains(spec.title));
    // Every label the renderer placed is a text element.
    QStringList drawnLabels;
    for (const DrawnItem &site : result.map.sites) {
        if (texts.contains(site.label))
            drawnLabels.append(site.label);
    }
    CHECK(drawnLabels.size() == result.map.labelRectsPx.size());
    CHECK(drawnLabels.contains(QLatin1String("Nscale Glomfjord")));
    CHECK(std::any_of(
        texts.cbegin(), texts.cend(), [](const QString &text) { return text.startsWith(QLatin1String("Sources (")); }));
}

TEST_CASE("The print theme uses no transparency; the light theme does", "[figure][export]")
{
    QTemporaryDir dir;
    const auto opacities = [&dir](const char *theme) {
        FigureSpec spec = ukNorway(preset("a4-portrait"));
        spec.theme = QString::fromLatin1(theme);
        const QString path = dir.filePath(QString::fromLatin1(theme) + QStringLiteral(".svg"));
        REQUIRE(FigureExport::write(path, Figure(spec, figureData())) == QString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QSet<QString> values;
        static const QRegularExpression s_opacity(QStringLiteral("(?:fill|stroke)-opacity=\"([0-9.]+)\""));
        for (const QRegularExpressionMatch &match : s_opacity.globalMatch(svg))
            values.insert(match.captured(1));
        return values;
    };
    CHECK(opacities("print") == QSet<QString> { QStringLiteral("1") });
    CHECK(opacities("light").size() > 1);
}

TEST_CASE("PDF is vector: selectable title, labels and source line, the preset's page, metadata", "[figure][export]")
{
    QTemporaryDir dir;
    FigureSpec spec = ukNorway(preset("a4-portrait"));
    spec.subtitle = QStringLiteral("Sites and investment flows");
    spec.charts = FigureCharts::Spending;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    FigureResult result;
    REQUIRE(FigureExport::write(path, Figure(spec, figureData()), &result) == QString());
    const QString text
        = test::poppler(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), path, QStringLiteral("-") });
    CHECK(text.contains(spec.title));
    CHECK(text.contains(QLatin1String("Data as of 1 March 2026")));
    CHECK(text.contains(QLatin1String("Nscale Glomfjord")));
    CHECK(text.contains(QLatin1String("Sources (")));
    CHECK(text.contains(QLatin1String("Made with Natural Earth")));
    CHECK(text.contains(QLatin1String("Microsoft")));
    const QString info = test::poppler(QStringLiteral("pdfinfo"), { path });
    CHECK(info.contains(QLatin1String("Page size:       595 x 842 pts (A4)")));
    CHECK(info.contains(QStringLiteral("Title:           ") + spec.title));
    CHECK(info.contains(QLatin1String("Subject:         Sites and investment flows")));
    CHECK(info.contains(QLatin1String("Creator:         compute-atlas")));
    CHECK(info.contains(QLatin1String("Pages:           1")));
    // Every font is embedded.
    const QStringList fonts
        = test::poppler(QStringLiteral("pdffonts"), { path }).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        CAPTURE(font);
        CHECK(font.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))));
    }
}

TEST_CASE("Export options written as arguments read back as the same figure", "[figure][cli]")
{
    FigureRequest request;
    request.spec = ukNorway(preset("a4-portrait"));
    request.spec.dpi = 150;
    request.spec.sizePx = QSize(1240, 1754);
    request.spec.subtitle = QStringLiteral("It's “quoted”");
    request.spec.charts = FigureCharts::Spending;
    request.spec.theme = QStringLiteral("print");
    request.spec.language = QStringLiteral("ko");
    request.spec.labels = false;
    request.spec.projection = *ProjectionSpec::fromName(QStringLiteral("globe"));
    request.spec.projection.lon0Deg = -12.5;
    request.spec.extent = QRectF(QPointF(-1.25e6, -3.5e5), QPointF(9.75e5, 2.1234567890123e6));
    request.spec.measure = SiteMeasure::CapacityMw;
    request.asOf = QDate(2025, 10, 1);
    request.highlighted = { { EntityType::Company, QStringLiteral("nscale") },
        { EntityType::Site, QStringLiteral("loughton_nscale") } };
    request.titleGiven = true;

    const QStringList arguments = FigureArguments::toArguments(request, QStringLiteral("out.pdf"));
    CHECK(arguments.contains(QLatin1String("--dpi")));
    QCommandLineParser parser;
    FigureArguments::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QString());
    REQUIRE(parser.parse(QStringList { QStringLiteral("compute-atlas") } + arguments));
    QString error;
    const auto parsed = FigureArguments::parse(parser, &error);
    INFO(error.toStdString());
    REQUIRE(parsed);
    CHECK(parsed->spec == request.spec);
    CHECK(parsed->asOf == request.asOf);
    CHECK(parsed->highlighted == request.highlighted);

    CHECK(FigureArguments::shellLine({ QStringLiteral("--title"), QStringLiteral("It's") })
        == QStringLiteral("--title 'It'\\''s'"));
}
