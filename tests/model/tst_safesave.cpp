#include "atlascatch.h"
#include "testfiles.h"

#include "bigdataset.h"
#include "datasetreader.h"
#include "datasetwriter.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace atlas;
using test::bytesOf;
using test::writeBytes;

namespace {

Dataset titled(const QString &title)
{
    Dataset dataset = test::bundledDataset();
    dataset.title.en = title;
    return dataset;
}

/// Whether this process is refused what file permissions forbid (not so as root).
bool permissionsEnforced(const QString &readOnlyDirectory)
{
    QFile probe(QDir(readOnlyDirectory).filePath(QStringLiteral("probe")));
    if (!probe.open(QIODevice::WriteOnly))
        return true;
    probe.close();
    probe.remove();
    return false;
}

} // namespace

TEST_CASE("A save keeps the previous version as <file>.bak; the next save rotates it", "[safesave]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("deal.json"));
    const QString backup = path + QStringLiteral(".bak");
    CHECK(DatasetWriter::backupPath(path) == backup);

    const Dataset first = titled(QStringLiteral("First"));
    const Dataset second = titled(QStringLiteral("Second"));
    const Dataset third = titled(QStringLiteral("Third"));

    // A new file has nothing to back up.
    REQUIRE(DatasetWriter::writeFile(first, path).isEmpty());
    CHECK(bytesOf(path) == DatasetWriter::toJson(first));
    CHECK_FALSE(QFile::exists(backup));

    // The backup holds exactly the bytes that were there before, even ones the writer would
    // not have made itself.
    const QByteArray handEdited = DatasetWriter::toJson(first).replace("    ", "  ");
    writeBytes(path, handEdited);
    REQUIRE(DatasetWriter::writeFile(second, path).isEmpty());
    CHECK(bytesOf(path) == DatasetWriter::toJson(second));
    CHECK(bytesOf(backup) == handEdited);

    // The next save rotates it: one previous version is kept, not a history.
    REQUIRE(DatasetWriter::writeFile(third, path).isEmpty());
    CHECK(bytesOf(path) == DatasetWriter::toJson(third));
    CHECK(bytesOf(backup) == DatasetWriter::toJson(second));
    CHECK(DatasetReader::readFile(backup).status == LoadStatus::Ok);

    // Without a backup (what autosave uses) the backup stays as it was.
    REQUIRE(DatasetWriter::writeFile(first, path, DatasetWriter::Backup::None).isEmpty());
    CHECK(bytesOf(path) == DatasetWriter::toJson(first));
    CHECK(bytesOf(backup) == DatasetWriter::toJson(second));

    // Nothing else is left in the directory.
    CHECK(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden)
        == QStringList { QStringLiteral("deal.json"), QStringLiteral("deal.json.bak") });
}

TEST_CASE("A save that cannot write names the file and leaves the original untouched", "[safesave]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("deal.json"));
    const QByteArray original = DatasetWriter::toJson(titled(QStringLiteral("Original")));
    writeBytes(path, original);
    const Dataset edited = titled(QStringLiteral("Edited"));

    SECTION("a backup that cannot be written refuses the save")
    {
        // A directory where the backup goes: no one, not even root, can replace it with a file.
        REQUIRE(QDir(directory.path()).mkdir(QStringLiteral("deal.json.bak")));
        const QString error = DatasetWriter::writeFile(edited, path);
        CHECK(error.contains(path));
        CHECK(error.contains(QLatin1String("deal.json.bak")));
        CHECK(bytesOf(path) == original);
        CHECK(QFileInfo(DatasetWriter::backupPath(path)).isDir());
        // Without a backup the same save goes through.
        CHECK(DatasetWriter::writeFile(edited, path, DatasetWriter::Backup::None).isEmpty());
        CHECK(bytesOf(path) == DatasetWriter::toJson(edited));
    }

    SECTION("a directory without write permission")
    {
        const QFileDevice::Permissions writable = QFileInfo(directory.path()).permissions();
        REQUIRE(QFile::setPermissions(directory.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (permissionsEnforced(directory.path())) {
            const QString error = DatasetWriter::writeFile(edited, path);
            CHECK(error.contains(path));
            CHECK(bytesOf(path) == original);
            CHECK_FALSE(QFile::exists(DatasetWriter::backupPath(path)));
        } else {
            WARN("file permissions are not enforced for this user (root): the unwritable directory is not "
                 "checked; the section above covers a backup that cannot be written");
        }
        REQUIRE(QFile::setPermissions(directory.path(), writable));
        CHECK(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden)
            == QStringList { QStringLiteral("deal.json") });
    }

    SECTION("a read-only file is refused, even for root")
    {
        const QFileDevice::Permissions readOnly
            = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        REQUIRE(QFile::setPermissions(path, readOnly));
        const QString error = DatasetWriter::writeFile(edited, path);
        CHECK(error.contains(path));
        CHECK(error.contains(QLatin1String("read-only")));
        CHECK(bytesOf(path) == original);
        CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::WriteOwner));
        CHECK_FALSE(QFile::exists(DatasetWriter::backupPath(path)));
        REQUIRE(QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner));
    }

    SECTION("a missing directory")
    {
        const QString missing = directory.filePath(QStringLiteral("missing/deal.json"));
        const QString error = DatasetWriter::writeFile(edited, missing);
        CHECK(error.contains(missing));
        CHECK_FALSE(QFile::exists(missing));
    }
}

namespace {

constexpr int s_extraSites = 1500;

/// What the child said: the last version it started and the last it finished saving.
struct ChildProgress {
    int saving = -1;
    int saved = -1;
};

/// Reads the lines @p child has written so far; true when one starts with @p prefix.
bool readLines(QProcess &child, const QByteArray &prefix, ChildProgress *progress)
{
    bool seen = false;
    while (child.canReadLine()) {
        const QByteArray line = child.readLine().trimmed();
        if (line.startsWith("saving "))
            progress->saving = line.mid(7).toInt();
        else if (line.startsWith("saved "))
            progress->saved = line.mid(6).toInt();
        seen = seen || (!prefix.isEmpty() && line.startsWith(prefix));
    }
    return seen;
}

/// Reads lines from @p child until one starts with @p prefix; false on timeout or exit.
bool waitForLine(QProcess &child, const QByteArray &prefix, ChildProgress *progress)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (readLines(child, prefix, progress))
            return true;
        if (child.state() != QProcess::Running)
            return false;
        child.waitForReadyRead(100);
    }
    return false;
}

/// The version a whole, valid file holds, or -1 (with the reason given to Catch) when it is not
/// exactly one of the versions bigDataset() makes.
int wholeVersion(const Dataset &base, const QString &path)
{
    const LoadResult result = DatasetReader::readFile(path);
    INFO(path.toStdString());
    for (const Diagnostic &diagnostic : result.diagnostics)
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    if (result.status != LoadStatus::Ok || hasErrors(result.diagnostics))
        return -1;
    const int version = test::bigDatasetVersion(*result.dataset);
    if (version < 0 || bytesOf(path) != DatasetWriter::toJson(test::bigDataset(base, s_extraSites, version)))
        return -1;
    return version;
}

} // namespace

TEST_CASE("SIGKILL in the middle of a save leaves the old or the new file, whole", "[safesave][kill]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("big.json"));
    const QString backup = DatasetWriter::backupPath(path);
    const Dataset base = test::bundledDataset();
    REQUIRE(DatasetWriter::writeFile(test::bigDataset(base, s_extraSites, 0), path).isEmpty());
    int previous = 0;
    const QRegularExpression saveFileTemp(QStringLiteral("^big\\.json(\\.bak)?\\.[A-Za-z0-9]{6}$"));
    int strayTemps = 0;
    int killedMidSave = 0;

    for (int run = 0; run < 20; ++run) {
        INFO("run " << run);
        const int firstVersion = (run + 1) * 1000;
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(ATLAS_SAVE_CHILD),
            { path, test::bundledDatasetPath(), QString::number(s_extraSites), QString::number(firstVersion) });
        REQUIRE(child.waitForStarted());
        ChildProgress progress;
        switch (run % 4) {
        case 0: // anywhere: while it loads, makes the JSON, or saves its first version
            QThread::msleep(40 + run * 15);
            break;
        case 1: // a few milliseconds into a save
            REQUIRE(waitForLine(child, "saving", &progress));
            QThread::msleep(static_cast<unsigned long>(run % 7) * 3);
            break;
        case 2: // right after a save
            REQUIRE(waitForLine(child, "saved", &progress));
            break;
        case 3: // right as the second save starts: the file and its backup both exist
            REQUIRE(waitForLine(child, "saved", &progress));
            REQUIRE(waitForLine(child, "saving", &progress));
            break;
        }
        REQUIRE(child.state() == QProcess::Running);
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(10000));
        readLines(child, {}, &progress);
        if (progress.saving > progress.saved)
            ++killedMidSave;
        INFO("stderr: " << child.readAllStandardError().toStdString());

        // The file is the one before or one the child wrote, complete and valid.
        const int version = wholeVersion(base, path);
        CHECK(version >= 0);
        CHECK((version == previous || (version >= firstVersion && version <= progress.saving)));
        // So is the backup: an older version, or the same one when the kill came after the
        // backup copy and before the new file replaced the old.
        if (QFile::exists(backup)) {
            const int backupVersion = wholeVersion(base, backup);
            CHECK(backupVersion >= 0);
            CHECK(backupVersion <= version);
        }
        // Nothing that could be taken for the file: at most a QSaveFile temporary, whose random
        // suffix no one opens as a dataset.
        for (const QString &name : QDir(directory.path()).entryList(QDir::Files | QDir::Hidden)) {
            if (name == QLatin1String("big.json") || name == QLatin1String("big.json.bak"))
                continue;
            INFO(name.toStdString());
            CHECK(saveFileTemp.match(name).hasMatch());
            CHECK_FALSE(name.endsWith(QLatin1String(".json")));
            ++strayTemps;
            QFile::remove(directory.filePath(name));
        }
        if (version >= 0)
            previous = version;
    }
    // The runs that kill after "saving" must have hit saves in flight, or the test proves little.
    INFO("killed mid-save: " << killedMidSave << " of 20");
    CHECK(killedMidSave >= 3);
    if (strayTemps > 0)
        WARN(strayTemps << " QSaveFile temporary file(s) were left by killed saves (ignored, removed)");
}
