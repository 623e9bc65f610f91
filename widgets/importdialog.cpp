#include "importdialog.h"

#include "accessibility.h"
#include "importmappingtable.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <utility>

namespace atlas {

namespace {

constexpr int s_previewRows = 20;
/// Lines of skipped rows shown in the dialog; "Copy report" has them all.
constexpr int s_shownReportLines = 5000;
constexpr int s_maxColumnWidthPx = 260;
const QString s_settingsGroup = QStringLiteral("import");

template<typename Widget>
Widget *named(Widget *widget, const char *name, const QString &toolTip = {})
{
    widget->setObjectName(QLatin1String(name));
    if (!toolTip.isEmpty())
        widget->setToolTip(toolTip);
    return widget;
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

int clampToInt(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QString fieldLabel(const QString &key)
{
    return ImportMappingTable::fieldLabel(key);
}

bool isWgs84(const QString &crs)
{
    static const QStringList s_names { QStringLiteral("EPSG:4326"), QStringLiteral("OGC:CRS84"),
        QStringLiteral("WGS 84"), QStringLiteral("WGS84") };
    return s_names.contains(crs.trimmed(), Qt::CaseInsensitive);
}

bool isConnectionString(const QString &source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

/// A source as the dialog names it: a native path, or a connection string without its password.
QString displayName(const QString &source)
{
    const QString shown = DatasetImporter::displayName(source);
    return isConnectionString(source) ? shown : QDir::toNativeSeparators(shown);
}

/// The file name alone, for summaries; a connection string in full (without its password).
QString shortName(const QString &source)
{
    const QString fileName = QFileInfo(source).fileName();
    return isConnectionString(source) || fileName.isEmpty() ? displayName(source) : fileName;
}

} // namespace

ImportDialog::ImportDialog(Theme theme, QWidget *parent)
    : QDialog(parent)
    , m_theme(std::move(theme))
{
    setWindowTitle(tr("Import Sites or Investments"));
    setFont(m_theme.uiFont);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceGroup());
    layout->addWidget(createTables(), 1);

    auto *buttons = new QDialogButtonBox(this);
    m_addButton = named(buttons->addButton(tr("&Add to Dataset"), QDialogButtonBox::AcceptRole), "addButton",
        tr("Close the dialog and add the imported rows to the dataset (one undoable step)"));
    m_closeButton = named(buttons->addButton(QDialogButtonBox::Close), "closeButton");
    // Enter in the source field reads the preview; it must not press a button too.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);

    connect(&m_previewWatcher, &QFutureWatcher<PreviewOutput>::finished, this, &ImportDialog::previewFinished);
    connect(&m_importWatcher, &QFutureWatcher<ImportResult>::progressValueChanged, this, &ImportDialog::importProgress);
    connect(&m_importWatcher, &QFutureWatcher<ImportResult>::finished, this, &ImportDialog::importFinished);

    const QString target = QSettings().value(s_settingsGroup + QStringLiteral("/target")).toString();
    m_target->setCurrentIndex(target == QLatin1String("investments") ? 1 : 0);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportDialog::targetChanged);

    fillMapping({});
    showReport();
    updateButtons();
    resize(1040, 720);
}

ImportDialog::~ImportDialog()
{
    disconnect(&m_importWatcher, nullptr, this, nullptr);
    disconnect(&m_previewWatcher, nullptr, this, nullptr);
    // ~QDialog hides the dialog, and the source field's losing focus would then call a slot of
    // this part of the object, which is already gone.
    disconnect(m_source, nullptr, this, nullptr);
    if (m_job)
        m_job->cancel.store(true);
    m_importWatcher.waitForFinished();
    // A preview cannot be cancelled (a database may take its time to answer); it only holds
    // copies, so it may finish after the dialog has gone.
}

QWidget *ImportDialog::createSourceGroup()
{
    auto *group = new QGroupBox(tr("Source"));
    auto *grid = new QGridLayout(group);

    m_source = named(new QLineEdit(group), "source",
        tr("A file GDAL reads (CSV, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf…), or a PostgreSQL "
           "connection string such as PG:host=localhost dbname=atlas"));
    m_source->setPlaceholderText(tr("A file, or PG:host=… dbname=… for PostgreSQL"));
    Accessibility::enableClearButton(m_source);
    auto *sourceLabel = new QLabel(tr("&Source:"), group);
    sourceLabel->setBuddy(m_source);
    m_browse = named(new QPushButton(tr("&Browse…"), group), "browse", tr("Choose a file to import"));
    m_browse->setAutoDefault(false);
    grid->addWidget(sourceLabel, 0, 0);
    grid->addWidget(m_source, 0, 1, 1, 3);
    grid->addWidget(m_browse, 0, 4);

    m_layer = named(new QComboBox(group), "layer", tr("The layer (or table) of the source to import"));
    m_layer->setMinimumContentsLength(16);
    auto *layerLabel = new QLabel(tr("&Layer:"), group);
    layerLabel->setBuddy(m_layer);
    m_target = named(new QComboBox(group), "target", tr("What each row of the layer becomes in the dataset"));
    m_target->addItem(tr("Sites"), static_cast<int>(ImportTarget::Sites));
    m_target->addItem(tr("Investments"), static_cast<int>(ImportTarget::Investments));
    auto *targetLabel = new QLabel(tr("Import &as:"), group);
    targetLabel->setBuddy(m_target);
    grid->addWidget(layerLabel, 1, 0);
    grid->addWidget(m_layer, 1, 1);
    grid->addWidget(targetLabel, 1, 2, Qt::AlignRight);
    grid->addWidget(m_target, 1, 3);
    grid->setColumnStretch(1, 1);

    m_sourceUrl = named(new QLineEdit(group), "sourceUrl",
        tr("The web address the file came from; the source the imported rows cite gets it"));
    m_sourceUrl->setPlaceholderText(tr("https://… where the data was published"));
    auto *urlLabel = new QLabel(tr("Found &at:"), group);
    urlLabel->setBuddy(m_sourceUrl);
    grid->addWidget(urlLabel, 2, 0);
    grid->addWidget(m_sourceUrl, 2, 1, 1, 4);

    m_sourceInfo = named(new QLabel(group), "sourceInfo");
    m_sourceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextColour(m_sourceInfo, m_theme.mutedText);
    grid->addWidget(m_sourceInfo, 3, 1, 1, 4);
    m_sourceError = named(new QLabel(group), "sourceError");
    m_sourceError->setWordWrap(true);
    m_sourceError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceError->hide();
    grid->addWidget(m_sourceError, 4, 1, 1, 4);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_source, &QLineEdit::editingFinished, this, &ImportDialog::sourceEdited);
    // Enter on an unchanged source that failed tries again (the file may exist now).
    connect(m_source, &QLineEdit::returnPressed, this, [this] {
        if (!m_source->isModified() && !m_previewing && hasErrors(m_previewDiagnostics))
            startPreview({});
    });
    connect(m_layer, &QComboBox::activated, this, [this] { startPreview(m_layer->currentText()); });
    return group;
}

QWidget *ImportDialog::createTables()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);

    // Left: the preview, the import and its report; right, full height: the field mapping.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewGroup = new QGroupBox(tr("Preview: the first %1 rows").arg(s_previewRows), left);
    auto *previewLayout = new QVBoxLayout(previewGroup);
    m_previewTable = named(new QTableWidget(previewGroup), "preview",
        tr("The first rows of the layer as read; the column mapped to the selected field is highlighted"));
    m_previewTable->setAccessibleName(tr("Preview"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 6);
    previewLayout->addWidget(m_previewTable);
    leftLayout->addWidget(previewGroup, 3);
    leftLayout->addWidget(createImportRow());
    leftLayout->addWidget(createReportGroup(), 2);

    auto *mappingGroup = new QGroupBox(tr("Fields"), splitter);
    auto *mappingLayout = new QVBoxLayout(mappingGroup);
    m_mappingTable = new ImportMappingTable(m_theme, mappingGroup);
    m_mappingTable->setAccessibleName(tr("Fields"));
    mappingLayout->addWidget(m_mappingTable, 1);
    m_mappingNote = named(new QLabel(mappingGroup), "mappingNote");
    m_mappingNote->setWordWrap(true);
    mappingLayout->addWidget(m_mappingNote);
    connect(m_mappingTable, &QTableWidget::currentCellChanged, this, &ImportDialog::highlightMappedColumn);
    connect(m_mappingTable, &ImportMappingTable::mappingChanged, this, &ImportDialog::mappingChanged);

    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 600, 400 });
    return splitter;
}

QWidget *ImportDialog::createImportRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_importButton = named(new QPushButton(tr("&Import"), row), "importButton",
        tr("Read every row of the layer with this mapping; nothing is added until you choose Add to Dataset"));
    m_importButton->setAutoDefault(false);
    m_progress = named(new QProgressBar(row), "progress");
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_cancelButton = named(new QPushButton(tr("Cancel"), row), "cancelImport", tr("Stop the import"));
    m_cancelButton->setAutoDefault(false);
    // Fixed, so that the button keeps its size while the progress bar is hidden.
    m_importButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(m_importButton);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancelButton);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    return row;
}

QWidget *ImportDialog::createReportGroup()
{
    auto *group = new QGroupBox(tr("Report"));
    auto *layout = new QVBoxLayout(group);
    m_reportSummary = named(new QLabel(group), "reportSummary");
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyReport = named(new QPushButton(tr("&Copy Report"), group), "copyReport",
        tr("Copy the summary and every skipped row to the clipboard"));
    m_copyReport->setAutoDefault(false);
    m_report = named(new QPlainTextEdit(group), "report", tr("The rows that were not imported, and why"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setPlaceholderText(tr("After an import, the rows that were skipped are listed here."));
    // Box layouts give a wrapped summary the height it needs; a grid beside a button clips it.
    auto *top = new QHBoxLayout;
    top->addWidget(m_reportSummary, 1);
    top->addWidget(m_copyReport, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_report, 1);
    connect(m_copyReport, &QPushButton::clicked, this, &ImportDialog::copyReport);
    return group;
}

// The source and its preview.

void ImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
    m_source->setModified(false);
    startPreview({});
}

QString ImportDialog::source() const
{
    return m_source->text().trimmed();
}

QString ImportDialog::layer() const
{
    return m_layer->currentText();
}

ImportTarget ImportDialog::target() const
{
    return static_cast<ImportTarget>(m_target->currentData().toInt());
}

void ImportDialog::setTarget(ImportTarget target)
{
    m_target->setCurrentIndex(m_target->findData(static_cast<int>(target)));
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString key = s_settingsGroup + QStringLiteral("/lastDirectory");
    QString start = settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    if (const QFileInfo current(source()); !isConnectionString(source()) && current.isFile())
        start = current.absoluteFilePath();
    const QStringList filters { tr("Vector data (*.csv *.geojson *.json *.gpkg *.shp *.kml *.kmz *.fgb)"),
        tr("CSV (*.csv)"), tr("GeoJSON (*.geojson *.json)"), tr("GeoPackage (*.gpkg)"), tr("Shapefile (*.shp)"),
        tr("KML (*.kml *.kmz)"), tr("FlatGeobuf (*.fgb)"), tr("All files (*)") };
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import From"), start, filters.join(QLatin1String(";;")));
    if (path.isEmpty())
        return;
    settings.setValue(key, QFileInfo(path).absolutePath());
    setSource(path);
}

void ImportDialog::sourceEdited()
{
    if (!m_source->isModified())
        return;
    m_source->setModified(false);
    startPreview({});
}

void ImportDialog::startPreview(const QString &layer)
{
    const QString current = source();
    ++m_generation;
    m_previewedSource = current;
    // A finished import was of the previous source or layer: it is no longer what Add would add.
    if (!m_importing) {
        m_result = {};
        m_hasResult = false;
        showReport();
    }
    if (current.isEmpty()) {
        m_previewing = false;
        m_preview = {};
        m_previewDiagnostics.clear();
        m_layer->clear();
        showSourceInfo();
        fillPreview();
        fillMapping({});
        updateButtons();
        Q_EMIT previewReady();
        return;
    }
    m_previewing = true;
    m_sourceError->hide();
    m_sourceInfo->setText(tr("Reading %1…").arg(displayName(current)));
    updateButtons();
    m_previewWatcher.setFuture(QtConcurrent::run([current, layer, generation = m_generation] {
        PreviewOutput output;
        output.generation = generation;
        output.preview = DatasetImporter::preview(current, layer, s_previewRows, output.diagnostics);
        return output;
    }));
}

void ImportDialog::previewFinished()
{
    PreviewOutput output = m_previewWatcher.result();
    if (output.generation != m_generation)
        return; // a newer request is on its way
    m_previewing = false;
    // Reading another layer with the same columns keeps the user's choices.
    const bool sameFields = !m_preview.fields.isEmpty() && output.preview.fields == m_preview.fields;
    const FieldMapping kept = mapping();
    m_preview = std::move(output.preview);
    m_previewDiagnostics = std::move(output.diagnostics);

    {
        const QSignalBlocker blocker(m_layer);
        m_layer->clear();
        m_layer->addItems(m_preview.layers);
        m_layer->setCurrentIndex(std::max<int>(0, m_preview.layers.indexOf(m_preview.layer)));
    }
    showSourceInfo();
    fillPreview();
    fillMapping(sameFields ? kept : rememberedMapping());
    updateButtons();
    Q_EMIT previewReady();
}

void ImportDialog::showSourceInfo()
{
    const QString name = displayName(m_previewedSource);
    QStringList errors;
    QStringList warnings;
    for (const Diagnostic &d : std::as_const(m_previewDiagnostics)) {
        const QString file = d.file.isEmpty() ? name : d.file;
        const QString where = d.line > 0 ? tr("%1, line %2").arg(file).arg(d.line) : file;
        (d.severity == Severity::Error ? errors : warnings).append(tr("%1: %2").arg(where, d.message));
    }
    m_sourceError->setText((errors + warnings).join(u'\n'));
    setTextColour(m_sourceError, errors.isEmpty() ? m_theme.warning : m_theme.error);
    m_sourceError->setVisible(!errors.isEmpty() || !warnings.isEmpty());

    if (m_previewedSource.isEmpty() || !errors.isEmpty() || m_preview.layers.isEmpty()) {
        m_sourceInfo->setText(
            m_previewedSource.isEmpty() ? tr("Choose a file, or type a connection string.") : QString());
        return;
    }
    QStringList parts;
    if (!m_preview.hasGeometry)
        parts.append(tr("No geometry column: positions come from the mapped columns"));
    else if (m_preview.crs.isEmpty())
        parts.append(tr("No coordinate system given: WGS 84 assumed"));
    else if (isWgs84(m_preview.crs))
        parts.append(tr("%1 (WGS 84)").arg(m_preview.crs));
    else
        parts.append(tr("%1 → reprojected to WGS 84").arg(m_preview.crs));
    if (m_preview.featureCount < 0)
        parts.append(tr("feature count known after the import"));
    else if (m_preview.featureCount == 1)
        parts.append(tr("1 feature"));
    else
        parts.append(tr("%1 features").arg(number(m_preview.featureCount)));
    if (m_preview.layers.size() > 1)
        parts.append(tr("%1 layers").arg(m_preview.layers.size()));
    m_sourceInfo->setText(parts.join(QStringLiteral(" · ")));
}

void ImportDialog::fillPreview()
{
    m_previewTable->clear();
    m_previewTable->setColumnCount(static_cast<int>(m_preview.fields.size()));
    m_previewTable->setRowCount(static_cast<int>(m_preview.rows.size()));
    m_previewTable->setHorizontalHeaderLabels(m_preview.fields);
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const QStringList &values = m_preview.rows.at(row);
        for (int column = 0; column < std::min(values.size(), m_preview.fields.size()); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (values.at(column).size() > 40)
                item->setToolTip(values.at(column));
            m_previewTable->setItem(row, column, item);
        }
    }
    m_previewTable->resizeColumnsToContents();
    for (int column = 0; column < m_previewTable->columnCount(); ++column)
        m_previewTable->setColumnWidth(column, std::min(m_previewTable->columnWidth(column), s_maxColumnWidthPx));
}

// The mapping: one row per target field, a combo of the source fields in each.

void ImportDialog::fillMapping(const FieldMapping &mapping)
{
    m_mappingTable->fill(
        DatasetImporter::targetFields(target()), DatasetImporter::requiredFields(target()), m_preview.fields, mapping);
    mappingChanged();
}

FieldMapping ImportDialog::mapping() const
{
    return m_mappingTable->mapping();
}

void ImportDialog::setMapping(const FieldMapping &mapping)
{
    m_mappingTable->setMapping(mapping);
}

ImportOptions ImportDialog::options() const
{
    ImportOptions result;
    result.layer = layer();
    result.target = target();
    result.mapping = mapping();
    result.sourceUrl = m_sourceUrl->text().trimmed();
    result.countryAt = m_countryAt;
    return result;
}

void ImportDialog::mappingChanged()
{
    const FieldMapping current = mapping();
    // Header tooltips say which dataset fields a source column fills.
    for (int column = 0; column < m_previewTable->columnCount(); ++column) {
        QStringList targets;
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (it.value() == m_preview.fields.value(column))
                targets.append(fieldLabel(it.key()));
        }
        if (QTableWidgetItem *header = m_previewTable->horizontalHeaderItem(column))
            header->setToolTip(targets.isEmpty() ? tr("Not imported") : tr("Fills %1").arg(targets.join(u", ")));
    }

    // Beyond requiredFields(): sites need a position (columns, WKT or the layer's own geometry),
    // investments a target; the importer stops with an error without them.
    QStringList missing;
    for (const QString &key : DatasetImporter::requiredFields(target())) {
        if (!current.contains(key))
            missing.append(fieldLabel(key));
    }
    const auto has = [&current](const char *key) { return current.contains(QLatin1String(key)); };
    if (target() == ImportTarget::Sites) {
        if (has("lon") != has("lat"))
            missing.append(
                tr("%1 and %2 together").arg(fieldLabel(QStringLiteral("lon")), fieldLabel(QStringLiteral("lat"))));
        else if (!has("lon") && !has("wkt") && !m_preview.hasGeometry)
            missing.append(tr("a position: %1 and %2, or %3")
                               .arg(fieldLabel(QStringLiteral("lon")), fieldLabel(QStringLiteral("lat")),
                                   fieldLabel(QStringLiteral("wkt"))));
    } else if (!has("target_site") && !has("target_country")) {
        missing.append(
            tr("a target: %1 or %2")
                .arg(fieldLabel(QStringLiteral("target_site")), fieldLabel(QStringLiteral("target_country"))));
    }
    if (missing.isEmpty() || m_preview.fields.isEmpty()) {
        m_mappingNote->setText(tr("* required. Select a field to highlight its column in the preview."));
        setTextColour(m_mappingNote, m_theme.mutedText);
    } else {
        m_mappingNote->setText(tr("Not mapped yet: %1.").arg(missing.join(QLatin1String("; "))));
        setTextColour(m_mappingNote, m_theme.warning);
    }
    highlightMappedColumn();
    if (m_hasResult && !m_importing) {
        m_resultStale = true;
        showReport();
        updateButtons();
    }
}

void ImportDialog::highlightMappedColumn()
{
    m_mappingTable->highlightMappedColumn(m_previewTable, m_preview.fields);
}

void ImportDialog::targetChanged()
{
    QSettings().setValue(s_settingsGroup + QStringLiteral("/target"),
        target() == ImportTarget::Investments ? QStringLiteral("investments") : QStringLiteral("sites"));
    fillMapping(rememberedMapping());
}

// Remembered mappings: per target and per list of source fields, so the same export from the
// same system maps the same way next time. Unmapped fields are stored too (as empty names), so
// a guess the user turned off stays off.

namespace {
QString mappingKey(ImportTarget target, const QStringList &fields)
{
    const QByteArray hash = QCryptographicHash::hash(fields.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mappings/%1-%2")
        .arg(target == ImportTarget::Investments ? QLatin1String("investments") : QLatin1String("sites"),
            QString::fromLatin1(hash.toHex().left(16)));
}
} // namespace

FieldMapping ImportDialog::rememberedMapping() const
{
    if (m_preview.fields.isEmpty())
        return {};
    const QVariantMap stored = QSettings().value(mappingKey(target(), m_preview.fields)).toMap();
    if (stored.isEmpty())
        return DatasetImporter::guessMapping(m_preview.fields, target());
    FieldMapping mapping;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void ImportDialog::rememberMapping() const
{
    if (m_preview.fields.isEmpty())
        return;
    const FieldMapping current = mapping();
    QVariantMap stored;
    for (const QString &key : DatasetImporter::targetFields(target()))
        stored.insert(key, current.value(key));
    QSettings().setValue(mappingKey(target(), m_preview.fields), stored);
}

// The import: on the global thread pool; progress comes back through the watcher (queued), the
// Cancel button sets the flag the progress callback returns.

void ImportDialog::startImport()
{
    if (m_importing)
        return;
    rememberMapping();
    m_job = std::make_shared<ImportJob>();
    m_importing = true;
    m_hasResult = false;
    m_resultStale = false;
    m_result = {};
    m_importedSource = source();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Starting…"));
    showReport();
    updateButtons();

    QFuture<ImportResult> future = QtConcurrent::run(
        [source = m_importedSource, options = options(), job = m_job](QPromise<ImportResult> &promise) {
            const auto progress = [&promise, &job](qint64 rowsRead, qint64 rowsTotal) {
                job->rowsTotal.store(rowsTotal);
                promise.setProgressValue(clampToInt(rowsRead));
                return !job->cancel.load();
            };
            promise.addResult(DatasetImporter::import(source, options, progress));
        });
    m_importWatcher.setFuture(future);
}

void ImportDialog::cancelImport()
{
    if (!m_importing || !m_job)
        return;
    m_job->cancel.store(true);
    m_progress->setFormat(tr("Cancelling…"));
    updateButtons();
}

void ImportDialog::importProgress(int rowsRead)
{
    if (!m_importing || m_job->cancel.load())
        return;
    const qint64 total = m_job->rowsTotal.load();
    if (total > 0) {
        m_progress->setRange(0, clampToInt(total));
        m_progress->setValue(std::min(rowsRead, clampToInt(total)));
        m_progress->setFormat(tr("%1 of %2 rows").arg(number(rowsRead), number(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%1 rows").arg(number(rowsRead)));
    }
    m_reportSummary->setText(tr("Importing %1: %2 rows read…").arg(shortName(m_importedSource), number(rowsRead)));
}

void ImportDialog::importFinished()
{
    const QFuture<ImportResult> future = m_importWatcher.future();
    m_result = future.resultCount() > 0 ? future.result() : ImportResult {};
    m_importing = false;
    m_hasResult = true;
    m_progress->setRange(0, std::max(1, clampToInt(m_result.rowsRead)));
    m_progress->setValue(m_result.cancelled ? 0 : m_progress->maximum());
    m_progress->setFormat(m_result.cancelled ? tr("Cancelled") : tr("%1 rows read").arg(number(m_result.rowsRead)));
    showReport();
    updateButtons();
    Q_EMIT finished();
}

namespace {
/// "line 14, lat: latitude 95 is outside −90…90"; features of other formats are numbered.
QString reportLine(const Diagnostic &d, bool csv)
{
    QString where;
    if (d.line > 0)
        where = csv ? ImportDialog::tr("line %1").arg(d.line) : ImportDialog::tr("feature %1").arg(d.line);
    if (!d.path.isEmpty())
        where = where.isEmpty() ? d.path : ImportDialog::tr("%1, %2").arg(where, d.path);
    QString text = where.isEmpty() ? d.message : ImportDialog::tr("%1: %2").arg(where, d.message);
    if (d.severity == Severity::Error)
        text = ImportDialog::tr("Error: %1").arg(text);
    return text;
}
} // namespace

QStringList ImportDialog::reportLines() const
{
    const QString suffix = QFileInfo(m_importedSource).suffix().toLower();
    const bool csv = !isConnectionString(m_importedSource)
        && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"));
    // By line: the importer reports some problems only when it checks a batch of rows.
    Diagnostics sorted = m_result.diagnostics;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    QStringList lines;
    lines.reserve(sorted.size());
    for (const Diagnostic &d : std::as_const(sorted))
        lines.append(reportLine(d, csv));
    return lines;
}

QString ImportDialog::reportText() const
{
    if (!m_hasResult)
        return {};
    const QStringList head { tr("Source: %1").arg(displayName(m_importedSource)), m_reportSummary->text() };
    return (head + reportLines()).join(u'\n') + u'\n';
}

void ImportDialog::showReport()
{
    m_report->clear();
    if (m_importing) {
        m_reportSummary->setText(tr("Importing %1…").arg(shortName(m_importedSource)));
        setTextColour(m_reportSummary, palette().color(QPalette::WindowText));
        return;
    }
    if (!m_hasResult) {
        m_reportSummary->setText(tr("Nothing imported yet."));
        setTextColour(m_reportSummary, m_theme.mutedText);
        return;
    }
    const QString name = shortName(m_importedSource);
    QString summary;
    if (m_result.cancelled)
        summary
            = tr("Import of %1 cancelled after %2 rows; nothing will be added.").arg(name, number(m_result.rowsRead));
    else if (hasErrors(m_result.diagnostics))
        summary = tr("Nothing could be imported from %1.").arg(name);
    else
        summary
            = tr("Read %1 rows from %2: %3 imported, %4 skipped.")
                  .arg(number(m_result.rowsRead), name, number(m_result.rowsImported), number(m_result.rowsSkipped()));
    if (m_resultStale)
        summary += u' ' + tr("The mapping changed since; import again to add these rows.");
    m_reportSummary->setText(summary);
    setTextColour(
        m_reportSummary, hasErrors(m_result.diagnostics) ? m_theme.error : palette().color(QPalette::WindowText));

    QStringList lines = reportLines();
    const qsizetype hidden = lines.size() - s_shownReportLines;
    if (hidden > 0) {
        lines.resize(s_shownReportLines);
        lines.append(tr("… and %1 more (Copy Report has them all)").arg(number(hidden)));
    }
    m_report->setPlainText(lines.join(u'\n'));
}

void ImportDialog::copyReport() const
{
    QApplication::clipboard()->setText(reportText());
}

void ImportDialog::updateButtons()
{
    const bool idle = !m_importing;
    const bool previewOk = !m_previewing && !hasErrors(m_previewDiagnostics) && !m_preview.layers.isEmpty();
    m_source->setEnabled(idle);
    m_browse->setEnabled(idle);
    m_sourceUrl->setEnabled(idle);
    m_layer->setEnabled(idle && m_preview.layers.size() > 1);
    m_target->setEnabled(idle);
    m_mappingTable->setEnabled(idle);
    m_importButton->setEnabled(idle && previewOk);
    m_progress->setVisible(m_importing || m_hasResult);
    m_cancelButton->setVisible(m_importing);
    m_cancelButton->setEnabled(m_importing && !(m_job && m_job->cancel.load()));
    m_copyReport->setEnabled(m_hasResult);
    m_addButton->setEnabled(idle && m_hasResult && !m_resultStale && m_result.ok() && m_result.rowsImported > 0);
}

void ImportDialog::reject()
{
    cancelImport();
    QDialog::reject();
}

} // namespace atlas
