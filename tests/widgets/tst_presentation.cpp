#include "../maps/mapfixture.h"
#include "atlascatch.h"

#include "basemap.h"
#include "presentationview.h"
#include "presenterview.h"
#include "projection.h"
#include "scenecamera.h"
#include "testdata.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>

using namespace atlas;

namespace {

std::shared_ptr<const Dataset> bundled()
{
    static const auto s_dataset = std::make_shared<const Dataset>(test::bundledDataset());
    return s_dataset;
}

int sceneIndex(const QString &id)
{
    const QList<Scene> &scenes = bundled()->scenes;
    for (qsizetype i = 0; i < scenes.size(); ++i) {
        if (scenes.at(i).id == id)
            return static_cast<int>(i);
    }
    FAIL("no scene " << id.toStdString());
    return -1;
}

/// A windowed presentation of the bundled dataset, shown and exposed.
struct Presentation {
    PresentationView view { bundled(), test::basemap(), QStringLiteral("en") };

    explicit Presentation(int index = 0, bool animated = false, QSize size = QSize(1280, 720))
    {
        view.setWindowed(true);
        view.setAnimationsEnabled(animated);
        view.resize(size);
        view.start(index);
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        REQUIRE(view.size() == size);
    }

    QImage frame() { return view.grab().toImage(); }
    void press(Qt::Key key) { QTest::keyClick(&view, key); }
};

QList<int> indexes(const QSignalSpy &spy)
{
    QList<int> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).toInt());
    return result;
}

double luminance(QRgb pixel)
{
    return 0.2126 * qRed(pixel) + 0.7152 * qGreen(pixel) + 0.0722 * qBlue(pixel);
}

double colourDistance(const QColor &a, const QColor &b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    for (int waited = 0; !condition() && waited < timeoutMs; waited += 20)
        QTest::qWait(20);
    return condition();
}

} // namespace

TEST_CASE("Clicker keys step forward and back through the scenes in order, and stop at the ends", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    REQUIRE(view.sceneCount() == 8);
    REQUIRE(view.currentIndex() == 0);
    QSignalSpy changed(&view, &PresentationView::sceneChanged);

    const Qt::Key forward[] = { Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Down, Qt::Key_Return };
    for (int step = 0; step < 7; ++step)
        presentation.press(forward[step % 5]);
    CHECK(indexes(changed) == QList<int> { 1, 2, 3, 4, 5, 6, 7 });
    presentation.press(Qt::Key_Right);
    presentation.press(Qt::Key_Space);
    CHECK(view.currentIndex() == 7);
    CHECK(changed.size() == 7);

    changed.clear();
    const Qt::Key backward[] = { Qt::Key_Left, Qt::Key_Backspace, Qt::Key_PageUp, Qt::Key_Up };
    for (int step = 0; step < 7; ++step)
        presentation.press(backward[step % 4]);
    CHECK(indexes(changed) == QList<int> { 6, 5, 4, 3, 2, 1, 0 });
    presentation.press(Qt::Key_Left);
    presentation.press(Qt::Key_PageUp);
    CHECK(view.currentIndex() == 0);
    CHECK(changed.size() == 7);

    // The mouse too: left click is next, right click previous, but not while pointing.
    QTest::mouseClick(&view, Qt::LeftButton);
    CHECK(view.currentIndex() == 1);
    QTest::mouseClick(&view, Qt::RightButton);
    CHECK(view.currentIndex() == 0);
    presentation.press(Qt::Key_L);
    QTest::mouseClick(&view, Qt::LeftButton);
    CHECK(view.currentIndex() == 0);
}

TEST_CASE("A number and Enter jump to that scene; Home and End go to the ends", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;

    presentation.press(Qt::Key_4);
    CHECK(view.pendingNumber() == QStringLiteral("4"));
    CHECK(view.currentIndex() == 0);
    presentation.press(Qt::Key_Enter);
    CHECK(view.currentIndex() == 3);
    CHECK(view.pendingNumber().isEmpty());

    QSignalSpy changed(&view, &PresentationView::sceneChanged);
    presentation.press(Qt::Key_9);
    presentation.press(Qt::Key_9);
    CHECK(view.pendingNumber() == QStringLiteral("99"));
    presentation.press(Qt::Key_Return);
    CHECK(view.currentIndex() == 3);
    CHECK(changed.isEmpty());
    CHECK(view.message().contains(QStringLiteral("99")));
    CHECK(view.pendingNumber().isEmpty());

    // Esc clears a half-typed number and stays.
    presentation.press(Qt::Key_2);
    presentation.press(Qt::Key_Escape);
    CHECK(view.pendingNumber().isEmpty());
    CHECK(view.isVisible());

    presentation.press(Qt::Key_End);
    CHECK(view.currentIndex() == 7);
    presentation.press(Qt::Key_Home);
    CHECK(view.currentIndex() == 0);
    CHECK(indexes(changed) == QList<int> { 7, 0 });
}

TEST_CASE("Esc puts the pointer tool away first, then leaves the presentation", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    QSignalSpy finished(&view, &PresentationView::finished);

    presentation.press(Qt::Key_L);
    CHECK(view.tool() == PresentationView::Laser);
    presentation.press(Qt::Key_S);
    CHECK(view.tool() == PresentationView::Spotlight);
    presentation.press(Qt::Key_M);
    CHECK(view.tool() == PresentationView::Magnifier);
    presentation.press(Qt::Key_M);
    CHECK(view.tool() == PresentationView::None);
    presentation.press(Qt::Key_L);

    presentation.press(Qt::Key_Escape);
    CHECK(view.tool() == PresentationView::None);
    CHECK(finished.isEmpty());
    CHECK(view.isVisible());

    presentation.press(Qt::Key_Escape);
    CHECK(finished.size() == 1);
    CHECK_FALSE(view.isVisible());
}

TEST_CASE("The help lists the keys on request; D switches to the dark-room theme", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    for (const Qt::Key key : { Qt::Key_Question, Qt::Key_H, Qt::Key_F1 }) {
        CHECK_FALSE(view.isHelpShown());
        const QImage before = presentation.frame();
        presentation.press(key);
        CHECK(view.isHelpShown());
        CHECK(presentation.frame() != before);
        presentation.press(key);
    }
    presentation.press(Qt::Key_F1);
    presentation.press(Qt::Key_Escape);
    CHECK_FALSE(view.isHelpShown());
    CHECK(view.isVisible());

    CHECK(view.theme().name == QStringLiteral("projector"));
    presentation.press(Qt::Key_D);
    CHECK(view.isDarkRoom());
    CHECK(view.theme().name == QStringLiteral("projector-dark"));
    presentation.press(Qt::Key_D);
    CHECK(view.theme().name == QStringLiteral("projector"));
}

TEST_CASE("An animated step flies through other cameras and lands exactly on the scene's camera", "[presentation]")
{
    const int loughton = sceneIndex(QStringLiteral("loughton"));
    const int norway = sceneIndex(QStringLiteral("norway"));
    Presentation presentation(loughton, true);
    PresentationView &view = presentation.view;
    const SceneCamera from = bundled()->scenes.at(loughton).camera;
    const SceneCamera to = bundled()->scenes.at(norway).camera;
    REQUIRE(view.camera() == from);

    QSignalSpy changed(&view, &PresentationView::sceneChanged);
    QSignalSpy arrived(&view, &PresentationView::transitionFinished);
    presentation.press(static_cast<Qt::Key>(Qt::Key_1 + norway));
    presentation.press(Qt::Key_Enter);
    CHECK(indexes(changed) == QList<int> { norway });
    CHECK(view.isAnimating());
    int inBetween = 0;
    for (int sample = 0; sample < 3 && view.isAnimating(); ++sample) {
        QTest::qWait(120);
        if (view.isAnimating() && view.camera() != from && view.camera() != to)
            ++inBetween;
    }
    CHECK(inBetween >= 2);
    REQUIRE(waitFor([&arrived] { return !arrived.isEmpty(); }, 5000));
    CHECK(indexes(arrived) == QList<int> { norway });
    CHECK_FALSE(view.isAnimating());
    CHECK(view.camera() == to);
}

TEST_CASE("B and the clicker's blank key black the screen out and bring it back", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    const QList<QPoint> probes { { 5, 5 }, { 640, 360 }, { 1270, 710 }, { 200, 650 }, { 1100, 100 } };
    const auto allBlack = [&presentation, &probes] {
        const QImage image = presentation.frame();
        for (const QPoint &probe : probes) {
            if (image.pixel(probe) != qRgb(0, 0, 0))
                return false;
        }
        return true;
    };
    CHECK_FALSE(allBlack());
    for (const Qt::Key key : { Qt::Key_B, Qt::Key_Period }) {
        presentation.press(key);
        CHECK(view.isBlackedOut());
        CHECK(allBlack());
        presentation.press(key);
        CHECK_FALSE(view.isBlackedOut());
        CHECK_FALSE(allBlack());
    }
}

TEST_CASE("Text is large enough for the back of a classroom", "[presentation]")
{
    for (const QSize size : { QSize(1280, 720), QSize(1024, 768) }) {
        Presentation presentation(0, false, size);
        CHECK(presentation.view.captionPixelSize() >= size.height() / 25.0);
        CHECK(presentation.view.labelScale() >= Approx(size.height() / 45.0 / 12.0));
    }
}

TEST_CASE("The spotlight dims everything but a circle around the pointer", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    const QPoint centre(640, 360);
    const QPoint corner(20, 20);
    QTest::mouseMove(&view, centre);
    const QImage plain = presentation.frame();

    presentation.press(Qt::Key_S);
    REQUIRE(view.tool() == PresentationView::Spotlight);
    QTest::mouseMove(&view, centre);
    const QImage lit = presentation.frame();
    CHECK(luminance(lit.pixel(corner)) < 0.45 * luminance(plain.pixel(corner)));
    CHECK(colourDistance(lit.pixelColor(centre), plain.pixelColor(centre)) < 3);

    // The circle follows the mouse.
    const QPoint elsewhere(300, 200);
    QTest::mouseMove(&view, elsewhere);
    const QImage moved = presentation.frame();
    CHECK(colourDistance(moved.pixelColor(elsewhere), plain.pixelColor(elsewhere)) < 3);
    CHECK(luminance(moved.pixel(centre)) < 0.45 * luminance(plain.pixel(centre)));
}

TEST_CASE("A highlighted site is drawn in its company's colour where the scene's camera puts it", "[presentation]")
{
    const int loughton = sceneIndex(QStringLiteral("loughton"));
    Presentation presentation(loughton);
    const Site *site = bundled()->site(QStringLiteral("loughton_nscale"));
    const Company *nscale = bundled()->company(QStringLiteral("nscale"));
    REQUIRE(site);
    REQUIRE(nscale);
    REQUIRE(nscale->colour == QStringLiteral("#e6007e"));

    const SceneCamera &camera = bundled()->scenes.at(loughton).camera;
    const MapViewport viewport = SceneCameras::viewport(camera, presentation.view.size());
    const std::optional<QPointF> projected
        = Projection(viewport.projection).forward(QPointF(site->location.lonDeg, site->location.latDeg));
    REQUIRE(projected);
    const QPointF pixel = viewport.toPixel(*projected);
    REQUIRE(QRectF(presentation.view.rect()).contains(pixel));

    // The annotation's dot sits on the site's centre and the symbol of a planned site is a ring:
    // look around the centre for the company's colour.
    const QImage image = presentation.frame();
    const QColor colour = presentation.view.theme().companyColour(*bundled(), nscale);
    double nearest = 1000;
    for (int angle = 0; angle < 360; angle += 15) {
        for (int radius = 2; radius <= 20; ++radius) {
            const double radians = qDegreesToRadians(static_cast<double>(angle));
            const QPoint probe = (pixel + QPointF(std::cos(radians), std::sin(radians)) * radius).toPoint();
            nearest = std::min(nearest, colourDistance(image.pixelColor(probe), colour));
        }
    }
    CHECK(nearest < 60);
}

TEST_CASE("The presenter view shows the notes, the next title and the time, and follows the steps", "[presentation]")
{
    Presentation presentation;
    PresentationView &view = presentation.view;
    PresenterView presenter(&view);
    const QList<Scene> &scenes = bundled()->scenes;

    CHECK(presenter.notesText() == scenes.at(0).notes.en);
    CHECK(presenter.nextTitle() == scenes.at(1).title.en);
    CHECK(presenter.elapsedText().contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))));
    CHECK(presenter.progressText() == QStringLiteral("1 / 8"));

    presentation.press(Qt::Key_Right);
    CHECK(presenter.notesText() == scenes.at(1).notes.en);
    CHECK(presenter.currentTitle() == scenes.at(1).title.en);
    CHECK(presenter.nextTitle() == scenes.at(2).title.en);

    // Keys typed on the presenter's screen drive the presentation.
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    CHECK(view.currentIndex() == 2);
    QTest::keyClick(&presenter, Qt::Key_End);
    CHECK(view.currentIndex() == 7);
    CHECK(presenter.notesText() == scenes.at(7).notes.en);
    CHECK(presenter.nextTitle() == QStringLiteral("End of presentation"));
    CHECK(presenter.progressText() == QStringLiteral("8 / 8"));

    // The presentation's language, for the notes too.
    PresentationView korean(bundled(), test::basemap(), QStringLiteral("ko"));
    korean.setWindowed(true);
    korean.setAnimationsEnabled(false);
    korean.resize(640, 360);
    korean.start(1);
    PresenterView koreanPresenter(&korean);
    CHECK(koreanPresenter.notesText() == scenes.at(1).notes.ko);
    CHECK(koreanPresenter.nextTitle() == scenes.at(2).title.ko);
}

TEST_CASE("present() opens a full-screen window of its own that is deleted when left", "[presentation]")
{
    QPointer<PresentationView> view
        = PresentationView::present(bundled(), test::basemap(), QStringLiteral("en"), 2, nullptr);
    REQUIRE(view);
    CHECK(view->isWindow());
    CHECK(view->testAttribute(Qt::WA_DeleteOnClose));
    CHECK(view->currentIndex() == 2);
    REQUIRE(QTest::qWaitForWindowExposed(view));
    CHECK(view->isFullScreen());
    // One screen here: no presenter view.
    CHECK_FALSE(PresenterView::shouldShow());

    QTest::keyClick(view, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(view.isNull());
}

TEST_CASE("Screen readers hear the scene's number, title and caption", "[presentation][a11y]")
{
    Presentation presentation;
    CHECK(presentation.view.accessibleName() == QLatin1String("Presentation"));
    const Scene &first = bundled()->scenes.first();
    CHECK(presentation.view.accessibleDescription().startsWith(
        QStringLiteral("Scene 1 of %1: %2").arg(bundled()->scenes.size()).arg(first.title.en)));
    presentation.press(Qt::Key_Right);
    CHECK(presentation.view.accessibleDescription().contains(bundled()->scenes.at(1).caption.en));
    // Every key of the on-screen help is in the list the shortcuts dialog shows.
    CHECK(PresentationView::keyHelp().size() >= 10);
}
