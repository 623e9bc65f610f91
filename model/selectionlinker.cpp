#include "selectionlinker.h"

#include "entity.h"
#include "sharedselection.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QSet>

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
    // Rows come and go with filtering and resets. The view's selection model drops the rows that
    // go, but that is not the user deselecting them: ignore it, and reapply the shared selection
    // once the model has settled (from the event loop; see endChange).
    QAbstractItemModel *model = viewSelection->model();
    const auto beginChange = [this] { ++m_modelChanging; };
    const auto endChange = [this] {
        m_modelChanging = std::max(0, m_modelChanging - 1);
        m_pushWanted = false; // what the selection model did during the change was not the user
        // A proxy emits one removal per interval and fixes its mappings only after the last, so
        // the view is reselected from the event loop, once, when the whole change is done.
        if (m_modelChanging == 0 && !m_pullQueued) {
            m_pullQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pullQueued = false;
                    // The user's selection since the change is newer than the shared one: keep it.
                    if (!m_pushWanted)
                        pullFromShared();
                },
                Qt::QueuedConnection);
        }
    };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, beginChange);
    connect(model, &QAbstractItemModel::modelReset, this, endChange);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, beginChange);
    connect(model, &QAbstractItemModel::layoutChanged, this, endChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, beginChange);
    connect(model, &QAbstractItemModel::rowsRemoved, this, endChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, beginChange);
    connect(model, &QAbstractItemModel::rowsInserted, this, endChange);
    pullFromShared();
}

void SelectionLinker::pushToShared()
{
    // Selection models also change their selection while the model is moving rows (a proxy in
    // the middle of filtering). Touching the shared selection then would make every model emit
    // dataChanged into a proxy that is not ready for it, so the push waits for the event loop.
    if (m_updating || !m_view)
        return;
    m_pushWanted = m_modelChanging == 0;
    if (!m_pushWanted || m_pushQueued)
        return;
    m_pushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pushQueued = false;
            if (m_pushWanted && m_modelChanging == 0)
                applyViewSelection();
            m_pushWanted = false;
        },
        Qt::QueuedConnection);
}

void SelectionLinker::applyViewSelection()
{
    const QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    const auto type = modelEntityType(model);
    if (!type)
        return;
    // A view speaks only for the rows it shows: entities filtered out of it keep their state.
    QSet<QString> ids;
    const QStringList shared = m_shared->selectedIds(*type);
    for (const QString &id : shared)
        ids.insert(id);
    for (int row = 0; row < model->rowCount(); ++row)
        ids.remove(model->index(row, 0).data(Roles::Id).toString());
    for (const QModelIndex &index : m_view->selectedRows())
        ids.insert(index.data(Roles::Id).toString());
    m_updating = true;
    m_shared->setSelectedIds(*type, QStringList(ids.cbegin(), ids.cend()));
    m_updating = false;
}

void SelectionLinker::pullFromShared()
{
    if (m_updating || m_modelChanging > 0 || !m_view)
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
