#pragma once

#include "dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace atlas {

/**
 * Writes a Dataset in the native format's canonical form (sorted keys, four-space indentation,
 * shortest exact numbers, empty optional fields left out), so that reading a canonical file and
 * writing it again gives the same bytes. Stateless and thread-safe.
 */
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetWriter)

public:
    /// Whether writeFile() keeps the version it replaces as "<file>.bak".
    enum class Backup {
        Keep, ///< the default for the user's own files: one previous version is kept
        None, ///< for files the program owns and rewrites often (autosave)
    };

    static QByteArray toJson(const Dataset &dataset);

    /// Writes atomically through QSaveFile: on any failure the old file is left untouched.
    /// With Backup::Keep and an existing @p path, its current bytes are first copied to
    /// backupPath(@p path), itself written atomically, so that at every instant both the file
    /// and its backup are complete (the old or the new version of each). A backup that cannot
    /// be written refuses the save, as does a file without write permission for its owner.
    /// Returns an empty string on success, else a message naming the file and the reason.
    static QString writeFile(const Dataset &dataset, const QString &path, Backup backup = Backup::Keep);
    /// writeFile() for bytes already made by toJson().
    static QString writeBytes(const QByteArray &bytes, const QString &path, Backup backup = Backup::Keep);

    /// Where writeFile() keeps the previous version of @p path: "<path>.bak".
    static QString backupPath(const QString &path);
};

} // namespace atlas
