#include "atlascatch.h"
#include "testfiles.h"

#include "autosaver.h"
#include "datasetdocument.h"
#include "datasetwriter.h"
#include "mainwindow.h"
#include "recoverycontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace atlas;
using test::bytesOf;

namespace {

/// A temporary directory with a copy of the bundled dataset (deal.json), a recovery directory
/// and the file the child writes the edited dataset to.
struct Workspace {
    QTemporaryDir directory;
    QString original = directory.filePath(QStringLiteral("deal.json"));
    QString recovery = directory.filePath(QStringLiteral("recovery"));
    QString expected = directory.filePath(QStringLiteral("expected.json"));
    QByteArray originalBytes;

    Workspace()
    {
        REQUIRE(directory.isValid());
        REQUIRE(QFile::copy(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"), original));
        originalBytes = bytesOf(original);
        REQUIRE_FALSE(originalBytes.isEmpty());
    }

    QStringList recoveryFiles() const
    {
        return QDir(recovery).entryList({ QStringLiteral("autosave-*") }, QDir::Files | QDir::Hidden);
    }
};

/// Reads lines from @p child until one starts with @p prefix; false on timeout or exit.
bool waitForLine(QProcess &child, const QByteArray &prefix)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        while (child.canReadLine()) {
            if (child.readLine().startsWith(prefix))
                return true;
        }
        if (child.state() != QProcess::Running)
            return false;
        child.waitForReadyRead(100);
    }
    return false;
}

/// Starts the real window in a child process, edited and autosaved into the workspace's
/// recovery directory; returns once its edits are autosaved.
std::unique_ptr<QProcess> startEditedWindow(const Workspace &workspace)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ATLAS_RECOVERY_DIR"), workspace.recovery);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child->setProcessEnvironment(environment);
    child->start(QStringLiteral(ATLAS_RECOVERY_CHILD), { workspace.original, workspace.expected });
    REQUIRE(child->waitForStarted());
    const bool edited = waitForLine(*child, "edited");
    INFO("child stderr: " << child->readAllStandardError().toStdString());
    REQUIRE(edited);
    // The first autosave after the edits is of all of them.
    REQUIRE(waitForLine(*child, "autosaved"));
    return child;
}

void killChild(QProcess &child)
{
    child.kill(); // SIGKILL: no destructor runs, nothing is cleaned up
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);
}

/// Answers the next modal dialog of type Dialog with @p answer, from inside its event loop.
/// Returns a flag that says whether such a dialog was seen.
template<typename Dialog>
std::shared_ptr<bool> answerNextDialog(std::function<void(Dialog *)> answer)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, seen, tries] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            *seen = true;
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > 500) {
            timer->deleteLater();
        }
    });
    timer->start();
    return seen;
}

} // namespace

TEST_CASE("After a crash the next window restores the autosaved edits; the file waits for Save", "[app][recovery]")
{
    Workspace workspace;
    auto child = startEditedWindow(workspace);
    killChild(*child);
    const QByteArray edited = bytesOf(workspace.expected);
    REQUIRE_FALSE(edited.isEmpty());
    REQUIRE(edited != workspace.originalBytes);
    CHECK(bytesOf(workspace.original) == workspace.originalBytes);
    REQUIRE(AutoSaver::pending(workspace.recovery).size() == 1);

    MainWindow window;
    window.setConfirmUnsaved(false);
    window.recovery()->autoSaver()->setDirectory(workspace.recovery);
    QList<PendingRecovery> asked;
    window.recovery()->setQuestion([&asked](const PendingRecovery &recovery) {
        asked.append(recovery);
        return RecoveryController::Answer::Restore;
    });
    REQUIRE(window.recovery()->offerPending());
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().originalFileName == workspace.original);
    CHECK(asked.first().savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 300);

    // The document is the edited dataset, under its original name, unsaved, with no history.
    DatasetDocument *document = window.document();
    CHECK(document->fileName() == workspace.original);
    CHECK(DatasetWriter::toJson(document->dataset()) == edited);
    CHECK(document->isModified());
    CHECK(window.isWindowModified());
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(window.undoStack()->isClean());
    // The original file is untouched until the user saves.
    CHECK(bytesOf(workspace.original) == workspace.originalBytes);
    // The recovery now belongs to this window: not pending, but still on disk.
    CHECK(AutoSaver::pending(workspace.recovery).isEmpty());
    CHECK(bytesOf(window.recovery()->autoSaver()->recoveryPath()) == edited);
    CHECK(workspace.recoveryFiles().size() == 3);

    // Save writes the edits to the original file, keeps the old one as its backup and clears
    // the recovery.
    REQUIRE(window.save());
    CHECK(bytesOf(workspace.original) == edited);
    CHECK(bytesOf(DatasetWriter::backupPath(workspace.original)) == workspace.originalBytes);
    CHECK_FALSE(document->isModified());
    CHECK(workspace.recoveryFiles().isEmpty());
}

TEST_CASE(
    "A live window's edits are not offered; after a crash Later keeps them and Discard deletes them", "[app][recovery]")
{
    Workspace workspace;
    auto child = startEditedWindow(workspace);

    int asked = 0;
    const auto count = [&asked](const PendingRecovery &) {
        ++asked;
        return RecoveryController::Answer::Restore;
    };
    {
        // A second instance while the first runs: nothing to offer.
        MainWindow second;
        second.setConfirmUnsaved(false);
        second.recovery()->autoSaver()->setDirectory(workspace.recovery);
        second.recovery()->setQuestion(count);
        CHECK(AutoSaver::pending(workspace.recovery).isEmpty());
        CHECK_FALSE(second.recovery()->offerPending());
        CHECK(asked == 0);
        CHECK(workspace.recoveryFiles().size() == 3);
    }
    killChild(*child);
    CHECK(bytesOf(workspace.original) == workspace.originalBytes);

    MainWindow window;
    window.setConfirmUnsaved(false);
    window.recovery()->autoSaver()->setDirectory(workspace.recovery);

    // Later: kept for the next start.
    window.recovery()->setQuestion([](const PendingRecovery &) { return RecoveryController::Answer::Later; });
    CHECK_FALSE(window.recovery()->offerPending());
    CHECK(AutoSaver::pending(workspace.recovery).size() == 1);

    // Discard, in the real message box: deleted, and the document is left as it was.
    window.recovery()->setQuestion(nullptr);
    QString text;
    const auto seen = answerNextDialog<QMessageBox>([&text](QMessageBox *box) {
        text = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    CHECK_FALSE(window.recovery()->offerPending());
    CHECK(*seen);
    CHECK(text.contains(QLatin1String("closed without saving your changes to deal.json")));
    CHECK(text.contains(QLatin1String("Restore them?")));
    CHECK(AutoSaver::pending(workspace.recovery).isEmpty());
    CHECK(workspace.recoveryFiles().isEmpty());
    CHECK_FALSE(window.document()->isModified());
    CHECK(window.document()->fileName().isEmpty());
    CHECK(bytesOf(workspace.original) == workspace.originalBytes);
}
