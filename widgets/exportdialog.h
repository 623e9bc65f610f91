#pragma once

#include "datasetfilter.h"
#include "figure.h"
#include "figurearguments.h"
#include "figureexport.h"
#include "mapviewport.h"
#include "theme.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QImage>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace atlas {

class Basemap;

/**
 * File › Export Figure…: composes a report figure (or a bare map) from a snapshot of the
 * window's state, shows a live preview, the `compute-atlas export` line that makes the same
 * figure, and writes it as PNG, JPEG, SVG or PDF, or copies it to the clipboard.
 *
 * Lives on the GUI thread; owned by its parent window. The preview and the export render on
 * worker threads from value copies (FigureSpec + FigureData), so the dialog stays responsive;
 * the last preview stays on screen while the next renders. Its choices (not the texts) are
 * remembered in the settings group "export".
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the dialog needs from the window: a snapshot, taken when it opens.
    struct Context {
        std::shared_ptr<const Dataset> dataset;
        QString datasetPath; ///< for the command line; empty when it is the bundled dataset
        DatasetFilter filter;
        QSet<EntityRef> selection;
        std::shared_ptr<const Basemap> basemap;
        MapViewport windowViewport;
        SiteMeasure measure = SiteMeasure::Gpus;
        QString language = QStringLiteral("en");
        Theme theme = Theme::light(); ///< the window's, for the dialog's own colours
    };

    explicit ExportDialog(Context context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The figure as the controls describe it, in the command line's terms.
    FigureRequest request() const;
    /// The figure request() describes, with the context's data.
    Figure figure() const;
    FigureFormat format() const;
    /// The `compute-atlas export …` line shown in the dialog.
    QString commandLine() const;

    /// Writes the figure (and its alt text when asked for) to @p path, in the format its
    /// extension names, as the Export button does after its file dialog; synchronous. Returns
    /// an empty string on success, else a message naming the file.
    QString exportTo(const QString &path, FigureResult *result = nullptr);

    /// The last finished preview (null before the first one).
    QImage previewImage() const;
    /// True while the preview is not yet that of the current settings.
    bool previewPending() const;

    /// Chooses a FigurePreset by name, or "custom", as picking it in the list does.
    void setPresetName(const QString &name);
    /// Chooses the view: "current" (the window's), "world", or a ViewPreset name.
    void setViewName(const QString &name);
    void setFormat(FigureFormat format);

Q_SIGNALS:
    /// A preview of the current settings is on screen.
    void previewUpdated();

private:
    class Preview;
    struct PreviewOutput {
        QImage image;
        int generation = 0;
        bool cancelled = false;
    };

    QWidget *createSettings();
    QWidget *createOutputGroup();
    QWidget *createContentGroup();
    QWidget *createAppearanceGroup();
    QWidget *createShowGroup();
    QWidget *createPreviewColumn();
    void connectControls();
    void restoreSettings();
    void saveSettings() const;
    QList<QCheckBox *> rememberedBoxes() const;

    void choosePreset(const QString &name);
    void editSize();
    void editDpi();
    void chooseUnit(bool mm);
    void showSize();
    void changed();
    void updateControls();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    double previewScale(const FigureSpec &spec) const;

    FigureData figureData(const FigureRequest &request) const;
    QString defaultTitle() const;
    QString defaultFileName() const;
    void exportWithDialog();
    void copyToClipboard();
    void finishExport(const QString &path, const QString &error);

    Context m_context;
    FigureSpec m_size; ///< its preset, sizePx, dpi, medium and sizeMm; the rest are defaults
    bool m_mm = false; ///< sizes shown in millimetres
    bool m_titleEdited = false;

    QComboBox *m_preset = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_altText = nullptr;
    QComboBox *m_view = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_charts = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_colourVision = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_transparent = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_labels = nullptr;
    QCheckBox *m_graticule = nullptr;
    QCheckBox *m_sourceLine = nullptr;
    QCheckBox *m_asOfLine = nullptr;
    QCheckBox *m_attribution = nullptr;
    QCheckBox *m_highlight = nullptr;

    Preview *m_preview = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_commandLine = nullptr;
    QLabel *m_commandNote = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_copyButton = nullptr;

    QTimer m_previewTimer;
    QFutureWatcher<PreviewOutput> m_previewWatcher;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    int m_generation = 0;       ///< of the settings; bumped on every change
    int m_shownGeneration = -1; ///< of the preview on screen
    QFuture<QString> m_export;  ///< the running export, if any
};

} // namespace atlas
