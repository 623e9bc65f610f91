// The Street Map panel in the window: present with its actions on Qt >= 6.5 with QtLocation,
// absent (not disabled) without.
#include "atlascatch.h"

#include "datasetdocument.h"
#include "entitytableview.h"
#include "mainwindow.h"
#include "sharedselection.h"
#ifdef ATLAS_HAVE_QTLOCATION
#include "streetmapdock.h"
#include "streetmapview.h"
#endif

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace atlas;

namespace {

void openBundled(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.openFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
    REQUIRE(loaded.wait(20000));
}

/// Right-clicks the site table's row of @p siteId and returns the texts of the context menu
/// that opens (none when no menu opens); @p pick, when given, is triggered.
QStringList siteTableMenu(MainWindow &window, const QString &siteId, const QString &pick = {})
{
    EntityTableView *table = window.siteView();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(Roles::Id).toString() == siteId)
            row = r;
    }
    REQUIRE(row >= 0);
    table->scrollTo(table->model()->index(row, 0));
    const QPoint at = table->visualRect(table->model()->index(row, 0)).center();
    QStringList texts;
    bool menuSeen = false;
    QTimer::singleShot(300, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuSeen = true;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            texts.append(action->text());
            if (action->text() == pick)
                chosen = action;
        }
        if (chosen)
            menu->setActiveAction(chosen);
        if (chosen)
            QTest::keyClick(menu, Qt::Key_Return);
        else
            menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &event);
    QTest::qWait(400);
    return menuSeen ? texts : QStringList();
}

QList<QAction *> actionsMentioningStreetMap(const MainWindow &window)
{
    QList<QAction *> result;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().contains(u"Street Map"))
            result.append(action);
    }
    return result;
}

} // namespace

#ifdef ATLAS_HAVE_QTLOCATION

TEST_CASE("The Street Map panel starts hidden and opens from the View menu", "[app][streetmap]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openBundled(window);
    StreetMapDock *dock = window.streetMap();
    REQUIRE(dock);
    CHECK_FALSE(dock->isVisible());
    QAction *toggle = dock->toggleViewAction();
    CHECK(toggle->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    CHECK(actionsMentioningStreetMap(window).contains(toggle));
    toggle->trigger();
    CHECK(dock->isVisible());
    CHECK(dock->view()->load());
    CHECK(dock->view()->errors().isEmpty());
}

TEST_CASE("Show on Street Map in a table's context menu opens the panel on the site", "[app][streetmap]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openBundled(window);
    const QStringList texts
        = siteTableMenu(window, QStringLiteral("glomfjord_nscale"), QStringLiteral("Show on &Street Map"));
    CHECK(texts.contains(QStringLiteral("Show on &Street Map")));
    REQUIRE(QTest::qWaitFor([&] { return window.streetMap()->isVisible(); }, 3000));
    CHECK(window.streetMap()->view()->centreLonLat().x() == Approx(13.94389).margin(1e-3));
    CHECK(window.streetMap()->view()->centreLonLat().y() == Approx(66.81639).margin(1e-3));

    // Sources have no place on a map: no such action for them.
    QMenu menu;
    window.streetMap()->addItemActions(menu, { EntityType::Source, window.document()->dataset().sources.first().id });
    CHECK(menu.isEmpty());
}

#else

TEST_CASE("Without QtLocation there is no Street Map panel and no action for it", "[app][streetmap]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openBundled(window);
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("streetMapDock")));
    CHECK(actionsMentioningStreetMap(window).isEmpty());
    // The tables' rows have no context menu to offer it in.
    CHECK(siteTableMenu(window, QStringLiteral("glomfjord_nscale")).isEmpty());
}

#endif
