#include "atlascatch.h"

#include "datasetdocument.h"
#include "diagnosticsdialog.h"
#include "entitytableview.h"
#include "mainwindow.h"
#include "sharedselection.h"

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
