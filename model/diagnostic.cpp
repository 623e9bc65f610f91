#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace atlas {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line) + u':' + QString::number(column);
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    const QString subject = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + subject;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return errorCount(diagnostics) > 0;
}

qsizetype errorCount(const Diagnostics &diagnostics)
{
    return std::count_if(
        diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace atlas
