#include "atlascatch.h"
#include "testfiles.h"

#include "autosaver.h"
#include "datasetdocument.h"
#include "datasetreader.h"
#include "datasetwriter.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace atlas;
using test::bytesOf;
using test::writeBytes;
using namespace std::chrono_literals;

namespace {

/// A document holding the bundled dataset as if opened from @p fileName, and its saver
/// writing to @p recoveryDirectory with no timer (tests call saveNow() or set an interval).
struct Fixture {
    DatasetDocument document;
    AutoSaver saver { &document };

    Fixture(const QString &fileName, const QString &recoveryDirectory)
    {
        document.setDataset(test::bundledDataset(), fileName);
        saver.setDirectory(recoveryDirectory);
        saver.setInterval(0ms);
    }

    void editScenes(const QString &title)
    {
        QList<Scene> scenes = document.dataset().scenes;
        scenes.first().title.en = title;
        document.setScenes(scenes);
    }
};

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

/// The files a killed instance leaves behind: its dataset, its sidecar and (unless @p lock is
/// false) a lock naming a process that no longer exists on this machine.
PendingRecovery leaveDeadInstance(const QString &directory, const QString &instance, const QByteArray &dataset,
    const QString &originalFile, bool lock = true)
{
    const QString stem = QDir(directory).filePath(QStringLiteral("autosave-") + instance);
    writeBytes(stem + QStringLiteral(".json"), dataset);
    QJsonObject info;
    info.insert(QLatin1String("format"), QStringLiteral("compute-atlas-recovery"));
    info.insert(QLatin1String("version"), 1);
    info.insert(QLatin1String("originalFile"), originalFile);
    info.insert(QLatin1String("title"), QStringLiteral("A dead instance's title"));
    info.insert(QLatin1String("savedAt"), QStringLiteral("2026-01-02T03:04:05.678Z"));
    writeBytes(stem + QStringLiteral(".info.json"), QJsonDocument(info).toJson());
    if (lock) {
        // QLockFile's format: pid, program, host name, machine id, boot id. A pid above any
        // pid_max, on this machine and boot, is a process that is certainly gone.
        const QByteArray contents = QByteArray("2147480000\ncompute-atlas\n") + QSysInfo::machineHostName().toUtf8()
            + '\n' + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
        writeBytes(stem + QStringLiteral(".lock"), contents);
    }
    PendingRecovery recovery;
    recovery.datasetPath = stem + QStringLiteral(".json");
    recovery.infoPath = stem + QStringLiteral(".info.json");
    recovery.lockPath = stem + QStringLiteral(".lock");
    recovery.originalFileName = originalFile;
    return recovery;
}

} // namespace

TEST_CASE("Autosave writes after the interval, only while there are changes it has not written", "[autosave]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString recovery = directory.filePath(QStringLiteral("recovery"));
    const QString original = directory.filePath(QStringLiteral("deal.json"));
    Fixture fixture(original, recovery);
    QSignalSpy autosaved(&fixture.saver, &AutoSaver::autosaved);
    fixture.saver.setInterval(50ms);

    // Unmodified: nothing is written, not even the directory.
    QTest::qWait(200);
    CHECK(autosaved.isEmpty());
    CHECK_FALSE(QFileInfo::exists(recovery));

    fixture.editScenes(QStringLiteral("Edited once"));
    CHECK(fixture.saver.hasUnsavedChanges());
    REQUIRE(autosaved.wait(5000));
    CHECK(autosaved.first().at(0).toString() == fixture.saver.recoveryPath());
    CHECK_FALSE(fixture.saver.hasUnsavedChanges());
    CHECK(bytesOf(fixture.saver.recoveryPath()) == DatasetWriter::toJson(fixture.document.dataset()));
    // The dataset, its sidecar and the lock of the running instance; no backup.
    const QString stem = fixture.saver.recoveryPath().chopped(5);
    CHECK(filesIn(recovery)
        == QStringList { QFileInfo(stem).fileName() + QStringLiteral(".info.json"),
            QFileInfo(stem).fileName() + QStringLiteral(".json"),
            QFileInfo(stem).fileName() + QStringLiteral(".lock") });
    const QJsonObject info = QJsonDocument::fromJson(bytesOf(stem + QStringLiteral(".info.json"))).object();
    CHECK(info.value(QLatin1String("originalFile")).toString() == original);
    CHECK(info.value(QLatin1String("title")).toString() == fixture.document.dataset().title.en);
    CHECK(QDateTime::fromString(info.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs).isValid());

    // No change since: no write, however long it waits.
    QTest::qWait(300);
    CHECK(autosaved.size() == 1);

    // Each further change is written once, an interval later.
    fixture.editScenes(QStringLiteral("Edited twice"));
    fixture.editScenes(QStringLiteral("Edited three times"));
    REQUIRE(autosaved.wait(5000));
    QTest::qWait(200);
    CHECK(autosaved.size() == 2);
    CHECK(bytesOf(fixture.saver.recoveryPath()) == DatasetWriter::toJson(fixture.document.dataset()));
    // The original file was never written.
    CHECK_FALSE(QFile::exists(original));
}

TEST_CASE("Entity edits are autosaved like scene edits", "[autosave]")
{
    QTemporaryDir directory;
    Fixture fixture(directory.filePath(QStringLiteral("deal.json")), directory.filePath(QStringLiteral("recovery")));
    fixture.editScenes(QStringLiteral("Edited"));
    REQUIRE(fixture.saver.saveNow().isEmpty());
    // Already modified: only contentChanged() tells the saver about this one.
    Site site = fixture.document.dataset().sites.first();
    site.name.en = QStringLiteral("Renamed while modified");
    REQUIRE(fixture.document.replaceEntity(site));
    CHECK(fixture.saver.hasUnsavedChanges());
    REQUIRE(fixture.saver.saveNow().isEmpty());
    const LoadResult reread = DatasetReader::readFile(fixture.saver.recoveryPath());
    REQUIRE(reread.status == LoadStatus::Ok);
    CHECK(reread.dataset->sites.first().name.en == QLatin1String("Renamed while modified"));
}

TEST_CASE("A save, undoing to the saved state or a normal close removes the recovery", "[autosave]")
{
    QTemporaryDir directory;
    const QString recovery = directory.filePath(QStringLiteral("recovery"));
    auto fixture = std::make_unique<Fixture>(directory.filePath(QStringLiteral("deal.json")), recovery);
    AutoSaver &saver = fixture->saver;

    // Nothing to write while unmodified, even when asked.
    CHECK(saver.saveNow().isEmpty());
    CHECK(filesIn(recovery).isEmpty());

    fixture->editScenes(QStringLiteral("Edited"));
    REQUIRE(saver.saveNow().isEmpty());
    REQUIRE(filesIn(recovery).size() == 3);

    SECTION("saved: the document becomes unmodified")
    {
        fixture->document.setModified(false);
        CHECK(filesIn(recovery).isEmpty());
        CHECK_FALSE(saver.hasUnsavedChanges());
        // And it is written again at the next edit.
        fixture->editScenes(QStringLiteral("Edited again"));
        REQUIRE(saver.saveNow().isEmpty());
        CHECK(filesIn(recovery).size() == 3);
    }
    SECTION("a normal close")
    {
        saver.setEnabled(false);
        CHECK(filesIn(recovery).isEmpty());
        fixture->editScenes(QStringLiteral("Edited while closing"));
        CHECK(saver.saveNow().isEmpty());
        CHECK(filesIn(recovery).isEmpty());
    }
    SECTION("the owner goes away")
    {
        fixture.reset();
        CHECK(filesIn(recovery).isEmpty());
    }
    SECTION("another directory")
    {
        const QString elsewhere = directory.filePath(QStringLiteral("elsewhere"));
        saver.setDirectory(elsewhere);
        CHECK(filesIn(recovery).isEmpty());
        CHECK(saver.hasUnsavedChanges());
        REQUIRE(saver.saveNow().isEmpty());
        CHECK(filesIn(elsewhere).size() == 3);
    }
}

TEST_CASE("Pending recoveries are those of dead instances, never of live ones", "[autosave]")
{
    QTemporaryDir directory;
    const QString recovery = directory.filePath(QStringLiteral("recovery"));
    REQUIRE(QDir().mkpath(recovery));
    const QString original = directory.filePath(QStringLiteral("deal.json"));

    // This process's own, live saver is not listed.
    Fixture live(original, recovery);
    live.editScenes(QStringLiteral("Live edits"));
    REQUIRE(live.saver.saveNow().isEmpty());
    CHECK(AutoSaver::pending(recovery).isEmpty());

    // Nor another instance's whose lock names a running process (this one: pid and program).
    const PendingRecovery foreign = leaveDeadInstance(
        recovery, QStringLiteral("alive"), DatasetWriter::toJson(live.document.dataset()), original);
    const QByteArray aliveLock = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId()
        + '\n';
    writeBytes(foreign.lockPath, aliveLock);
    CHECK(AutoSaver::pending(recovery).isEmpty());
    CHECK_FALSE(AutoSaver::discard(foreign));
    CHECK(QFile::exists(foreign.datasetPath));
    // Without its lock it is an unowned recovery, and listed.
    REQUIRE(QFile::remove(foreign.lockPath));

    // As is a dead instance's (stale lock); the newest first.
    Dataset edited = test::bundledDataset();
    edited.scenes.removeLast();
    const PendingRecovery dead
        = leaveDeadInstance(recovery, QStringLiteral("dead"), DatasetWriter::toJson(edited), original);
    const QList<PendingRecovery> pending = AutoSaver::pending(recovery);
    REQUIRE(pending.size() == 2);
    const PendingRecovery &found = pending.at(0).datasetPath == dead.datasetPath ? pending.at(0) : pending.at(1);
    CHECK(found.datasetPath == dead.datasetPath);
    CHECK(found.originalFileName == original);
    CHECK(found.title == QLatin1String("A dead instance's title"));
    CHECK(found.savedAt == QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc()));
    // The stale lock was taken over and released.
    CHECK_FALSE(QFile::exists(dead.lockPath));
    CHECK(pending.at(0).savedAt >= pending.at(1).savedAt);

    // Loading it back gives the edited dataset, with no diagnostics.
    const LoadResult loaded = AutoSaver::load(found);
    REQUIRE(loaded.status == LoadStatus::Ok);
    CHECK_FALSE(hasErrors(loaded.diagnostics));
    CHECK(*loaded.dataset == edited);

    // Discarding removes its files; the live instance's stay.
    CHECK(AutoSaver::discard(found));
    CHECK_FALSE(QFile::exists(dead.datasetPath));
    CHECK_FALSE(QFile::exists(dead.infoPath));
    CHECK_FALSE(QFile::exists(dead.lockPath));
    CHECK(AutoSaver::pending(recovery).size() == 1);
    CHECK(QFile::exists(live.saver.recoveryPath()));
}

TEST_CASE("A corrupt recovery gives diagnostics, not a crash", "[autosave]")
{
    QTemporaryDir directory;
    const QString recovery = directory.path();
    const QByteArray whole = DatasetWriter::toJson(test::bundledDataset());
    const PendingRecovery truncated
        = leaveDeadInstance(recovery, QStringLiteral("truncated"), whole.left(whole.size() / 2), QString());
    // A sidecar that is not JSON: the recovery is still listed, with the file's time.
    writeBytes(truncated.infoPath, "\x01\x02 not json");
    const PendingRecovery empty = leaveDeadInstance(recovery, QStringLiteral("empty"), QByteArray(), QString(), false);
    QFile::remove(empty.infoPath);

    const QList<PendingRecovery> pending = AutoSaver::pending(recovery);
    REQUIRE(pending.size() == 2);
    for (const PendingRecovery &found : pending) {
        INFO(found.datasetPath.toStdString());
        CHECK(found.originalFileName.isEmpty());
        CHECK(found.savedAt.isValid());
        const LoadResult loaded = AutoSaver::load(found);
        CHECK(loaded.status != LoadStatus::Ok);
        CHECK_FALSE(loaded.dataset.has_value());
        REQUIRE_FALSE(loaded.diagnostics.isEmpty());
        CHECK(loaded.diagnostics.first().file == found.datasetPath);
        CHECK(AutoSaver::discard(found));
    }
    CHECK(filesIn(recovery).isEmpty());
}

TEST_CASE("ATLAS_RECOVERY_DIR overrides the recovery directory", "[autosave]")
{
    const QByteArray before = qgetenv("ATLAS_RECOVERY_DIR");
    qunsetenv("ATLAS_RECOVERY_DIR");
    CHECK(AutoSaver::defaultDirectory().endsWith(QLatin1String("/recovery")));
    qputenv("ATLAS_RECOVERY_DIR", "/tmp/atlas-recovery-test");
    CHECK(AutoSaver::defaultDirectory() == QLatin1String("/tmp/atlas-recovery-test"));
    DatasetDocument document;
    CHECK(AutoSaver(&document).directory() == QLatin1String("/tmp/atlas-recovery-test"));
    if (before.isEmpty())
        qunsetenv("ATLAS_RECOVERY_DIR");
    else
        qputenv("ATLAS_RECOVERY_DIR", before);
}
