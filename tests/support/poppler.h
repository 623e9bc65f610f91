#pragma once

#include "atlascatch.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace atlas::test {

/// Runs a poppler-utils tool (pdftotext, pdfinfo, pdffonts) and returns what it printed; the
/// test command installs poppler-utils (scripts/deps.sh).
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    INFO(tool.toStdString() << " (poppler-utils) must be installed; scripts/deps.sh installs it");
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace atlas::test
