#pragma once

#include "appearance.h"
#include "datasetreader.h"
#include "exportdialog.h"
#include "theme.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace atlas {

class Basemap;
class PresentationView;
class CompanyBarChart;
class DataActions;
class DatasetDocument;
class DetailsPanel;
class FilterBar;
class TimelineView;
class EntityTableView;
class MapView;
class FilterState;
class SharedSelection;
class SceneEditor;
class StreetMapDock;
class RecoveryController;

/**
 * The application window: composes the document, the shared selection and filter, the views
 * (the map in the middle, a dock of entity tables, a dock of totals, the scene editor) and the
 * actions. Owns everything it creates, the undo stack of the document's edits included. Files
 * are read, and handouts written, on worker threads; the window stays responsive and shows
 * what it is doing. Saves are atomic; the bundled dataset is never written to.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window in @p appearance's theme; its language must already be installed (Translations).
    explicit MainWindow(const Appearance &appearance = Appearance(), QWidget *parent = nullptr);
    ~MainWindow() override;

    const Appearance &appearance() const { return m_appearance; }
    const Theme &theme() const { return m_theme; }
    /**
     * Shows the window in @p appearance: installs its language (menus, docks, tables, dataset
     * texts, number formats), its theme and colour-vision preview, and rebuilds every panel with
     * them. The dataset, its edit history, the selection, the filter, the panel layout and the map's
     * view stay as they were. Synchronous; View › Language and Theme call it from the event loop.
     */
    void setAppearance(const Appearance &appearance);

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
    SceneEditor *sceneEditor() const { return m_sceneEditor; }
    /// Starts the full-screen presentation at scene @p index (F5 from the first, Shift+F5 from
    /// the Scenes panel's); nullptr when the dataset has no scenes.
    PresentationView *presentScene(int index);
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Adding, editing, deleting, moving, importing and exporting data.
    DataActions *dataActions() const { return m_dataActions; }
    /// The dock arrangement View › Reset Layout goes back to.
    QByteArray defaultState() const { return m_defaultState; }
    /// Autosave of the unsaved edits, and the offer to restore those a crash left behind
    /// (main() calls its offerPending() once the window is shown).
    RecoveryController *recovery() const { return m_recovery; }
#ifdef ATLAS_HAVE_QTLOCATION
    /// The Street Map panel (QtLocation builds only).
    StreetMapDock *streetMap() const
    {
        return m_streetMap;
    }
#endif

    /// Starts reading @p path in the background; loaded() fires when it is done (ok or not).
    void openFile(const QString &path);

    /// File › Save: writes the document to its file, or asks for one (File › Save As…) when it
    /// has none or it is the bundled dataset. False when nothing was saved.
    bool save();
    /// Writes the document to @p path, which it belongs to from then on; synchronous. Returns an
    /// empty string on success, else a message naming the file. Refuses to write a dataset that
    /// would not open again.
    QString saveTo(const QString &path);
    /// Whether closing with unsaved edits asks to save them first (the default). Without the
    /// question (scripted runs, tests) the edits are discarded.
    void setConfirmUnsaved(bool confirm)
    {
        m_confirmUnsaved = confirm;
    }

    /// Writes a handout of the document's scenes to @p path (.pdf: one page per scene; .png: an
    /// image per scene) on pages of the FigurePreset @p preset ("a4-landscape", "a4-portrait",
    /// "slide"), in the document's language; synchronous, as File › Export Handout… does on a
    /// worker thread. Returns an empty string on success, else a message.
    QString exportHandout(const QString &path, const QString &preset, bool presenterNotes) const;

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
    void buildInterface();
    void createViews();
    void createActions();
    void rebuildInterface();
    void createEditActions(QMenu *edit);
    void createMapActions(QMenu *view);
    void createKeyboardActions(QMenu *view);
    void createStreetMap(const QList<EntityTableView *> &tables);
    void openDialog();
    bool maybeSave();
    bool saveAs();
    void updateTitle();
    Scene captureScene() const;
    QList<Figure> handoutFigures(const QString &preset, bool presenterNotes) const;
    void exportHandoutDialog();
    void finishLoading();
    void updateRecentFiles(const QString &path);
    void rebuildRecentMenu();
    void updateStatus();
    void about();
    void exportFigure();

    Appearance m_appearance;
    Theme m_theme;
    /// What createViews() and createActions() made, which rebuildInterface() replaces.
    QList<QPointer<QObject>> m_interface;
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
    QUndoStack *m_undoStack;
    DataActions *m_dataActions = nullptr;
    SceneEditor *m_sceneEditor = nullptr;
    QPointer<QDialog> m_history;
    bool m_confirmUnsaved = true;
    QFuture<QString> m_handoutExport;
    QByteArray m_defaultState;
    EntityTableView *m_siteView = nullptr;
    EntityTableView *m_investmentView = nullptr;
    EntityTableView *m_companyView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportFigure = nullptr;
    QLabel *m_countsLabel = nullptr;
    QFutureWatcher<LoadResult> m_loading;
    QString m_loadingPath;
    RecoveryController *m_recovery = nullptr;
#ifdef ATLAS_HAVE_QTLOCATION
    StreetMapDock *m_streetMap = nullptr;
#endif
};

} // namespace atlas
