#include "dataactions.h"

#include "basemap.h"
#include "datasetdocument.h"
#include "dataseteditor.h"
#include "datasetexporter.h"
#include "detailspanel.h"
#include "entityeditdialog.h"
#include "entitytablemodel.h"
#include "importdialog.h"
#include "mapview.h"
#include "projection.h"
#include "sharedselection.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace atlas {

namespace {

const QString s_exportDirectoryKey = QStringLiteral("exportData/lastDirectory");

QList<EntityRef> editableRefs(const QSet<EntityRef> &selection)
{
    QList<EntityRef> refs;
    for (const EntityRef &ref : selection) {
        if (ref.type != EntityType::Country)
            refs.append(ref);
    }
    std::sort(refs.begin(), refs.end(),
        [](const EntityRef &a, const EntityRef &b) { return a.type != b.type ? a.type < b.type : a.id < b.id; });
    return refs;
}

} // namespace

DataActions::DataActions(const Views &views, Theme theme, QObject *parent)
    : QObject(parent)
    , m_views(views)
    , m_theme(std::move(theme))
    , m_editor(new DatasetEditor(views.document, views.undoStack, views.selection, this))
{
    for (EntityTableModel *table : std::as_const(m_views.tables)) {
        table->setEditHandler([this](const EntityValue &value) { return m_editor->change(value); });
        connect(table, &EntityTableModel::editRefused, this, &DataActions::report);
    }
    if (m_views.details) {
        m_views.details->setEditable(true);
        connect(m_views.details, &DetailsPanel::editRequested, this, &DataActions::editEntity);
        connect(m_views.details, &DetailsPanel::deleteRequested, this,
            [this](const EntityRef &ref) { deleteEntities({ ref }); });
    }
    if (m_views.map) {
        connect(m_views.map, &MapView::siteMoved, this, [this](const QString &id, QPointF lonLat) {
            const QString problem = m_editor->moveSite(id, lonLat);
            if (!problem.isEmpty())
                report(problem);
            else
                Q_EMIT status(tr("Moved to %1, %2 (lon, lat); Edit › Undo puts it back")
                                  .arg(lonLat.x(), 0, 'f', 4)
                                  .arg(lonLat.y(), 0, 'f', 4));
        });
    }
}

void DataActions::addFileActions(QMenu *file)
{
    QAction *import = file->addAction(tr("&Import Data…"), this, [this] { importData(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add sites or investments from a CSV, GeoJSON, GeoPackage, Shapefile, KML or "
                            "FlatGeobuf file or a PostGIS database"));
    QAction *exportData = file->addAction(tr("Export &Data…"), this, &DataActions::exportDataDialog);
    exportData->setStatusTip(tr("Export the sites and investment flows as GeoJSON, GeoPackage or CSV"));
}

void DataActions::addEditActions(QMenu *edit)
{
    QMenu *add = edit->addMenu(tr("&Add"));
    const struct {
        EntityType type;
        QString text;
        QString tip;
    } kinds[] = {
        { EntityType::Site, tr("&Site…"), tr("Add a data-centre site") },
        { EntityType::Company, tr("&Company…"), tr("Add a company") },
        { EntityType::Investment, tr("&Investment…"), tr("Add an investment from companies to sites") },
        { EntityType::Source, tr("S&ource…"), tr("Add a source that figures can cite") },
    };
    for (const auto &kind : kinds) {
        QAction *action = add->addAction(kind.text, this, [this, type = kind.type] { addEntity(type); });
        action->setStatusTip(kind.tip);
        if (kind.type == EntityType::Site)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }

    m_edit = edit->addAction(tr("&Edit Selected…"), this, [this] {
        if (const std::optional<EntityRef> current = m_views.selection->current())
            editEntity(*current);
    });
    // Alt+Return: "properties of the selection" on most desktops (Ctrl+E zooms to the selection).
    m_edit->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_edit->setStatusTip(tr("Edit the selected entry in a form, its sources included"));
    m_delete = edit->addAction(
        tr("&Delete Selected"), this, [this] { deleteEntities(editableRefs(m_views.selection->selection())); });
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected entries (Edit › Undo brings them back)"));
    m_moveSites = edit->addAction(tr("&Move Sites on the Map"));
    m_moveSites->setCheckable(true);
    m_moveSites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveSites->setStatusTip(tr("Drag sites on the map to move them; Esc cancels a drag"));
    if (m_views.map)
        connect(m_moveSites, &QAction::toggled, m_views.map, &MapView::setMoveSitesEnabled);
    connect(m_views.selection, &SharedSelection::changed, this, &DataActions::updateActions);
    updateActions();
}

void DataActions::updateActions()
{
    const std::optional<EntityRef> current = m_views.selection->current();
    if (m_edit)
        m_edit->setEnabled(current && current->type != EntityType::Country);
    if (m_delete)
        m_delete->setEnabled(!editableRefs(m_views.selection->selection()).isEmpty());
}

void DataActions::report(const QString &message)
{
    Q_EMIT problem(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Changed"), message, QMessageBox::Ok, m_views.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("editProblem"));
    box->open();
}

void DataActions::addEntity(EntityType type)
{
    EntityValue value;
    switch (type) {
    case EntityType::Site: {
        Site site;
        site.location.basis = CoordinateBasis::Approximate;
        if (m_views.map) {
            const MapViewport &viewport = m_views.map->viewport();
            const QPointF centre(m_views.map->width() / 2.0, m_views.map->height() / 2.0);
            if (const auto lonLat = Projection(viewport.projection).inverse(viewport.toMap(centre))) {
                site.location.lonDeg = std::round(lonLat->x() * 1e4) / 1e4;
                site.location.latDeg = std::round(lonLat->y() * 1e4) / 1e4;
            }
        }
        value = site;
        break;
    }
    case EntityType::Company: {
        Company company;
        company.colour = QStringLiteral("#1f77b4");
        value = company;
        break;
    }
    case EntityType::Investment:
        value = Investment();
        break;
    case EntityType::Source:
        value = Source();
        break;
    case EntityType::Country:
        return;
    }
    auto *dialog = new EntityEditDialog(m_views.document->dataset(), value, true, m_theme, m_views.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString problem = m_editor->add(dialog->value());
        if (!problem.isEmpty())
            report(problem);
    });
    dialog->open();
}

void DataActions::editEntity(const EntityRef &ref)
{
    const std::optional<EntityValue> value = DatasetEdits::find(m_views.document->dataset(), ref);
    if (!value)
        return;
    auto *dialog = new EntityEditDialog(m_views.document->dataset(), *value, false, m_theme, m_views.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString problem = m_editor->change(dialog->value());
        if (!problem.isEmpty())
            report(problem);
    });
    dialog->open();
}

void DataActions::deleteEntities(const QList<EntityRef> &refs)
{
    const QString problem = m_editor->remove(refs);
    if (!problem.isEmpty())
        report(problem);
    else if (!refs.isEmpty())
        Q_EMIT status(tr("Deleted %n entries; Edit › Undo brings them back", nullptr, static_cast<int>(refs.size())));
}

void DataActions::importData(const QString &source)
{
    auto *dialog = new ImportDialog(m_theme, m_views.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_views.basemap)
        dialog->setCountryLocator(countryLocator(m_views.basemap));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportResult &result = dialog->result();
        const QString what = tr("Import %n rows from %1", nullptr, static_cast<int>(result.rowsImported))
                                 .arg(QFileInfo(dialog->source()).fileName());
        const QString problem = m_editor->addImported(result.dataset, what);
        if (!problem.isEmpty())
            report(problem);
        else
            Q_EMIT status(what);
    });
    if (!source.isEmpty())
        dialog->setSource(source);
    dialog->open();
}

QString DataActions::exportData(const QString &path) const
{
    const ExportResult result = DatasetExporter::write(m_views.document->dataset(), path);
    QStringList messages;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.severity == Severity::Error)
            messages.append(diagnostic.toString());
    }
    return messages.join(u'\n');
}

void DataActions::exportDataDialog()
{
    QSettings settings;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(m_views.window, tr("Export Data"),
        settings.value(s_exportDirectoryKey).toString(), tr("GeoJSON (*.geojson);;GeoPackage (*.gpkg);;CSV (*.csv)"),
        &selected);
    if (path.isEmpty())
        return;
    settings.setValue(s_exportDirectoryKey, QFileInfo(path).absolutePath());
    const QString problem = exportData(path);
    if (!problem.isEmpty())
        report(problem);
    else
        Q_EMIT status(tr("Exported the sites and flows to %1")
                          .arg(DatasetExporter::outputFiles(path).join(QStringLiteral(", "))));
}

} // namespace atlas
