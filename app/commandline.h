#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace atlas {

/**
 * The headless commands: `validate FILE` and `summary [FILE] [--json]`. They need no display and
 * run on a QCoreApplication. Output goes to the given streams so tests can capture it.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CommandLine)

public:
    /// Exit codes of `validate`; `summary` uses the same for an unusable FILE.
    enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2 };

    /// The path of the dataset that ships inside the application.
    static QString bundledDatasetPath();

    /// True when @p arguments (without the program name) ask for a headless command.
    static bool isHeadless(const QStringList &arguments);

    /// Runs the command in @p arguments (with the program name first); returns the exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int validate(const QString &file, QTextStream &out, QTextStream &err);
    static int summary(const QString &file, bool json, QTextStream &out, QTextStream &err);
};

} // namespace atlas
