#pragma once

#include "dataset.h"
#include "entity.h"

#include <QAbstractTableModel>
#include <QVariant>

namespace atlas {

class DatasetDocument;
class SharedSelection;

/**
 * Base of every table model over the dataset: one row per entity (or per aggregate), columns
 * described by the subclass. Answers the shared Roles (id, entity type, selected, related) for
 * every row, resets when the dataset or the language changes, and signals selection changes as
 * dataChanged on the Selected/Related roles. Lives on the GUI thread; the document and the
 * selection must outlive it.
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

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const override;

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

private:
    EntityType m_type;
    DatasetDocument *m_document;
    SharedSelection *m_selection;
};

} // namespace atlas
