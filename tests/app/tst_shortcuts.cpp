#include "atlascatch.h"

#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QKeySequence>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace atlas;

namespace {

QString native(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QStringList shownGroups(const ShortcutsDialog &dialog)
{
    QStringList groups;
    for (int index = 0; index < dialog.tree()->topLevelItemCount(); ++index) {
        if (!dialog.tree()->topLevelItem(index)->isHidden())
            groups.append(dialog.tree()->topLevelItem(index)->text(0));
    }
    return groups;
}

} // namespace

TEST_CASE("The shortcuts list shows the window's shortcuts with their menus", "[app][shortcuts]")
{
    MainWindow window;
    window.setConfirmUnsaved(false);
    ShortcutsDialog dialog(&window, &window);
    REQUIRE_FALSE(native(QKeySequence::Save).isEmpty());
    CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Save")) == native(QKeySequence::Save));
    CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Open…")) == native(QKeySequence::Open));
    if (!native(QKeySequence::Quit).isEmpty()) // Windows and the offscreen platform have no standard Quit key
        CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Quit")) == native(QKeySequence::Quit));
    CHECK(dialog.shortcutOf(QStringLiteral("Edit"), QStringLiteral("Clear Selection"))
        == QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    // Submenus are groups of their own, named by their path.
    CHECK_FALSE(dialog.shortcutOf(QStringLiteral("View › Go To"), QStringLiteral("World")).isEmpty());
    // Actions in no menu, under the panel they belong to.
    CHECK(dialog.shortcutOf(QStringLiteral("Scenes"), QStringLiteral("Move Up"))
        == QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText));
    CHECK(dialog.shortcutOf(QStringLiteral("Details"), QStringLiteral("Back")) == native(QKeySequence::Back));
    // Keys the views handle themselves.
    CHECK(dialog.shortcutOf(QStringLiteral("Map"), QStringLiteral("Select the next site, west to east"))
              .startsWith(QLatin1String("N")));
    CHECK(dialog.shortcutOf(QStringLiteral("Charts"), QStringLiteral("Show the chart as a table, and back"))
        == QLatin1String("T"));
    CHECK(dialog.shortcutOf(QStringLiteral("Tables"), QStringLiteral("Edit the current cell, where it can be edited"))
        == QLatin1String("F2"));
    CHECK_FALSE(dialog.shortcutOf(QStringLiteral("Presentation"), QStringLiteral("Laser pointer")).isEmpty());
    // No action is listed twice.
    const QString text = dialog.shownAsText();
    CHECK(text.count(QStringLiteral("\tSave\t")) == 1);

    CHECK_FALSE(dialog.tree()->accessibleName().isEmpty());
    CHECK_FALSE(dialog.filterField()->accessibleName().isEmpty());
    CHECK(dialog.tree()->editTriggers() == QAbstractItemView::NoEditTriggers);
}

TEST_CASE("The shortcuts list filters by action, key or group, and copies what it shows", "[app][shortcuts]")
{
    MainWindow window;
    window.setConfirmUnsaved(false);
    ShortcutsDialog dialog(&window, &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // By action, typed as a user would.
    QTest::keyClicks(dialog.filterField(), QStringLiteral("save"));
    CHECK_FALSE(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Save")).isEmpty());
    CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Open…")).isEmpty());
    CHECK(shownGroups(dialog) == QStringList { QStringLiteral("File") });
    if (!native(QKeySequence::Quit).isEmpty()) {
        dialog.setFilterText(QStringLiteral("QUIT"));
        CHECK_FALSE(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Quit")).isEmpty());
        CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Save")).isEmpty());
    }

    // By key: everything on F5 (presenting).
    dialog.setFilterText(QStringLiteral("F5"));
    CHECK_FALSE(dialog.shortcutOf(QStringLiteral("Present"), QStringLiteral("Present from the Beginning")).isEmpty());
    CHECK(dialog.shortcutOf(QStringLiteral("File"), QStringLiteral("Save")).isEmpty());

    // By group: the whole group.
    dialog.setFilterText(QStringLiteral("everywhere"));
    CHECK(shownGroups(dialog) == QStringList { QStringLiteral("Everywhere") });

    // Ctrl+C copies the list as shown, as text.
    dialog.tree()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(dialog.tree(), Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == dialog.shownAsText());
    CHECK(copied.startsWith(QLatin1String("Everywhere\n")));
    CHECK(copied.contains(QLatin1String("\tNext / previous control\t")));

    dialog.setFilterText(QString());
    CHECK(shownGroups(dialog).contains(QStringLiteral("File")));
    CHECK(shownGroups(dialog).contains(QStringLiteral("Map")));
}
