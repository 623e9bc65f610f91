#include "charttableview.h"

#include "entity.h"
#include "entitytablemodel.h"
#include "selectionlinker.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace atlas {

namespace {

/// The rows the chart draws a bar for: those whose value is above zero.
class NonZeroProxy : public QSortFilterProxyModel
{
public:
    NonZeroProxy(int valueColumn, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_valueColumn(valueColumn)
    {
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        return sourceModel()->index(sourceRow, m_valueColumn, sourceParent).data(Roles::Value).toDouble() > 0;
    }

private:
    int m_valueColumn;
};

} // namespace

ChartTableView::ChartTableView(EntityTableModel *model, int valueColumn, SharedSelection *selection, QWidget *parent)
    : QTableView(parent)
{
    auto *proxy = new NonZeroProxy(valueColumn, this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Roles::Sort);
    proxy->setDynamicSortFilter(true);
    setModel(proxy);
    setSortingEnabled(true);
    // Largest first, as the bars; a stable sort keeps ties in the model's order, as the chart does.
    sortByColumn(valueColumn, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    new SelectionLinker(selectionModel(), selection, this);
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] { resizeColumnsToContents(); });
    resizeColumnsToContents();
}

QString ChartTableView::companyId(int row) const
{
    return model()->index(row, 0).data(Roles::Id).toString();
}

QString ChartTableView::selectedRowsAsText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model()->columnCount(); ++column)
        header.append(model()->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < model()->columnCount(); ++column)
            cells.append(model()->index(row.row(), column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void ChartTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedRowsAsText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace atlas
