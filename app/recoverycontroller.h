#pragma once

#include "autosaver.h"

#include <QObject>
#include <QString>

#include <functional>

class QMainWindow;
class QUndoStack;

namespace atlas {

class DatasetDocument;

/**
 * Crash recovery for a window's document: owns the AutoSaver that writes the document's unsaved
 * edits to the recovery directory, and at start offers the edits an instance that did not close
 * normally left behind ("Restore them?" Restore / Discard / Later). Restoring loads them into the
 * document under their original file name, modified, with a fresh undo history: the original
 * file is written only when the user saves.
 *
 * Created and owned by the main window, on the GUI thread. The autosave interval is the setting
 * intervalKey ("recovery/autosaveSeconds", default 120; 0 turns autosave off).
 */
class RecoveryController : public QObject
{
    Q_OBJECT

public:
    enum class Answer {
        Restore, ///< load the edits into the document
        Discard, ///< delete them
        Later,   ///< keep them for the next start
    };
    /// Decides what to do with a pending recovery. The default asks with a QMessageBox;
    /// tests and scripted runs set their own.
    using Question = std::function<Answer(const PendingRecovery &)>;

    static const QString intervalKey;

    RecoveryController(DatasetDocument *document, QUndoStack *undoStack, QMainWindow *window);

    AutoSaver *autoSaver() const { return m_autoSaver; }
    /// nullptr: the message box.
    void setQuestion(Question question) { m_question = std::move(question); }

    /// Offers each pending recovery, newest first, until one is restored (the others stay
    /// pending for the next start). True when the document now holds restored edits.
    bool offerPending();
    /// Loads @p recovery into the document. On failure the recovery is kept and its
    /// diagnostics are shown; returns false.
    bool restore(const PendingRecovery &recovery);
    /// The window closed normally: no more autosaves, and this instance's recovery is removed.
    void windowClosed();

Q_SIGNALS:
    /// After restore() put recovered edits into the document.
    void restored(const QString &originalFileName);

private:
    Answer ask(const PendingRecovery &recovery) const;

    DatasetDocument *m_document;
    QUndoStack *m_undoStack;
    QMainWindow *m_window;
    AutoSaver *m_autoSaver;
    Question m_question;
};

} // namespace atlas
