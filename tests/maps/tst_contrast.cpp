#include "atlascatch.h"
#include "mapfixture.h"

#include "enums.h"
#include "figure.h"
#include "figureexport.h"
#include "maprenderer.h"
#include "sitesymbol.h"
#include "viewpreset.h"

#include <QHash>
#include <QImage>
#include <QPainter>

using namespace atlas;

namespace {

/// What a reader has to tell apart in one line of text: its strongest ink and the background
/// around it (the most common colour of the line's box).
struct Legibility {
    QColor ink;
    QColor background;
    double ratio = 1;
};

QColor mostCommon(const QImage &image, const QRect &box)
{
    QHash<QRgb, int> counts;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgba(best);
}

/// The pixel of @p box in @p image that contrasts most with @p background.
Legibility strongestInk(const QImage &image, const QRect &box, const QColor &background)
{
    Legibility result { background, background, 1 };
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            const double ratio = Theme::contrastRatio(colour, background);
            if (ratio > result.ratio)
                result = { colour, background, ratio };
        }
    }
    return result;
}

/// The lines of text in @p box: bands of rows with something on them other than the background,
/// each with its strongest ink. Lines closer than a blank row count as one.
QList<Legibility> textLines(const QImage &image, const QRect &box)
{
    const QColor background = mostCommon(image, box);
    QList<Legibility> lines;
    int top = -1;
    for (int y = box.top(); y <= box.bottom() + 1; ++y) {
        bool inked = false;
        for (int x = box.left(); y <= box.bottom() && x <= box.right() && !inked; ++x)
            inked = Theme::contrastRatio(image.pixelColor(x, y), background) > 1.15;
        if (inked && top < 0)
            top = y;
        if (!inked && top >= 0) {
            lines.append(strongestInk(image, QRect(box.left(), top, box.width(), y - top), background));
            top = -1;
        }
    }
    return lines;
}

/// The pixels that differ between two renders of the same map, in the label's box: the label's
/// glyphs and its halo. Returns the two colours furthest apart in luminance among them.
Legibility inkAndHalo(const QImage &with, const QImage &without, const QRect &box)
{
    QList<QColor> changed;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            if (with.pixel(x, y) != without.pixel(x, y))
                changed.append(with.pixelColor(x, y));
        }
    }
    Legibility result;
    if (changed.size() < 20)
        return result;
    const auto luminance = [](const QColor &c) { return Theme::contrastRatio(c, Qt::black); };
    const auto [darkest, lightest] = std::minmax_element(changed.cbegin(), changed.cend(),
        [&luminance](const QColor &a, const QColor &b) { return luminance(a) < luminance(b); });
    return { *darkest, *lightest, Theme::contrastRatio(*darkest, *lightest) };
}

/// Renders at twice the pixel density, so that the strokes of small text have solid cores.
struct Rendered {
    QImage image;
    RenderResult result;
};

Rendered render(const MapScene &scene, const MapViewport &viewport, const Theme &theme, const RenderOptions &options)
{
    Rendered rendered;
    rendered.image = QImage(viewport.sizePx * 2, QImage::Format_ARGB32_Premultiplied);
    rendered.image.setDevicePixelRatio(2);
    QPainter painter(&rendered.image);
    rendered.result = MapRenderer::render(painter, viewport, scene, theme, options);
    return rendered;
}

QRect deviceRect(const QRectF &logical, const QImage &image)
{
    return QRectF(logical.topLeft() * 2, logical.size() * 2).toAlignedRect().intersected(image.rect());
}

/// The bounding box of the pixels that differ between two images.
QRect changedBox(const QImage &a, const QImage &b)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                box = box.united(QRect(x, y, 1, 1));
        }
    }
    return box;
}

QString describe(const Legibility &legibility)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(legibility.ink.name(), legibility.background.name())
        .arg(legibility.ratio, 0, 'f', 2);
}

/// @p kind with @p status painted in one colour for every symbol, on the theme's land.
QImage symbolImage(SiteKind kind, SiteStatus status, double radius)
{
    const Theme theme = Theme::light();
    QImage image(QSize(48, 48), QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.land);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    SiteSymbol::paint(painter, QPointF(24, 24), kind, status, radius, QColor(0x80, 0x80, 0x80), theme, 1.0);
    return image;
}

/// How many pixels of two images of one size differ clearly (not just by anti-aliasing).
int clearlyDifferent(const QImage &a, const QImage &b)
{
    int different = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            different += test::colourDistance(a.pixelColor(x, y), b.pixelColor(x, y)) > 60 ? 1 : 0;
    }
    return different;
}

} // namespace

TEST_CASE(
    "Map labels, legend and attribution read on what is behind them in every theme (WCAG 4.5:1)", "[theme][contrast]")
{
    const Dataset data = test::bundled();
    const auto preset = ViewPreset::byName(QStringLiteral("uk-norway"));
    REQUIRE(preset);
    const MapViewport viewport
        = preset->viewport(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1000, 760));
    for (const QString &name : Theme::names()) {
        INFO(name.toStdString());
        const Theme theme = *Theme::byName(name);
        const MapScene scene = test::scene(data, theme);

        // Labels: their glyphs and halos are what changes when labels are switched on.
        const Rendered labelled = render(scene, viewport, theme, { true, true, false, false, 1.0 });
        const Rendered bare = render(scene, viewport, theme, { true, false, false, false, 1.0 });
        REQUIRE(labelled.result.labelRectsPx.size() >= 4);
        for (const QRectF &rect : labelled.result.labelRectsPx) {
            const Legibility label
                = inkAndHalo(labelled.image, bare.image, deviceRect(rect.adjusted(-3, -3, 3, 3), labelled.image));
            INFO("label at " << rect.x() << ", " << rect.y() << ": " << describe(label).toStdString());
            CHECK(label.ratio >= 4.5);
        }

        // The legend: every line of its text column, on the legend's own background.
        const Rendered legend = render(scene, viewport, theme, { true, false, true, false, 1.0 });
        const QRect legendBox = changedBox(legend.image, bare.image);
        REQUIRE(legendBox.width() > 40);
        const QRect textColumn(legendBox.left() + legendBox.width() * 6 / 10, legendBox.top() + 4,
            legendBox.width() * 4 / 10 - 6, legendBox.height() - 8);
        const QList<Legibility> legendLines = textLines(legend.image, textColumn);
        CHECK(legendLines.size() >= 5);
        for (const Legibility &line : legendLines) {
            INFO("legend " << describe(line).toStdString());
            CHECK(line.ratio >= 4.5);
        }

        // The attribution, drawn straight on the map without a halo.
        const Rendered attributed = render(scene, viewport, theme, { true, false, false, true, 1.0 });
        const QRect attributionBox = changedBox(attributed.image, bare.image);
        REQUIRE(attributionBox.width() > 40);
        const Legibility attribution
            = strongestInk(attributed.image, attributionBox, mostCommon(bare.image, attributionBox));
        INFO("attribution " << describe(attribution).toStdString());
        CHECK(attribution.ratio >= 4.5);
    }
}

TEST_CASE("Figure titles, subtitles and footers read on the page in every theme (WCAG 4.5:1)", "[theme][contrast]")
{
    const auto dataset = std::make_shared<const Dataset>(test::bundled());
    for (const QString &name : Theme::names()) {
        INFO(name.toStdString());
        FigureSpec spec = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("slide")));
        spec.theme = name;
        spec.title = dataset->title.en;
        spec.subtitle = QStringLiteral("Sites and investment flows");
        spec.notes = QStringLiteral("Amounts as stated by their sources.");
        FigureData data;
        data.dataset = dataset;
        data.basemap = test::basemap();
        const Figure figure(spec, data);
        FigureResult result;
        const QImage image = FigureExport::image(figure, 1.0, &result);
        REQUIRE_FALSE(image.isNull());
        for (const QRectF &block : { result.layout.titleBlock, result.layout.footer }) {
            const QList<Legibility> lines = textLines(image, block.toAlignedRect().intersected(image.rect()));
            CHECK(lines.size() >= 2);
            for (const Legibility &line : lines) {
                INFO(describe(line).toStdString());
                CHECK(line.ratio >= 4.5);
            }
        }
    }
}

TEST_CASE(
    "Site kinds and statuses differ without colour: each pair paints differently in one colour", "[symbols][contrast]")
{
    const QList<SiteKind> kinds { SiteKind::DataCentre, SiteKind::AiGrowthZone, SiteKind::Supercomputer,
        SiteKind::QuantumAiCentre, SiteKind::AiFactory };
    const QList<SiteStatus> statuses { SiteStatus::Announced, SiteStatus::Planned, SiteStatus::UnderConstruction,
        SiteStatus::Operational, SiteStatus::Stalled, SiteStatus::Cancelled };
    // The legend's size and a map's large size.
    for (const double radius : { 6.0, 14.0 }) {
        INFO("radius " << radius);
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            for (qsizetype j = i + 1; j < kinds.size(); ++j) {
                INFO(enumKey(kinds.at(i)).toStdString() << " / " << enumKey(kinds.at(j)).toStdString());
                for (const SiteStatus status : statuses) {
                    INFO(enumKey(status).toStdString());
                    CHECK(clearlyDifferent(
                              symbolImage(kinds.at(i), status, radius), symbolImage(kinds.at(j), status, radius))
                        >= 8);
                }
            }
        }
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            for (qsizetype j = i + 1; j < statuses.size(); ++j) {
                INFO(enumKey(statuses.at(i)).toStdString() << " / " << enumKey(statuses.at(j)).toStdString());
                for (const SiteKind kind : kinds) {
                    INFO(enumKey(kind).toStdString());
                    CHECK(clearlyDifferent(
                              symbolImage(kind, statuses.at(i), radius), symbolImage(kind, statuses.at(j), radius))
                        >= 8);
                }
            }
        }
    }
}
