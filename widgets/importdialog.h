#pragma once

#include "datasetimporter.h"
#include "theme.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace atlas {

class ImportMappingTable;

/**
 * File › Import…: reads sites or investments from any vector source GDAL opens (CSV, GeoJSON,
 * GeoPackage, Shapefile, KML, FlatGeobuf, or a "PG:…" PostgreSQL connection string), shows the
 * first rows, lets the user map source columns to dataset fields, imports on a worker thread
 * and reports the rows it skipped. It does not touch any dataset: after "Add to Dataset" the
 * caller takes result() and merges it (DatasetImporter::merge), as one undoable step.
 *
 * Lives on the GUI thread; owned by its parent window. Both the preview and the import run on
 * the global thread pool from value copies, so a big file or a slow database never freezes the
 * dialog; the import polls a cancel flag the Cancel button sets, and its progress comes back
 * through QFutureWatcher's queued signals. The last directory, the target and the mapping chosen
 * for each set of source fields are remembered in the settings group "import".
 *
 * Children tests find by objectName: "source" (QLineEdit), "browse" (QPushButton), "sourceUrl"
 * (QLineEdit: ImportOptions::sourceUrl), "layer" and "target" (QComboBox; target's data is the int
 * of ImportTarget), "sourceInfo" (QLabel: CRS and feature count, or "Reading…"), "sourceError"
 * (QLabel, the theme's error colour), "preview" (QTableWidget: one column per source field),
 * "mapping" (QTableWidget: one row per target field, column 0's Qt::UserRole the field key, column
 * 1 a QComboBox named "mapping_<key>" whose data is the source field, empty for "not imported"),
 * "mappingNote" (QLabel), "importButton", "cancelImport" (QPushButton), "progress" (QProgressBar),
 * "reportSummary" (QLabel), "report" (QPlainTextEdit, one skipped row a line), "copyReport",
 * "addButton" and "closeButton" (QPushButton).
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Theme theme, QWidget *parent = nullptr);
    /// Cancels a running import and waits for it; a running preview is left to finish unseen.
    ~ImportDialog() override;

    /// Shows @p source (a path or a "PG:…" string) and reads its preview, as Browse… does.
    void setSource(const QString &source);
    QString source() const;
    /// The layer chosen (empty before a preview).
    QString layer() const;
    ImportTarget target() const;
    void setTarget(ImportTarget target);
    /// The mapping the combos show: target field key → source field; unmapped keys are absent.
    FieldMapping mapping() const;
    /// Sets the combos of the current preview's fields; keys or fields it does not know are
    /// ignored, and keys absent from @p mapping become "not imported".
    void setMapping(const FieldMapping &mapping);
    ImportOptions options() const;
    /// What options() gives as ImportOptions::countryAt: how sites that name no country get one.
    void setCountryLocator(std::function<QString(QPointF lonLat)> locator) { m_countryAt = std::move(locator); }

    /// Runs the import (the Import button does this); finished() then fires.
    void startImport();
    /// Asks a running import to stop (the Cancel button does this); finished() then fires.
    void cancelImport();
    /// The last import's outcome; valid after finished().
    const ImportResult &result() const { return m_result; }
    /// The report as "Copy report" puts it on the clipboard.
    QString reportText() const;
    /// True while a preview is being read or an import runs.
    bool isBusy() const { return m_previewing || m_importing; }

    /// Also cancels a running import (Close, Escape).
    void reject() override;

Q_SIGNALS:
    /// A preview (or the error that prevented it) is on screen.
    void previewReady();
    /// An import finished or was cancelled; result() holds its outcome.
    void finished();

private:
    struct PreviewOutput {
        ImportPreview preview;
        Diagnostics diagnostics;
        int generation = 0;
    };
    /// Shared with the worker: the cancel flag it polls and the total it last reported.
    struct ImportJob {
        std::atomic_bool cancel { false };
        std::atomic<qint64> rowsTotal { -1 };
    };

    QWidget *createSourceGroup();
    QWidget *createTables();
    QWidget *createImportRow();
    QWidget *createReportGroup();

    void browse();
    void sourceEdited();
    void startPreview(const QString &layer);
    void previewFinished();
    void showSourceInfo();
    void fillPreview();
    void fillMapping(const FieldMapping &mapping);
    void highlightMappedColumn();
    void mappingChanged();
    void targetChanged();

    void importProgress(int rowsRead);
    void importFinished();
    QStringList reportLines() const;
    void showReport();
    void copyReport() const;
    void updateButtons();

    FieldMapping rememberedMapping() const;
    void rememberMapping() const;

    Theme m_theme;
    ImportPreview m_preview;
    Diagnostics m_previewDiagnostics;
    QString m_previewedSource; ///< the source the preview on screen (or being read) is of
    int m_generation = 0;      ///< of the preview requests; only the newest is shown
    bool m_previewing = false;
    bool m_importing = false;
    ImportResult m_result;
    std::function<QString(QPointF lonLat)> m_countryAt;
    bool m_hasResult = false;   ///< an import finished (or was cancelled) since the preview
    bool m_resultStale = false; ///< the mapping changed after it: Add would not add what it shows
    QString m_importedSource;
    std::shared_ptr<ImportJob> m_job;

    QFutureWatcher<PreviewOutput> m_previewWatcher;
    QFutureWatcher<ImportResult> m_importWatcher;

    QLineEdit *m_source = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_sourceUrl = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_sourceInfo = nullptr;
    QLabel *m_sourceError = nullptr;
    QTableWidget *m_previewTable = nullptr;
    ImportMappingTable *m_mappingTable = nullptr;
    QLabel *m_mappingNote = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_reportSummary = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_copyReport = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace atlas
