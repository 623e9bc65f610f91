#include "mainwindow.h"

#include "basemap.h"
#include "commandline.h"
#include "companybarchart.h"
#include "companytablemodel.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "detailspanel.h"
#include "diagnosticsdialog.h"
#include "entitytableview.h"
#include "exportdialog.h"
#include "figureexport.h"
#include "filterbar.h"
#include "gpusbycompanymodel.h"
#include "investmenttablemodel.h"
#include "mapview.h"
#include "sharedselection.h"
#include "sitesbycountrymodel.h"
#include "sitetablemodel.h"
#include "sourcetablemodel.h"
#include "spendingbycompanymodel.h"
#include "timelineview.h"
#include "viewpreset.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace atlas {

namespace {
constexpr int s_maxRecentFiles = 8;
const QString s_recentKey = QStringLiteral("recentFiles");
const QString s_geometryKey = QStringLiteral("mainWindow/geometry");
const QString s_stateKey = QStringLiteral("mainWindow/state");
const QString s_lastDirKey = QStringLiteral("lastOpenDirectory");
const QString s_projectionKey = QStringLiteral("map/projection");
const QString s_measureKey = QStringLiteral("map/siteMeasure");

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

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_theme(Theme::light())
    , m_basemap(loadBasemap())
    , m_document(new DatasetDocument(this))
    , m_selection(new SharedSelection(m_document, this))
    , m_filter(new FilterState(this))
{
    setWindowTitle(tr("Compute Atlas"));
    createViews();
    createActions();
    connect(&m_loading, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::finishLoading);
    connect(m_document, &DatasetDocument::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_selection, &SharedSelection::changed, this, &MainWindow::updateStatus);

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
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
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
    m_mapView->setAccessibleName(tr("Map"));
    setCentralWidget(m_mapView);

    // Totals: the aggregation models as ranked tables, linked like every other view.
    auto *totals = new QTabWidget(this);
    totals->setDocumentMode(true);
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

    m_timeline = new TimelineView(m_document, m_selection, m_filter, m_theme, this);
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("timelineDock"));
    timelineDock->setWidget(m_timeline);

    // Default arrangement: map in the middle; charts over details on the right; tables and the
    // timeline below. Usable at 1366×768, roomy at 1920×1080.
    addDockWidget(Qt::RightDockWidgetArea, chartsDock);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    splitDockWidget(chartsDock, detailsDock, Qt::Vertical);
    tabifyDockWidget(chartsDock, totalsDock);
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
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a Compute Atlas dataset (.json)"));
    QAction *bundled
        = file->addAction(tr("Open &Bundled Dataset"), this, [this] { openFile(CommandLine::bundledDatasetPath()); });
    bundled->setStatusTip(tr("Open the US–UK Tech Prosperity Deal dataset that ships with Compute Atlas"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_exportFigure = file->addAction(tr("&Export Figure…"), this, &MainWindow::exportFigure);
    m_exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportFigure->setStatusTip(tr("Export the map as a report figure: PNG, JPEG, SVG or PDF"));
    m_exportFigure->setToolTip(
        tr("Export a figure (%1)").arg(m_exportFigure->shortcut().toString(QKeySequence::NativeText)));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *resetLayout = view->addAction(tr("&Reset Layout"), this, [this] { restoreState(m_defaultState); });
    resetLayout->setStatusTip(tr("Put every panel back where it starts"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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

void MainWindow::openDialog()
{
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
        setWindowTitle(tr("%1 — Compute Atlas").arg(result.dataset->title.text(m_document->language())));
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
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
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
    spec.language = m_document->language();
    spec.projection = viewport.projection;
    spec.extent = viewport.mapRect();
    spec.measure = m_mapView->siteMeasure();
    const FigureData snapshot { std::make_shared<const Dataset>(m_document->dataset()), m_filter->filter(),
        m_selection->selection(), m_basemap, {} };
    return FigureExport::image(Figure(spec, snapshot));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace atlas
