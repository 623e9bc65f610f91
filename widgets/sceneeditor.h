#pragma once

#include "dataset.h"
#include "theme.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QUndoStack;

namespace atlas {

class DatasetDocument;
class SceneListModel;

/**
 * The Scenes panel: the document's presentation as a list (drag a row, or Alt+Up / Alt+Down, to
 * reorder) and the selected scene's words in English and Korean, its chart, and a summary of
 * its camera, filter, highlights and annotations. "Capture View" adds a scene of what the
 * window shows after the selected one; "Update Camera" gives the selected scene the window's
 * current view.
 *
 * Every change is a command on the undo stack (typing in one field of one scene merges into a
 * single step) that replaces the document's scenes; undo and redo put back the exact scenes
 * and the selected row. The fields follow DatasetDocument::scenesChanged() without making
 * commands of their own. Lives on the GUI thread; the document and the undo stack belong to
 * the window (or the test) that composes it.
 */
class SceneEditor : public QWidget
{
    Q_OBJECT

public:
    /// What the window shows, as a scene: camera, filter and highlights. The editor names it and
    /// gives it an id when the capture leaves them empty.
    using Capture = std::function<Scene()>;

    SceneEditor(
        DatasetDocument *document, QUndoStack *undoStack, Capture capture, Theme theme, QWidget *parent = nullptr);

    SceneListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    /// The selected scene's index, or -1.
    int currentRow() const;
    void setCurrentRow(int row);

    QAction *captureAction() const { return m_captureAction; }
    QAction *updateCameraAction() const { return m_updateCameraAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QAction *presentAction() const { return m_presentAction; }

    /// What the actions do, each one undoable step.
    void captureView();
    void updateCamera();
    void deleteScene();
    void moveScene(int from, int to);

Q_SIGNALS:
    /// "Present from Here": the user wants the presentation to start at scene @p index.
    void presentRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Command;
    /// The text fields; also the ids under which typing in one of them merges into one step.
    enum class Field { TitleEn = 1, TitleKo, CaptionEn, CaptionKo, NotesEn, NotesKo };

    QWidget *createFields();
    void createActions();
    void push(const QList<Scene> &after, int rowAfter, const QString &text, int mergeId = -1);
    void editField(Field field, const QString &text);
    void setChart(int comboIndex);
    void showScene();
    void updateActions();
    QString summary(const Scene &scene) const;

    DatasetDocument *m_document;
    QUndoStack *m_undoStack;
    Capture m_capture;
    Theme m_theme;
    bool m_showing = false; ///< the fields are being filled from the document, not edited

    SceneListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleKo = nullptr;
    QPlainTextEdit *m_captionEn = nullptr;
    QPlainTextEdit *m_captionKo = nullptr;
    QPlainTextEdit *m_notesEn = nullptr;
    QPlainTextEdit *m_notesKo = nullptr;
    QComboBox *m_chart = nullptr;
    QLabel *m_summary = nullptr;

    QAction *m_captureAction = nullptr;
    QAction *m_updateCameraAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_presentAction = nullptr;
};

} // namespace atlas
