#include "selectionlinker.h"

#include "entity.h"
#include "sharedselection.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>

namespace atlas {

namespace {
std::optional<EntityType> modelEntityType(const QAbstractItemModel *model)
{
    // Every row of an entity model answers Roles::Entity; an empty model has nothing to link yet.
    if (!model || model->rowCount() == 0)
        return std::nullopt;
    const QVariant type = model->index(0, 0).data(Roles::Entity);
    if (!type.isValid())
        return std::nullopt;
    return static_cast<EntityType>(type.toInt());
}
} // namespace

SelectionLinker::SelectionLinker(QItemSelectionModel *viewSelection, SharedSelection *shared, QObject *parent)
    : QObject(parent)
    , m_view(viewSelection)
    , m_shared(shared)
{
    connect(viewSelection, &QItemSelectionModel::selectionChanged, this, &SelectionLinker::pushToShared);
    connect(shared, &SharedSelection::changed, this, &SelectionLinker::pullFromShared);
    // Rows come and go with filtering and resets: reapply the shared selection afterwards.
    QAbstractItemModel *model = viewSelection->model();
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionLinker::pullFromShared);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SelectionLinker::pullFromShared);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SelectionLinker::pullFromShared);
    pullFromShared();
}

void SelectionLinker::pushToShared()
{
    if (m_updating || !m_view)
        return;
    const auto type = modelEntityType(m_view->model());
    if (!type)
        return;
    QStringList ids;
    for (const QModelIndex &index : m_view->selectedRows())
        ids.append(index.data(Roles::Id).toString());
    m_updating = true;
    m_shared->setSelectedIds(*type, ids);
    m_updating = false;
}

void SelectionLinker::pullFromShared()
{
    if (m_updating || !m_view)
        return;
    const QAbstractItemModel *model = m_view->model();
    const auto type = modelEntityType(model);
    if (!type)
        return;
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (m_shared->isSelected({ *type, index.data(Roles::Id).toString() }))
            selection.select(index, model->index(row, model->columnCount() - 1));
    }
    m_updating = true;
    m_view->select(selection, QItemSelectionModel::ClearAndSelect);
    m_updating = false;
}

} // namespace atlas
