#include "scenelistmodel.h"

#include "datasetdocument.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace atlas {

QString SceneListModel::mimeType()
{
    return QStringLiteral("application/x-compute-atlas-scene-rows");
}

SceneListModel::SceneListModel(DatasetDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_rows(static_cast<int>(document->dataset().scenes.size()))
{
    connect(m_document, &DatasetDocument::datasetChanged, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(m_document->dataset().scenes.size());
        endResetModel();
    });
    connect(m_document, &DatasetDocument::scenesChanged, this, &SceneListModel::followScenes);
    connect(m_document, &DatasetDocument::languageChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1), { Qt::DisplayRole, Qt::ToolTipRole });
    });
}

void SceneListModel::followScenes()
{
    // Edits and moves keep the number of rows: then every row may read differently (the numbers
    // follow the order), but the views keep their selection and scroll position. Only a capture
    // or a delete changes the rows themselves.
    const int rows = static_cast<int>(m_document->dataset().scenes.size());
    if (rows == m_rows) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0), index(rows - 1), { Qt::DisplayRole, Qt::ToolTipRole });
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int SceneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant SceneListModel::data(const QModelIndex &index, int role) const
{
    const QList<Scene> &scenes = m_document->dataset().scenes;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.row() >= scenes.size())
        return {};
    const Scene &scene = scenes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(index.row() + 1).arg(scene.title.text(m_document->language()));
    case Qt::ToolTipRole:
        return scene.caption.text(m_document->language());
    default:
        return {};
    }
}

Qt::ItemFlags SceneListModel::flags(const QModelIndex &index) const
{
    // Rows are dragged and dropped between other rows, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QMimeData *SceneListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            stream << index.row();
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

bool SceneListModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    return data && data->hasFormat(mimeType()) && action == Qt::MoveAction && !parent.isValid();
}

bool SceneListModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QByteArray bytes = data->data(mimeType());
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    int from = -1;
    stream >> from;
    // One scene at a time (the list selects single rows); a drop below the last row appends.
    if (stream.status() != QDataStream::Ok || from < 0 || from >= m_rows)
        return false;
    const int before = row < 0 || row > m_rows ? m_rows : row;
    // "Before row `before`" as the index the scene ends up at, once taken out of its place.
    const int to = before > from ? before - 1 : before;
    if (to != from)
        Q_EMIT moveRequested(from, to);
    // The move (if any) is done by whoever listens; nothing is left for the view to remove.
    return true;
}

} // namespace atlas
