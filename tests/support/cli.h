#pragma once

#include "atlascatch.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace atlas::test {

/// What a run of the built executable printed and returned.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built compute-atlas (ATLAS_EXECUTABLE) as a script would: without a display, as
/// headless commands must work.
inline Run runExecutable(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(timeoutMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace atlas::test
