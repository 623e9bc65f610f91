#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Compute Atlas"));
    QCoreApplication::setApplicationName(QStringLiteral("compute-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Headless commands run without a display: no QApplication, no platform plugin.
    if (atlas::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return atlas::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QObject::tr("Compute Atlas"));
    QApplication::setDesktopFileName(QStringLiteral("compute-atlas"));

    auto window = std::make_unique<atlas::MainWindow>();
    window->show();
    window->openFile(arguments.value(0, atlas::CommandLine::bundledDatasetPath()));
    return QApplication::exec();
}
