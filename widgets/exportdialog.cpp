#include "exportdialog.h"

#include "accessibility.h"
#include "exportprogress.h"
#include "viewpreset.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace atlas {

namespace {

const QString s_custom = QStringLiteral("custom");
const QString s_map = QStringLiteral("map");
const QString s_currentView = QStringLiteral("current");
const QString s_worldView = QStringLiteral("world");
constexpr int s_previewDelayMs = 150;
constexpr double s_maxPx = 99999;
constexpr double s_maxMm = 9999.9;

QSize pixelsOf(const QSizeF &mm, double dpi)
{
    // As the command line computes them, so the same sheet gives the same pixels.
    return { static_cast<int>(std::min(std::round(mm.width() / 25.4 * dpi), 1e9)),
        static_cast<int>(std::min(std::round(mm.height() / 25.4 * dpi), 1e9)) };
}

QString formatMm(double mm)
{
    return QString::number(std::round(mm * 10) / 10, 'f', std::abs(mm - std::round(mm)) < 0.05 ? 0 : 1);
}

/// FigureCharts in the settings, by their command-line names.
const QStringList s_chartKeys { QStringLiteral("none"), QStringLiteral("gpus"), QStringLiteral("spending") };

/// A file-name-safe form of @p text: letters and digits kept (Hangul too), the rest one dash.
QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            result.append(c);
        else if (!result.isEmpty() && !result.endsWith(u'-'))
            result.append(u'-');
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.left(80);
}

QString altTextPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
}

/// The export itself, on whichever thread calls it: the figure, then its alt text.
QString writeFiles(const QString &path, const Figure &figure, bool altText, FigureResult *result,
    const FigureExport::Progress &progress, const std::atomic_bool *cancel)
{
    FigureResult drawn;
    if (QString error = FigureExport::write(path, figure, &drawn, progress, cancel); !error.isEmpty())
        return error;
    if (altText) {
        if (QString error = FigureExport::writeText(altTextPath(path), figure.altText(drawn)); !error.isEmpty())
            return error;
    }
    if (result)
        *result = std::move(drawn);
    return {};
}

/// A check box named "<key>Check", where <key> is its settings key; @p checked is its default.
QCheckBox *checkBox(const QString &text, const QString &toolTip, const char *name, QWidget *parent, bool checked)
{
    auto *box = new QCheckBox(text, parent);
    box->setToolTip(toolTip);
    box->setObjectName(QLatin1String(name));
    box->setChecked(checked);
    return box;
}

template<typename Widget>
Widget *named(Widget *widget, const char *name, const QString &toolTip)
{
    widget->setObjectName(QLatin1String(name));
    widget->setToolTip(toolTip);
    return widget;
}

} // namespace

/// The preview: the last rendered image, fitted into the widget with its aspect ratio, framed.
class ExportDialog::Preview : public QWidget
{
public:
    Preview(Theme theme, QWidget *parent)
        : QWidget(parent)
        , m_theme(std::move(theme))
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(320, 240);
    }

    const QImage &image() const { return m_image; }
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }
    QSize sizeHint() const override { return { 520, 400 }; }
    /// The largest image that fits, in device pixels.
    QSize available() const
    {
        const QSize logical = isVisible() ? contentsRect().size() - QSize(4, 4) : sizeHint();
        return (logical.expandedTo(QSize(64, 64)) * devicePixelRatioF());
    }

    std::function<void()> resized;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        if (m_image.isNull()) {
            painter.setPen(m_theme.mutedText);
            painter.drawText(rect(), Qt::AlignCenter, ExportDialog::tr("Drawing the preview…"));
            return;
        }
        const QSizeF imageSize = QSizeF(m_image.size()) / m_image.devicePixelRatio();
        const QSizeF fitted = imageSize.scaled(QSizeF(contentsRect().size()) - QSizeF(4, 4), Qt::KeepAspectRatio);
        QRectF target(QPointF(0, 0), fitted);
        target.moveCenter(QRectF(contentsRect()).center());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
        painter.setPen(QPen(m_theme.border, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5));
    }
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (resized)
            resized();
    }

private:
    Theme m_theme;
    QImage m_image;
};

ExportDialog::ExportDialog(Context context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_size(FigureSpec::fromPreset(*FigurePreset::byName(QStringLiteral("slide"))))
{
    setWindowTitle(tr("Export Figure"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createSettings());
    columns->addWidget(createPreviewColumn(), 1);
    layout->addLayout(columns, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = named(buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole), "exportButton",
        tr("Choose a file and write the figure to it"));
    m_copyButton = named(buttons->addButton(tr("C&opy to Clipboard"), QDialogButtonBox::ActionRole), "copyButton",
        tr("Copy the figure, at its full size, to the clipboard as an image"));
    // Enter in a field only commits it; no button hijacks it.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportWithDialog);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(s_previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<PreviewOutput>::finished, this, &ExportDialog::previewFinished);
    m_preview->resized = [this] { schedulePreview(); };

    restoreSettings();
    connectControls();
    showSize();
    changed();

    // Roomy where there is room; at 1366×768 it still fits, the settings column scrolling.
    const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
    resize(std::min(1180, available.width() - 40), std::min(760, available.height() - 60));
}

ExportDialog::~ExportDialog()
{
    disconnect(&m_previewWatcher, nullptr, this, nullptr);
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewWatcher.waitForFinished();
    m_export.waitForFinished();
    saveSettings();
}

QWidget *ExportDialog::createSettings()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createOutputGroup());
    layout->addWidget(createContentGroup());
    layout->addWidget(createAppearanceGroup());
    layout->addWidget(createShowGroup());
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsArea"));
    // Not a tab stop of its own: Tab goes through its fields, and it scrolls to the focused one.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(content->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
    scroll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    return scroll;
}

QWidget *ExportDialog::createOutputGroup()
{
    auto *group = new QGroupBox(tr("Output"));
    auto *form = new QFormLayout(group);

    m_preset = named(new QComboBox(group), "presetCombo", tr("A figure format: its size, resolution and medium"));
    for (const FigurePreset &preset : FigurePreset::all())
        m_preset->addItem(preset.displayName, preset.name);
    m_preset->addItem(tr("Custom"), s_custom);
    form->addRow(tr("&Preset:"), m_preset);

    m_width = named(new QDoubleSpinBox(group), "widthSpin", tr("The figure's width"));
    m_height = named(new QDoubleSpinBox(group), "heightSpin", tr("The figure's height"));
    for (QDoubleSpinBox *box : { m_width, m_height }) {
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
    }
    m_unit = named(
        new QComboBox(group), "unitCombo", tr("Pixels, or millimetres for paper (custom sizes and paper presets)"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->addItem(tr("px"), false);
    m_unit->addItem(tr("mm"), true);
    auto *widthRow = new QHBoxLayout;
    widthRow->addWidget(m_width, 1);
    widthRow->addWidget(m_unit);
    auto *widthLabel = new QLabel(tr("&Width:"), group);
    widthLabel->setBuddy(m_width);
    form->addRow(widthLabel, widthRow);
    form->addRow(tr("&Height:"), m_height);
    // Tab follows the rows: the unit sits beside the width but was made after the height.
    setTabOrder(m_width, m_unit);
    setTabOrder(m_unit, m_height);

    m_dpi = named(new QSpinBox(group), "dpiSpin",
        tr("Resolution: for paper it sets the pixels of the sheet, for screens only the file's DPI"));
    m_dpi->setRange(10, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setKeyboardTracking(false);
    form->addRow(tr("&Resolution:"), m_dpi);

    m_format = named(new QComboBox(group), "formatCombo",
        tr("PNG and JPEG are images; SVG and PDF are vector graphics with real text"));
    m_format->addItem(tr("PNG image"), static_cast<int>(FigureFormat::Png));
    m_format->addItem(tr("JPEG image"), static_cast<int>(FigureFormat::Jpeg));
    m_format->addItem(tr("SVG vector graphics"), static_cast<int>(FigureFormat::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(FigureFormat::Pdf));
    form->addRow(tr("&Format:"), m_format);

    m_altText = checkBox(tr("Also write &alt text"),
        tr("Write a text description of the figure next to it, with the same name ending in .txt"), "altTextCheck",
        group, false);
    form->addRow(m_altText);
    return group;
}

QWidget *ExportDialog::createContentGroup()
{
    auto *group = new QGroupBox(tr("Content"));
    auto *form = new QFormLayout(group);

    m_view = named(new QComboBox(group), "viewCombo", tr("What part of the world the map shows"));
    m_view->addItem(tr("Current map view"), s_currentView);
    m_view->addItem(tr("Whole world"), s_worldView);
    for (const ViewPreset &preset : ViewPreset::all()) {
        if (preset.name != s_worldView)
            m_view->addItem(
                QString(preset.displayName).replace(QStringLiteral("&&"), QStringLiteral("&")), preset.name);
    }
    form->addRow(tr("&View:"), m_view);

    m_title = named(new QLineEdit(group), "titleEdit", tr("The figure's title; leave it empty for none"));
    Accessibility::enableClearButton(m_title);
    form->addRow(tr("&Title:"), m_title);
    m_subtitle = named(new QLineEdit(group), "subtitleEdit", tr("A line under the title"));
    Accessibility::enableClearButton(m_subtitle);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    m_notes = named(new QPlainTextEdit(group), "notesEdit", tr("Notes printed under the sources (up to four lines)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Notes:"), m_notes);

    m_charts = named(new QComboBox(group), "chartCombo", tr("A chart panel beside or below the map"));
    m_charts->addItem(tr("None"), static_cast<int>(FigureCharts::None));
    m_charts->addItem(tr("GPUs by company"), static_cast<int>(FigureCharts::Gpus));
    m_charts->addItem(tr("Spending by company"), static_cast<int>(FigureCharts::Spending));
    form->addRow(tr("&Chart:"), m_charts);
    return group;
}

QWidget *ExportDialog::createAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"));
    auto *form = new QFormLayout(group);
    m_theme = named(new QComboBox(group), "themeCombo", tr("Colours: light, dark, or print (opaque ink on white)"));
    for (const QString &name : Theme::names()) {
        const QString display = name == QLatin1String("light") ? tr("Light")
            : name == QLatin1String("dark")                    ? tr("Dark")
            : name == QLatin1String("print")                   ? tr("Print")
            : name == QLatin1String("projector")               ? tr("Projector")
            : name == QLatin1String("projector-dark")          ? tr("Projector, dark room")
                                                               : name;
        m_theme->addItem(display, name);
    }
    form->addRow(tr("Th&eme:"), m_theme);

    m_colourVision = named(new QComboBox(group), "colourVisionCombo",
        tr("Draw the figure as a reader with this colour vision sees it, to check that it reads without colour"));
    for (const ColourVision vision : colourVisions())
        m_colourVision->addItem(colourVisionDisplayName(vision), colourVisionName(vision));
    form->addRow(tr("Colour vision:"), m_colourVision);

    m_language = named(new QComboBox(group), "languageCombo", tr("The language of the dataset's names and texts"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    form->addRow(tr("Lang&uage:"), m_language);

    m_transparent = checkBox(tr("Transparent bac&kground"),
        tr("No background outside the map (not for JPEG, which has no transparency)"), "transparentCheck", group,
        false);
    form->addRow(m_transparent);
    return group;
}

QWidget *ExportDialog::createShowGroup()
{
    auto *group = new QGroupBox(tr("Show"));
    auto *grid = new QGridLayout(group);
    m_legend = checkBox(tr("&Legend"), tr("The key to symbol sizes, flows and statuses"), "legendCheck", group, true);
    m_labels = checkBox(tr("La&bels"), tr("Names of the largest sites on the map"), "labelsCheck", group, true);
    m_graticule = checkBox(tr("&Graticule"), tr("Lines of latitude and longitude"), "graticuleCheck", group, true);
    m_sourceLine = checkBox(
        tr("Source l&ine"), tr("The publishers of every figure shown, under the map"), "sourceLineCheck", group, true);
    m_asOfLine = checkBox(tr("“As of” &date"), tr("The date the data is shown as of, and what symbol sizes show"),
        "asOfCheck", group, true);
    m_attribution = checkBox(tr("Attribution"), tr("“Made with Natural Earth”"), "attributionCheck", group, true);
    const QList<QCheckBox *> boxes { m_legend, m_labels, m_graticule, m_sourceLine, m_asOfLine, m_attribution };
    for (qsizetype i = 0; i < boxes.size(); ++i)
        grid->addWidget(boxes.at(i), static_cast<int>(i / 2), static_cast<int>(i % 2));
    const int selected = static_cast<int>(m_context.selection.size());
    m_highlight = checkBox(selected == 0 ? tr("Highlight the current selection")
                                         : tr("Highlight the current selection (%n item(s))", nullptr, selected),
        tr("Show what is selected in the window highlighted and dim the rest"), "highlightCheck", group, selected > 0);
    grid->addWidget(m_highlight, 3, 0, 1, 2);
    return group;
}

QWidget *ExportDialog::createPreviewColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new Preview(m_context.theme, column);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setToolTip(tr("The figure as it will be exported, scaled down"));
    layout->addWidget(m_preview, 1);

    m_sizeLabel = new QLabel(column);
    m_sizeLabel->setObjectName(QStringLiteral("sizeLabel"));
    m_sizeLabel->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_sizeLabel);
    m_problemLabel = new QLabel(column);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    QPalette errorPalette = m_problemLabel->palette();
    errorPalette.setColor(QPalette::WindowText, m_context.theme.error);
    m_problemLabel->setPalette(errorPalette);
    layout->addWidget(m_problemLabel);

    auto *commandRow = new QHBoxLayout;
    m_commandLine = named(new QLineEdit(column), "commandLine",
        tr("The command that makes the same figure without the window, pixel for pixel"));
    m_commandLine->setReadOnly(true);
    auto *commandLabel = new QLabel(tr("Co&mmand line:"), column);
    commandLabel->setBuddy(m_commandLine);
    auto *copyCommand = named(
        new QPushButton(tr("Cop&y"), column), "copyCommandButton", tr("Copy the command line to the clipboard"));
    copyCommand->setAutoDefault(false);
    connect(copyCommand, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_commandLine->text()); });
    commandRow->addWidget(commandLabel);
    commandRow->addWidget(m_commandLine, 1);
    commandRow->addWidget(copyCommand);
    layout->addLayout(commandRow);

    m_commandNote = new QLabel(
        tr("The figure applies the filter bar's conditions; the command line has options for the date only."), column);
    m_commandNote->setObjectName(QStringLiteral("commandNote"));
    m_commandNote->setWordWrap(true);
    QPalette mutedPalette = m_commandNote->palette();
    mutedPalette.setColor(QPalette::WindowText, m_context.theme.mutedText);
    m_commandNote->setPalette(mutedPalette);
    DatasetFilter withoutDate = m_context.filter;
    withoutDate.asOf = QDate();
    m_commandNote->setVisible(!withoutDate.isEmpty());
    layout->addWidget(m_commandNote);

    m_statusLabel = new QLabel(column);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);
    return column;
}

void ExportDialog::connectControls()
{
    connect(
        m_preset, &QComboBox::currentIndexChanged, this, [this] { choosePreset(m_preset->currentData().toString()); });
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &ExportDialog::editSize);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &ExportDialog::editSize);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { chooseUnit(m_unit->currentData().toBool()); });
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportDialog::editDpi);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // A title the user has not touched follows the language.
        if (!m_titleEdited) {
            m_title->setText(defaultTitle());
            m_title->setCursorPosition(0);
        }
    });
    for (QComboBox *box : { m_format, m_view, m_charts, m_theme, m_colourVision, m_language })
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::changed);
    for (QLineEdit *edit : { m_title, m_subtitle })
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ExportDialog::changed);
    for (QCheckBox *box : { m_altText, m_transparent, m_legend, m_labels, m_graticule, m_sourceLine, m_asOfLine,
             m_attribution, m_highlight })
        connect(box, &QCheckBox::toggled, this, &ExportDialog::changed);
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    const QString preset = settings.value(QStringLiteral("preset"), QStringLiteral("slide")).toString();
    const QSizeF size(
        settings.value(QStringLiteral("width")).toDouble(), settings.value(QStringLiteral("height")).toDouble());
    const bool mm = settings.value(QStringLiteral("unit")).toString() == QLatin1String("mm");
    const double dpi = settings.value(QStringLiteral("dpi"), 0).toDouble();
    if (const auto known = FigurePreset::byName(preset))
        m_size = FigureSpec::fromPreset(*known);
    // The size of a custom figure or of a resized map, and the DPI of paper, come back too.
    if ((preset == s_custom || preset == s_map) && !size.isEmpty() && dpi >= 10 && dpi <= 2400) {
        m_size.preset = preset;
        m_size.dpi = dpi;
        m_mm = mm && preset == s_custom;
        if (m_mm) {
            m_size.sizeMm = size;
            m_size.medium = FigureMedium::Paper;
            m_size.sizePx = pixelsOf(size, dpi);
        } else {
            m_size.sizeMm = QSizeF();
            m_size.sizePx = size.toSize();
            if (preset == s_custom)
                m_size.medium = FigureMedium::Screen;
        }
    } else if (!m_size.sizeMm.isEmpty() && dpi >= 10 && dpi <= 2400) {
        m_mm = mm;
        m_size.dpi = dpi;
        m_size.sizePx = pixelsOf(m_size.sizeMm, dpi);
    }

    select(m_format, settings.value(QStringLiteral("format"), static_cast<int>(FigureFormat::Png)).toInt());
    select(m_theme, settings.value(QStringLiteral("theme"), QStringLiteral("light")));
    select(m_colourVision, settings.value(QStringLiteral("colourVision"), QStringLiteral("normal")));
    select(m_charts,
        std::max(0, static_cast<int>(s_chartKeys.indexOf(settings.value(QStringLiteral("chart")).toString()))));
    select(m_language, settings.value(QStringLiteral("language"), m_context.language));
    for (QCheckBox *box : rememberedBoxes())
        box->setChecked(settings.value(box->objectName().chopped(5), box->isChecked()).toBool());
    m_title->setText(defaultTitle());
    m_title->setCursorPosition(0);
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    const FigureSpec &spec = m_size;
    settings.setValue(QStringLiteral("preset"), spec.preset);
    settings.setValue(QStringLiteral("unit"), m_mm ? QStringLiteral("mm") : QStringLiteral("px"));
    settings.setValue(QStringLiteral("width"), m_mm ? spec.sizeMm.width() : spec.sizePx.width());
    settings.setValue(QStringLiteral("height"), m_mm ? spec.sizeMm.height() : spec.sizePx.height());
    settings.setValue(QStringLiteral("dpi"), spec.dpi);
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData());
    settings.setValue(QStringLiteral("colourVision"), m_colourVision->currentData());
    settings.setValue(QStringLiteral("chart"), s_chartKeys.value(m_charts->currentData().toInt()));
    settings.setValue(QStringLiteral("language"), m_language->currentData());
    for (const QCheckBox *box : rememberedBoxes())
        settings.setValue(box->objectName().chopped(5), box->isChecked());
}

QList<QCheckBox *> ExportDialog::rememberedBoxes() const
{
    // Their settings keys are their names without "Check"; the selection is not remembered.
    return { m_altText, m_transparent, m_legend, m_labels, m_graticule, m_sourceLine, m_asOfLine, m_attribution };
}

// Size rules, as the command line has them: a preset fixes size, DPI and medium; editing the
// size or DPI makes it custom, except the DPI of paper (the sheet stays, the pixels follow) and
// the bare map, which takes any size and DPI (`--size` without `--figure`).

void ExportDialog::choosePreset(const QString &name)
{
    if (name == s_custom) {
        m_size.preset = s_custom;
        if (!m_mm)
            m_size.sizeMm = QSizeF();
        m_size.medium = m_mm ? FigureMedium::Paper : FigureMedium::Screen;
    } else if (const auto preset = FigurePreset::byName(name)) {
        m_size = FigureSpec::fromPreset(*preset);
        if (preset->sizeMm.isEmpty())
            m_mm = false;
    }
    showSize();
    changed();
}

void ExportDialog::editSize()
{
    const QSizeF value(m_width->value(), m_height->value());
    if (m_size.preset == s_map) {
        m_size.sizePx = value.toSize();
    } else {
        m_size.preset = s_custom;
        if (m_mm) {
            m_size.sizeMm = value;
            m_size.medium = FigureMedium::Paper;
            m_size.sizePx = pixelsOf(value, m_size.dpi);
        } else {
            m_size.sizeMm = QSizeF();
            m_size.medium = FigureMedium::Screen;
            m_size.sizePx = value.toSize();
        }
    }
    showSize();
    changed();
}

void ExportDialog::editDpi()
{
    m_size.dpi = m_dpi->value();
    if (!m_size.sizeMm.isEmpty()) {
        m_size.sizePx = pixelsOf(m_size.sizeMm, m_size.dpi);
    } else if (m_size.preset != s_map && m_size.preset != s_custom) {
        m_size.preset = s_custom;
        m_size.medium = FigureMedium::Screen;
    }
    showSize();
    changed();
}

void ExportDialog::chooseUnit(bool mm)
{
    if (mm == m_mm)
        return;
    m_mm = mm;
    if (m_size.preset == s_custom) {
        if (mm) {
            const auto toMm = [this](int px) { return std::round(px / m_size.dpi * 254) / 10; };
            m_size.sizeMm = QSizeF(toMm(m_size.sizePx.width()), toMm(m_size.sizePx.height()));
            m_size.medium = FigureMedium::Paper;
            m_size.sizePx = pixelsOf(m_size.sizeMm, m_size.dpi);
        } else {
            m_size.sizeMm = QSizeF();
            m_size.medium = FigureMedium::Screen;
        }
    }
    showSize();
    changed();
}

void ExportDialog::showSize()
{
    const QSignalBlocker blockPreset(m_preset);
    const QSignalBlocker blockWidth(m_width);
    const QSignalBlocker blockHeight(m_height);
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockDpi(m_dpi);
    m_preset->setCurrentIndex(m_preset->findData(m_size.preset));
    const bool paper = !m_size.sizeMm.isEmpty() && m_size.preset != s_custom;
    m_unit->setEnabled(m_size.preset == s_custom || paper);
    m_unit->setCurrentIndex(m_mm ? 1 : 0);
    for (QDoubleSpinBox *box : { m_width, m_height }) {
        box->setDecimals(m_mm ? 1 : 0);
        box->setRange(1, m_mm ? s_maxMm : s_maxPx);
        box->setSuffix(m_mm ? tr(" mm") : tr(" px"));
    }
    m_width->setValue(m_mm ? m_size.sizeMm.width() : m_size.sizePx.width());
    m_height->setValue(m_mm ? m_size.sizeMm.height() : m_size.sizePx.height());
    m_dpi->setValue(static_cast<int>(std::lround(m_size.dpi)));
}

void ExportDialog::changed()
{
    updateControls();
    schedulePreview();
}

void ExportDialog::updateControls()
{
    const FigureRequest current = request();
    const FigureSpec &spec = current.spec;
    const bool composed = spec.composed();
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_title, m_subtitle, m_notes, m_charts, m_sourceLine, m_asOfLine })
        widget->setEnabled(composed);
    m_transparent->setEnabled(format() != FigureFormat::Jpeg);
    m_highlight->setEnabled(!m_context.selection.isEmpty());

    const QSizeF mm = spec.physicalSizeMm();
    m_sizeLabel->setText(tr("%1 × %2 px · %3 × %4 mm · %5 dpi")
                             .arg(spec.sizePx.width())
                             .arg(spec.sizePx.height())
                             .arg(formatMm(mm.width()), formatMm(mm.height()))
                             .arg(spec.dpi));
    const QString problem = FigureExport::check(spec, format());
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(problem.isEmpty() && m_export.isFinished());
    m_copyButton->setEnabled(FigureExport::check(spec, FigureFormat::Png).isEmpty());
    m_commandLine->setText(commandLine());
    m_commandLine->setCursorPosition(0);
}

FigureRequest ExportDialog::request() const
{
    FigureRequest request;
    request.spec = m_size; // its size; everything else follows
    FigureSpec &spec = request.spec;
    if (spec.composed()) {
        // An empty title means none, as `--title ""` does: the dataset's is only the default text.
        spec.title = m_title->text().trimmed();
        spec.subtitle = m_subtitle->text().trimmed();
        spec.notes = m_notes->toPlainText().trimmed();
        spec.charts = static_cast<FigureCharts>(m_charts->currentData().toInt());
        request.titleGiven = true;
    }
    spec.theme = m_theme->currentData().toString();
    spec.colourVision = colourVisionFromName(m_colourVision->currentData().toString()).value_or(ColourVision::Normal);
    // Companies keep the colours the window gives them (View › Theme › Company Colours).
    spec.companyColours = m_context.theme.companyColours;
    spec.transparent = m_transparent->isChecked() && format() != FigureFormat::Jpeg;
    spec.language = m_language->currentData().toString();
    spec.legend = m_legend->isChecked();
    spec.labels = m_labels->isChecked();
    spec.graticule = m_graticule->isChecked();
    spec.sourceLine = m_sourceLine->isChecked();
    spec.asOfLine = m_asOfLine->isChecked();
    spec.attribution = m_attribution->isChecked();

    const QString view = m_view->currentData().toString();
    spec.projection = m_context.windowViewport.projection;
    if (view == s_currentView) {
        spec.extent = m_context.windowViewport.mapRect();
    } else if (const auto preset = ViewPreset::byName(view); preset && view != s_worldView) {
        spec.projection = preset->projection.value_or(spec.projection);
        spec.extent = MapViewport::lonLatExtent(spec.projection, preset->lonLatBox);
    }
    spec.measure = m_context.measure;
    request.asOf = m_context.filter.asOf;
    if (m_highlight->isChecked() && !m_context.selection.isEmpty())
        request.highlighted = m_context.selection;
    return request;
}

FigureData ExportDialog::figureData(const FigureRequest &request) const
{
    FigureData snapshot { m_context.dataset, m_context.filter, request.highlighted, m_context.basemap, {} };
    snapshot.filter.asOf = request.asOf;
    return snapshot;
}

Figure ExportDialog::figure() const
{
    const FigureRequest current = request();
    return { current.spec, figureData(current) };
}

FigureFormat ExportDialog::format() const
{
    return static_cast<FigureFormat>(m_format->currentData().toInt());
}

QString ExportDialog::commandLine() const
{
    return FigureArguments::shellLine(QStringList { QStringLiteral("compute-atlas") }
        + FigureArguments::toArguments(request(), defaultFileName(), m_context.datasetPath));
}

QString ExportDialog::defaultTitle() const
{
    return m_context.dataset ? m_context.dataset->title.text(m_language->currentData().toString()) : QString();
}

QString ExportDialog::defaultFileName() const
{
    QString name = slug(m_title->isEnabled() ? m_title->text() : QString());
    if (name.isEmpty())
        name = slug(defaultTitle());
    if (name.isEmpty())
        name = QStringLiteral("figure");
    return name + u'.' + FigureExport::extension(format());
}

void ExportDialog::setPresetName(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void ExportDialog::setViewName(const QString &name)
{
    const int index = m_view->findData(name);
    if (index >= 0)
        m_view->setCurrentIndex(index);
}

void ExportDialog::setFormat(FigureFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

// Preview: coalesced by a short timer; a newer request cancels the running render, whose
// result is then dropped; the image on screen stays until the current one is ready.

void ExportDialog::schedulePreview()
{
    ++m_generation;
    m_previewTimer.start();
}

double ExportDialog::previewScale(const FigureSpec &spec) const
{
    const QSize box = m_preview->available();
    const double scale = std::min(box.width() / static_cast<double>(std::max(1, spec.sizePx.width())),
        box.height() / static_cast<double>(std::max(1, spec.sizePx.height())));
    return std::min(1.0, scale);
}

void ExportDialog::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewCancel->store(true);
        return; // previewFinished() starts the next one
    }
    const FigureRequest current = request();
    const FigureData snapshot = figureData(current);
    const double scale = previewScale(current.spec);
    const double dpr = m_preview->devicePixelRatioF();
    const int generation = m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_previewCancel = cancel;
    m_previewWatcher.setFuture(QtConcurrent::run([spec = current.spec, snapshot, scale, dpr, generation, cancel] {
        PreviewOutput output;
        output.generation = generation;
        output.image = FigureExport::image(Figure(spec, snapshot), scale, nullptr, cancel.get());
        output.image.setDevicePixelRatio(dpr);
        output.cancelled = cancel->load();
        return output;
    }));
}

void ExportDialog::previewFinished()
{
    const PreviewOutput output = m_previewWatcher.result();
    if (output.cancelled || output.generation != m_generation) {
        if (!m_previewTimer.isActive())
            startPreview();
        return;
    }
    m_shownGeneration = output.generation;
    if (!output.image.isNull())
        m_preview->setImage(output.image);
    Q_EMIT previewUpdated();
}

QImage ExportDialog::previewImage() const
{
    return m_preview->image();
}

bool ExportDialog::previewPending() const
{
    return m_shownGeneration != m_generation;
}

// Export and clipboard.

QString ExportDialog::exportTo(const QString &path, FigureResult *result)
{
    QString error = writeFiles(path, figure(), m_altText->isChecked(), result, {}, nullptr);
    finishExport(path, error);
    return error;
}

void ExportDialog::exportWithDialog()
{
    const FigureFormat chosen = format();
    const QString extension = FigureExport::extension(chosen);
    const QString filters[] = { tr("PNG images (*.png)"), tr("JPEG images (*.jpg *.jpeg)"), tr("SVG files (*.svg)"),
        tr("PDF files (*.pdf)") };
    const QString directory = QSettings()
                                  .value(QStringLiteral("export/directory"),
                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                                  .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), QDir(directory).filePath(defaultFileName()), filters[static_cast<int>(chosen)]);
    if (path.isEmpty())
        return;
    if (!FigureExport::formatOf(path))
        path += u'.' + extension;

    const ExportProgress exportProgress
        = ExportProgress::open(this, tr("Export Figure"), tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    QProgressDialog *progress = exportProgress.dialog;
    const FigureExport::Progress report = exportProgress.report;
    const std::shared_ptr<std::atomic_bool> cancel = exportProgress.cancel;
    m_export = QtConcurrent::run([path, drawn = figure(), altText = m_altText->isChecked(), report, cancel] {
        return writeFiles(path, drawn, altText, nullptr, report, cancel.get());
    });
    m_exportButton->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path, cancel] {
        const QString error = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        if (cancel->load()) {
            m_statusLabel->setPalette(palette());
            m_statusLabel->setText(tr("Export cancelled; nothing was written."));
            updateControls();
            return;
        }
        finishExport(path, error);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Figure"), tr("The figure could not be written.\n\n%1").arg(error));
    });
    watcher->setFuture(m_export);
}

void ExportDialog::finishExport(const QString &path, const QString &error)
{
    m_statusLabel->setPalette(error.isEmpty() ? palette() : m_problemLabel->palette());
    if (error.isEmpty()) {
        QSettings().setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
        const QString written = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        m_statusLabel->setText(m_altText->isChecked()
                ? tr("Wrote %1 and its alt text, %2").arg(written, QFileInfo(altTextPath(path)).fileName())
                : tr("Wrote %1").arg(written));
    } else {
        m_statusLabel->setText(error);
    }
    updateControls();
}

void ExportDialog::copyToClipboard()
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Figure current = figure();
    const QImage image = FigureExport::image(current);
    QApplication::restoreOverrideCursor();
    if (image.isNull()) {
        m_statusLabel->setText(tr("Not enough memory for an image of %1 × %2 pixels")
                                   .arg(current.spec().sizePx.width())
                                   .arg(current.spec().sizePx.height()));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(tr("Copied a %1 × %2 px image to the clipboard").arg(image.width()).arg(image.height()));
}

} // namespace atlas
