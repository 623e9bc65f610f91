#include "atlascatch.h"
#include "cli.h"

#include "appearance.h"
#include "commandline.h"
#include "datasetdocument.h"
#include "exportdialog.h"
#include "figurearguments.h"
#include "mainwindow.h"
#include "mapview.h"
#include "sharedselection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

// A figure made in the export dialog and the command line the dialog shows for it give the same
// pixels: the window and `compute-atlas export` share one figure engine and one set of options.

using namespace atlas;

namespace {

void openBundled(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.openFile(CommandLine::bundledDatasetPath());
    REQUIRE(loaded.wait(20000));
    REQUIRE(loaded.first().at(1).value<LoadStatus>() == LoadStatus::Ok);
}

/// Runs the built executable as a script would; returns its standard error on failure.
QString runExecutable(const QStringList &arguments)
{
    const atlas::test::Run result = atlas::test::runExecutable(arguments);
    return result.exitCode == 0 ? QString() : result.err;
}

/// The number of pixels of two images of the same size with a channel more than @p tolerance apart.
qsizetype differingPixels(QImage a, QImage b, int tolerance = 0)
{
    a.convertTo(QImage::Format_ARGB32);
    b.convertTo(QImage::Format_ARGB32);
    const auto near = [tolerance](QRgb p, QRgb q) {
        return std::abs(qRed(p) - qRed(q)) <= tolerance && std::abs(qGreen(p) - qGreen(q)) <= tolerance
            && std::abs(qBlue(p) - qBlue(q)) <= tolerance && std::abs(qAlpha(p) - qAlpha(q)) <= tolerance;
    };
    qsizetype count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += near(rowA[x], rowB[x]) ? 0 : 1;
    }
    return count;
}

void choose(const ExportDialog &dialog, const char *combo, const QVariant &data)
{
    auto *box = dialog.findChild<QComboBox *>(QLatin1String(combo));
    REQUIRE(box);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

/// Exports from @p dialog and from its command line into @p dir; both PNGs must be identical, or
/// differ in at most @p tolerated pixels.
void checkParity(ExportDialog &dialog, const QTemporaryDir &dir, const QString &name, qsizetype tolerated = 0)
{
    const QString fromDialog = dir.filePath(name + QStringLiteral("-dialog.png"));
    const QString fromCommand = dir.filePath(name + QStringLiteral("-command.png"));
    REQUIRE(dialog.exportTo(fromDialog).isEmpty());
    const QStringList arguments = FigureArguments::toArguments(dialog.request(), fromCommand, QString());
    INFO("compute-atlas " << FigureArguments::shellLine(arguments).toStdString());
    REQUIRE(runExecutable(arguments).isEmpty());

    const QImage expected(fromDialog);
    const QImage actual(fromCommand);
    REQUIRE_FALSE(expected.isNull());
    REQUIRE_FALSE(actual.isNull());
    REQUIRE(actual.size() == expected.size());
    CHECK(actual.size() == dialog.request().spec.sizePx);
    CHECK(differingPixels(expected, actual) <= tolerated);
}

} // namespace

TEST_CASE("A figure exported from the dialog and from its command line are pixel-identical", "[app][export]")
{
    QSettings().remove(QStringLiteral("export"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openBundled(window);
    // Somewhere other than the whole world, in a projection other than the default.
    window.mapView()->setProjection(*ProjectionSpec::fromName(QStringLiteral("natural-earth")));
    REQUIRE(window.mapView()->showPreset(QStringLiteral("uk-norway")));

    SECTION("slide, a title, GPUs, the window's view")
    {
        const ExportDialog::Context context = window.exportContext();
        CHECK(context.datasetPath.isEmpty()); // the bundled dataset: no --dataset
        CHECK(context.windowViewport == window.mapView()->viewport());
        ExportDialog dialog(context, &window);
        dialog.setPresetName(QStringLiteral("slide"));
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Parity: a slide"));
        choose(dialog, "chartCombo", static_cast<int>(FigureCharts::Gpus));
        dialog.setViewName(QStringLiteral("current"));
        CHECK(dialog.request().spec.extent == window.mapView()->viewport().mapRect());
        CHECK(dialog.request().spec.projection.name() == QLatin1String("natural-earth"));
        checkParity(dialog, dir, QStringLiteral("slide"));
    }

    SECTION("A4 portrait, print theme, spending, a named view, Korean, a highlighted selection")
    {
        // In Korean throughout, as a Korean class would see it: `--lang ko` makes the command
        // line's legend and sources line Korean too.
        const struct EnglishAfterwards {
            ~EnglishAfterwards() { Translations::install(QStringLiteral("en")); }
        } english;
        Appearance korean = window.appearance();
        korean.language = QStringLiteral("ko");
        window.setAppearance(korean);
        window.selection()->setSelection({ { EntityType::Company, QStringLiteral("nscale") } });
        ExportDialog dialog(window.exportContext(), &window);
        dialog.setPresetName(QStringLiteral("a4-portrait"));
        choose(dialog, "themeCombo", QStringLiteral("print"));
        choose(dialog, "chartCombo", static_cast<int>(FigureCharts::Spending));
        choose(dialog, "languageCombo", QStringLiteral("ko"));
        dialog.setViewName(QStringLiteral("british-isles"));
        dialog.findChild<QLineEdit *>(QStringLiteral("subtitleEdit"))->setText(QStringLiteral("영국 · Nscale"));
        CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("highlightCheck"))->isChecked());
        REQUIRE(dialog.request().highlighted.size() == 1);
        CHECK(dialog.request().spec.title == window.document()->dataset().title.ko);
        // Korean text: on Qt 6.8 the two processes can place a few Hangul glyph edges
        // differently (113 of 8.7 million pixels in one run of 2; identical in the other).
        // The English case above stays exact.
        checkParity(dialog, dir, QStringLiteral("a4"), 1000);
    }
    QSettings().remove(QStringLiteral("export"));
}

TEST_CASE("Export Figure… opens the dialog on the window's state; Copy Map as Image copies the map", "[app][export]")
{
    QSettings().remove(QStringLiteral("export"));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    openBundled(window);

    QAction *exportAction = nullptr;
    QAction *copyAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))
            exportAction = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            copyAction = action;
    }
    REQUIRE(exportAction);
    REQUIRE(copyAction);

    exportAction->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->request().spec.projection == window.mapView()->viewport().projection);
    dialog->close();

    // Once the map has settled: what the window shows (the same renderer, scene and viewport),
    // but for rounding where the widget composes its image onto the screen.
    const auto settled = [&window] {
        QTest::qWait(100);
        return !window.mapView()->isRendering();
    };
    REQUIRE(QTest::qWaitFor(settled, 20000));
    copyAction->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    const MapViewport &viewport = window.mapView()->viewport();
    CHECK(copied.size() == (QSizeF(window.mapView()->size()) * viewport.devicePixelRatio).toSize());
    const QImage shown = window.mapView()->grab().toImage();
    REQUIRE(shown.size() == copied.size());
    const qsizetype differing = differingPixels(shown, copied, 8);
    if (differing != 0) {
        shown.save(QStringLiteral("copy-map-shown.png"));
        copied.save(QStringLiteral("copy-map-copied.png"));
    }
    CHECK(differing == 0);
    QSettings().remove(QStringLiteral("export"));
}
