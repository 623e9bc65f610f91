#include "../maps/mapfixture.h"
#include "atlascatch.h"

#include "basemap.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "format.h"
#include "mapview.h"
#include "sharedselection.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QWheelEvent>

using namespace atlas;

namespace {

struct Fixture {
    DatasetDocument document;
    SharedSelection selection { &document };
    FilterState filter;
    MapView view { &document, &selection, &filter, test::basemap(), Theme::light() };

    Fixture()
    {
        const LoadResult result
            = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
        REQUIRE(result.dataset);
        document.setDataset(*result.dataset, QStringLiteral("us-uk-2025.json"));
        view.resize(1000, 600);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        waitForRender();
    }

    /// Waits until the view has rendered what it currently shows.
    void waitForRender()
    {
        for (int i = 0; i < 200 && (view.isRendering() || view.renderCount() == 0); ++i)
            QTest::qWait(25);
        REQUIRE_FALSE(view.isRendering());
    }

    const DrawnItem *site(const QString &id) const
    {
        for (const DrawnItem &item : view.lastResult().sites) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }
};

void wheel(QWidget *widget, QPointF at, int notches)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("Clicking a site on the map selects it everywhere; selecting elsewhere shows on the map", "[mapview]")
{
    Fixture fixture;
    // Close enough that Kvandal and Glomfjord do not overlap.
    REQUIRE(fixture.view.showPreset(QStringLiteral("uk-norway")));
    fixture.waitForRender();
    const DrawnItem *kvandal = fixture.site(QStringLiteral("kvandal_stargate_no"));
    REQUIRE(kvandal);
    QTest::mouseClick(&fixture.view, Qt::LeftButton, {}, kvandal->anchorPx.toPoint());
    CHECK(fixture.selection.selectedIds(EntityType::Site) == QStringList { QStringLiteral("kvandal_stargate_no") });

    // Clicking the empty ocean clears the selection.
    QTest::mouseClick(&fixture.view, Qt::LeftButton, {}, QPoint(500, 560));
    CHECK(fixture.selection.isEmpty());

    // Selecting in another view (here: directly) redraws the map with the selection.
    const int before = fixture.view.renderCount();
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("nyc_jfk10_oqc") });
    fixture.waitForRender();
    CHECK(fixture.view.renderCount() > before);
}

TEST_CASE("The wheel zooms at the cursor, dragging pans, keys zoom and go home", "[mapview]")
{
    Fixture fixture;
    const MapViewport start = fixture.view.viewport();
    const QPointF cursor(700, 250);
    const QPointF under = start.toMap(cursor);

    wheel(&fixture.view, cursor, 2);
    const MapViewport zoomed = fixture.view.viewport();
    CHECK(zoomed.metresPerPixel == Approx(start.metresPerPixel / (1.25 * 1.25)));
    // The point under the cursor stays under the cursor.
    CHECK(zoomed.toPixel(under).x() == Approx(cursor.x()).margin(1e-6));
    CHECK(zoomed.toPixel(under).y() == Approx(cursor.y()).margin(1e-6));

    // Drag 100 px right and 40 px down: the map moves with the mouse.
    const QPointF grabbed = zoomed.toMap(QPointF(300, 300));
    QTest::mousePress(&fixture.view, Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(&fixture.view, QPoint(350, 320));
    QTest::mouseMove(&fixture.view, QPoint(400, 340));
    QTest::mouseRelease(&fixture.view, Qt::LeftButton, {}, QPoint(400, 340));
    const MapViewport panned = fixture.view.viewport();
    CHECK(panned.toPixel(grabbed).x() == Approx(400).margin(1e-6));
    CHECK(panned.toPixel(grabbed).y() == Approx(340).margin(1e-6));
    // A drag is not a click: nothing got selected.
    CHECK(fixture.selection.isEmpty());

    fixture.view.setFocus();
    QTest::keyClick(&fixture.view, Qt::Key_Plus);
    CHECK(fixture.view.viewport().metresPerPixel == Approx(panned.metresPerPixel / 2));
    QTest::keyClick(&fixture.view, Qt::Key_Minus);
    CHECK(fixture.view.viewport().metresPerPixel == Approx(panned.metresPerPixel));
    const QPointF centreBefore = fixture.view.viewport().centre;
    QTest::keyClick(&fixture.view, Qt::Key_Right);
    CHECK(fixture.view.viewport().centre.x() > centreBefore.x());
    QTest::keyClick(&fixture.view, Qt::Key_Home);
    CHECK(fixture.view.viewport().metresPerPixel == Approx(start.metresPerPixel));
}

TEST_CASE("The view shows the last image while a new one renders, then swaps it in", "[mapview]")
{
    Fixture fixture;
    const int rendered = fixture.view.renderCount();
    wheel(&fixture.view, QPointF(500, 300), 1);
    // The zoom is applied at once; the render that catches up comes from the worker.
    CHECK(fixture.view.isRendering());
    fixture.waitForRender();
    CHECK(fixture.view.renderCount() == rendered + 1);
    // Hit tests use the new render: a site's drawn position matches the new viewport.
    const DrawnItem *loughton = fixture.site(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton);
    const auto projected = Projection(fixture.view.viewport().projection).forward(QPointF(0.08388, 51.64527));
    REQUIRE(projected);
    CHECK(fixture.view.viewport().toPixel(*projected).x() == Approx(loughton->anchorPx.x()).margin(1e-6));
}

TEST_CASE("Shift-drag selects every site in the rectangle; Zoom to Selection frames them", "[mapview]")
{
    Fixture fixture;
    REQUIRE(fixture.view.showPreset(QStringLiteral("uk-norway")));
    fixture.waitForRender();
    const DrawnItem *kvandal = fixture.site(QStringLiteral("kvandal_stargate_no"));
    const DrawnItem *glomfjord = fixture.site(QStringLiteral("glomfjord_nscale"));
    REQUIRE(kvandal);
    REQUIRE(glomfjord);
    const QRectF around = QRectF(kvandal->anchorPx, glomfjord->anchorPx).normalized().adjusted(-6, -6, 6, 6);
    QTest::mousePress(&fixture.view, Qt::LeftButton, Qt::ShiftModifier, around.topLeft().toPoint());
    QTest::mouseMove(&fixture.view, around.center().toPoint());
    QTest::mouseMove(&fixture.view, around.bottomRight().toPoint());
    QTest::mouseRelease(&fixture.view, Qt::LeftButton, Qt::ShiftModifier, around.bottomRight().toPoint());
    const QStringList sites = fixture.selection.selectedIds(EntityType::Site);
    CAPTURE(sites, around.x(), around.y(), around.width(), around.height());
    CHECK(sites.contains(QLatin1String("kvandal_stargate_no")));
    CHECK(sites.contains(QLatin1String("glomfjord_nscale")));
    CHECK_FALSE(sites.contains(QLatin1String("loughton_nscale")));

    fixture.view.zoomToSelection();
    fixture.waitForRender();
    // Both Norwegian sites on screen, closer than before.
    CHECK(fixture.site(QStringLiteral("kvandal_stargate_no")) != nullptr);
    CHECK(fixture.site(QStringLiteral("glomfjord_nscale")) != nullptr);
    CHECK(fixture.site(QStringLiteral("loughton_nscale")) == nullptr);
}

TEST_CASE("Dragging the globe rotates it", "[mapview]")
{
    Fixture fixture;
    ProjectionSpec globe = *ProjectionSpec::fromName(QStringLiteral("globe"));
    fixture.view.setProjection(globe);
    const double lon0 = fixture.view.viewport().projection.lon0Deg;
    QTest::mousePress(&fixture.view, Qt::LeftButton, {}, QPoint(500, 300));
    QTest::mouseMove(&fixture.view, QPoint(450, 300));
    QTest::mouseMove(&fixture.view, QPoint(400, 300));
    QTest::mouseRelease(&fixture.view, Qt::LeftButton, {}, QPoint(400, 300));
    // Dragging west turns the globe to show what lies east.
    CHECK(fixture.view.viewport().projection.lon0Deg > lon0);
    CHECK(fixture.view.viewport().projection.kind == ProjectionKind::Orthographic);
}

TEST_CASE("Hovering a site tells its value, its source and how its position is known", "[mapview]")
{
    Fixture fixture;
    REQUIRE(fixture.view.showPreset(QStringLiteral("british-isles")));
    fixture.waitForRender();
    const DrawnItem *loughton = fixture.site(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton);
    const DrawnItem *hovered = fixture.view.lastResult().itemAt(loughton->anchorPx);
    REQUIRE(hovered);
    CHECK(hovered->id == QLatin1String("loughton_nscale"));
    CHECK(hovered->tooltip.contains(QLatin1String("23,040")));
    CHECK(hovered->tooltip.contains(QLatin1String("[S23]")));
    CHECK(hovered->tooltip.contains(QLatin1String("proxy")));
    CHECK(hovered->tooltip.contains(QLatin1String("Debden")));
}

TEST_CASE("The projection can be centred on any point", "[mapview]")
{
    Fixture fixture;
    fixture.view.setProjection(*ProjectionSpec::fromName(QStringLiteral("laea")));
    fixture.view.centreProjectionAt(QPointF(10.5, 60.25));
    const ProjectionSpec spec = fixture.view.viewport().projection;
    CHECK(spec.kind == ProjectionKind::LambertAzimuthal);
    CHECK(spec.lon0Deg == 10.5);
    CHECK(spec.lat0Deg == 60.25);
    // The chosen point is now in the middle of the view.
    const auto centre = Projection(spec).forward(QPointF(10.5, 60.25));
    REQUIRE(centre);
    CHECK(fixture.view.viewport().toPixel(*centre).x() == Approx(500).margin(1e-6));
    // Cylindrical projections take a new central meridian and keep the equator.
    fixture.view.setProjection(*ProjectionSpec::fromName(QStringLiteral("robinson")));
    fixture.view.centreProjectionAt(QPointF(150, 20));
    CHECK(fixture.view.viewport().projection.lon0Deg == 150);
    CHECK(fixture.view.viewport().projection.lat0Deg == 0);
    fixture.waitForRender();
    CHECK_FALSE(fixture.view.lastResult().sites.isEmpty());
}

TEST_CASE("A change that arrives while a render is finishing still gets drawn", "[mapview]")
{
    Fixture fixture;
    const int before = fixture.view.renderCount();
    wheel(&fixture.view, QPointF(500, 300), 1);
    QCoreApplication::processEvents(); // the zoom's render job starts
    REQUIRE(fixture.view.isRendering());
    // The selection changes before the job's end is handled: its render request is queued first…
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("glomfjord_nscale") });
    QThreadPool::globalInstance()->waitForDone(); // …and the job finishes meanwhile.
    fixture.waitForRender();
    // The finished (now stale) image is shown, then the selection's own render follows.
    CHECK(fixture.view.renderCount() == before + 2);
}

TEST_CASE("N and Shift+N move the selection between the sites west to east, wrapping around", "[mapview][a11y]")
{
    Fixture fixture;
    MapView &view = fixture.view;
    view.setFocus();
    const Dataset &dataset = fixture.document.dataset();
    // The documented order: every site the filter shows, west to east.
    const QStringList order = view.siteOrder();
    REQUIRE(order.size() == dataset.sites.size());
    for (qsizetype i = 1; i < order.size(); ++i)
        CHECK(dataset.site(order.at(i - 1))->location.lonDeg <= dataset.site(order.at(i))->location.lonDeg);
    CHECK(order.first() == QLatin1String("nyc_jfk10_oqc"));
    CHECK(order.last() == QLatin1String("kvandal_stargate_no"));

    const auto selected = [&fixture] { return fixture.selection.selectedIds(EntityType::Site); };
    QTest::keyClick(&view, Qt::Key_N);
    CHECK(selected() == QStringList { order.at(0) });
    CHECK(fixture.selection.current() == EntityRef { EntityType::Site, order.at(0) });
    QTest::keyClick(&view, Qt::Key_N);
    CHECK(selected() == QStringList { order.at(1) });
    QTest::keyClick(&view, Qt::Key_BracketRight);
    CHECK(selected() == QStringList { order.at(2) });
    QTest::keyClick(&view, Qt::Key_N, Qt::ShiftModifier);
    CHECK(selected() == QStringList { order.at(1) });
    QTest::keyClick(&view, Qt::Key_BracketLeft);
    CHECK(selected() == QStringList { order.at(0) });
    // Before the first comes the last, after the last the first.
    QTest::keyClick(&view, Qt::Key_N, Qt::ShiftModifier);
    CHECK(selected() == QStringList { order.last() });
    QTest::keyClick(&view, Qt::Key_N);
    CHECK(selected() == QStringList { order.first() });
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    CHECK(selected() == QStringList { order.last() });
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    CHECK(selected() == QStringList { order.first() });

    // A site made current in another view is where the keys go on from.
    fixture.selection.setCurrent({ EntityType::Site, order.at(4) });
    QTest::keyClick(&view, Qt::Key_N);
    CHECK(selected() == QStringList { order.at(5) });
    CHECK(view.keyboardSite() == order.at(5));

    // Enter asks for the site's details.
    QSignalSpy activated(&view, &MapView::siteActivated);
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().at(0).toString() == order.at(5));
}

TEST_CASE("Keyboard site navigation skips the sites the filter hides", "[mapview][a11y]")
{
    Fixture fixture;
    DatasetFilter filter;
    filter.countries = { QStringLiteral("NO") };
    fixture.filter.setFilter(filter);
    const QStringList order = fixture.view.siteOrder();
    REQUIRE(order == QStringList { QStringLiteral("glomfjord_nscale"), QStringLiteral("kvandal_stargate_no") });
    fixture.view.setFocus();
    QStringList visited;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(&fixture.view, Qt::Key_N);
        visited += fixture.selection.selectedIds(EntityType::Site);
    }
    CHECK(visited == QStringList { order.at(0), order.at(1), order.at(0), order.at(1), order.at(0) });
}

TEST_CASE("The map reads the keyboard site out to screen readers", "[mapview][a11y]")
{
    Fixture fixture;
    MapView &view = fixture.view;
    view.setFocus();
    CHECK(view.accessibleName() == QLatin1String("Map"));
    // With nothing selected, the description tells what the map shows and how to move.
    CHECK(view.accessibleDescription().contains(QLatin1String("10 site")));

    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    const Site &kvandal = *fixture.document.dataset().site(QStringLiteral("kvandal_stargate_no"));
    const QString description = view.accessibleDescription();
    CAPTURE(description);
    CHECK(description.contains(kvandal.name.en));
    CHECK(description.contains(Format::countryName(QStringLiteral("NO"))));
    CHECK(description.contains(QLatin1String("GPUs: ")));
    CHECK(description.contains(QLatin1String("[S")));       // the figures' sources
    CHECK(description.contains(QLatin1String("10 of 10"))); // where it is in the order

    // Selected in another view, the site is described too.
    fixture.selection.setCurrent({ EntityType::Site, QStringLiteral("loughton_nscale") });
    CHECK(view.accessibleDescription().contains(
        fixture.document.dataset().site(QStringLiteral("loughton_nscale"))->name.en));
    // Deselected, the map is described as a whole again.
    fixture.selection.clear();
    CHECK(view.accessibleDescription().contains(QLatin1String("10 site")));
}

TEST_CASE("Keyboard navigation pans the map to a site off screen", "[mapview][a11y]")
{
    Fixture fixture;
    REQUIRE(fixture.view.showPreset(QStringLiteral("uk-norway")));
    fixture.waitForRender();
    const auto pixelOf = [&fixture](const QString &id) {
        const QPointF lonLat(
            fixture.document.dataset().site(id)->location.lonDeg, fixture.document.dataset().site(id)->location.latDeg);
        const auto mapPoint = Projection(fixture.view.viewport().projection).forward(lonLat);
        REQUIRE(mapPoint);
        return fixture.view.viewport().toPixel(*mapPoint);
    };
    const QString newYork = QStringLiteral("nyc_jfk10_oqc");
    REQUIRE_FALSE(fixture.view.rect().contains(pixelOf(newYork).toPoint()));
    const double metresPerPixel = fixture.view.viewport().metresPerPixel;
    fixture.view.setFocus();
    QTest::keyClick(&fixture.view, Qt::Key_Home, Qt::ControlModifier);
    CHECK(fixture.selection.selectedIds(EntityType::Site) == QStringList { newYork });
    CHECK(fixture.view.rect().contains(pixelOf(newYork).toPoint()));
    CHECK(fixture.view.viewport().metresPerPixel == metresPerPixel); // panned, not zoomed
    // A site on screen already does not move the map.
    const MapViewport before = fixture.view.viewport();
    fixture.selection.clear();
    fixture.view.selectAdjacentSite(0);
    CHECK(fixture.view.viewport() == before);
}

TEST_CASE("Tab reaches the map and leaves it again", "[mapview][a11y]")
{
    QWidget window;
    auto *before = new QLineEdit(&window);
    DatasetDocument document;
    SharedSelection selection(&document);
    FilterState filter;
    auto *map = new MapView(&document, &selection, &filter, test::basemap(), Theme::light(), &window);
    auto *after = new QLineEdit(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    CHECK(map->hasFocus());
    QTest::keyClick(map, Qt::Key_Tab);
    CHECK(after->hasFocus());
    QTest::keyClick(after, Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(map->hasFocus());
    // With no dataset there is no site to go to: nothing happens.
    QTest::keyClick(map, Qt::Key_N);
    CHECK(selection.isEmpty());
}
