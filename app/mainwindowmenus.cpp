#include "mainwindow.h"

#include "basemap.h"
#include "commandline.h"
#include "companybarchart.h"
#include "companytablemodel.h"
#include "dataactions.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetwriter.h"
#include "detailspanel.h"
#include "diagnosticsdialog.h"
#include "entitytableview.h"
#include "exportdialog.h"
#include "exportprogress.h"
#include "figurearguments.h"
#include "figureexport.h"
#include "filterbar.h"
#include "gpusbycompanymodel.h"
#include "handout.h"
#include "investmenttablemodel.h"
#include "mapview.h"
#include "presentationview.h"
#include "recoverycontroller.h"
#include "scenecamera.h"
#include "sceneeditor.h"
#include "sharedselection.h"
#include "shortcutsdialog.h"
#include "sitesbycountrymodel.h"
#include "sitetablemodel.h"
#include "sourcetablemodel.h"
#include "spendingbycompanymodel.h"
#ifdef ATLAS_HAVE_QTLOCATION
#include "streetmapdock.h"
#endif
#include "timelineview.h"
#include "viewpreset.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

// The window's menus, toolbars and actions; mainwindow.cpp composes the panels and does the work.

namespace atlas {

namespace {
const QString s_projectionKey = QStringLiteral("map/projection");
const QString s_measureKey = QStringLiteral("map/siteMeasure");
} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Compute Atlas dataset (.json)"));
    QAction *bundled = file->addAction(tr("Open &Bundled Dataset"), this, [this] {
        if (maybeSave())
            openFile(CommandLine::bundledDatasetPath());
    });
    bundled->setStatusTip(tr("Open the US–UK Tech Prosperity Deal dataset that ships with Compute Atlas"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setStatusTip(tr("Save the dataset with its scenes"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setStatusTip(tr("Save the dataset with its scenes to another file"));
    file->addSeparator();
    m_exportFigure = file->addAction(tr("&Export Figure…"), this, &MainWindow::exportFigure);
    m_exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportFigure->setStatusTip(tr("Export the map as a report figure: PNG, JPEG, SVG or PDF"));
    m_exportFigure->setToolTip(
        tr("Export a figure (%1)").arg(m_exportFigure->shortcut().toString(QKeySequence::NativeText)));
    QAction *handout = file->addAction(tr("Export &Handout…"), this, &MainWindow::exportHandoutDialog);
    handout->setStatusTip(tr("Export the scenes as a handout: a PDF page or an image per scene"));
    file->addSeparator();
    m_dataActions->addFileActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    createEditActions(edit);
    QAction *clear = edit->addAction(tr("Clear &Selection"), m_selection, &SharedSelection::clear);
    clear->setShortcut(Qt::Key_Escape);
    clear->setStatusTip(tr("Deselect everything in every view"));
    QAction *copyMap = edit->addAction(tr("Copy &Map as Image"), this, [this] {
        QGuiApplication::clipboard()->setImage(mapImage());
        statusBar()->showMessage(tr("Copied the map to the clipboard"), 4000);
    });
    copyMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyMap->setStatusTip(tr("Copy the map as the window shows it to the clipboard, as an image"));

    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Filter every view by text"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    createMapActions(view);
    view->addSeparator();
    // The menu that chose the appearance is rebuilt with everything else, so the change waits
    // until its action has returned.
    addAppearanceMenus(view, m_appearance, [this](const Appearance &next) {
        next.save();
        QMetaObject::invokeMethod(
            this, [this, next] { setAppearance(next); }, Qt::QueuedConnection);
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    createKeyboardActions(view);
    view->addSeparator();
    QAction *resetLayout = view->addAction(tr("&Reset Layout"), this, [this] { restoreState(m_defaultState); });
    resetLayout->setStatusTip(tr("Put every panel back where it starts"));

    QMenu *present = menuBar()->addMenu(tr("&Present"));
    QAction *fromStart = present->addAction(tr("Present from the &Beginning"), this, [this] { presentScene(0); });
    fromStart->setShortcut(Qt::Key_F5);
    fromStart->setStatusTip(tr("Show the dataset's scenes full screen, from the first"));
    QAction *fromCurrent = present->addAction(tr("Present from the &Current Scene"), this,
        [this] { presentScene(std::max(0, m_sceneEditor->currentRow())); });
    fromCurrent->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    fromCurrent->setStatusTip(tr("Show the scenes full screen, from the one selected in the Scenes panel"));
    for (QAction *action : { fromStart, fromCurrent })
        action->setEnabled(!m_document->dataset().scenes.isEmpty());
    const auto updatePresent = [this, fromStart, fromCurrent] {
        for (QAction *action : { fromStart, fromCurrent })
            action->setEnabled(!m_document->dataset().scenes.isEmpty());
    };
    connect(m_document, &DatasetDocument::datasetChanged, fromStart, updatePresent);
    connect(m_document, &DatasetDocument::scenesChanged, fromStart, updatePresent);
    connect(m_sceneEditor, &SceneEditor::presentRequested, this, &MainWindow::presentScene);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setStatusTip(tr("List every key and shortcut the application understands"));
    help->addSeparator();
    help->addAction(tr("&About Compute Atlas"), this, &MainWindow::about);
}

void MainWindow::createMapActions(QMenu *view)
{
    QSettings settings;
    QToolBar *toolBar = addToolBar(tr("Map"));
    toolBar->setObjectName(QStringLiteral("mapToolBar"));

    // Projection: a menu of radio actions and the same choice in the toolbar.
    QMenu *projections = view->addMenu(tr("&Projection"));
    auto *projectionGroup = new QActionGroup(this);
    auto *projectionBox = new QComboBox(toolBar);
    projectionBox->setToolTip(tr("Map projection"));
    projectionBox->setAccessibleName(tr("Map projection"));
    const QString savedProjection = settings.value(s_projectionKey, QStringLiteral("equal-earth")).toString();
    for (const QString &name : ProjectionSpec::names()) {
        const ProjectionSpec spec = *ProjectionSpec::fromName(name);
        QAction *action = projections->addAction(spec.displayName());
        action->setCheckable(true);
        action->setData(name);
        projectionGroup->addAction(action);
        projectionBox->addItem(spec.displayName(), name);
        connect(action, &QAction::triggered, this, [this, name, projectionBox] {
            m_mapView->setProjection(*ProjectionSpec::fromName(name));
            projectionBox->setCurrentIndex(projectionBox->findData(name));
            QSettings().setValue(s_projectionKey, name);
        });
        if (name == savedProjection)
            action->setChecked(true);
    }
    connect(projectionBox, &QComboBox::activated, this,
        [projectionGroup](int index) { projectionGroup->actions().at(index)->trigger(); });
    if (const auto spec = ProjectionSpec::fromName(savedProjection)) {
        m_mapView->setProjection(*spec);
        projectionBox->setCurrentIndex(projectionBox->findData(savedProjection));
    }
    toolBar->addWidget(projectionBox);

    // View presets, on Ctrl+1 … Ctrl+5.
    QMenu *presets = view->addMenu(tr("&Go To"));
    auto *presetBox = new QComboBox(toolBar);
    presetBox->setToolTip(tr("Jump to a region"));
    presetBox->setAccessibleName(tr("Go to region"));
    presetBox->addItem(tr("Go to…"));
    int number = 1;
    for (const ViewPreset &preset : ViewPreset::all()) {
        QAction *action = presets->addAction(preset.displayName);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
        const QString name = preset.name;
        connect(action, &QAction::triggered, this, [this, name] { m_mapView->showPreset(name); });
        presetBox->addItem(QString(preset.displayName).replace(QStringLiteral("&&"), QStringLiteral("&")), name);
    }
    connect(presetBox, &QComboBox::activated, this, [this, presetBox](int index) {
        if (index > 0)
            m_mapView->showPreset(presetBox->itemData(index).toString());
        presetBox->setCurrentIndex(0);
    });
    toolBar->addWidget(presetBox);

    QAction *zoomToSelection = view->addAction(tr("&Zoom to Selection"), m_mapView, &MapView::zoomToSelection);
    zoomToSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    zoomToSelection->setStatusTip(tr("Show everything selected, in any view, on the map"));
    toolBar->addAction(zoomToSelection);
    toolBar->addSeparator();
    toolBar->addAction(m_exportFigure);

    // What site symbols' areas show.
    QMenu *sizes = view->addMenu(tr("Site &Size"));
    auto *sizeGroup = new QActionGroup(this);
    const int savedMeasure = settings.value(s_measureKey, static_cast<int>(SiteMeasure::Gpus)).toInt();
    for (const SiteMeasure measure : { SiteMeasure::Gpus, SiteMeasure::CapacityMw, SiteMeasure::Investment }) {
        QAction *action = sizes->addAction(siteMeasureName(measure));
        action->setCheckable(true);
        sizeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, measure] {
            m_mapView->setSiteMeasure(measure);
            QSettings().setValue(s_measureKey, static_cast<int>(measure));
        });
        if (static_cast<int>(measure) == savedMeasure) {
            action->setChecked(true);
            m_mapView->setSiteMeasure(measure);
        }
    }
}

void MainWindow::createKeyboardActions(QMenu *view)
{
    // Sites one by one from the keyboard, read out by the map (and screen readers) as they come.
    QAction *next = view->addAction(tr("&Next Site"), this, [this] { m_mapView->selectAdjacentSite(+1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    next->setStatusTip(tr("Select the next site on the map, west to east, and describe it"));
    QAction *previous = view->addAction(tr("P&revious Site"), this, [this] { m_mapView->selectAdjacentSite(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketLeft));
    previous->setStatusTip(tr("Select the previous site on the map and describe it"));

    // The map and the charts as tables: the same models, readable and navigable by keyboard.
    const auto showTable = [this](const char *dockName, QTabWidget *tabs, int tab) {
        auto *dock = findChild<QDockWidget *>(QLatin1String(dockName));
        dock->show();
        dock->raise();
        if (tab >= 0)
            tabs->setCurrentIndex(tab);
        tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    };
    QAction *mapTable = view->addAction(
        tr("Map as &Table"), this, [this, showTable] { showTable("dataDock", m_tabs, m_tabs->indexOf(m_siteView)); });
    mapTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    mapTable->setStatusTip(tr("Show and focus the sites table, the map's content as a table"));
    auto *totals = findChild<QDockWidget *>(QStringLiteral("totalsDock"));
    QAction *chartTables = view->addAction(tr("Charts as Ta&bles"), this,
        [showTable, totals] { showTable("totalsDock", qobject_cast<QTabWidget *>(totals->widget()), -1); });
    chartTables->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    chartTables->setStatusTip(tr("Show and focus the totals tables, the charts' figures as tables"));
}

void MainWindow::createEditActions(QMenu *edit)
{
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("&History…"), this, [this] {
        if (!m_history) {
            m_history = new QDialog(this);
            m_history->setWindowTitle(tr("History"));
            auto *layout = new QVBoxLayout(m_history);
            auto *view = new QUndoView(m_undoStack, m_history);
            view->setEmptyLabel(tr("<opened>"));
            layout->addWidget(view);
            m_history->resize(320, 360);
        }
        m_history->show();
        m_history->raise();
    });
    edit->addSeparator();
    m_dataActions->addEditActions(edit);
    edit->addSeparator();
}

} // namespace atlas
