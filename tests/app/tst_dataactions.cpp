#include "atlascatch.h"

#include "dataactions.h"
#include "datasetdocument.h"
#include "datasetexporter.h"
#include "detailspanel.h"
#include "entityeditdialog.h"
#include "entitytableview.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "mapview.h"
#include "projection.h"
#include "sharedselection.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace atlas;

namespace {

/// A window showing the bundled dataset, ready to edit.
struct Window {
    MainWindow window;

    Window()
    {
        window.setConfirmUnsaved(false);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
        REQUIRE(loaded.wait(20000));
    }

    const Dataset &dataset() const { return window.document()->dataset(); }

    QAction *action(const QString &text) const
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        FAIL("no action " << text.toStdString());
        return nullptr;
    }

    /// The form the last action opened (window-modal, so the test can fill it in).
    EntityEditDialog *form() const
    {
        auto *dialog = window.findChild<EntityEditDialog *>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    static void accept(QDialog *dialog)
    {
        QPushButton *ok
            = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        ok->click();
        QTest::qWait(0); // the dialog deletes itself on close
    }
};

} // namespace

TEST_CASE("Edit › Edit Selected… opens the form; OK is one undoable edit that every view shows", "[app][editing]")
{
    Window w;
    const Dataset original = w.dataset();
    w.window.selection()->setCurrent({ EntityType::Site, QStringLiteral("loughton_nscale") });
    QAction *edit = w.action(QStringLiteral("&Edit Selected…"));
    CHECK(edit->shortcut() == QKeySequence(Qt::ALT | Qt::Key_Return));
    REQUIRE(edit->isEnabled());
    edit->trigger();
    EntityEditDialog *form = w.form();
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("name"));
    REQUIRE(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Loughton AI campus"));
    Window::accept(form);

    CHECK(w.dataset().site(QStringLiteral("loughton_nscale"))->name.en == QStringLiteral("Loughton AI campus"));
    CHECK(w.window.undoStack()->count() == 1);
    CHECK(w.window.document()->isModified());
    CHECK(w.window.windowTitle().contains(u'*'));
    // The table and the details panel show the new name; the site stays selected.
    const QAbstractItemModel *sites = w.window.siteView()->model();
    bool shown = false;
    for (int row = 0; row < sites->rowCount(); ++row)
        shown = shown || sites->index(row, 0).data().toString() == QStringLiteral("Loughton AI campus");
    CHECK(shown);
    CHECK(w.window.detailsPanel()->html().contains(QStringLiteral("Loughton AI campus")));
    CHECK(w.window.selection()->isSelected({ EntityType::Site, QStringLiteral("loughton_nscale") }));

    w.window.undoStack()->undo();
    CHECK(w.dataset() == original);
    CHECK_FALSE(w.window.document()->isModified());
}

TEST_CASE("Edit › Add › Site… adds a site at the map's centre, cited and selected", "[app][editing]")
{
    Window w;
    const qsizetype before = w.dataset().sites.size();
    w.window.dataActions()->addEntity(EntityType::Site);
    EntityEditDialog *form = w.form();
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Teesside AI campus"));
    form->findChild<QLineEdit *>(QStringLiteral("country"))->setText(QStringLiteral("GB"));
    form->findChild<QLineEdit *>(QStringLiteral("sources"))->setText(QStringLiteral("S23"));
    form->findChild<QLineEdit *>(QStringLiteral("locationSources"))->setText(QStringLiteral("S23"));
    form->findChild<QLineEdit *>(QStringLiteral("statusSources"))->setText(QStringLiteral("S23"));
    Window::accept(form);

    REQUIRE(w.dataset().sites.size() == before + 1);
    const Site &site = w.dataset().sites.last();
    CHECK(site.id == QStringLiteral("teesside-ai-campus"));
    CHECK(site.sources == QStringList { QStringLiteral("S23") });
    CHECK(w.window.selection()->current() == EntityRef { EntityType::Site, site.id });
    // At the middle of the map as it is shown.
    const MapViewport &viewport = w.window.mapView()->viewport();
    const auto centre
        = Projection(viewport.projection)
              .inverse(viewport.toMap(QPointF(w.window.mapView()->width() / 2.0, w.window.mapView()->height() / 2.0)));
    REQUIRE(centre);
    CHECK(site.location.lonDeg == Approx(centre->x()).margin(1e-3));
    CHECK(site.location.latDeg == Approx(centre->y()).margin(1e-3));
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Add site Teesside AI campus"));
}

TEST_CASE("Delete refuses what is still referred to, deletes the rest, and undo brings it back", "[app][editing]")
{
    Window w;
    const Dataset original = w.dataset();
    QAction *remove = w.action(QStringLiteral("&Delete Selected"));
    CHECK(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    QSignalSpy problems(w.window.dataActions(), &DataActions::problem);

    w.window.selection()->setCurrent({ EntityType::Company, QStringLiteral("nscale") });
    remove->trigger();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().first().toString().contains(QStringLiteral("inv06_nscale_uk")));
    auto *box = w.window.findChild<QMessageBox *>(QStringLiteral("editProblem"));
    REQUIRE(box);
    CHECK(box->isVisible());
    box->close();
    CHECK(w.dataset() == original);

    // The details panel's Delete button deletes what it shows: an investment nothing refers to.
    w.window.selection()->setCurrent({ EntityType::Investment, QStringLiteral("inv17_nebius") });
    auto *deleteButton = w.window.detailsPanel()->findChild<QToolButton *>(QStringLiteral("deleteEntity"));
    REQUIRE(deleteButton);
    REQUIRE(deleteButton->isVisible());
    deleteButton->click();
    CHECK_FALSE(w.dataset().investment(QStringLiteral("inv17_nebius")));
    CHECK(w.window.investmentView()->model()->rowCount() == original.investments.size() - 1);
    CHECK(w.window.selection()->selection().isEmpty());
    w.window.undoStack()->undo();
    CHECK(w.dataset() == original);
}

TEST_CASE("Move Sites on the Map switches the map's drag from panning to moving", "[app][editing]")
{
    Window w;
    QAction *move = w.action(QStringLiteral("&Move Sites on the Map"));
    CHECK(move->isCheckable());
    CHECK_FALSE(w.window.mapView()->moveSitesEnabled());
    move->trigger();
    CHECK(w.window.mapView()->moveSitesEnabled());
    // A drop the map reports is an undoable move.
    Q_EMIT w.window.mapView()->siteMoved(QStringLiteral("glomfjord_nscale"), QPointF(14.0, 66.75));
    CHECK(w.dataset().site(QStringLiteral("glomfjord_nscale"))->location.lonDeg == 14.0);
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Move Nscale Glomfjord"));
    move->trigger();
    CHECK_FALSE(w.window.mapView()->moveSitesEnabled());
}

TEST_CASE("File › Import Data… adds the imported rows in one undoable step", "[app][editing][import]")
{
    Window w;
    const Dataset original = w.dataset();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("campuses.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,latitude,longitude,operator,country\n"
               "Humber AI campus,53.74,-0.33,Nscale,GB\n"
               "Tay AI campus,56.46,-2.97,New Compute Ltd,GB\n"
               "Nowhere,95,0,Nscale,GB\n");
    file.close();

    // The dialog remembers its target and mappings; other tests may have left Investments.
    QSettings().remove(QStringLiteral("import"));
    w.window.dataActions()->importData(csv);
    auto *dialog = w.window.findChild<ImportDialog *>();
    REQUIRE(dialog);
    QSignalSpy previewed(dialog, &ImportDialog::previewReady);
    QSignalSpy finished(dialog, &ImportDialog::finished);
    REQUIRE((previewed.size() > 0 || previewed.wait(20000)));
    dialog->startImport();
    REQUIRE((finished.size() > 0 || finished.wait(20000)));
    CHECK(dialog->result().rowsRead == 3);
    CHECK(dialog->result().rowsImported == 2);
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addButton"));
    REQUIRE(add);
    REQUIRE(add->isEnabled());
    add->click();
    QTest::qWait(0);

    const Dataset &dataset = w.dataset();
    CHECK(dataset.sites.size() == original.sites.size() + 2);
    CHECK(dataset.sites.at(original.sites.size()).name.en == QStringLiteral("Humber AI campus"));
    CHECK(dataset.sites.at(original.sites.size()).location.latDeg == 53.74);
    CHECK(dataset.companies.size() == original.companies.size() + 1); // Nscale is known already
    CHECK(w.window.siteView()->model()->rowCount() == dataset.sites.size());
    CHECK(w.window.selection()->selection().size() == 2);
    CHECK(w.window.undoStack()->count() == 1);
    CHECK(w.window.undoStack()->undoText().contains(QStringLiteral("campuses.csv")));
    w.window.undoStack()->undo();
    CHECK(w.dataset() == original);
}

TEST_CASE("File › Export Data writes the sites and flows through GDAL", "[app][editing][export]")
{
    Window w;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deal.gpkg"));
    CHECK(w.window.dataActions()->exportData(path).isEmpty());
    CHECK(QFile::exists(path));
    const QString bad = dir.filePath(QStringLiteral("missing/folder/deal.geojson"));
    const QString message = w.window.dataActions()->exportData(bad);
    CHECK(message.contains(QStringLiteral("deal.geojson")));
}
