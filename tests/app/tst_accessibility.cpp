#include "../maps/mapfixture.h"
#include "atlascatch.h"
#include "testdata.h"

#include "companybarchart.h"
#include "diagnosticsdialog.h"
#include "entityeditdialog.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAccessible>
#include <QDockWidget>
#include <QLabel>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace atlas;

// What a screen reader needs from every control: a name. The walk goes through the accessibility
// tree Qt gives screen readers, from a shown window down, and lists every visible interface that
// must have a name and has none, with its path, so that a failure says where to look.
//
// Must have a name:
//  - the controls a user operates, by role: PushButton, CheckBox, RadioButton, ComboBox,
//    EditableText, SpinBox, Slider, Dial, Table, List, Tree, PageTab, ButtonMenu, ButtonDropDown,
//    ButtonDropGrid, Link;
//  - whatever else Tab stops at (a widget whose focus policy includes Qt::TabFocus): custom views
//    such as the map and the charts have the role Client but are operated like any control.
// Combo boxes need their own name or a QLabel buddy: on Linux Qt reports their current text as
// their name, which says what is chosen, not what is being chosen.
// Not checked: scroll bars (Qt's own, named by their direction), static text, groupings (panes,
// group boxes, tool bars, dock title bars), menu items (only shown in open menus), and what item
// views contain (their cells are named by their text); nor anything hidden.

namespace {

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(role);
}

bool isOperated(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

/// "QComboBox#presetCombo [ComboBox] “Preset”": one step of a path.
QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QString text = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("(item)");
    if (object && !object->objectName().isEmpty())
        text += u'#' + object->objectName();
    text += QStringLiteral(" [%1]").arg(roleName(iface->role()));
    const QString name = iface->text(QAccessible::Name);
    if (!name.isEmpty())
        text += QStringLiteral(" “%1”").arg(name.left(40));
    return text;
}

bool hasLabel(QAccessibleInterface *iface)
{
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (widget && !widget->accessibleName().isEmpty())
        return true;
    const auto labels = iface->relations(QAccessible::Label);
    return std::any_of(labels.cbegin(), labels.cend(),
        [](const auto &relation) { return qobject_cast<const QLabel *>(relation.first->object()) != nullptr; });
}

void walk(QAccessibleInterface *iface, QStringList path, QStringList &offenders, int &checked)
{
    if (!iface || !iface->isValid() || path.size() > 64)
        return;
    const auto *widget = qobject_cast<const QWidget *>(iface->object());
    if (widget ? !widget->isVisible() : iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::ScrollBar || role == QAccessible::MenuItem || role == QAccessible::PopupMenu)
        return;
    path.append(describe(iface));
    const bool tabStop = widget && (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled();
    if (isOperated(role) || tabStop) {
        ++checked;
        const bool named
            = !iface->text(QAccessible::Name).trimmed().isEmpty() && (role != QAccessible::ComboBox || hasLabel(iface));
        if (!named)
            offenders.append(path.join(QStringLiteral("  >  ")));
    }
    // Item views: their children are the model's cells and headers, named by their text.
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
        || role == QAccessible::ComboBox)
        return;
    for (int index = 0; index < iface->childCount(); ++index)
        walk(iface->child(index), path, offenders, checked);
}

/// Walks @p window's accessibility tree, adding the paths of controls without a name to @p offenders.
int collectUnnamed(QWidget *window, QStringList &offenders)
{
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window);
    REQUIRE(root);
    QStringList found;
    int checked = 0;
    walk(root, {}, found, checked);
    for (const QString &path : std::as_const(found)) {
        if (!offenders.contains(path))
            offenders.append(path);
    }
    return checked;
}

void requireNoneUnnamed(const QStringList &offenders)
{
    INFO("Controls without an accessible name (path from the window):\n  "
        << offenders.join(QStringLiteral("\n  ")).toStdString());
    CHECK(offenders.isEmpty());
}

/// Walks @p window's accessibility tree; fails listing every control that has no name.
void requireNamed(QWidget *window)
{
    QStringList offenders;
    CHECK(collectUnnamed(window, offenders) > 0);
    requireNoneUnnamed(offenders);
}

template<typename Dialog>
void showAndCheck(Dialog &dialog)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    requireNamed(&dialog);
}

} // namespace

TEST_CASE("Every control of the main window has an accessible name", "[app][a11y]")
{
    MainWindow window;
    window.setConfirmUnsaved(false);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::loaded);
    window.openFile(test::bundledDatasetPath());
    REQUIRE(loaded.wait(20000));
    // Something selected and filtered: the details panel shows it, the filter bar has a chip.
    window.selection()->setCurrent({ EntityType::Site, QStringLiteral("loughton_nscale") });
    REQUIRE(window.filterBar()->setCountryChecked(QStringLiteral("GB"), true));
    QCoreApplication::processEvents();
    QStringList offenders;
    CHECK(collectUnnamed(&window, offenders) > 0);
    // What the other tabs and the docks tabbed behind others show, and the charts as tables.
    const QList<QTabWidget *> tabWidgets = window.findChildren<QTabWidget *>();
    for (QTabWidget *tabs : tabWidgets) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            QCoreApplication::processEvents();
            collectUnnamed(&window, offenders);
        }
    }
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dock->isHidden())
            continue;
        dock->raise();
        QCoreApplication::processEvents();
        collectUnnamed(&window, offenders);
    }
    for (CompanyBarChart *chart : { window.gpuChart(), window.spendingChart() }) {
        chart->setTableShown(true);
        qobject_cast<QTabWidget *>(chart->parentWidget()->parentWidget())->setCurrentWidget(chart);
        QCoreApplication::processEvents();
        collectUnnamed(&window, offenders);
        chart->setTableShown(false);
    }
    requireNoneUnnamed(offenders);
}

TEST_CASE("Every control of the dialogs has an accessible name", "[app][a11y]")
{
    const Dataset dataset = test::bundledDataset();
    SECTION("Export Figure")
    {
        QSettings().remove(QStringLiteral("export"));
        ExportDialog::Context context;
        context.dataset = std::make_shared<const Dataset>(dataset);
        context.basemap = test::basemap();
        context.selection = { { EntityType::Site, QStringLiteral("loughton_nscale") } };
        ExportDialog dialog(context);
        showAndCheck(dialog);
    }
    SECTION("Import")
    {
        ImportDialog dialog(Theme::light());
        showAndCheck(dialog);
    }
    SECTION("Edit a site, an investment, a company, a source")
    {
        for (const EntityValue &value : { EntityValue(dataset.sites.first()), EntityValue(dataset.investments.first()),
                 EntityValue(dataset.companies.first()), EntityValue(dataset.sources.first()) }) {
            EntityEditDialog dialog(dataset, value, false, Theme::light());
            showAndCheck(dialog);
        }
    }
    SECTION("Problems in a dataset")
    {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::Error;
        diagnostic.message = QStringLiteral("latitude -95 is outside -90…90");
        DiagnosticsDialog dialog(QStringLiteral("Not a valid dataset"), { diagnostic });
        showAndCheck(dialog);
    }
    SECTION("Keyboard shortcuts")
    {
        MainWindow window;
        window.setConfirmUnsaved(false);
        ShortcutsDialog dialog(&window);
        showAndCheck(dialog);
    }
}
