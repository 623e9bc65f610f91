#pragma once

#include <QList>
#include <QString>

namespace atlas {

enum class Severity { Warning, Error };

/**
 * One finding about an input file: where it is (file, 1-based line and column, JSON path or
 * feature) and what is wrong. Loaders and validators return these instead of throwing.
 */
struct Diagnostic {
    QString file;
    int line = 0;   ///< 1-based; 0 when the finding is about the whole file
    int column = 0; ///< 1-based, in characters
    QString path;   ///< JSON path such as "sites[3].location.lat", empty for the whole file
    Severity severity = Severity::Error;
    QString message;

    /// "file:line:col: error: path: message", the form compilers use, which editors can jump to.
    QString toString() const;
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
qsizetype errorCount(const Diagnostics &diagnostics);

} // namespace atlas
