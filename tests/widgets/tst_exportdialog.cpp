#include "../maps/mapfixture.h"
#include "atlascatch.h"
#include "testdata.h"

#include "basemap.h"
#include "exportdialog.h"
#include "viewpreset.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace atlas;

namespace Catch {
template<>
struct StringMaker<QSize> {
    static std::string convert(const QSize &size)
    {
        return std::to_string(size.width()) + "×" + std::to_string(size.height());
    }
};
} // namespace Catch

namespace {

/// The bundled dataset as the window would hand it over, looking at Europe in Robinson.
ExportDialog::Context context(const QSet<EntityRef> &selection = {})
{
    static const auto s_dataset = std::make_shared<const Dataset>(test::bundledDataset());
    ExportDialog::Context context;
    context.dataset = s_dataset;
    context.basemap = test::basemap();
    context.selection = selection;
    context.windowViewport = MapViewport::fittingLonLat(
        *ProjectionSpec::fromName(QStringLiteral("robinson")), QRectF(QPointF(-20, 30), QPointF(40, 70)), { 900, 600 });
    return context;
}

/// Every test starts from the defaults, not from what the previous one left in the settings.
void forgetSettings()
{
    QSettings().remove(QStringLiteral("export"));
}

template<typename Widget>
Widget *child(const ExportDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

void choose(const ExportDialog &dialog, const char *combo, const QVariant &data)
{
    auto *box = child<QComboBox>(dialog, combo);
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QString commandLine(const ExportDialog &dialog)
{
    return child<QLineEdit>(dialog, "commandLine")->text();
}

bool waitForPreview(const ExportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.previewPending(); }, 30000);
}

} // namespace

TEST_CASE("Presets set the size; editing the size or DPI makes it custom, except paper DPI", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    auto *preset = child<QComboBox>(dialog, "presetCombo");
    auto *width = child<QDoubleSpinBox>(dialog, "widthSpin");
    auto *height = child<QDoubleSpinBox>(dialog, "heightSpin");
    auto *unit = child<QComboBox>(dialog, "unitCombo");
    auto *dpi = child<QSpinBox>(dialog, "dpiSpin");
    // Every preset, then Custom.
    CHECK(preset->count() == FigurePreset::all().size() + 1);
    CHECK(preset->itemData(preset->count() - 1).toString() == QLatin1String("custom"));

    dialog.setPresetName(QStringLiteral("a4-landscape"));
    CHECK(width->value() == 3508);
    CHECK(height->value() == 2480);
    CHECK(dpi->value() == 300);
    CHECK(unit->isEnabled());
    FigureSpec spec = dialog.request().spec;
    CHECK(spec.preset == QLatin1String("a4-landscape"));
    CHECK(spec.sizePx == QSize(3508, 2480));
    CHECK(spec.medium == FigureMedium::Paper);
    CHECK(child<QLabel>(dialog, "sizeLabel")->text() == QStringLiteral("3508 × 2480 px · 297 × 210 mm · 300 dpi"));

    SECTION("the DPI of paper keeps the sheet and sets the pixels, as --dpi does")
    {
        dpi->setValue(150);
        CHECK(preset->currentData().toString() == QLatin1String("a4-landscape"));
        spec = dialog.request().spec;
        CHECK(spec.sizePx == QSize(1754, 1240));
        CHECK(spec.sizeMm == QSizeF(297, 210));
        CHECK(width->value() == 1754);
        CHECK(commandLine(dialog).contains(QStringLiteral("--figure a4-landscape --dpi 150")));
        // In millimetres the sheet shows.
        choose(dialog, "unitCombo", true);
        CHECK(width->value() == 297);
        CHECK(height->value() == 210);
        CHECK(preset->currentData().toString() == QLatin1String("a4-landscape"));
        // Editing the sheet makes a custom paper size.
        width->setValue(250);
        spec = dialog.request().spec;
        CHECK(spec.preset == QLatin1String("custom"));
        CHECK(spec.medium == FigureMedium::Paper);
        CHECK(spec.sizeMm == QSizeF(250, 210));
        CHECK(spec.sizePx == QSize(1476, 1240)); // round(250 / 25.4 × 150)
        CHECK(commandLine(dialog).contains(QStringLiteral("--figure custom --size 250x210mm --dpi 150")));
    }

    SECTION("editing the width of a screen preset makes it custom, in pixels")
    {
        dialog.setPresetName(QStringLiteral("slide"));
        CHECK_FALSE(unit->isEnabled()); // screen presets are in pixels
        width->setValue(1600);
        CHECK(preset->currentData().toString() == QLatin1String("custom"));
        spec = dialog.request().spec;
        CHECK(spec.preset == QLatin1String("custom"));
        CHECK(spec.sizePx == QSize(1600, 1080));
        CHECK(spec.dpi == 144);
        CHECK(spec.medium == FigureMedium::Screen);
        CHECK(unit->isEnabled());
        CHECK(commandLine(dialog).contains(QStringLiteral("--figure custom --size 1600x1080 --dpi 144")));
    }

    SECTION("editing the DPI of a screen preset makes it custom with the same pixels")
    {
        dialog.setPresetName(QStringLiteral("square"));
        dpi->setValue(300);
        CHECK(preset->currentData().toString() == QLatin1String("custom"));
        CHECK(dialog.request().spec.sizePx == QSize(1080, 1080));
        CHECK(dialog.request().spec.dpi == 300);
    }

    SECTION("the bare map takes any size and stays a bare map without title or chart")
    {
        dialog.setPresetName(QStringLiteral("map"));
        CHECK_FALSE(unit->isEnabled());
        CHECK_FALSE(child<QLineEdit>(dialog, "titleEdit")->isEnabled());
        CHECK_FALSE(child<QComboBox>(dialog, "chartCombo")->isEnabled());
        choose(dialog, "chartCombo", static_cast<int>(FigureCharts::Gpus));
        width->setValue(1000);
        spec = dialog.request().spec;
        CHECK(spec.preset == QLatin1String("map"));
        CHECK(spec.sizePx == QSize(1000, 1080));
        CHECK_FALSE(spec.composed());
        CHECK(spec.title.isEmpty());
        CHECK(spec.charts == FigureCharts::None);
        CHECK_FALSE(dialog.request().titleGiven);
        CHECK(commandLine(dialog).contains(QStringLiteral("--size 1000x1080 --dpi 96")));
        CHECK_FALSE(commandLine(dialog).contains(QStringLiteral("--figure")));
    }

    SECTION("a size too large to export disables Export and says why")
    {
        dialog.setPresetName(QStringLiteral("a1-poster"));
        dpi->setValue(2400); // about 56 000 × 79 000 px
        auto *problem = child<QLabel>(dialog, "problemLabel");
        CHECK(problem->text().contains(QStringLiteral("30000")));
        CHECK_FALSE(child<QPushButton>(dialog, "exportButton")->isEnabled());
        CHECK(problem->palette().color(QPalette::WindowText) == Theme::light().error);
        dpi->setValue(150);
        CHECK(problem->text().isEmpty());
        CHECK(child<QPushButton>(dialog, "exportButton")->isEnabled());
    }
}

TEST_CASE("JPEG has no transparency: the check box is disabled and ignored", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    auto *transparent = child<QCheckBox>(dialog, "transparentCheck");
    CHECK(transparent->isEnabled());
    transparent->setChecked(true);
    CHECK(dialog.request().spec.transparent);
    CHECK(commandLine(dialog).contains(QStringLiteral("--transparent")));

    dialog.setFormat(FigureFormat::Jpeg);
    CHECK_FALSE(transparent->isEnabled());
    CHECK_FALSE(dialog.request().spec.transparent);
    CHECK(commandLine(dialog).contains(QStringLiteral(".jpg")));
    CHECK_FALSE(commandLine(dialog).contains(QStringLiteral("--transparent")));

    dialog.setFormat(FigureFormat::Svg);
    CHECK(transparent->isEnabled());
    CHECK(dialog.request().spec.transparent);
}

TEST_CASE("The command line makes the figure the dialog describes", "[widgets][export]")
{
    forgetSettings();
    const QSet<EntityRef> selection { { EntityType::Company, QStringLiteral("nscale") },
        { EntityType::Site, QStringLiteral("loughton_nscale") } };
    ExportDialog dialog(context(selection));
    dialog.setPresetName(QStringLiteral("a4-landscape"));
    choose(dialog, "chartCombo", static_cast<int>(FigureCharts::Gpus));
    QString line = commandLine(dialog);
    CHECK(line.startsWith(QStringLiteral("compute-atlas export -o ")));
    CHECK(line.contains(QStringLiteral("--figure a4-landscape")));
    CHECK(line.contains(QStringLiteral("--charts gpus")));
    // The bundled dataset needs no --dataset; the window's view is an extent in its projection.
    CHECK_FALSE(line.contains(QStringLiteral("--dataset")));
    CHECK(line.contains(QStringLiteral("--projection robinson")));
    CHECK(line.contains(QStringLiteral("--extent=")));
    // What is selected is highlighted, by default, since the window shows it so.
    CHECK(child<QCheckBox>(dialog, "highlightCheck")->isEnabled());
    CHECK(dialog.request().highlighted == selection);
    CHECK(line.contains(QStringLiteral("--highlight company:nscale,site:loughton_nscale")));
    child<QCheckBox>(dialog, "highlightCheck")->setChecked(false);
    CHECK(dialog.request().highlighted.isEmpty());
    CHECK_FALSE(commandLine(dialog).contains(QStringLiteral("--highlight")));

    // Titles with spaces are quoted for the shell; the file name follows the title.
    child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Nscale's sites"));
    line = commandLine(dialog);
    CHECK(line.contains(QStringLiteral("--title 'Nscale'\\''s sites'")));
    CHECK(line.contains(QStringLiteral("-o nscale-s-sites.png")));

    SECTION("a named view uses its own projection if it has one")
    {
        dialog.setViewName(QStringLiteral("north-atlantic"));
        const FigureSpec spec = dialog.request().spec;
        const ViewPreset preset = *ViewPreset::byName(QStringLiteral("north-atlantic"));
        CHECK(spec.projection == *preset.projection);
        CHECK(spec.extent == MapViewport::lonLatExtent(*preset.projection, preset.lonLatBox));
        CHECK(commandLine(dialog).contains(QStringLiteral("--projection laea")));
    }
    SECTION("else the window's")
    {
        dialog.setViewName(QStringLiteral("british-isles"));
        const FigureSpec spec = dialog.request().spec;
        CHECK(spec.projection.name() == QLatin1String("robinson"));
        CHECK(spec.extent
            == MapViewport::lonLatExtent(
                spec.projection, ViewPreset::byName(QStringLiteral("british-isles"))->lonLatBox));
    }
    SECTION("the whole world has no extent; the current view is the window's")
    {
        dialog.setViewName(QStringLiteral("world"));
        CHECK(dialog.request().spec.extent.isNull());
        CHECK_FALSE(commandLine(dialog).contains(QStringLiteral("--extent")));
        dialog.setViewName(QStringLiteral("current"));
        CHECK(dialog.request().spec.extent == context().windowViewport.mapRect());
    }
}

TEST_CASE("Titles: the dataset's by default, in the chosen language; empty means none", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    auto *title = child<QLineEdit>(dialog, "titleEdit");
    const Dataset &dataset = *context().dataset;
    CHECK(title->text() == dataset.title.en);
    choose(dialog, "languageCombo", QStringLiteral("ko"));
    CHECK(title->text() == dataset.title.ko);
    CHECK(dialog.request().spec.language == QLatin1String("ko"));
    CHECK(commandLine(dialog).contains(QStringLiteral("--lang ko")));

    // Once the user has typed a title, it stays.
    title->clear();
    QTest::keyClicks(title, QStringLiteral("My title"));
    choose(dialog, "languageCombo", QStringLiteral("en"));
    CHECK(title->text() == QLatin1String("My title"));

    // An empty title is no title, not the dataset's (as `--title ""`).
    title->clear();
    CHECK(dialog.request().spec.title.isEmpty());
    CHECK(dialog.request().titleGiven);
    CHECK(dialog.figure().spec().title.isEmpty());
    CHECK(commandLine(dialog).contains(QStringLiteral("--title ''")));
}

TEST_CASE("The preview renders in the background with the figure's aspect ratio", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    dialog.setPresetName(QStringLiteral("slide"));
    choose(dialog, "themeCombo", QStringLiteral("dark"));
    CHECK(dialog.previewPending());
    REQUIRE(waitForPreview(dialog));
    CHECK(updated.count() >= 1);
    QImage preview = dialog.previewImage();
    REQUIRE_FALSE(preview.isNull());
    // Fits about 520 × 400 and keeps 16:9.
    CHECK(preview.width() <= 520);
    CHECK(preview.height() <= 400);
    CHECK(preview.width() / static_cast<double>(preview.height()) == Approx(1920.0 / 1080).epsilon(0.01));
    // The dark page: its corner is the dark theme's window colour.
    const QColor corner = preview.pixelColor(1, 1);
    const QColor window = Theme::dark().window;
    CHECK(std::abs(corner.red() - window.red()) <= 2);
    CHECK(std::abs(corner.green() - window.green()) <= 2);
    CHECK(std::abs(corner.blue() - window.blue()) <= 2);
    CHECK(corner.lightness() < 80);

    // A change keeps the last preview until the next is ready.
    dialog.setPresetName(QStringLiteral("a4-portrait"));
    CHECK(dialog.previewPending());
    CHECK(dialog.previewImage() == preview);
    REQUIRE(waitForPreview(dialog));
    preview = dialog.previewImage();
    CHECK(preview.width() / static_cast<double>(preview.height()) == Approx(210.0 / 297).epsilon(0.01));
    // Light by default: a light corner.
    choose(dialog, "themeCombo", QStringLiteral("light"));
    REQUIRE(waitForPreview(dialog));
    CHECK(dialog.previewImage().pixelColor(1, 1).lightness() > 200);
}

TEST_CASE("exportTo writes the figure at its pixel size and DPI, and alt text when asked", "[widgets][export]")
{
    forgetSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportDialog dialog(context());
    dialog.setPresetName(QStringLiteral("a4-landscape"));
    child<QSpinBox>(dialog, "dpiSpin")->setValue(150);
    child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Compute in the North Atlantic"));
    child<QCheckBox>(dialog, "altTextCheck")->setChecked(true);

    const QString path = dir.filePath(QStringLiteral("figure.png"));
    FigureResult result;
    CHECK(dialog.exportTo(path, &result).isEmpty());
    QImageReader reader(path);
    const QImage image = reader.read();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1754, 1240));
    CHECK(image.size() == dialog.request().spec.sizePx);
    CHECK(std::abs(image.dotsPerMeterX() - std::lround(150 / 0.0254)) <= 1);
    CHECK_FALSE(result.map.sites.isEmpty());
    CHECK(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("figure.png")));

    QFile altText(dir.filePath(QStringLiteral("figure.txt")));
    REQUIRE(altText.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(altText.readAll()).contains(QStringLiteral("Compute in the North Atlantic")));

    // Vector formats by their extension; no alt text without the box.
    child<QCheckBox>(dialog, "altTextCheck")->setChecked(false);
    CHECK(dialog.exportTo(dir.filePath(QStringLiteral("figure.pdf"))).isEmpty());
    QFile pdf(dir.filePath(QStringLiteral("figure.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("figure.txt.pdf"))));
}

TEST_CASE("An export to an unwritable path fails with a message naming it and leaves no file", "[widgets][export]")
{
    forgetSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ExportDialog dialog(context());
    dialog.setPresetName(QStringLiteral("square"));
    child<QCheckBox>(dialog, "altTextCheck")->setChecked(true);
    const QString path = dir.filePath(QStringLiteral("no/such/folder/figure.png"));
    const QString error = dialog.exportTo(path);
    CHECK(error.contains(path));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("no/such/folder/figure.txt"))));
    CHECK(child<QLabel>(dialog, "statusLabel")->text() == error);

    // An unknown extension names the formats.
    const QString unknown = dir.filePath(QStringLiteral("figure.bmp"));
    CHECK(dialog.exportTo(unknown).contains(QStringLiteral(".png")));
    CHECK_FALSE(QFile::exists(unknown));
}

TEST_CASE("The dialog remembers its choices but not its texts", "[widgets][export]")
{
    forgetSettings();
    {
        ExportDialog dialog(context());
        dialog.setPresetName(QStringLiteral("slide"));
        child<QDoubleSpinBox>(dialog, "widthSpin")->setValue(1200);
        choose(dialog, "themeCombo", QStringLiteral("print"));
        choose(dialog, "chartCombo", static_cast<int>(FigureCharts::Spending));
        dialog.setFormat(FigureFormat::Svg);
        child<QCheckBox>(dialog, "graticuleCheck")->setChecked(false);
        child<QCheckBox>(dialog, "altTextCheck")->setChecked(true);
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Not remembered"));
    }
    ExportDialog dialog(context());
    const FigureSpec spec = dialog.request().spec;
    CHECK(spec.preset == QLatin1String("custom"));
    CHECK(spec.sizePx == QSize(1200, 1080));
    CHECK(spec.dpi == 144);
    CHECK(spec.theme == QLatin1String("print"));
    CHECK(spec.charts == FigureCharts::Spending);
    CHECK(dialog.format() == FigureFormat::Svg);
    CHECK_FALSE(spec.graticule);
    CHECK(child<QCheckBox>(dialog, "altTextCheck")->isChecked());
    CHECK(spec.title == context().dataset->title.en);
    forgetSettings();
}

TEST_CASE("The colour-vision choice goes into the figure, its command line and the settings", "[widgets][export]")
{
    forgetSettings();
    {
        ExportDialog dialog(context());
        CHECK(dialog.request().spec.colourVision == ColourVision::Normal);
        CHECK_FALSE(child<QLineEdit>(dialog, "commandLine")->text().contains(QLatin1String("--colour-vision")));
        choose(dialog, "colourVisionCombo", QStringLiteral("deuteranopia"));
        CHECK(dialog.request().spec.colourVision == ColourVision::Deuteranopia);
        CHECK(child<QLineEdit>(dialog, "commandLine")->text().contains(QLatin1String("--colour-vision deuteranopia")));
        CHECK(child<QComboBox>(dialog, "colourVisionCombo")->count() == static_cast<int>(colourVisions().size()));
    }
    ExportDialog dialog(context());
    CHECK(dialog.request().spec.colourVision == ColourVision::Deuteranopia);
    forgetSettings();
}

TEST_CASE("Every control has a name, a tooltip and a label", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    for (const char *name :
        { "presetCombo", "widthSpin", "heightSpin", "dpiSpin", "formatCombo", "viewCombo", "titleEdit", "subtitleEdit",
            "notesEdit", "chartCombo", "themeCombo", "colourVisionCombo", "languageCombo", "commandLine" }) {
        INFO(name);
        auto *widget = child<QWidget>(dialog, name);
        CHECK_FALSE(widget->toolTip().isEmpty());
        bool labelled = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || label->buddy() == widget;
        CHECK(labelled);
    }
    // Without a selection there is nothing to highlight.
    CHECK_FALSE(child<QCheckBox>(dialog, "highlightCheck")->isEnabled());
    CHECK(dialog.request().highlighted.isEmpty());
}

TEST_CASE("Tab goes down the settings, then to the command line and the buttons", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context({ { EntityType::Company, QStringLiteral("nscale") } }));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QStringList order;
    QWidget *widget = child<QWidget>(dialog, "presetCombo");
    for (int i = 0; i < 100 && !order.contains(widget->objectName()); ++i) {
        if (widget->isEnabled() && widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->objectName().isEmpty() && !widget->objectName().startsWith(u'q'))
            order.append(widget->objectName());
        widget = widget->nextInFocusChain();
    }
    const QStringList expected { QStringLiteral("presetCombo"), QStringLiteral("widthSpin"),
        QStringLiteral("heightSpin"), QStringLiteral("dpiSpin"), QStringLiteral("formatCombo"),
        QStringLiteral("altTextCheck"), QStringLiteral("viewCombo"), QStringLiteral("titleEdit"),
        QStringLiteral("subtitleEdit"), QStringLiteral("notesEdit"), QStringLiteral("chartCombo"),
        QStringLiteral("themeCombo"), QStringLiteral("colourVisionCombo"), QStringLiteral("languageCombo"),
        QStringLiteral("transparentCheck"), QStringLiteral("legendCheck"), QStringLiteral("labelsCheck"),
        QStringLiteral("graticuleCheck"), QStringLiteral("sourceLineCheck"), QStringLiteral("asOfCheck"),
        QStringLiteral("attributionCheck"), QStringLiteral("highlightCheck"), QStringLiteral("commandLine"),
        QStringLiteral("copyCommandButton") };
    // The dialog's buttons come last, in their box's order.
    CHECK(order.mid(0, expected.size()) == expected);
    CHECK(order.contains(QStringLiteral("exportButton")));
    CHECK(order.indexOf(QStringLiteral("exportButton")) > order.indexOf(QStringLiteral("copyCommandButton")));
}

TEST_CASE("Copy to Clipboard copies the figure at its full size; Copy copies the command line", "[widgets][export]")
{
    forgetSettings();
    ExportDialog dialog(context());
    dialog.setPresetName(QStringLiteral("square"));
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    const QImage copied = QGuiApplication::clipboard()->image();
    CHECK(copied.size() == QSize(1080, 1080));
    CHECK(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("1080 × 1080")));

    QTest::mouseClick(child<QPushButton>(dialog, "copyCommandButton"), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == dialog.commandLine());
    CHECK(dialog.commandLine() == commandLine(dialog));
}

TEST_CASE("Tab goes through the settings in the order they show", "[widgets][export][a11y]")
{
    forgetSettings();
    ExportDialog dialog(context());
    dialog.setPresetName(QStringLiteral("a4-landscape")); // paper: the unit can be chosen
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // The unit sits beside the width: after it, before the height.
    const QList<QWidget *> expected { child<QComboBox>(dialog, "presetCombo"),
        child<QDoubleSpinBox>(dialog, "widthSpin"), child<QComboBox>(dialog, "unitCombo"),
        child<QDoubleSpinBox>(dialog, "heightSpin"), child<QSpinBox>(dialog, "dpiSpin"),
        child<QComboBox>(dialog, "formatCombo") };
    expected.first()->setFocus();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(expected.at(i)->hasFocus()); // a spin box's focus is in its line edit, its focus proxy
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
}
