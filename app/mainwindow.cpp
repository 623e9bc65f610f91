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

namespace atlas {

namespace {
constexpr int s_maxRecentFiles = 8;
const QString s_recentKey = QStringLiteral("recentFiles");
const QString s_geometryKey = QStringLiteral("mainWindow/geometry");
const QString s_stateKey = QStringLiteral("mainWindow/state");
const QString s_lastDirKey = QStringLiteral("lastOpenDirectory");
const QString s_handoutPageKey = QStringLiteral("handout/page");
const QString s_handoutNotesKey = QStringLiteral("handout/notes");

std::shared_ptr<const Basemap> loadBasemap()
{
    QString error;
    auto basemap = Basemap::loadFromResource(CommandLine::bundledBasemapPath(), &error);
    if (!basemap) {
        // The application still works without it (tables, charts, data on an empty ocean).
        qWarning("%s", qPrintable(error));
        return std::make_shared<const Basemap>();
    }
    return std::make_shared<const Basemap>(std::move(*basemap));
}
} // namespace

MainWindow::MainWindow(const Appearance &appearance, QWidget *parent)
    : QMainWindow(parent)
    , m_appearance(appearance)
    , m_theme(appearance.makeTheme())
    , m_basemap(loadBasemap())
    , m_document(new DatasetDocument(this))
    , m_selection(new SharedSelection(m_document, this))
    , m_filter(new FilterState(this))
    , m_undoStack(new QUndoStack(this))
{
    m_document->setLanguage(m_appearance.language);
    updateTitle();
    buildInterface();
    connect(&m_loading, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::finishLoading);
    connect(m_document, &DatasetDocument::datasetChanged, this, &MainWindow::updateStatus);
    // Undoing back to what was saved makes the document unmodified again.
    connect(
        m_undoStack, &QUndoStack::cleanChanged, m_document, [this](bool clean) { m_document->setModified(!clean); });
    connect(m_document, &DatasetDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_selection, &SharedSelection::changed, this, &MainWindow::updateStatus);
    // Unsaved edits are autosaved; a clean save or a normal close removes them again.
    m_recovery = new RecoveryController(m_document, m_undoStack, this);

    resize(1280, 800);
    m_defaultState = saveState();
    const QSettings settings;
    restoreGeometry(settings.value(s_geometryKey).toByteArray());
    restoreState(settings.value(s_stateKey).toByteArray());
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_loading.waitForFinished();
    m_handoutExport.waitForFinished();
}

void MainWindow::buildInterface()
{
    const QObjectList before = children();
    createViews();
    createActions();
    // The panels, toolbars, actions and models just made, which a new language or theme replaces;
    // not the window's own machinery (its layout, menu and status bars, dock tab bars).
    // Qt's "more" button of a toolbar too narrow for its tools has no name of its own.
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            more->setAccessibleName(tr("More in %1").arg(bar->windowTitle()));
    }
    m_interface.clear();
    for (QObject *child : children()) {
        if (!before.contains(child)
            && (qobject_cast<QDockWidget *>(child) || qobject_cast<QToolBar *>(child)
                || qobject_cast<QAbstractItemModel *>(child) || qobject_cast<QActionGroup *>(child)
                || qobject_cast<QAction *>(child) || child == m_dataActions || child == centralWidget()))
            m_interface.append(child);
    }
}

void MainWindow::setAppearance(const Appearance &appearance)
{
    if (appearance.language != m_appearance.language) {
        QString error;
        if (!Translations::install(appearance.language, &error))
            statusBar()->showMessage(error, 8000);
        m_document->setLanguage(appearance.language);
    }
    m_appearance = appearance;
    m_theme = appearance.makeTheme();
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setPalette(m_theme.palette());
    rebuildInterface();
}

void MainWindow::rebuildInterface()
{
    const QByteArray state = saveState();
    const MapViewport viewport = m_mapView->viewport();
    const int dataTab = m_tabs->currentIndex();

    // Out with the old: docks, toolbars and the map go through the window's layout first, so it
    // keeps no pointer to them; menus go with the menu bar's actions.
    delete m_history;
    if (auto *filters = findChild<QToolBar *>(QStringLiteral("filterToolBar")))
        removeToolBarBreak(filters);
    for (const QPointer<QObject> &object : std::as_const(m_interface)) {
        if (auto *dock = qobject_cast<QDockWidget *>(object))
            removeDockWidget(dock);
        else if (auto *toolBar = qobject_cast<QToolBar *>(object))
            removeToolBar(toolBar);
    }
    delete takeCentralWidget();
    menuBar()->clear();
    qDeleteAll(menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    delete m_countsLabel;
    for (const QPointer<QObject> &object : std::as_const(m_interface))
        delete object.data();
    m_interface.clear();

    buildInterface();
    restoreState(state);
    m_mapView->setViewport(viewport);
    // The new docks take their saved sizes only once the window has laid them out: restore the
    // layout again from the event loop, and show nothing in between.
    setUpdatesEnabled(false);
    QTimer::singleShot(0, this, [this, state, viewport] {
        restoreState(state);
        m_mapView->setViewport(viewport);
        setUpdatesEnabled(true);
    });
    m_tabs->setCurrentIndex(dataTab);
    updateTitle();
    updateStatus();
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Data tables"));
    m_siteView = new EntityTableView(new SiteTableModel(m_document, m_selection, m_filter, this), m_document,
        m_selection, m_filter, m_theme, m_tabs);
    m_investmentView = new EntityTableView(
        new InvestmentTableModel(m_document, m_selection, this), m_document, m_selection, m_filter, m_theme, m_tabs);
    m_companyView = new EntityTableView(
        new CompanyTableModel(m_document, m_selection, this), m_document, m_selection, m_filter, m_theme, m_tabs);
    auto *sourceView = new EntityTableView(
        new SourceTableModel(m_document, m_selection, this), m_document, m_selection, m_filter, m_theme, m_tabs);
    m_tabs->addTab(m_siteView, tr("&Sites"));
    m_tabs->addTab(m_investmentView, tr("&Investments"));
    m_tabs->addTab(m_companyView, tr("&Companies"));
    m_tabs->addTab(sourceView, tr("S&ources"));
    m_tabs->setTabToolTip(0, tr("Data-centre sites, growth zones and AI factories"));
    m_tabs->setTabToolTip(1, tr("Investments with amounts as the sources state them"));
    m_tabs->setTabToolTip(2, tr("Companies and their headquarters"));
    m_tabs->setTabToolTip(3, tr("Every page the figures come from"));
    auto *dataDock = new QDockWidget(tr("Data"), this);
    dataDock->setObjectName(QStringLiteral("dataDock"));
    dataDock->setWidget(m_tabs);
    addDockWidget(Qt::BottomDockWidgetArea, dataDock);

    m_mapView = new MapView(m_document, m_selection, m_filter, m_basemap, m_theme, this);
    setCentralWidget(m_mapView);

    // Totals: the aggregation models as ranked tables, linked like every other view.
    auto *totals = new QTabWidget(this);
    totals->setDocumentMode(true);
    totals->setAccessibleName(tr("Totals tables"));
    totals->setAccessibleDescription(
        tr("The charts' figures as tables: GPUs and spending by company, sites by country"));
    const auto addTotal = [&](const QString &title, EntityTableModel *model) {
        auto *view = new EntityTableView(model, m_document, m_selection, m_filter, m_theme, totals);
        // Narrow ranked lists: the name takes what the numbers leave.
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        totals->addTab(view, title);
    };
    addTotal(tr("GPUs"), new GpusByCompanyModel(m_document, m_selection, m_filter, this));
    addTotal(tr("Spending"), new SpendingByCompanyModel(m_document, m_selection, m_filter, this));
    addTotal(tr("Sites per country"), new SitesByCountryModel(m_document, m_selection, m_filter, this));
    totals->setTabToolTip(0, tr("GPUs by company"));
    totals->setTabToolTip(1, tr("Spending by lead investor (USD as stated)"));
    totals->setTabToolTip(2, tr("Sites by country"));
    auto *totalsDock = new QDockWidget(tr("Totals"), this);
    totalsDock->setObjectName(QStringLiteral("totalsDock"));
    totalsDock->setWidget(totals);

    // Charts: GPUs and spending by company, fed by their own aggregation models.
    auto *charts = new QTabWidget(this);
    charts->setDocumentMode(true);
    charts->setAccessibleName(tr("Charts"));
    m_gpuChart = new CompanyBarChart(new GpusByCompanyModel(m_document, m_selection, m_filter, this),
        GpusByCompanyModel::Gpus, m_document, m_selection, m_theme, charts);
    m_spendingChart = new CompanyBarChart(new SpendingByCompanyModel(m_document, m_selection, m_filter, this),
        SpendingByCompanyModel::StatedUsd, m_document, m_selection, m_theme, charts);
    m_gpuChart->setFilterState(m_filter);
    m_spendingChart->setFilterState(m_filter);
    charts->addTab(m_gpuChart, tr("GPUs by company"));
    charts->addTab(m_spendingChart, tr("Spending by company"));
    charts->setTabToolTip(1, tr("USD as the sources state it, attributed to the lead investor"));
    auto *chartsDock = new QDockWidget(tr("Charts"), this);
    chartsDock->setObjectName(QStringLiteral("chartsDock"));
    chartsDock->setWidget(charts);

    m_details = new DetailsPanel(m_document, m_selection, m_theme, this);
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    // Enter on a site the keyboard reached on the map: its details, in front.
    connect(m_mapView, &MapView::siteActivated, detailsDock, [detailsDock] {
        detailsDock->show();
        detailsDock->raise();
    });

    DataActions::Views dataViews { m_document, m_selection, m_undoStack, m_mapView, m_details, {}, m_basemap, this };
    for (EntityTableView *table : { m_siteView, m_investmentView, m_companyView, sourceView })
        dataViews.tables.append(static_cast<EntityTableModel *>(table->proxy()->sourceModel()));
    m_dataActions = new DataActions(dataViews, m_theme, this);
    connect(m_dataActions, &DataActions::status, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    m_timeline = new TimelineView(m_document, m_selection, m_filter, m_theme, this);
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);

    m_sceneEditor = new SceneEditor(
        m_document, m_undoStack, [this] { return captureScene(); }, m_theme, this);
    auto *scenesDock = new QDockWidget(tr("Scenes"), this);
    scenesDock->setObjectName(QStringLiteral("scenesDock"));
    scenesDock->setWidget(m_sceneEditor);

    // Default arrangement: map in the middle; charts over details on the right; tables and the
    // timeline below. Usable at 1366×768, roomy at 1920×1080.
    addDockWidget(Qt::RightDockWidgetArea, chartsDock);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    splitDockWidget(chartsDock, detailsDock, Qt::Vertical);
    tabifyDockWidget(chartsDock, totalsDock);
    tabifyDockWidget(chartsDock, scenesDock);
    chartsDock->raise();
    tabifyDockWidget(dataDock, timelineDock);
    dataDock->raise();
    resizeDocks({ chartsDock }, { 420 }, Qt::Horizontal);
    resizeDocks({ chartsDock, detailsDock }, { 420, 180 }, Qt::Vertical);
    resizeDocks({ dataDock }, { 220 }, Qt::Vertical);

    m_filterBar = new FilterBar(m_document, m_filter, m_theme, this);
    // On a small screen the bar gives way (its chips clip) rather than widening the window.
    m_filterBar->setMinimumWidth(360);
    auto *filters = new QToolBar(tr("Filters"), this);
    filters->setObjectName(QStringLiteral("filterToolBar"));
    filters->addWidget(m_filterBar);
    addToolBarBreak();
    addToolBar(filters);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Counts"));
    statusBar()->addPermanentWidget(m_countsLabel);
    createStreetMap({ m_siteView, m_investmentView, m_companyView, sourceView });
}

void MainWindow::createStreetMap(const QList<EntityTableView *> &tables)
{
#ifdef ATLAS_HAVE_QTLOCATION
    m_streetMap = new StreetMapDock(static_cast<EntityTableModel *>(m_siteView->proxy()->sourceModel()), m_document,
        m_selection, m_filter, m_theme, m_basemap, m_mapView, this);
    addDockWidget(Qt::RightDockWidgetArea, m_streetMap);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("chartsDock")), m_streetMap);
    m_streetMap->hide();
    const ItemMenuHook hook = [this](QMenu &menu, const EntityRef &ref) { m_streetMap->addItemActions(menu, ref); };
    m_mapView->setItemMenuHook(hook);
    for (EntityTableView *table : tables)
        table->setItemMenuHook(hook);
    m_gpuChart->setItemMenuHook(hook);
    m_spendingChart->setItemMenuHook(hook);
#else
    Q_UNUSED(tables)
#endif
}

PresentationView *MainWindow::presentScene(int index)
{
    const QList<Scene> &scenes = m_document->dataset().scenes;
    if (scenes.isEmpty()) {
        statusBar()->showMessage(tr("This dataset has no scenes to present"), 4000);
        return nullptr;
    }
    return PresentationView::present(std::make_shared<const Dataset>(m_document->dataset()), m_basemap,
        m_document->language(), std::clamp<int>(index, 0, static_cast<int>(scenes.size()) - 1), this);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), settings.value(s_lastDirKey).toString(),
        tr("Compute Atlas datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(s_lastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (m_loading.isRunning())
        m_loading.waitForFinished();
    m_loadingPath = path;
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_loading.setFuture(QtConcurrent::run([path] { return DatasetReader::readFile(path); }));
}

void MainWindow::finishLoading()
{
    QApplication::restoreOverrideCursor();
    const LoadResult result = m_loading.result();
    const QString path = m_loadingPath;
    const QString name = QFileInfo(path).fileName();
    if (result.status == LoadStatus::Ok) {
        m_document->setDataset(*result.dataset, path);
        // The history belongs to the dataset it edited.
        m_undoStack->clear();
        updateTitle();
        if (!path.startsWith(u':'))
            updateRecentFiles(path);
        const int warnings = static_cast<int>(result.diagnostics.size());
        statusBar()->showMessage(
            warnings == 0 ? tr("Opened %1").arg(name) : tr("Opened %1 with %n warning(s)", nullptr, warnings).arg(name),
            8000);
    } else {
        statusBar()->clearMessage();
        const QString summary = result.status == LoadStatus::Unreadable
            ? tr("Could not read %1. The dataset shown before is still open.").arg(path)
            : tr(
                "%1 is not a valid dataset (%n error(s)). Nothing was changed; the dataset shown before is still open.",
                nullptr, static_cast<int>(errorCount(result.diagnostics)))
                  .arg(path);
        auto *dialog = new DiagnosticsDialog(summary, result.diagnostics, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    Q_EMIT loaded(path, result.status);
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_document->fileName()).fileName();
    if (name.isEmpty())
        setWindowTitle(tr("Compute Atlas"));
    else
        setWindowTitle(
            tr("%1[*] — %2 — Compute Atlas").arg(name, m_document->dataset().title.text(m_document->language())));
    setWindowModified(m_document->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified() || !m_confirmUnsaved)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("The scenes of %1 have changed. Save the changes?").arg(QFileInfo(m_document->fileName()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    const QString path = m_document->fileName();
    // The bundled dataset lives in the program's resources: it is saved as a new file.
    if (path.startsWith(u':'))
        return saveAs();
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QSettings settings;
    const QString current = m_document->fileName();
    const QString suggested = current.startsWith(u':')
        ? QDir(settings.value(s_lastDirKey, QDir::homePath()).toString()).filePath(QFileInfo(current).fileName())
        : current;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Dataset As"), suggested, tr("Compute Atlas datasets (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(s_lastDirKey, QFileInfo(path).absolutePath());
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save As"), error);
        return false;
    }
    updateRecentFiles(path);
    return true;
}

QString MainWindow::saveTo(const QString &path)
{
    if (m_document->fileName().isEmpty())
        return tr("%1 was not saved: no dataset is open").arg(QDir::toNativeSeparators(path));
    const Dataset &dataset = m_document->dataset();
    // A file the program cannot open again is worse than no file: check the bytes first.
    const LoadResult check = DatasetReader::readBytes(DatasetWriter::toJson(dataset), path);
    if (check.status != LoadStatus::Ok) {
        QStringList problems;
        for (const Diagnostic &diagnostic : check.diagnostics) {
            if (diagnostic.severity == Severity::Error && problems.size() < 5)
                problems.append(diagnostic.toString());
        }
        return tr("%1 was not saved: the dataset would not open again.\n\n%2")
            .arg(QDir::toNativeSeparators(path), problems.join(u'\n'));
    }
    if (QString error = DatasetWriter::writeFile(dataset, path); !error.isEmpty())
        return error;
    m_document->setFileName(path);
    m_undoStack->setClean();
    m_document->setModified(false);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 8000);
    return {};
}

void MainWindow::updateRecentFiles(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(s_recentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > s_maxRecentFiles)
        files.removeLast();
    settings.setValue(s_recentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(s_recentKey).toStringList();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateStatus()
{
    const Dataset &dataset = m_document->dataset();
    QString text = tr("Sites: %1 · Investments: %2 · Companies: %3")
                       .arg(dataset.sites.size())
                       .arg(dataset.investments.size())
                       .arg(dataset.companies.size());
    if (!m_selection->isEmpty())
        text += QStringLiteral(" · ") + tr("Selected: %1").arg(m_selection->selection().size());
    m_countsLabel->setText(text);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Compute Atlas"),
        tr("<h3>Compute Atlas %1</h3><p>The geopolitics of AI infrastructure on a map: data-centre sites, "
           "investment flows, GPU counts and spending, every figure with its source.</p>"
           "<p>Basemap made with Natural Earth.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

ExportDialog::Context MainWindow::exportContext() const
{
    ExportDialog::Context context;
    context.dataset = std::make_shared<const Dataset>(m_document->dataset());
    if (m_document->fileName() != CommandLine::bundledDatasetPath())
        context.datasetPath = m_document->fileName();
    context.filter = m_filter->filter();
    context.selection = m_selection->selection();
    context.basemap = m_basemap;
    context.windowViewport = m_mapView->viewport();
    context.measure = m_mapView->siteMeasure();
    context.language = m_document->language();
    context.theme = m_theme;
    return context;
}

void MainWindow::exportFigure()
{
    auto *dialog = new ExportDialog(exportContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QImage MainWindow::mapImage() const
{
    // The "map" preset is the bare map as the window draws it; at the screen's pixel ratio, so a
    // high-DPI window copies at its full sharpness with the same look.
    const MapViewport &viewport = m_mapView->viewport();
    FigureSpec spec = FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("map")));
    spec.sizePx = (QSizeF(m_mapView->size()) * viewport.devicePixelRatio).toSize();
    spec.dpi = 96 * viewport.devicePixelRatio;
    spec.theme = m_theme.name;
    spec.colourVision = m_theme.vision;
    spec.companyColours = m_theme.companyColours;
    spec.language = m_document->language();
    spec.projection = viewport.projection;
    spec.extent = viewport.mapRect();
    spec.measure = m_mapView->siteMeasure();
    const FigureData snapshot { std::make_shared<const Dataset>(m_document->dataset()), m_filter->filter(),
        m_selection->selection(), m_basemap, {} };
    return FigureExport::image(Figure(spec, snapshot));
}

Scene MainWindow::captureScene() const
{
    Scene scene;
    scene.camera = SceneCameras::camera(m_mapView->viewport());
    scene.filter = m_filter->filter().toScene();
    for (const EntityRef &ref : m_selection->selection())
        scene.highlight.append(FigureArguments::entityKey(ref.type) + u':' + ref.id);
    scene.highlight.sort();
    return scene;
}

QList<Figure> MainWindow::handoutFigures(const QString &preset, bool presenterNotes) const
{
    const std::optional<FigurePreset> page = FigurePreset::byName(preset);
    if (!page)
        return {};
    FigureSpec spec = FigureSpec::fromPreset(*page);
    spec.language = m_document->language();
    spec.measure = m_mapView->siteMeasure();
    spec.companyColours = m_theme.companyColours;
    const auto dataset = std::make_shared<const Dataset>(m_document->dataset());
    QList<Figure> figures;
    for (const Scene &scene : dataset->scenes)
        figures.append(Handout::sceneFigure(scene, spec, dataset, m_basemap, presenterNotes));
    return figures;
}

QString MainWindow::exportHandout(const QString &path, const QString &preset, bool presenterNotes) const
{
    if (!FigurePreset::byName(preset))
        return tr("%1: unknown page \"%2\"").arg(path, preset);
    return Handout::write(path, handoutFigures(preset, presenterNotes));
}

void MainWindow::exportHandoutDialog()
{
    if (m_document->dataset().scenes.isEmpty()) {
        QMessageBox::information(this, tr("Export Handout"), tr("This dataset has no scenes to make a handout of."));
        return;
    }
    if (m_handoutExport.isRunning())
        return;
    QSettings settings;
    QDialog options(this);
    options.setWindowTitle(tr("Export Handout"));
    auto *page = new QComboBox(&options);
    page->addItem(tr("A4 landscape"), QStringLiteral("a4-landscape"));
    page->addItem(tr("A4 portrait"), QStringLiteral("a4-portrait"));
    page->addItem(tr("16:9 slide"), QStringLiteral("slide"));
    page->setCurrentIndex(std::max(0, page->findData(settings.value(s_handoutPageKey))));
    auto *notes = new QCheckBox(tr("Include &presenter notes"), &options);
    notes->setChecked(settings.value(s_handoutNotesKey, false).toBool());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &options);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &options, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &options, &QDialog::reject);
    auto *form = new QFormLayout(&options);
    form->addRow(tr("&Page:"), page);
    form->addRow(QString(), notes);
    form->addRow(buttons);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString preset = page->currentData().toString();
    settings.setValue(s_handoutPageKey, preset);
    settings.setValue(s_handoutNotesKey, notes->isChecked());

    const QString pdfFilter = tr("PDF, a page per scene (*.pdf)");
    QString chosenFilter = pdfFilter;
    const QString directory = settings.value(s_lastDirKey, QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Handout"), QDir(directory).filePath(tr("handout.pdf")),
        pdfFilter + QStringLiteral(";;") + tr("PNG images, one per scene (*.png)"), &chosenFilter);
    if (path.isEmpty())
        return;
    if (!FigureExport::formatOf(path))
        path += chosenFilter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".png");

    const qsizetype count = m_document->dataset().scenes.size();
    // The window waits for the export before it goes, so the dialog outlives every report.
    const ExportProgress exportProgress
        = ExportProgress::open(this, tr("Export Handout"), tr("Writing the handout (scenes: %1)…").arg(count));
    QProgressDialog *progress = exportProgress.dialog;
    const FigureExport::Progress report = exportProgress.report;
    const std::shared_ptr<std::atomic_bool> cancel = exportProgress.cancel;
    m_handoutExport = QtConcurrent::run([path, figures = handoutFigures(preset, notes->isChecked()), report, cancel] {
        return Handout::write(path, figures, report, cancel.get());
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path, cancel, count] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (cancel->load()) {
            statusBar()->showMessage(tr("Handout export cancelled"), 8000);
            return;
        }
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Export Handout"), tr("The handout could not be written.\n\n%1").arg(error));
            return;
        }
        // An image series is named after the first of its files.
        const QString first
            = FigureExport::formatOf(path) == FigureFormat::Pdf ? path : Handout::seriesPath(path, 0, count);
        statusBar()->showMessage(
            tr("Wrote the handout (scenes: %1): %2").arg(count).arg(QDir::toNativeSeparators(first)), 8000);
    });
    watcher->setFuture(m_handoutExport);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    m_recovery->windowClosed();
    QMainWindow::closeEvent(event);
}

} // namespace atlas
