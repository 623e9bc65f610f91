#pragma once

#include <QObject>
#include <QPointer>

class QItemSelectionModel;

namespace atlas {

class SharedSelection;

/**
 * Keeps one view's QItemSelectionModel and the SharedSelection in step, both ways: rows the
 * user selects go into the shared selection (for the view's entity type), and the rows of
 * entities selected elsewhere become selected in the view. User selections reach the shared
 * selection from the event loop, after the view's model has settled. The selection model's model may be
 * an EntityTableModel or any stack of proxies over one. After rows are filtered, sorted or reset
 * the view is reselected from the event loop. Owned by (parented to) the view.
 */
class SelectionLinker : public QObject
{
    Q_OBJECT

public:
    SelectionLinker(QItemSelectionModel *viewSelection, SharedSelection *shared, QObject *parent = nullptr);

private:
    void pushToShared();
    void applyViewSelection();
    void pullFromShared();

    QPointer<QItemSelectionModel> m_view;
    SharedSelection *m_shared;
    bool m_updating = false;
    bool m_pullQueued = false;
    bool m_pushQueued = false;
    bool m_pushWanted = false;
    int m_modelChanging = 0; ///< nesting depth of structural changes under way in the model
};

} // namespace atlas
