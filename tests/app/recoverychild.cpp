// A child process for tst_recovery.cpp: the real window, edited and autosaved, waiting to be
// killed. Opens DATASET, edits its scenes through the window's scene editor (so through its undo
// stack), writes the edited dataset to EXPECTED (what a recovery must give back), prints
// "edited", then "autosaved" after each autosave, and runs until it is killed. The recovery
// directory comes from $ATLAS_RECOVERY_DIR.
//
// recoverychild DATASET EXPECTED

#include "autosaver.h"
#include "datasetdocument.h"
#include "datasetwriter.h"
#include "mainwindow.h"
#include "recoverycontroller.h"
#include "sceneeditor.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Like the tests: never the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Compute Atlas Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-tests"));
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: recoverychild DATASET EXPECTED\n", stderr);
        return 2;
    }

    atlas::MainWindow window;
    window.setConfirmUnsaved(false);
    window.show();
    atlas::AutoSaver *saver = window.recovery()->autoSaver();
    saver->setInterval(200ms);
    QObject::connect(saver, &atlas::AutoSaver::autosaved, [](const QString &path) {
        std::printf("autosaved %s\n", qPrintable(path));
        std::fflush(stdout);
    });

    QEventLoop loading;
    atlas::LoadStatus status = atlas::LoadStatus::Unreadable;
    QObject::connect(&window, &atlas::MainWindow::loaded, &loading, [&](const QString &, atlas::LoadStatus result) {
        status = result;
        loading.quit();
    });
    window.openFile(arguments.at(1));
    loading.exec();
    if (status != atlas::LoadStatus::Ok) {
        std::fputs("recoverychild: the dataset does not load\n", stderr);
        return 2;
    }

    // Edits as a user makes them: delete a scene, move one, retype a title.
    atlas::SceneEditor *scenes = window.sceneEditor();
    scenes->setCurrentRow(3);
    scenes->deleteAction()->trigger();
    scenes->setCurrentRow(0);
    scenes->moveDownAction()->trigger();
    scenes->setCurrentRow(2);
    auto *title = scenes->findChild<QLineEdit *>(QStringLiteral("titleEn"));
    if (!title) {
        std::fputs("recoverychild: no title field\n", stderr);
        return 2;
    }
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Recovered after a crash"));

    const QString error = atlas::DatasetWriter::writeBytes(atlas::DatasetWriter::toJson(window.document()->dataset()),
        arguments.at(2), atlas::DatasetWriter::Backup::None);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "recoverychild: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("edited\n");
    std::fflush(stdout);

    // Never outlive a test that died without killing us.
    QTimer::singleShot(120s, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
