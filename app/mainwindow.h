#pragma once

#include "datasetreader.h"
#include "exportdialog.h"
#include "theme.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace atlas {

class Basemap;
class CompanyBarChart;
class DatasetDocument;
class DetailsPanel;
class FilterBar;
class TimelineView;
class EntityTableView;
class MapView;
class FilterState;
class SharedSelection;

/**
 * The application window: composes the document, the shared selection and filter, the views
 * (the map in the middle, a dock of entity tables, a dock of totals) and the actions. Owns
 * everything it creates. Files are read on a worker thread; the window stays responsive and
 * shows what it is loading.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatasetDocument *document() const { return m_document; }
    SharedSelection *selection() const { return m_selection; }
    EntityTableView *siteView() const { return m_siteView; }
    EntityTableView *investmentView() const { return m_investmentView; }
    EntityTableView *companyView() const { return m_companyView; }
    MapView *mapView() const { return m_mapView; }
    CompanyBarChart *gpuChart() const { return m_gpuChart; }
    CompanyBarChart *spendingChart() const { return m_spendingChart; }
    DetailsPanel *detailsPanel() const { return m_details; }
    FilterBar *filterBar() const { return m_filterBar; }
    TimelineView *timeline() const { return m_timeline; }
    /// The dock arrangement View › Reset Layout goes back to.
    QByteArray defaultState() const { return m_defaultState; }

    /// Starts reading @p path in the background; loaded() fires when it is done (ok or not).
    void openFile(const QString &path);

    /// What File › Export Figure… hands its dialog: a snapshot of the document, the selection,
    /// the filter and the map's view.
    ExportDialog::Context exportContext() const;
    /// What Edit › Copy Map as Image copies: the map as the window shows it, at its size.
    QImage mapImage() const;

Q_SIGNALS:
    /// After an open attempt finished: the result and its diagnostics (shown to the user too).
    void loaded(const QString &path, atlas::LoadStatus status);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createActions();
    void createMapActions(QMenu *view);
    void openDialog();
    void finishLoading();
    void updateRecentFiles(const QString &path);
    void rebuildRecentMenu();
    void updateStatus();
    void about();
    void exportFigure();

    Theme m_theme;
    std::shared_ptr<const Basemap> m_basemap;
    DatasetDocument *m_document;
    SharedSelection *m_selection;
    FilterState *m_filter;
    QTabWidget *m_tabs = nullptr;
    MapView *m_mapView = nullptr;
    CompanyBarChart *m_gpuChart = nullptr;
    CompanyBarChart *m_spendingChart = nullptr;
    DetailsPanel *m_details = nullptr;
    FilterBar *m_filterBar = nullptr;
    TimelineView *m_timeline = nullptr;
    QByteArray m_defaultState;
    EntityTableView *m_siteView = nullptr;
    EntityTableView *m_investmentView = nullptr;
    EntityTableView *m_companyView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportFigure = nullptr;
    QLabel *m_countsLabel = nullptr;
    QFutureWatcher<LoadResult> m_loading;
    QString m_loadingPath;
};

} // namespace atlas
