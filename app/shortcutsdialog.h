#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QLineEdit;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace atlas {

/**
 * Help › Keyboard Shortcuts: every key of the application in one read-only list, grouped. First
 * the actions found under the window that have a shortcut (its menu bar's menus, then any other
 * QAction and shortcut button, grouped by the dock or view they belong to), each with its shortcut
 * as the platform writes it; then the keys the views handle themselves (map, tables, charts,
 * timeline, presentation), which no action lists. A filter field narrows the list; Ctrl+C copies
 * what is shown as text. The list is collected once, when the dialog is made. Lives on the GUI
 * thread; @p window must outlive the construction only.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    /// Shows only the keys whose action, shortcut or group contains @p text (case-insensitive);
    /// the same as typing it into the filter field.
    void setFilterText(const QString &text);
    /// The rows shown, as text: a line per group, then "<action>\t<shortcut>" lines indented.
    QString shownAsText() const;
    /// The shortcut text shown for @p actionText (without '&') in group @p group; empty if not shown.
    QString shortcutOf(const QString &group, const QString &actionText) const;

private:
    void collectMenus(QWidget *window);
    void collectMenu(QMenu *menu, const QString &group);
    void collectOthers(QWidget *window);
    void addViewKeys();
    QTreeWidgetItem *group(const QString &title);
    void addRow(const QString &group, const QString &action, const QString &keys);
    void applyFilter();

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QList<const QAction *> m_listed; ///< actions already in the list, so that none shows twice
};

} // namespace atlas
