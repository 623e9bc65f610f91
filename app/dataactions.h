#pragma once

#include "datasetedits.h"
#include "theme.h"

#include <QList>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace atlas {

class Basemap;
class DatasetDocument;
class DatasetEditor;
class DetailsPanel;
class EntityTableModel;
class MapView;
class SharedSelection;

/**
 * The actions that change the data or bring it in and out: add, edit and delete companies,
 * sites, investments and sources (menus, tables, details panel), move sites on the map, import
 * from any GDAL source, and export sites and flows through GDAL. Every change goes through one
 * DatasetEditor onto the window's undo stack. Owned by the main window, on the GUI thread; what
 * it is given must outlive it. Dialogs are shown window-modal and never block a caller, so tests
 * can drive them through the accessors.
 */
class DataActions : public QObject
{
    Q_OBJECT

public:
    struct Views {
        DatasetDocument *document = nullptr;
        SharedSelection *selection = nullptr;
        QUndoStack *undoStack = nullptr;
        MapView *map = nullptr;
        DetailsPanel *details = nullptr;
        QList<EntityTableModel *> tables;
        /// Gives imported sites that name no country the one they lie in.
        std::shared_ptr<const Basemap> basemap;
        QWidget *window = nullptr;
    };

    DataActions(const Views &views, Theme theme, QObject *parent = nullptr);

    DatasetEditor *editor() const { return m_editor; }

    /// Adds File › Import Data… and Export Data… to @p file, the editing actions to @p edit.
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);

    QAction *moveSitesAction() const { return m_moveSites; }
    QAction *deleteAction() const { return m_delete; }
    QAction *editAction() const { return m_edit; }

    /// Opens the form for a new entity of @p type, placed at the map's centre for sites.
    void addEntity(EntityType type);
    /// Opens the form for the entity @p ref names.
    void editEntity(const EntityRef &ref);
    /// Deletes @p refs in one undoable step, or says why not.
    void deleteEntities(const QList<EntityRef> &refs);
    /// Opens the import dialog, with @p source already chosen when given.
    void importData(const QString &source = QString());
    /// Exports sites and flows to @p path (.geojson, .gpkg, .csv); returns an empty string on
    /// success, else a message naming the file.
    QString exportData(const QString &path) const;

Q_SIGNALS:
    /// An edit was refused, or an import or export failed: the message the user was shown.
    void problem(const QString &message);
    /// Something worth a line in the status bar happened.
    void status(const QString &message);

private:
    void report(const QString &message);
    void updateActions();
    void exportDataDialog();

    Views m_views;
    Theme m_theme;
    DatasetEditor *m_editor;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveSites = nullptr;
};

} // namespace atlas
