#pragma once

#include "dataset.h"
#include "datasetedits.h"
#include "entity.h"

#include <QAbstractTableModel>
#include <QVariant>

#include <functional>

namespace atlas {

class DatasetDocument;
class SharedSelection;

/**
 * Base of every table model over the dataset: one row per entity (or per aggregate), columns
 * described by the subclass. Answers the shared Roles (id, entity type, selected, related) for
 * every row, resets when the dataset, an entity or the language changes, and signals selection
 * changes as dataChanged on the Selected/Related roles. With an edit handler, the cells a
 * subclass can edit are editable: setData() turns the typed value into the edited entity and
 * hands it to the handler (which makes it an undoable edit), and editRefused() says why an edit
 * was not made. Lives on the GUI thread; the document and the selection must outlive it.
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    EntityTableModel(EntityType type, DatasetDocument *document, SharedSelection *selection, QObject *parent = nullptr);

    EntityType entityType() const { return m_type; }
    /// The id of the entity in @p row, or an empty string.
    virtual QString idAt(int row) const = 0;
    /// The row of the entity @p id, or -1.
    int rowOf(const QString &id) const;

    /// Makes an edit of @p edited, the entity as changed by a cell; returns an empty string when
    /// it was made, else why not.
    using EditHandler = std::function<QString(const EntityValue &edited)>;
    /// Without a handler (the default) the model is read-only.
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) final;

Q_SIGNALS:
    /// An edit typed into a cell was not made, for the reason given.
    void editRefused(const QString &message);

protected:
    /// Resets the model around rebuild().
    void reset();
    const Dataset &dataset() const;
    QString language() const;

    /// Recomputes whatever the subclass caches; called inside a model reset.
    virtual void rebuild() { }
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    /// Display, tooltip, alignment, Roles::Sort, Colour, Coordinate, Sources, Value.
    virtual QVariant cell(int row, int column, int role) const = 0;
    /// What an editor starts from in an editable cell; invalid for cells that are not editable.
    virtual QVariant editValue(int row, int column) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        return {};
    }
    /// For enum columns: the display texts the cell can take.
    virtual QStringList choices(int column) const
    {
        Q_UNUSED(column)
        return {};
    }
    /// The entity in @p row with @p value typed into @p column, or why that cannot be.
    virtual std::optional<EntityValue> edited(int row, int column, const QVariant &value, QString &error) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(value)
        Q_UNUSED(error)
        return std::nullopt;
    }

private:
    EntityType m_type;
    DatasetDocument *m_document;
    SharedSelection *m_selection;
    EditHandler m_editHandler;
};

} // namespace atlas
