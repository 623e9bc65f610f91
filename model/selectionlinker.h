#pragma once

#include <QObject>
#include <QPointer>

class QItemSelectionModel;

namespace atlas {

class SharedSelection;

/**
 * Keeps one view's QItemSelectionModel and the SharedSelection in step, both ways: rows the
 * user selects go into the shared selection (for the view's entity type), and the rows of
 * entities selected elsewhere become selected in the view. The selection model's model may be
 * an EntityTableModel or any stack of proxies over one. Owned by (parented to) the view.
 */
class SelectionLinker : public QObject
{
    Q_OBJECT

public:
    SelectionLinker(QItemSelectionModel *viewSelection, SharedSelection *shared, QObject *parent = nullptr);

private:
    void pushToShared();
    void pullFromShared();

    QPointer<QItemSelectionModel> m_view;
    SharedSelection *m_shared;
    bool m_updating = false;
};

} // namespace atlas
