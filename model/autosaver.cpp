#include "autosaver.h"

#include "datasetdocument.h"
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace atlas {

namespace {

const QString s_prefix = QStringLiteral("autosave-");
const QString s_datasetSuffix = QStringLiteral(".json");
const QString s_infoSuffix = QStringLiteral(".info.json");
const QString s_lockSuffix = QStringLiteral(".lock");
const QString s_infoFormat = QStringLiteral("compute-atlas-recovery");

/// "autosave-<instance>" from any of an instance's file names.
QString stemOf(const QString &datasetPath)
{
    return datasetPath.chopped(s_datasetSuffix.size());
}

/// A lock file that only a dead owner makes stale: a live instance keeps its lock for hours,
/// so the lock's age must not count (QLockFile's default would call it stale after 30 s).
std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(std::chrono::milliseconds::zero());
    return lock;
}

} // namespace

AutoSaver::AutoSaver(DatasetDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(defaultDirectory())
    // The process id helps a person reading the directory; the random part keeps two savers in
    // one process (tests, a future second window) apart.
    , m_instance(QStringLiteral("%1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const QString error = saveNow(); !error.isEmpty())
            restartTimer(); // try again later; the edits are still in memory
    });
    connect(m_document, &DatasetDocument::datasetChanged, this, &AutoSaver::markChanged);
    connect(m_document, &DatasetDocument::scenesChanged, this, &AutoSaver::markChanged);
    connect(m_document, &DatasetDocument::contentChanged, this, &AutoSaver::markChanged);
    connect(m_document, &DatasetDocument::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            markChanged();
            return;
        }
        // Saved, or undone back to what is saved: nothing is left to recover.
        m_changed = false;
        m_timer.stop();
        removeRecovery();
    });
}

AutoSaver::~AutoSaver()
{
    removeRecovery();
}

QString AutoSaver::defaultDirectory()
{
    QString overridden = qEnvironmentVariable("ATLAS_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

void AutoSaver::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    const bool hadRecovery = QFile::exists(recoveryPath());
    removeRecovery();
    m_directory = directory;
    // What was autosaved in the old place is written again in the new one.
    if (hadRecovery)
        markChanged();
}

void AutoSaver::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_timer.stop();
    if (m_interval.count() > 0)
        m_timer.setInterval(m_interval);
    if (m_changed)
        restartTimer();
}

void AutoSaver::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!m_enabled) {
        m_timer.stop();
        removeRecovery();
    } else if (m_document->isModified()) {
        markChanged();
    }
}

QString AutoSaver::recoveryPath() const
{
    return QDir(m_directory).filePath(s_prefix + m_instance + s_datasetSuffix);
}

QString AutoSaver::infoPath() const
{
    return QDir(m_directory).filePath(s_prefix + m_instance + s_infoSuffix);
}

QString AutoSaver::lockPath() const
{
    return QDir(m_directory).filePath(s_prefix + m_instance + s_lockSuffix);
}

void AutoSaver::markChanged()
{
    m_changed = true;
    restartTimer();
}

void AutoSaver::restartTimer()
{
    // A single shot that further edits do not push back: steady editing is autosaved every
    // interval, not only once the user pauses.
    if (m_enabled && m_interval.count() > 0 && !m_timer.isActive())
        m_timer.start();
}

QString AutoSaver::writeInfo() const
{
    QJsonObject info;
    info.insert(QLatin1String("format"), s_infoFormat);
    info.insert(QLatin1String("version"), 1);
    info.insert(QLatin1String("originalFile"), m_document->fileName());
    info.insert(QLatin1String("title"), m_document->dataset().title.en);
    info.insert(QLatin1String("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    info.insert(QLatin1String("pid"), QCoreApplication::applicationPid());
    QSaveFile file(infoPath());
    const QByteArray bytes = QJsonDocument(info).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1: cannot write: %2").arg(infoPath(), file.errorString());
    return {};
}

QString AutoSaver::saveNow()
{
    if (!m_enabled || !m_changed)
        return {};
    if (!m_document->isModified()) {
        m_changed = false;
        return {};
    }
    QString error;
    if (!QDir().mkpath(m_directory)) {
        error = tr("%1: cannot create the recovery directory").arg(m_directory);
    } else if (!m_lock) {
        // The lock comes first, so no other instance ever sees this one's files unlocked.
        auto lock = makeLock(lockPath());
        if (lock->tryLock(0))
            m_lock = std::move(lock);
        else
            error = tr("%1: cannot lock the recovery file").arg(lockPath());
    }
    // The sidecar before the first dataset, so a recovery never lacks its original file name;
    // after each dataset, for the time.
    if (error.isEmpty() && !QFile::exists(infoPath()))
        error = writeInfo();
    if (error.isEmpty())
        error = DatasetWriter::writeFile(m_document->dataset(), recoveryPath(), DatasetWriter::Backup::None);
    if (error.isEmpty())
        error = writeInfo();
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return error;
    }
    m_changed = false;
    Q_EMIT autosaved(recoveryPath());
    return {};
}

void AutoSaver::removeRecovery()
{
    QFile::remove(recoveryPath());
    QFile::remove(infoPath());
    m_lock.reset(); // unlocks: removes the lock file
}

QList<PendingRecovery> AutoSaver::pending(const QString &directory)
{
    QList<PendingRecovery> result;
    const QDir dir(directory);
    const QFileInfoList files
        = dir.entryInfoList({ s_prefix + QLatin1Char('*') + s_datasetSuffix }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        if (file.fileName().endsWith(s_infoSuffix))
            continue;
        const QString stem = stemOf(file.absoluteFilePath());
        PendingRecovery recovery;
        recovery.datasetPath = file.absoluteFilePath();
        recovery.infoPath = stem + s_infoSuffix;
        recovery.lockPath = stem + s_lockSuffix;
        // A live owner holds its lock; QLockFile takes over a lock whose process is gone (and
        // this releases it at once, which removes it: the recovery is then simply unowned).
        if (!makeLock(recovery.lockPath)->tryLock(0))
            continue;
        recovery.savedAt = file.lastModified().toUTC();
        QFile info(recovery.infoPath);
        if (info.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(info.read(qint64(64) * 1024)).object();
            if (object.value(QLatin1String("format")).toString() == s_infoFormat) {
                recovery.originalFileName = object.value(QLatin1String("originalFile")).toString();
                recovery.title = object.value(QLatin1String("title")).toString();
                const QDateTime savedAt
                    = QDateTime::fromString(object.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
                if (savedAt.isValid())
                    recovery.savedAt = savedAt.toUTC();
            }
        }
        result.append(recovery);
    }
    std::sort(result.begin(), result.end(),
        [](const PendingRecovery &a, const PendingRecovery &b) { return a.savedAt > b.savedAt; });
    return result;
}

LoadResult AutoSaver::load(const PendingRecovery &recovery)
{
    return DatasetReader::readFile(recovery.datasetPath);
}

bool AutoSaver::discard(const PendingRecovery &recovery)
{
    // Held while the files go, so an instance cannot start using them meanwhile.
    const auto lock = makeLock(recovery.lockPath);
    if (!lock->tryLock(0))
        return false;
    QFile::remove(recovery.infoPath);
    return QFile::remove(recovery.datasetPath) || !QFile::exists(recovery.datasetPath);
}

} // namespace atlas
