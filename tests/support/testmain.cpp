// The main() of every test executable: sets the offscreen platform unless told otherwise, makes
// the application object the layer needs (ATLAS_TEST_APP), then hands over to Catch2.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QCoreApplication>
#include <QStandardPaths>
#if ATLAS_TEST_APP >= 1
#include <QGuiApplication>
#endif
#if ATLAS_TEST_APP >= 2
#include <QApplication>
#endif
#if ATLAS_TEST_APP >= 2 && defined(ATLAS_HAVE_QTLOCATION)
#include <QQuickWindow>
#endif

#include <cstdlib>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Compute Atlas Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-tests"));
#if ATLAS_TEST_APP >= 2 && defined(ATLAS_HAVE_QTLOCATION)
    // The street map's QML: the offscreen platform has no OpenGL, and the machines no GPU.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
#endif
#if ATLAS_TEST_APP >= 2
    QApplication app(argc, argv);
#elif ATLAS_TEST_APP >= 1
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
