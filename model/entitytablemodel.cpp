#include "entitytablemodel.h"

#include "datasetdocument.h"
#include "sharedselection.h"

namespace atlas {

EntityTableModel::EntityTableModel(
    EntityType type, DatasetDocument *document, SharedSelection *selection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_type(type)
    , m_document(document)
    , m_selection(selection)
{
    connect(document, &DatasetDocument::datasetChanged, this, &EntityTableModel::reset);
    connect(document, &DatasetDocument::contentChanged, this, &EntityTableModel::reset);
    connect(document, &DatasetDocument::languageChanged, this, &EntityTableModel::reset);
    connect(selection, &SharedSelection::changed, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(
                index(0, 0), index(rowCount() - 1, columnCount() - 1), { Roles::Selected, Roles::Related });
    });
}

const Dataset &EntityTableModel::dataset() const
{
    return m_document->dataset();
}

QString EntityTableModel::language() const
{
    return m_document->language();
}

void EntityTableModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

int EntityTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rows(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityRef ref { m_type, idAt(index.row()) };
    switch (role) {
    case Roles::Id:
        return ref.id;
    case Roles::Entity:
        return static_cast<int>(m_type);
    case Roles::Selected:
        return m_selection->isSelected(ref);
    case Roles::Related:
        return m_selection->isRelated(ref);
    case Qt::EditRole:
        return editValue(index.row(), index.column());
    case Roles::Choices:
        return choices(index.column());
    default:
        return cell(index.row(), index.column(), role);
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editHandler && index.isValid() && editValue(index.row(), index.column()).isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editHandler
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (value == editValue(index.row(), index.column()))
        return true;
    QString error;
    const std::optional<EntityValue> entity = edited(index.row(), index.column(), value, error);
    if (entity)
        error = m_editHandler(*entity);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(Roles::Id, "entityId");
    names.insert(Roles::Entity, "entityType");
    names.insert(Roles::Colour, "colour");
    names.insert(Roles::CompanyIndex, "companyIndex");
    names.insert(Roles::Coordinate, "coordinate");
    names.insert(Roles::Sort, "sortValue");
    names.insert(Roles::Sources, "sources");
    names.insert(Roles::Value, "value");
    names.insert(Roles::Selected, "selected");
    names.insert(Roles::Related, "related");
    return names;
}

} // namespace atlas
