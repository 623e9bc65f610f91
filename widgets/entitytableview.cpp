#include "entitytableview.h"

#include "datasetfilter.h"
#include "entitytablemodel.h"
#include "selectionlinker.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTabWidget>

namespace atlas {

namespace {

/// Paints the company colour swatch and the "related to the selection" shading from the model's
/// roles, and edits enum cells (those with Roles::Choices) with a combo box.
class EntityDelegate : public QStyledItemDelegate
{
public:
    EntityDelegate(Theme theme, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_theme(std::move(theme))
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(Roles::Related).toBool() && !(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, m_theme.related);
        QStyledItemDelegate::paint(painter, option, index);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = index.data(Roles::Choices).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != 0)
            return;
        const QString colour = index.data(Roles::Colour).toString();
        const QVariant ordinal = index.data(Roles::CompanyIndex);
        const int company = ordinal.isValid() ? ordinal.toInt() : -1;
        if (colour.isEmpty() && company < 0)
            return;
        const int side = option->fontMetrics.height() - 4;
        QPixmap swatch(side, side);
        swatch.fill(m_theme.companyColour(company, colour));
        option->icon = QIcon(swatch);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(side, side);
    }

private:
    Theme m_theme;
};

} // namespace

EntityTableView::EntityTableView(EntityTableModel *model, DatasetDocument *document, SharedSelection *selection,
    FilterState *filter, const Theme &theme, QWidget *parent)
    : QTableView(parent)
    , m_proxy(new DatasetFilterProxy(document, filter, this))
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setItemDelegate(new EntityDelegate(theme, this));
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // dataset order until the user clicks a header
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    // Tab moves to the next control, not the next cell: rows are selected whole, and a table of a
    // hundred rows would otherwise hold the keyboard (docs/accessibility.md).
    setTabKeyNavigation(false);
    // Cells are editable only where the model has an edit handler (see EntityTableModel).
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    new SelectionLinker(selectionModel(), selection, this);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { resizeColumnsToContents(); });
    resizeColumnsToContents();
}

QString EntityTableView::selectedRowsAsText() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells.append(m_proxy->index(row.row(), column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void EntityTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedRowsAsText());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void EntityTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    // Screen readers: a table on a tab page is named after its tab, unless named otherwise.
    if (!accessibleName().isEmpty() && accessibleName() != m_tabName)
        return;
    for (QWidget *ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(ancestor);
        if (!tabs || tabs->indexOf(this) < 0)
            continue;
        m_tabName = tabs->tabText(tabs->indexOf(this)).remove(QRegularExpression(QStringLiteral("&(?!&)")));
        setAccessibleName(m_tabName);
        break;
    }
}

void EntityTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    const auto *model = qobject_cast<const EntityTableModel *>(m_proxy->sourceModel());
    if (!index.isValid() || !model || !m_itemMenuHook)
        return;
    QMenu menu(this);
    m_itemMenuHook(menu, { model->entityType(), index.data(Roles::Id).toString() });
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

} // namespace atlas
