#pragma once

#include "datasetreader.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QLockFile;

namespace atlas {

class DatasetDocument;

/// Edits an instance autosaved and then did not clear, because it was killed or crashed: what
/// AutoSaver::pending() finds in a recovery directory.
struct PendingRecovery {
    QString datasetPath;      ///< the autosaved dataset ("autosave-<instance>.json")
    QString infoPath;         ///< its sidecar ("autosave-<instance>.info.json")
    QString lockPath;         ///< the lock its instance held ("autosave-<instance>.lock")
    QString originalFileName; ///< the file the edits belong to; empty if the sidecar was lost
    QString title;            ///< the dataset's English title when it was autosaved
    QDateTime savedAt;        ///< when it was autosaved (UTC)
};

/**
 * Autosave for crash recovery. While its DatasetDocument has unsaved edits, writes the dataset
 * every interval() (only when something changed since the last autosave) to one file per
 * running instance in a recovery directory, with a small JSON sidecar (the original file name,
 * the time, the title) and a QLockFile held while the instance runs. A clean save, the
 * document becoming unmodified, setEnabled(false) (a normal close) and the destructor remove
 * the files; what a killed instance leaves behind, pending() lists for the next start.
 *
 * Lives on the GUI thread with its document (parent or owner: whoever owns the document).
 * Writes synchronously, atomically (QSaveFile) and without a backup. autosaved() fires after
 * each successful write; failed() when a write did not succeed (it is retried an interval later).
 */
class AutoSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalSeconds = 120;

    explicit AutoSaver(DatasetDocument *document, QObject *parent = nullptr);
    ~AutoSaver() override;

    /// $ATLAS_RECOVERY_DIR when set (tests), else QStandardPaths::AppLocalDataLocation/recovery.
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    /// Where the next autosave goes; this instance's files in the old directory are removed.
    void setDirectory(const QString &directory);

    std::chrono::milliseconds interval() const { return m_interval; }
    /// The time between autosaves (default defaultIntervalSeconds); zero or less: no timer
    /// (saveNow() still writes).
    void setInterval(std::chrono::milliseconds interval);

    bool isEnabled() const { return m_enabled; }
    /// Disabled (the window closed normally): this instance's files are removed and nothing
    /// is autosaved until it is enabled again.
    void setEnabled(bool enabled);

    /// This instance's autosaved dataset; the file exists only while there are autosaved edits.
    QString recoveryPath() const;
    /// True when the document has edits that are not autosaved yet.
    bool hasUnsavedChanges() const { return m_changed; }

    /// Writes now if the document is modified and changed since the last autosave. Returns an
    /// empty string on success or when there was nothing to write, else a message naming the file.
    QString saveNow();
    /// Removes this instance's recovery files and releases its lock.
    void removeRecovery();

    /// The recoveries in @p directory whose instance is gone (its lock is stale or missing),
    /// newest first. A recovery of a running instance is never listed.
    static QList<PendingRecovery> pending(const QString &directory = defaultDirectory());
    /// Reads a recovered dataset, with the reader's diagnostics; never throws.
    static LoadResult load(const PendingRecovery &recovery);
    /// Deletes a recovery's files; false when they could not be removed (or their instance
    /// came back to life and holds its lock).
    static bool discard(const PendingRecovery &recovery);

Q_SIGNALS:
    void autosaved(const QString &path);
    void failed(const QString &message);

private:
    void markChanged();
    void restartTimer();
    QString infoPath() const;
    QString lockPath() const;
    QString writeInfo() const;

    DatasetDocument *m_document;
    QString m_directory;
    QString m_instance;
    std::chrono::milliseconds m_interval { std::chrono::seconds(defaultIntervalSeconds) };
    QTimer m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_enabled = true;
    bool m_changed = false;
};

} // namespace atlas
