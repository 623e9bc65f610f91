#include "atlascatch.h"
#include "mapfixture.h"
#include "poppler.h"

#include "datasetvalidator.h"
#include "handout.h"
#include "sceneannotations.h"
#include "scenecamera.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

using namespace atlas;

namespace {

std::shared_ptr<const Dataset> bundledData()
{
    static const auto s_dataset = std::make_shared<const Dataset>(test::bundled());
    return s_dataset;
}

const Scene &scene(const char *id)
{
    for (const Scene &item : bundledData()->scenes) {
        if (item.id == QLatin1String(id))
            return item;
    }
    FAIL("no scene " << id);
    return bundledData()->scenes.first();
}

} // namespace

TEST_CASE("Scene cameras name the map engine's projections", "[scenes]")
{
    CHECK(DatasetValidator::projectionNames() == ProjectionSpec::names());
    SceneCamera globe;
    globe.projection = QStringLiteral("globe");
    globe.rotation = QPointF(10, 60);
    const auto spec = SceneCameras::projection(globe);
    REQUIRE(spec);
    CHECK(spec->lon0Deg == 10);
    CHECK(spec->lat0Deg == 60);
    globe.projection = QStringLiteral("mercator");
    CHECK_FALSE(SceneCameras::projection(globe));
}

TEST_CASE("A camera becomes a viewport on any screen and back", "[scenes]")
{
    const SceneCamera &loughton = scene("loughton").camera;
    for (const QSize size : { QSize(1920, 1080), QSize(1024, 768), QSize(800, 1200) }) {
        CAPTURE(size.width(), size.height());
        const MapViewport viewport = SceneCameras::viewport(loughton, size);
        CHECK(viewport.sizePx == size);
        // The span is what the screen shows top to bottom, whatever its height.
        CHECK(viewport.metresPerPixel * size.height() == Approx(loughton.span));
        // The centre's lon-lat is in the middle of the screen.
        const QPointF middle = viewport.toPixel(Projection(viewport.projection).forward(loughton.centre).value());
        CHECK(middle.x() == Approx(size.width() / 2.0));
        CHECK(middle.y() == Approx(size.height() / 2.0));
        const SceneCamera back = SceneCameras::camera(viewport);
        CHECK(back.projection == loughton.projection);
        CHECK(back.centre.x() == Approx(loughton.centre.x()).margin(1e-7));
        CHECK(back.centre.y() == Approx(loughton.centre.y()).margin(1e-7));
        CHECK(back.span == Approx(loughton.span));
        CHECK_FALSE(back.rotation);
    }
    SceneCamera world;
    const MapViewport whole = SceneCameras::viewport(world, QSize(1600, 900));
    CHECK(whole == MapViewport::world(ProjectionSpec(), QSize(1600, 900)));
}

TEST_CASE("Camera flights ease from one camera to the next and land exactly", "[scenes]")
{
    const QSize screen(1920, 1080);
    const SceneCamera &loughton = scene("loughton").camera;
    const SceneCamera &norway = scene("norway").camera;
    const CameraFlight flight(loughton, norway, screen);
    REQUIRE(flight.canFly());
    CHECK(flight.at(1) == norway);
    CHECK(flight.at(1.5) == norway);
    CHECK(flight.at(0) == loughton);
    CHECK(flight.durationMs() >= 450);
    CHECK(flight.durationMs() <= 1100);
    // A long jump between close-ups flies out: the middle shows far more than either end.
    const double middleSpan = flight.viewportAt(0.5).metresPerPixel * screen.height();
    CHECK(middleSpan > 2 * std::max(loughton.span, norway.span));
    const double distance
        = QLineF(SceneCameras::viewport(loughton, screen).centre, SceneCameras::viewport(norway, screen).centre)
              .length();
    CHECK(middleSpan >= distance);
    // Eased: it starts and ends slowly.
    const QPointF start = SceneCameras::viewport(loughton, screen).centre;
    const QPointF end = SceneCameras::viewport(norway, screen).centre;
    const double total = QLineF(start, end).length();
    CHECK(QLineF(start, flight.viewportAt(0.1).centre).length() < total * 0.05);
    CHECK(QLineF(flight.viewportAt(0.9).centre, end).length() < total * 0.05);
    CHECK(CameraFlight::ease(0.5) == Approx(0.5));

    // A small move does not fly out.
    SceneCamera nearby = loughton;
    nearby.centre += QPointF(0.05, 0.02);
    const CameraFlight small(loughton, nearby, screen);
    CHECK(small.viewportAt(0.5).metresPerPixel * screen.height() <= loughton.span * 1.001);
    CHECK(small.durationMs() < flight.durationMs());

    // Different projections cannot be flown between: the flight cuts at the middle.
    SceneCamera globe = norway;
    globe.projection = QStringLiteral("globe");
    const CameraFlight cut(loughton, globe, screen);
    CHECK_FALSE(cut.canFly());
    CHECK(cut.viewportAt(0.4) == SceneCameras::viewport(loughton, screen));
    CHECK(cut.viewportAt(0.6) == SceneCameras::viewport(globe, screen));
    CHECK(cut.at(1) == globe);
}

TEST_CASE("Every bundled scene renders with its highlights and annotations", "[scenes]")
{
    FigureSpec page = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("slide")));
    for (const Scene &item : bundledData()->scenes) {
        CAPTURE(item.id);
        const Figure figure = Handout::sceneFigure(item, page, bundledData(), test::basemap(), true);
        CHECK(figure.spec().title == item.title.en);
        CHECK(figure.spec().subtitle == item.caption.en);
        CHECK(figure.spec().notes == item.notes.en);
        FigureResult result;
        const QImage image = FigureExport::image(figure, 0.5, &result);
        REQUIRE_FALSE(image.isNull());
        CHECK_FALSE(result.map.sites.isEmpty());
        // Every highlighted site is on the map.
        for (const QString &highlight : item.highlight) {
            const auto ref = DatasetValidator::highlightRef(highlight);
            REQUIRE(ref);
            if (ref->type != EntityType::Site)
                continue;
            CAPTURE(ref->id);
            CHECK(std::any_of(result.map.sites.cbegin(), result.map.sites.cend(),
                [&ref](const DrawnItem &site) { return site.id == ref->id; }));
        }
        CHECK(result.chartRows.isEmpty() == (item.chart == SceneChart::None));
    }
}

TEST_CASE("Annotations are drawn where their coordinates are", "[scenes]")
{
    const Scene &northEast = scene("north-east");
    REQUIRE(northEast.annotations.size() == 2);
    const Theme theme = Theme::projector();
    const MapViewport viewport = SceneCameras::viewport(northEast.camera, QSize(1280, 720));
    QImage image(viewport.sizePx, QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.ocean);
    QPainter painter(&image);
    const QList<QRectF> boxes
        = SceneAnnotations::paint(painter, viewport, northEast.annotations, theme, 2.0, QStringLiteral("ko"));
    painter.end();
    REQUIRE(boxes.size() == 2);
    CHECK_FALSE(boxes.at(0).intersects(boxes.at(1)));
    for (const QRectF &box : boxes) {
        CHECK(QRectF(image.rect()).contains(box));
        // A box is the window colour with text in it.
        int ink = 0;
        const QRect inside = box.toAlignedRect().adjusted(4, 4, -4, -4);
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x)
                ink += test::colourDistance(image.pixelColor(x, y), theme.text) < 60 ? 1 : 0;
        }
        CHECK(ink > 30);
    }
    // The callout's dot is at its point.
    const SceneAnnotation &cambois = northEast.annotations.first();
    const QPointF dot = viewport.toPixel(Projection(viewport.projection).forward(cambois.at).value());
    CHECK(test::colourDistance(image.pixelColor(dot.toPoint()), theme.text) < 30);
}

TEST_CASE("Handout scene lists and file names", "[scenes]")
{
    QString error;
    CHECK(Handout::parseSelection(QStringLiteral("all"), 3, &error) == QList<qsizetype> { 0, 1, 2 });
    CHECK(Handout::parseSelection(QStringLiteral("1,3-5"), 8, &error) == QList<qsizetype> { 0, 2, 3, 4 });
    CHECK_FALSE(Handout::parseSelection(QStringLiteral("0"), 8, &error));
    CHECK(error.contains(QLatin1String("1 to 8")));
    CHECK_FALSE(Handout::parseSelection(QStringLiteral("9"), 8, &error));
    CHECK_FALSE(Handout::parseSelection(QStringLiteral("2-1"), 8, &error));
    CHECK_FALSE(Handout::parseSelection(QStringLiteral("x"), 8, &error));
    CHECK_FALSE(Handout::parseSelection(QStringLiteral("all"), 0, &error));
    CHECK(
        Handout::seriesPath(QStringLiteral("/tmp/out/handout.png"), 0, 8) == QLatin1String("/tmp/out/handout-01.png"));
    CHECK(Handout::seriesPath(QStringLiteral("deck.svg"), 99, 120) == QLatin1String("deck-100.svg"));
}

TEST_CASE("A handout PDF has one page per scene with each scene's title", "[scenes][export]")
{
    QTemporaryDir dir;
    const FigureSpec page = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("a4-landscape")));
    QList<Figure> figures;
    for (const Scene &item : bundledData()->scenes)
        figures.append(Handout::sceneFigure(item, page, bundledData(), test::basemap(), false));
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    QList<double> progress;
    REQUIRE(Handout::write(pdf, figures, [&progress](double done) { progress.append(done); }) == QString());
    CHECK(progress.size() == figures.size());
    CHECK(progress.last() == Approx(1));
    const QString info = test::poppler(QStringLiteral("pdfinfo"), { pdf });
    CHECK(info.contains(QStringLiteral("Pages:           %1").arg(figures.size())));
    CHECK(info.contains(QLatin1String("(A4)")));
    for (int number = 1; number <= figures.size(); ++number) {
        const QString text = test::poppler(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"), QString::number(number),
                QStringLiteral("-raw"), pdf, QStringLiteral("-") });
        const Scene &item = bundledData()->scenes.at(number - 1);
        CAPTURE(number, item.title.en);
        CHECK(text.contains(item.title.en));
        // Notes were not asked for.
        CHECK_FALSE(text.contains(item.notes.en.left(30)));
    }
    // A close-up page stays small: flows across it are cut to the page (a dashed flow spanning
    // 100,000 px once wrote megabytes of dashes) and so are the countries around it.
    const QString closeUp = dir.filePath(QStringLiteral("north-east.pdf"));
    REQUIRE(Handout::write(closeUp, { figures.at(2) }) == QString());
    CHECK(QFileInfo(closeUp).size() < 400 * 1024);

    // Images: one numbered file per scene.
    const QString png = dir.filePath(QStringLiteral("slides.png"));
    QList<Figure> two = figures.mid(0, 2);
    REQUIRE(Handout::write(png, two) == QString());
    CHECK(QImage(dir.filePath(QStringLiteral("slides-01.png"))).size() == page.sizePx);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("slides-02.png"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("slides-03.png"))));
}
