#include "appearance.h"
#include "commandline.h"
#include "mainwindow.h"
#include "recoverycontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#ifdef ATLAS_HAVE_QTLOCATION
#include <QQuickWindow>
#endif

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

    // Headless commands run without a display: no QApplication; exports render offscreen.
    const atlas::CommandLine::Mode mode = atlas::CommandLine::mode(arguments);
    if (mode != atlas::CommandLine::Mode::Window) {
        std::unique_ptr<QCoreApplication> app;
        if (mode == atlas::CommandLine::Mode::Offscreen) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        // A figure in Korean is labelled in Korean throughout: legend, scale bar, sources line.
        const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
        if (lang >= 0 && atlas::Translations::languages().contains(arguments.value(lang + 1)))
            atlas::Translations::install(arguments.value(lang + 1));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return atlas::CommandLine::run(QCoreApplication::arguments(), out, err);
    }

#ifdef ATLAS_HAVE_QTLOCATION
    // The street map's QML draws a few tiles and symbols: Qt Quick's software renderer does that
    // well, needs no GPU, and keeps the window from switching to OpenGL composition. The
    // environment (QT_QUICK_BACKEND, QSG_RHI_BACKEND) can still choose another.
    if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND") && !qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
#endif
    QApplication app(argc, argv);
    describeApplication();
    // The remembered language and theme, unless --lang or --theme say otherwise for this run.
    atlas::Appearance appearance = atlas::Appearance::load();
    if (const auto error = appearance.takeArguments(arguments)) {
        QTextStream(stderr) << *error << Qt::endl;
        return 2;
    }
    atlas::Translations::install(appearance.language);
    QApplication::setApplicationDisplayName(QObject::tr("Compute Atlas"));
    QApplication::setDesktopFileName(QStringLiteral("compute-atlas"));

    auto window = std::make_unique<atlas::MainWindow>(appearance);
    QApplication::setPalette(window->theme().palette());
    window->show();
    // Edits a crash left behind come first. Restoring them fills the window, so the dataset the
    // command line names is opened only when nothing was restored.
    if (!window->recovery()->offerPending())
        window->openFile(arguments.value(0, atlas::CommandLine::bundledDatasetPath()));
    return QApplication::exec();
}
