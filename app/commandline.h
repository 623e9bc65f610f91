#pragma once

#include "figurearguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace atlas {

/**
 * The headless commands: `validate FILE`, `summary [FILE] [--json]`, `export … -o OUT.png`,
 * `import SRC … -o OUT.json` and `export-data [FILE] -o OUT.geojson|.gpkg|.csv`. They need no
 * display: all but export run on a QCoreApplication, export on a QGuiApplication with the
 * offscreen platform. Output goes to the given streams so tests can capture it.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(atlas::CommandLine)

public:
    /// Exit codes of `validate`; `summary` uses the same for an unusable FILE.
    enum ExitCode { Valid = 0, Invalid = 1, Unreadable = 2 };

    /// The path of the dataset that ships inside the application.
    static QString bundledDatasetPath();

    /// What a command line needs to run: the window, a GUI-less core application, or a GUI
    /// application without a display (rendering fonts and images offscreen).
    enum class Mode { Window, Core, Offscreen };
    /// The mode @p arguments (without the program name) ask for.
    static Mode mode(const QStringList &arguments);

    /// The Natural Earth basemap that ships inside the application.
    static QString bundledBasemapPath();

    /// Runs the command in @p arguments (with the program name first); returns the exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int validate(const QString &file, QTextStream &out, QTextStream &err);
    static int summary(const QString &file, bool json, QTextStream &out, QTextStream &err);
    static int exportMap(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int importData(const QString &source, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int exportData(const QString &file, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int exportHandout(const QCommandLineParser &parser, const FigureRequest &request,
        std::shared_ptr<const Dataset> dataset, std::shared_ptr<const Basemap> basemap, QTextStream &out,
        QTextStream &err);
};

} // namespace atlas
