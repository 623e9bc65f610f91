#include "atlascatch.h"

#include "companybarchart.h"
#include "datasetdocument.h"
#include "detailspanel.h"
#include "diagnosticsdialog.h"
#include "entitytableview.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "mapview.h"
#include "sharedselection.h"
#include "timelineview.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace atlas;

namespace {

QString bundled()
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json");
}

LoadStatus openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.openFile(path);
    REQUIRE(loaded.wait(20000));
    return loaded.first().at(1).value<LoadStatus>();
}

int rowOf(const EntityTableView *view, const QString &id)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(Roles::Id).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("The window opens a dataset into sortable, linked tables", "[app]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);

    const Dataset &dataset = window.document()->dataset();
    CHECK(window.siteView()->model()->rowCount() == dataset.sites.size());
    CHECK(window.investmentView()->model()->rowCount() == dataset.investments.size());
    CHECK(window.companyView()->model()->rowCount() == dataset.companies.size());
    CHECK(window.windowTitle().contains(dataset.title.en));

    // Selecting a site in its table selects it in the shared selection…
    const int row = rowOf(window.siteView(), QStringLiteral("loughton_nscale"));
    REQUIRE(row >= 0);
    window.siteView()->selectionModel()->select(
        window.siteView()->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    CHECK(window.selection()->selectedIds(EntityType::Site) == QStringList { QStringLiteral("loughton_nscale") });
    // …and the investment table marks the investments that name it.
    const int microsoft = rowOf(window.investmentView(), QStringLiteral("inv01_microsoft"));
    REQUIRE(microsoft >= 0);
    CHECK(window.investmentView()->model()->index(microsoft, 0).data(Roles::Related).toBool());

    // Escape clears the selection everywhere.
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(window.selection()->isEmpty());
    CHECK(window.siteView()->selectionModel()->selectedRows().isEmpty());
}

TEST_CASE("Opening a broken file shows its diagnostics and keeps the open dataset", "[app]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    const Dataset before = window.document()->dataset();

    const QString broken = QStringLiteral(ATLAS_TEST_DATA "/malformed/lat-out-of-range.json");
    CHECK(openAndWait(window, broken) == LoadStatus::Invalid);
    CHECK(window.document()->dataset() == before);
    auto *dialog = window.findChild<DiagnosticsDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto *table = dialog->findChild<QTableWidget *>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QLatin1String("145:24"));
    CHECK(table->item(0, 2)->text() == QLatin1String("sites[1].location.lat"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("latitude -95 is outside -90…90"));
    dialog->close();

    CHECK(openAndWait(window, QStringLiteral("/nonexistent/file.json")) == LoadStatus::Unreadable);
    CHECK(window.document()->dataset() == before);
}

TEST_CASE("The window remembers its geometry and recent files", "[app]")
{
    QSettings().clear();
    {
        MainWindow window;
        // Smaller than the offscreen screen (800×600), which Qt 6.8 clamps restored windows to.
        window.resize(761, 571);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
        window.close();
    }
    CHECK(QSettings()
              .value(QStringLiteral("recentFiles"))
              .toStringList()
              .value(0)
              .endsWith(QLatin1String("us-uk-2025.json")));
    MainWindow reopened;
    CHECK(reopened.width() == 761);
    CHECK(reopened.height() == 571);
    QSettings().clear();
}

TEST_CASE("Select anywhere, every view follows: chart, map, tables, details, timeline", "[app][linking]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);

    // A click on Microsoft's spending bar selects the company…
    CompanyBarChart *spending = window.spendingChart();
    int microsoftBar = -1;
    for (int i = 0; i < spending->barCount(); ++i) {
        if (spending->barCompanyId(i) == QLatin1String("microsoft"))
            microsoftBar = i;
    }
    REQUIRE(microsoftBar >= 0);
    spending->clickBar(microsoftBar);
    QCoreApplication::processEvents();
    CHECK(window.selection()->selectedIds(EntityType::Company) == QStringList { QStringLiteral("microsoft") });
    // …its row in the company table,
    const QModelIndexList rows = window.companyView()->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().data(Roles::Id).toString() == QLatin1String("microsoft"));
    // …its sites and flows on the map (Loughton, where it is the anchor customer; its investments),
    bool loughtonMarked = false;
    for (const SiteMark &site : window.mapView()->scene().sites)
        loughtonMarked = loughtonMarked || (site.id == QLatin1String("loughton_nscale") && site.related);
    CHECK(loughtonMarked);
    bool flowMarked = false;
    for (const FlowMark &flow : window.mapView()->scene().flows)
        flowMarked = flowMarked || (flow.investmentId == QLatin1String("inv01_microsoft") && flow.related);
    CHECK(flowMarked);
    // …and the details panel shows it.
    REQUIRE(window.detailsPanel()->shownEntity().has_value());
    CHECK(window.detailsPanel()->shownEntity()->id == QLatin1String("microsoft"));

    // A site selected in the table marks its investors' bars and dims the others.
    const int kvandal = rowOf(window.siteView(), QStringLiteral("kvandal_stargate_no"));
    REQUIRE(kvandal >= 0);
    window.siteView()->selectionModel()->select(
        window.siteView()->model()->index(kvandal, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
    CHECK(window.selection()->selectedIds(EntityType::Site).contains(QLatin1String("kvandal_stargate_no")));
    for (int i = 0; i < spending->barCount(); ++i) {
        const QString id = spending->barCompanyId(i);
        INFO(id.toStdString());
        if (id == QLatin1String("nscale") || id == QLatin1String("microsoft"))
            CHECK_FALSE(spending->isBarDimmed(i)); // Stargate Norway's lead; Microsoft's Norway contract
        if (id == QLatin1String("oracle"))
            CHECK(spending->isBarDimmed(i));
    }

    // The timeline's date moves every view: as of 1 Aug 2025 the spending chart shows what had
    // been announced by then (Microsoft's "2025" US/Portugal contract, $14bn, leads).
    window.timeline()->setAsOf(QDate(2025, 8, 1));
    QCoreApplication::processEvents();
    REQUIRE(spending->barCount() > 0);
    CHECK(spending->barCompanyId(0) == QLatin1String("microsoft"));
    CHECK(spending->barValue(0) == Approx(14e9));
    CHECK(window.investmentView()->model()->rowCount() == 7);
    window.filterBar()->clearAll();
    CHECK(spending->barValue(0) == Approx(50.2e9));

    // Esc clears everything.
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(window.selection()->isEmpty());
}

TEST_CASE("View › Reset Layout puts the panels back", "[app]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    REQUIRE(details);
    CHECK(details->isVisible());
    details->close();
    CHECK_FALSE(details->isVisible());
    QAction *reset = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Reset Layout"))
            reset = action;
    }
    REQUIRE(reset);
    reset->trigger();
    CHECK(details->isVisible());
}
