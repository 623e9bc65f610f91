#include "atlascatch.h"

#include "commandline.h"
#include "companybarchart.h"
#include "datasetdocument.h"
#include "datasetreader.h"
#include "detailspanel.h"
#include "diagnosticsdialog.h"
#include "entitytableview.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "mapview.h"
#include "presentationview.h"
#include "sceneeditor.h"
#include "sharedselection.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWindow>

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

namespace {

QAction *actionNamed(const MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// Answers the next modal dialog of type Dialog with @p answer, from inside its event loop.
/// Returns a flag that says whether such a dialog was seen.
template<typename Dialog>
std::shared_ptr<bool> answerNextDialog(std::function<void(Dialog *)> answer)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, seen, tries] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            *seen = true;
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > 500) {
            timer->deleteLater();
        }
    });
    timer->start();
    return seen;
}

/// Types @p text over the English title of scene @p row in the window's scene editor.
void retitle(MainWindow &window, int row, const QString &text)
{
    window.sceneEditor()->setCurrentRow(row);
    auto *title = window.sceneEditor()->findChild<QLineEdit *>(QStringLiteral("titleEn"));
    REQUIRE(title);
    title->selectAll();
    QTest::keyClicks(title, text);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("Save on the bundled dataset saves as a new file that reads back with the edited scenes", "[app][scenes]")
{
    const QByteArray sourceBefore = sha256(bundled());
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("edited.json"));
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(openAndWait(window, CommandLine::bundledDatasetPath()) == LoadStatus::Ok);
        CHECK_FALSE(window.isWindowModified());
        CHECK(window.windowHandle()->title().startsWith(QStringLiteral("us-uk-2025.json — ")));

        retitle(window, 0, QStringLiteral("The pledge, edited"));
        window.sceneEditor()->moveDownAction()->trigger();
        CHECK(window.undoStack()->count() == 2);
        CHECK(window.document()->isModified());
        CHECK(window.isWindowModified());
        CHECK(window.windowHandle()->title().startsWith(QStringLiteral("us-uk-2025.json* — ")));

        // The bundled dataset is in the program's resources: it cannot be written in place…
        CHECK_FALSE(window.saveTo(CommandLine::bundledDatasetPath()).isEmpty());
        CHECK(window.document()->isModified());
        // …so File › Save asks for a file, as Save As does.
        QAction *save = actionNamed(window, QStringLiteral("&Save"));
        REQUIRE(save);
        CHECK(save->shortcut() == QKeySequence(QKeySequence::Save));
        const auto asked = answerNextDialog<QFileDialog>([path](QFileDialog *dialog) {
            // Typed, as a user would: selectFile() races the dialog's own directory listing.
            // (No REQUIRE here: its exception would cross the dialog's event loop.)
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        });
        save->trigger();
        CHECK(*asked);

        REQUIRE(QFile::exists(path));
        CHECK(window.document()->fileName() == path);
        CHECK_FALSE(window.document()->isModified());
        CHECK_FALSE(window.isWindowModified());
        CHECK(window.windowHandle()->title().startsWith(QStringLiteral("edited.json — ")));
        const LoadResult reread = DatasetReader::readFile(path);
        REQUIRE(reread.status == LoadStatus::Ok);
        CHECK(reread.dataset->scenes == window.document()->dataset().scenes);
        CHECK(*reread.dataset == window.document()->dataset());
        CHECK(reread.dataset->scenes.at(1).title.en == QLatin1String("The pledge, edited"));

        // Undoing past the save modifies the document again; redoing back to it does not.
        window.undoStack()->undo();
        CHECK(window.isWindowModified());
        window.undoStack()->redo();
        CHECK_FALSE(window.isWindowModified());

        // A plain Save now writes to the new file, without asking.
        retitle(window, 2, QStringLiteral("North East"));
        CHECK(window.save());
        CHECK(DatasetReader::readFile(path).dataset->scenes.at(2).title.en == QLatin1String("North East"));
    }
    CHECK(sha256(bundled()) == sourceBefore);
}

TEST_CASE("Save refuses a dataset that would not open again", "[app][scenes]")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("untitled.json"));
    MainWindow window;
    window.setConfirmUnsaved(false);
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    // An empty English title: the reader requires one.
    retitle(window, 0, QStringLiteral("x"));
    QTest::keyClick(window.sceneEditor()->findChild<QLineEdit *>(QStringLiteral("titleEn")), Qt::Key_Backspace);
    REQUIRE(window.document()->dataset().scenes.at(0).title.en.isEmpty());
    const QString error = window.saveTo(path);
    CHECK(error.contains(QLatin1String("scenes[0].title.en")));
    CHECK_FALSE(QFile::exists(path));
    CHECK(window.document()->isModified());
}

TEST_CASE("Closing with unsaved scene edits asks; Cancel keeps the window, Discard closes it", "[app][scenes]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    window.sceneEditor()->setCurrentRow(3);
    window.sceneEditor()->deleteAction()->trigger();
    REQUIRE(window.document()->isModified());

    auto asked = answerNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    CHECK_FALSE(window.close());
    CHECK(*asked);
    CHECK(window.isVisible());
    CHECK(window.document()->dataset().scenes.size() == 7);

    asked = answerNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    CHECK(window.close());
    CHECK(*asked);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("Opening a dataset starts a new history", "[app][scenes]")
{
    MainWindow window;
    window.setConfirmUnsaved(false);
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    window.sceneEditor()->captureAction()->trigger();
    CHECK(window.document()->dataset().scenes.size() == 9);
    CHECK(window.undoStack()->canUndo());
    QAction *undo = actionNamed(window,
        window.undoStack()->undoText().isEmpty() ? QStringLiteral("&Undo")
                                                 : QStringLiteral("&Undo %1").arg(window.undoStack()->undoText()));
    REQUIRE(undo);
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));

    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(window.document()->isModified());
    CHECK(window.document()->dataset().scenes.size() == 8);
    CHECK(window.close());
}

TEST_CASE("Export Handout writes a PDF page per scene of the edited presentation", "[app][scenes][handout]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    MainWindow window;
    window.setConfirmUnsaved(false);
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    window.sceneEditor()->setCurrentRow(0);
    window.sceneEditor()->deleteAction()->trigger();
    const qsizetype scenes = window.document()->dataset().scenes.size();
    REQUIRE(scenes == 7);

    const QString pdf = directory.filePath(QStringLiteral("handout.pdf"));
    REQUIRE(window.exportHandout(pdf, QStringLiteral("a4-landscape"), true) == QString());
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), { pdf });
    REQUIRE(pdfinfo.waitForFinished(30000));
    REQUIRE(pdfinfo.exitCode() == 0);
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() == scenes);
    CHECK(info.contains(QLatin1String("842 x 595 pts (A4)"))); // landscape

    CHECK_FALSE(window.exportHandout(pdf, QStringLiteral("no-such-page"), false).isEmpty());
}

TEST_CASE("F5 presents from the first scene, Shift+F5 from the selected one, Esc leaves", "[app][scenes][present]")
{
    MainWindow window;
    window.setConfirmUnsaved(false);
    REQUIRE(openAndWait(window, bundled()) == LoadStatus::Ok);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QAction *fromStart = actionNamed(window, MainWindow::tr("Present from the &Beginning"));
    QAction *fromCurrent = actionNamed(window, MainWindow::tr("Present from the &Current Scene"));
    REQUIRE(fromStart);
    REQUIRE(fromCurrent);
    CHECK(fromStart->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(fromCurrent->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F5));

    const auto presentation = []() -> PresentationView * {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *view = qobject_cast<PresentationView *>(widget); view && view->isVisible())
                return view;
        }
        return nullptr;
    };
    fromStart->trigger();
    QPointer<PresentationView> view = presentation();
    REQUIRE(view);
    CHECK(view->currentIndex() == 0);
    CHECK(view->isFullScreen());
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(view.isNull());

    window.sceneEditor()->setCurrentRow(4);
    fromCurrent->trigger();
    view = presentation();
    REQUIRE(view);
    CHECK(view->currentIndex() == 4);
    CHECK(view->sceneCount() == 8);
    QTest::keyClick(view, Qt::Key_Escape);
    QTRY_VERIFY(view.isNull());
}

TEST_CASE("No two of the window's actions share a shortcut", "[app]")
{
    // Qt triggers neither of two actions with the same shortcut: it reports an ambiguity instead.
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QHash<QKeySequence, QString> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        // A shortcut that works only while its own widget has the focus competes with no other.
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut.isEmpty())
                continue;
            CAPTURE(shortcut.toString(), action->text(), owners.value(shortcut));
            CHECK_FALSE(owners.contains(shortcut));
            owners.insert(shortcut, action->text());
        }
    }
    CHECK(owners.size() > 20);
}
