#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace atlas {

class DatasetDocument;

/**
 * The document's scenes as a list, one row per scene, showing "n. title" in the document's
 * language. Rows can be dragged to another place in the same list; the model does not move
 * anything itself but asks through moveRequested(), so the move can go through the undo stack,
 * and follows the document when scenesChanged() fires. Lives on the GUI thread; the document
 * belongs to the application.
 */
class SceneListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The MIME type a drag of scene rows carries: the dragged row numbers.
    static QString mimeType();

    explicit SceneListModel(DatasetDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return { mimeType() }; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop asks for the scene at @p from to move so that it ends up at index @p to.
    void moveRequested(int from, int to);

private:
    void followScenes();

    DatasetDocument *m_document;
    int m_rows = 0; ///< the row count the views know about
};

} // namespace atlas
