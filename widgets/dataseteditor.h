#pragma once

#include "datasetedits.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointF>

class QUndoStack;

namespace atlas {

class DatasetDocument;
class SharedSelection;

/**
 * Makes every edit of the document's entities an undoable command on the window's undo stack:
 * add, change and delete companies, sites, investments and sources, move a site, and add what an
 * import brought. Refuses edits that would break the dataset (a value with validation errors,
 * deleting what something still refers to) and says why in the returned message. Lives on the
 * GUI thread; the document, the undo stack and the selection must outlive it.
 */
class DatasetEditor : public QObject
{
    Q_OBJECT

public:
    DatasetEditor(
        DatasetDocument *document, QUndoStack *undoStack, SharedSelection *selection, QObject *parent = nullptr);

    DatasetDocument *document() const { return m_document; }

    /// Adds @p value as a new entity (its id made unique if taken) and selects it. Returns an
    /// empty string on success, else why not.
    QString add(EntityValue value);
    /// Replaces the entity with @p value's id. Returns an empty string on success (also when
    /// nothing changed), else why not.
    QString change(const EntityValue &value);
    /// Deletes @p refs in one step. Refuses, deleting nothing, when anything outside @p refs
    /// still refers to one of them.
    QString remove(const QList<EntityRef> &refs);
    /// Moves site @p siteId to @p lonLat (degrees): an approximate position from then on.
    QString moveSite(const QString &siteId, QPointF lonLat);
    /// Adds everything in @p imported (see DatasetImporter::merge) in one step, selecting the
    /// new sites or investments. @p what names the step in the undo history.
    QString addImported(const Dataset &imported, const QString &what);

    /// The name an entity goes by in messages and the undo history.
    static QString describe(const EntityValue &value);

private:
    class EntityCommand;

    DatasetDocument *m_document;
    QUndoStack *m_undoStack;
    SharedSelection *m_selection;
};

} // namespace atlas
