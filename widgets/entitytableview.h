#pragma once

#include "itemmenu.h"
#include "theme.h"

#include <QTableView>

namespace atlas {

class DatasetDocument;
class DatasetFilterProxy;
class EntityTableModel;
class FilterState;
class SharedSelection;

/**
 * A sortable table of one entity model, linked to the shared selection and filter: selecting
 * rows selects the entities everywhere, rows selected elsewhere are selected here, rows linked
 * to the selection are shaded, and the company colour shows as a swatch in the first column.
 * Ctrl+C copies the selected rows as tab-separated text; Tab leaves the table (the arrow keys move
 * inside it). On a tab page, its accessible name is the tab's text unless set otherwise. Owns its
 * proxy; the model, document, selection and filter belong to the application.
 */
class EntityTableView : public QTableView
{
    Q_OBJECT

public:
    EntityTableView(EntityTableModel *model, DatasetDocument *document, SharedSelection *selection, FilterState *filter,
        const Theme &theme, QWidget *parent = nullptr);

    DatasetFilterProxy *proxy() const { return m_proxy; }
    /// The selected rows as tab-separated text with a header line.
    QString selectedRowsAsText() const;
    /// Adds the composer's actions to the context menu of the row under the pointer; without a
    /// hook, or when it adds nothing, the table has no context menu.
    void setItemMenuHook(ItemMenuHook hook) { m_itemMenuHook = std::move(hook); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    DatasetFilterProxy *m_proxy;
    ItemMenuHook m_itemMenuHook;
    QString m_tabName; ///< the accessible name taken from the tab, while it is that
};

} // namespace atlas
