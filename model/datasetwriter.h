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
    static QByteArray toJson(const Dataset &dataset);

    /// Writes atomically through QSaveFile: on any failure the old file is left untouched.
    /// Returns an empty string on success, else a message naming the file and the reason.
    static QString writeFile(const Dataset &dataset, const QString &path);
};

} // namespace atlas
