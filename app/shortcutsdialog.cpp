#include "shortcutsdialog.h"

#include "accessibility.h"
#include "presentationview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atlas {

namespace {

/// A menu or button text as read: mnemonic ampersands removed, "&&" kept as one '&'.
QString plain(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            result += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            result += u'&';
            ++i;
        }
    }
    return result;
}

QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString native(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &sequence : keys)
        texts.append(native(sequence));
    return texts.join(ShortcutsDialog::tr(", "));
}

/// Where a widget lives, for the group of an action outside the menus: its dock's title, else the
/// accessible name of the nearest named ancestor.
QString placeOf(const QWidget *widget)
{
    for (const QWidget *ancestor = widget; ancestor && !ancestor->isWindow(); ancestor = ancestor->parentWidget()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(ancestor))
            return plain(dock->windowTitle());
    }
    for (const QWidget *ancestor = widget; ancestor && !ancestor->isWindow(); ancestor = ancestor->parentWidget()) {
        if (!ancestor->accessibleName().isEmpty())
            return ancestor->accessibleName();
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    Accessibility::enableClearButton(m_filter);
    m_filter->setPlaceholderText(tr("An action or a key, e.g. “save” or “Ctrl”"));
    m_filter->setToolTip(tr("Show only the keys whose action, key or group contains this text"));
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setAccessibleName(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Grouped by menu or view; each row is an action and its keys"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);

    collectMenus(window);
    collectOthers(window);
    addViewKeys();
    for (int index = m_tree->topLevelItemCount() - 1; index >= 0; --index) {
        if (m_tree->topLevelItem(index)->childCount() == 0)
            delete m_tree->takeTopLevelItem(index);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    // Ctrl+C copies the list as shown, wherever the focus is in the dialog but in the filter field,
    // which copies its own text.
    auto *copy = new QAction(tr("&Copy List"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(shownAsText()); });
    m_tree->addAction(copy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copyButton = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyShortcuts"));
    copyButton->setToolTip(tr("Copy the list as shown to the clipboard, as text (%1)").arg(native(copy->shortcut())));
    copyButton->setAutoDefault(false);
    connect(copyButton, &QPushButton::clicked, copy, &QAction::trigger);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

void ShortcutsDialog::collectMenus(QWidget *window)
{
    const auto *main = qobject_cast<QMainWindow *>(window);
    QMenuBar *bar = main ? qobject_cast<QMenuBar *>(main->menuWidget()) : window->findChild<QMenuBar *>();
    if (!bar)
        return;
    for (QAction *action : bar->actions()) {
        if (QMenu *menu = action->menu())
            collectMenu(menu, plain(action->text()));
    }
}

void ShortcutsDialog::collectMenu(QMenu *menu, const QString &groupTitle)
{
    group(groupTitle); // a menu's group comes before its submenus' (empty ones go in the end)
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *submenu = action->menu()) {
            collectMenu(submenu, tr("%1 › %2").arg(groupTitle, plain(action->text())));
            continue;
        }
        if (action->shortcuts().isEmpty() || m_listed.contains(action))
            continue;
        m_listed.append(action);
        addRow(groupTitle, plain(action->text()), native(action->shortcuts()));
    }
}

void ShortcutsDialog::collectOthers(QWidget *window)
{
    // Actions in no menu (the scene list's, the views' own), by the dock or view they belong to.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu() || action->shortcuts().isEmpty() || m_listed.contains(action))
            continue;
        const auto *owner = qobject_cast<const QWidget *>(action->parent());
        for (QObject *object : action->associatedObjects()) {
            if (const auto *widget = qobject_cast<const QWidget *>(object);
                widget && !qobject_cast<const QMenu *>(widget))
                owner = widget;
        }
        m_listed.append(action);
        addRow(owner ? placeOf(owner) : tr("Window"), plain(action->text()), native(action->shortcuts()));
    }
    // Buttons with a shortcut of their own (the details panel's Back and Forward).
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        // Not the Alt+letter every button with a mnemonic ("&Browse…") gets: those show underlined.
        if (button->shortcut().isEmpty() || button->shortcut() == QKeySequence::mnemonic(button->text()))
            continue;
        QString name = button->accessibleName();
        if (name.isEmpty())
            name = plain(button->text());
        if (name.isEmpty())
            name = button->toolTip();
        addRow(placeOf(button), name, native(button->shortcut()));
    }
}

void ShortcutsDialog::addViewKeys()
{
    // Keys the views handle themselves: no action carries them, so they are listed here, with the
    // documentation (docs/accessibility.md).
    const auto keys = [](std::initializer_list<QKeySequence> sequences) {
        QStringList texts;
        for (const QKeySequence &sequence : sequences)
            texts.append(native(sequence));
        return texts.join(tr(" or "));
    };
    const auto pair
        = [](const QKeySequence &a, const QKeySequence &b) { return tr("%1 / %2").arg(native(a), native(b)); };
    const QString arrows = tr("Arrow keys");

    const QString everywhere = tr("Everywhere");
    addRow(everywhere, tr("Next / previous control"), pair(Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab));
    addRow(everywhere, tr("Press the focused button, tick the focused box"), native(Qt::Key_Space));

    const QString map = tr("Map");
    addRow(map, tr("Pan the map"), arrows);
    addRow(map, tr("Zoom in / out"), pair(Qt::Key_Plus, Qt::Key_Minus));
    addRow(map, tr("Show the whole world"), native(Qt::Key_Home));
    addRow(map, tr("Select the next site, west to east"), keys({ Qt::Key_N, Qt::Key_BracketRight }));
    addRow(map, tr("Select the previous site"), keys({ Qt::SHIFT | Qt::Key_N, Qt::Key_BracketLeft }));
    addRow(map, tr("Select the first / last site"), pair(Qt::CTRL | Qt::Key_Home, Qt::CTRL | Qt::Key_End));
    addRow(map, tr("Show the selected site's details"), native(Qt::Key_Return));
    addRow(map, tr("Cancel moving a site"), native(Qt::Key_Escape));

    const QString tables = tr("Tables");
    addRow(tables, tr("Move between rows"), tr("%1, %2").arg(arrows, pair(Qt::Key_PageUp, Qt::Key_PageDown)));
    addRow(tables, tr("Select several rows"), tr("Shift+arrow keys, %1").arg(native(QKeySequence::SelectAll)));
    addRow(tables, tr("Edit the current cell, where it can be edited"), native(Qt::Key_F2));
    addRow(tables, tr("Copy the selected rows as text"), native(QKeySequence::Copy));

    const QString charts = tr("Charts");
    addRow(charts, tr("Select the company of the bar above / below"),
        tr("%1, %2").arg(pair(Qt::Key_Up, Qt::Key_Down), pair(Qt::Key_Left, Qt::Key_Right)));
    addRow(charts, tr("Select the first / last bar"), pair(Qt::Key_Home, Qt::Key_End));
    addRow(charts, tr("Add or remove the bar's company in the selection"), native(Qt::Key_Space));
    addRow(charts, tr("Show the chart as a table, and back"), native(Qt::Key_T));

    const QString timeline = tr("Timeline");
    addRow(timeline, tr("Move the “as of” date by a day"), arrows);
    addRow(timeline, tr("Move the “as of” date by 30 days"), pair(Qt::Key_PageUp, Qt::Key_PageDown));
    addRow(timeline, tr("First date / all dates"), pair(Qt::Key_Home, Qt::Key_End));

    const QString presentation = tr("Presentation");
    for (const auto &[keysText, action] : PresentationView::keyHelp())
        addRow(presentation, action, keysText);
}

QTreeWidgetItem *ShortcutsDialog::group(const QString &title)
{
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        if (m_tree->topLevelItem(index)->text(0) == title)
            return m_tree->topLevelItem(index);
    }
    auto *item = new QTreeWidgetItem(m_tree, { title });
    item->setFirstColumnSpanned(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void ShortcutsDialog::addRow(const QString &groupTitle, const QString &action, const QString &keys)
{
    new QTreeWidgetItem(group(groupTitle), { action, keys });
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text); // applyFilter() follows textChanged()
}

void ShortcutsDialog::applyFilter()
{
    const QString wanted = m_filter->text().trimmed();
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        QTreeWidgetItem *groupItem = m_tree->topLevelItem(index);
        const bool groupMatches = wanted.isEmpty() || groupItem->text(0).contains(wanted, Qt::CaseInsensitive);
        bool anyShown = false;
        for (int row = 0; row < groupItem->childCount(); ++row) {
            QTreeWidgetItem *item = groupItem->child(row);
            const bool shown = groupMatches || item->text(0).contains(wanted, Qt::CaseInsensitive)
                || item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        groupItem->setHidden(!anyShown);
    }
}

QString ShortcutsDialog::shownAsText() const
{
    QStringList lines;
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        const QTreeWidgetItem *groupItem = m_tree->topLevelItem(index);
        if (groupItem->isHidden())
            continue;
        lines.append(groupItem->text(0));
        for (int row = 0; row < groupItem->childCount(); ++row) {
            const QTreeWidgetItem *item = groupItem->child(row);
            if (!item->isHidden())
                lines.append(u'\t' + item->text(0) + u'\t' + item->text(1));
        }
    }
    return lines.join(u'\n') + u'\n';
}

QString ShortcutsDialog::shortcutOf(const QString &groupTitle, const QString &actionText) const
{
    for (int index = 0; index < m_tree->topLevelItemCount(); ++index) {
        const QTreeWidgetItem *groupItem = m_tree->topLevelItem(index);
        if (groupItem->isHidden() || groupItem->text(0) != groupTitle)
            continue;
        for (int row = 0; row < groupItem->childCount(); ++row) {
            const QTreeWidgetItem *item = groupItem->child(row);
            if (!item->isHidden() && item->text(0) == actionText)
                return item->text(1);
        }
    }
    return {};
}

} // namespace atlas
