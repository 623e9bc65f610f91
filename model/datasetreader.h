#pragma once

#include "dataset.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atlas {

enum class LoadStatus {
    Ok,         ///< read and valid; warnings may remain
    Invalid,    ///< read but not a valid dataset; see the diagnostics
    Unreadable, ///< the file could not be opened or read at all
};

struct LoadResult {
    LoadStatus status = LoadStatus::Unreadable;
    std::optional<Dataset> dataset; ///< set only when status is Ok
    Diagnostics diagnostics;        ///< errors and warnings, each with file, line, column and JSON path
};

/**
 * Reads the native JSON dataset format (docs/dataset-format.md) into a Dataset and validates
 * it. Never throws; everything wrong is reported as diagnostics with a position. Stateless and
 * thread-safe: call from any thread.
 */
class DatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetReader)

public:
    /// Files larger than this are refused before reading, to keep a mistaken pick from eating memory.
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;

    static LoadResult readFile(const QString &path);
    static LoadResult readBytes(const QByteArray &bytes, const QString &fileName);
};

} // namespace atlas
