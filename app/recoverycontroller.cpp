#include "recoverycontroller.h"

#include "datasetdocument.h"
#include "diagnosticsdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace atlas {

const QString RecoveryController::intervalKey = QStringLiteral("recovery/autosaveSeconds");

namespace {

QString displayName(const PendingRecovery &recovery)
{
    if (recovery.originalFileName.isEmpty())
        return RecoveryController::tr("an untitled dataset");
    return QFileInfo(recovery.originalFileName).fileName();
}

QString displayTime(const PendingRecovery &recovery)
{
    return QLocale().toString(recovery.savedAt.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RecoveryController::RecoveryController(DatasetDocument *document, QUndoStack *undoStack, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_autoSaver(new AutoSaver(document, this))
{
    const int seconds = QSettings().value(intervalKey, AutoSaver::defaultIntervalSeconds).toInt();
    m_autoSaver->setInterval(std::chrono::seconds(std::max(0, seconds)));
    connect(m_autoSaver, &AutoSaver::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
}

RecoveryController::Answer RecoveryController::ask(const PendingRecovery &recovery) const
{
    if (m_question)
        return m_question(recovery);
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes"),
        tr("Compute Atlas closed without saving your changes to %1 (autosaved at %2). Restore them?")
            .arg(displayName(recovery), displayTime(recovery)),
        QMessageBox::NoButton, m_window);
    box.setInformativeText(
        tr("Restore opens them as unsaved changes: %1 itself is only written when you save. "
           "Later keeps them for the next start.")
            .arg(recovery.originalFileName.isEmpty() ? tr("no file")
                                                     : QDir::toNativeSeparators(recovery.originalFileName)));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return Answer::Restore;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::Later;
}

bool RecoveryController::offerPending()
{
    for (const PendingRecovery &recovery : AutoSaver::pending(m_autoSaver->directory())) {
        switch (ask(recovery)) {
        case Answer::Restore:
            // One document per window: the others wait for the next start.
            return restore(recovery);
        case Answer::Discard:
            if (!AutoSaver::discard(recovery))
                m_window->statusBar()->showMessage(
                    tr("Could not delete %1").arg(QDir::toNativeSeparators(recovery.datasetPath)), 8000);
            break;
        case Answer::Later:
            break;
        }
    }
    return false;
}

bool RecoveryController::restore(const PendingRecovery &recovery)
{
    const LoadResult result = AutoSaver::load(recovery);
    if (result.status != LoadStatus::Ok) {
        const QString summary = tr("The autosaved changes to %1 could not be read. They are kept in %2.")
                                    .arg(displayName(recovery), QDir::toNativeSeparators(recovery.datasetPath));
        auto *dialog = new DiagnosticsDialog(summary, result.diagnostics, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    QString fileName = recovery.originalFileName;
    if (fileName.isEmpty()) {
        // The sidecar was lost: a new file, so that Save cannot overwrite anything.
        fileName = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(tr("recovered-%1.json")
                                     .arg(recovery.savedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    }
    // The history belongs to the dataset it edited. The restored one starts with none and is
    // never clean: no undo makes it equal to its file.
    m_undoStack->clear();
    m_document->setDataset(*result.dataset, fileName);
    m_undoStack->resetClean();
    m_document->setModified(true);
    // Kept under this instance's name before the old copy goes, so a crash now loses nothing.
    if (m_autoSaver->saveNow().isEmpty())
        AutoSaver::discard(recovery);
    m_window->statusBar()->showMessage(tr("Restored the unsaved changes to %1").arg(displayName(recovery)), 8000);
    Q_EMIT restored(fileName);
    return true;
}

void RecoveryController::windowClosed()
{
    m_autoSaver->setEnabled(false);
}

} // namespace atlas
