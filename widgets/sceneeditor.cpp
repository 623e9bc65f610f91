#include "sceneeditor.h"

#include "datasetdocument.h"
#include "projection.h"
#include "scenelistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <type_traits>

namespace atlas {

/**
 * One change to the presentation: the whole scene list before and after, and the row selected
 * before and after. Scene lists are small, so whole copies keep undo exact and simple.
 * Commands with the same merge id (a text field) on the same scene merge, so typing a title
 * is one step.
 */
class SceneEditor::Command : public QUndoCommand
{
public:
    Command(SceneEditor *editor, QList<Scene> before, QList<Scene> after, int rowBefore, int rowAfter, int mergeId,
        const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_document(editor->m_document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_rowBefore(rowBefore)
        , m_rowAfter(rowAfter)
        , m_mergeId(mergeId)
    {
    }

    void undo() override { apply(m_before, m_rowBefore); }
    void redo() override { apply(m_after, m_rowAfter); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const Command *>(other);
        if (next->m_rowBefore != m_rowAfter || next->m_rowAfter != m_rowAfter || next->m_before != m_after)
            return false;
        m_after = next->m_after;
        // Typed and typed back: nothing left to undo.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    void apply(const QList<Scene> &scenes, int row)
    {
        if (m_document)
            m_document->setScenes(scenes);
        if (m_editor)
            m_editor->setCurrentRow(row);
    }

    QPointer<SceneEditor> m_editor;
    QPointer<DatasetDocument> m_document;
    QList<Scene> m_before;
    QList<Scene> m_after;
    int m_rowBefore;
    int m_rowAfter;
    int m_mergeId;
};

SceneEditor::SceneEditor(
    DatasetDocument *document, QUndoStack *undoStack, Capture capture, Theme theme, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_capture(std::move(capture))
    , m_theme(std::move(theme))
    , m_model(new SceneListModel(document, this))
{
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("sceneList"));
    m_list->setAccessibleName(tr("Scenes"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setUniformItemSizes(true);
    // Tabbed with the charts: no taller than they need, so the window fits a small screen.
    m_list->setMinimumHeight(fontMetrics().height() * 3);

    createActions();
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    QToolButton *lastButton = nullptr;
    for (QAction *action : { m_captureAction, m_updateCameraAction, m_deleteAction }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    for (QAction *action : { m_moveUpAction, m_moveDownAction, m_presentAction }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        buttons->addWidget(button);
        lastButton = button;
    }
    // Tab follows the layout: the buttons above, then the list (made before them), then the fields.
    setTabOrder(lastButton, m_list);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(createFields());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showScene();
        updateActions();
    });
    connect(m_model, &SceneListModel::moveRequested, this, &SceneEditor::moveScene);
    connect(m_document, &DatasetDocument::scenesChanged, this, [this] {
        showScene();
        updateActions();
    });
    connect(m_document, &DatasetDocument::datasetChanged, this, [this] {
        setCurrentRow(m_document->dataset().scenes.isEmpty() ? -1 : 0);
        showScene();
        updateActions();
    });
    setCurrentRow(m_document->dataset().scenes.isEmpty() ? -1 : 0);
    showScene();
    updateActions();
}

QWidget *SceneEditor::createFields()
{
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->setAccessibleName(tr("Scene texts and chart"));
    m_fields = tabs;
    const auto lineEdit = [this](const char *name, Field field) {
        auto *edit = new QLineEdit(m_fields);
        edit->setObjectName(QLatin1String(name));
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { editField(field, text); });
        return edit;
    };
    const auto textEdit = [this](const char *name, Field field) {
        auto *edit = new QPlainTextEdit(m_fields);
        edit->setObjectName(QLatin1String(name));
        // Room for a caption of two or three sentences; longer texts scroll.
        const int line = edit->fontMetrics().lineSpacing();
        edit->setMinimumHeight(line * 2 + 2 * edit->frameWidth() + 8);
        edit->setMaximumHeight(line * 5 + 2 * edit->frameWidth() + 8);
        edit->setTabChangesFocus(true);
        // The undo stack keeps the history; a second one inside the field would disagree with it.
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
            if (!m_showing)
                editField(field, edit->toPlainText());
        });
        return edit;
    };
    m_titleEn = lineEdit("titleEn", Field::TitleEn);
    m_titleEn->setPlaceholderText(tr("Required"));
    m_titleKo = lineEdit("titleKo", Field::TitleKo);
    m_captionEn = textEdit("captionEn", Field::CaptionEn);
    m_captionKo = textEdit("captionKo", Field::CaptionKo);
    m_notesEn = textEdit("notesEn", Field::NotesEn);
    m_notesKo = textEdit("notesKo", Field::NotesKo);
    m_notesEn->setPlaceholderText(tr("Only the presenter sees these"));
    m_notesKo->setPlaceholderText(m_notesEn->placeholderText());

    const auto addLanguage
        = [tabs](const QString &name, QLineEdit *title, QPlainTextEdit *caption, QPlainTextEdit *notes) {
              auto *page = new QWidget(tabs);
              auto *form = new QFormLayout(page);
              form->setContentsMargins(0, 6, 0, 0);
              form->addRow(tr("&Title:"), title);
              form->addRow(tr("&Caption:"), caption);
              form->addRow(tr("&Notes:"), notes);
              tabs->addTab(page, name);
          };
    addLanguage(tr("English"), m_titleEn, m_captionEn, m_notesEn);
    addLanguage(tr("Korean"), m_titleKo, m_captionKo, m_notesKo);

    m_chart = new QComboBox(m_fields);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_chart->addItem(tr("None"), static_cast<int>(SceneChart::None));
    m_chart->addItem(tr("GPUs by company"), static_cast<int>(SceneChart::Gpus));
    m_chart->addItem(tr("Spending by company"), static_cast<int>(SceneChart::Spending));
    connect(m_chart, &QComboBox::activated, this, &SceneEditor::setChart);

    m_summary = new QLabel(m_fields);
    m_summary->setObjectName(QStringLiteral("sceneSummary"));
    // Short lines, not wrapped: a wrapped label would make the scroll area keep the text fields
    // at their preferred heights instead of letting them shrink into a small dock.
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, m_theme.mutedText);
    m_summary->setPalette(muted);

    // What the scene shows besides its words, on a third tab: the dock is short on a small screen.
    auto *view = new QWidget(tabs);
    auto *form = new QFormLayout(view);
    form->setContentsMargins(0, 6, 0, 0);
    form->addRow(tr("C&hart:"), m_chart);
    form->addRow(m_summary);
    tabs->addTab(view, tr("Camera && Chart"));

    // Scrolled rather than squeezed: the dock shares a column with the charts and must not make
    // the window taller than a 768-pixel screen.
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the fields; it scrolls to the focused one
    scroll->setWidget(m_fields);
    scroll->setMinimumHeight(fontMetrics().height() * 3);
    return scroll;
}

void SceneEditor::createActions()
{
    m_captureAction = new QAction(tr("&Capture View"), this);
    m_captureAction->setStatusTip(tr("Add a scene of what the map shows now, after the selected scene"));
    m_captureAction->setToolTip(tr("Add a scene of the current view, filter and selection"));
    connect(m_captureAction, &QAction::triggered, this, &SceneEditor::captureView);

    m_updateCameraAction = new QAction(tr("&Update Camera"), this);
    m_updateCameraAction->setStatusTip(
        tr("Give the selected scene the map's current view, filter and selection; its words stay"));
    m_updateCameraAction->setToolTip(m_updateCameraAction->statusTip());
    connect(m_updateCameraAction, &QAction::triggered, this, &SceneEditor::updateCamera);

    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setStatusTip(tr("Delete the selected scene"));
    m_deleteAction->setToolTip(m_deleteAction->statusTip());
    // Only in the list: in a text field, Delete deletes text.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &SceneEditor::deleteScene);

    m_moveUpAction = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &Up"), this);
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDownAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move Do&wn"), this);
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *action : { m_moveUpAction, m_moveDownAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveScene(currentRow(), currentRow() - 1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveScene(currentRow(), currentRow() + 1); });

    m_presentAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Present from Here"), this);
    m_presentAction->setToolTip(tr("Present the scenes, starting with the selected one"));
    connect(m_presentAction, &QAction::triggered, this, [this] { Q_EMIT presentRequested(std::max(currentRow(), 0)); });
}

int SceneEditor::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SceneEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void SceneEditor::push(const QList<Scene> &after, int rowAfter, const QString &text, int mergeId)
{
    const QList<Scene> &before = m_document->dataset().scenes;
    if (after == before && rowAfter == currentRow())
        return;
    m_undoStack->push(new Command(this, before, after, currentRow(), rowAfter, mergeId, text));
}

void SceneEditor::captureView()
{
    if (!m_capture)
        return;
    Scene scene = m_capture();
    QList<Scene> scenes = m_document->dataset().scenes;
    const int row = currentRow() < 0 ? static_cast<int>(scenes.size()) : currentRow() + 1;
    if (scene.id.isEmpty()) {
        // The first free "scene-N": ids must be unique, and stay stable when titles change.
        QStringList ids;
        for (const Scene &other : scenes)
            ids.append(other.id);
        int number = static_cast<int>(scenes.size()) + 1;
        for (int candidate = 1; candidate <= number; ++candidate) {
            if (!ids.contains(QStringLiteral("scene-%1").arg(candidate))) {
                number = candidate;
                break;
            }
        }
        scene.id = QStringLiteral("scene-%1").arg(number);
    }
    if (scene.title.isEmpty())
        scene.title.en = tr("Scene %1").arg(row + 1);
    scenes.insert(row, scene);
    push(scenes, row, tr("Capture “%1”").arg(scene.title.text(m_document->language())));
}

void SceneEditor::updateCamera()
{
    const int row = currentRow();
    if (!m_capture || row < 0)
        return;
    const Scene captured = m_capture();
    QList<Scene> scenes = m_document->dataset().scenes;
    Scene &scene = scenes[row];
    scene.camera = captured.camera;
    scene.filter = captured.filter;
    scene.highlight = captured.highlight;
    push(scenes, row, tr("Update camera of “%1”").arg(scene.title.text(m_document->language())));
}

void SceneEditor::deleteScene()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QList<Scene> scenes = m_document->dataset().scenes;
    const QString title = scenes.at(row).title.text(m_document->language());
    scenes.removeAt(row);
    push(scenes, std::min(row, static_cast<int>(scenes.size()) - 1), tr("Delete “%1”").arg(title));
}

void SceneEditor::moveScene(int from, int to)
{
    QList<Scene> scenes = m_document->dataset().scenes;
    if (from < 0 || to < 0 || from >= scenes.size() || to >= scenes.size() || from == to)
        return;
    const QString title = scenes.at(from).title.text(m_document->language());
    scenes.move(from, to);
    // A drop may move a scene other than the selected one; the moved scene is selected after.
    setCurrentRow(from);
    push(scenes, to, tr("Move “%1”").arg(title));
}

void SceneEditor::editField(Field field, const QString &text)
{
    const int row = currentRow();
    if (m_showing || row < 0)
        return;
    QList<Scene> scenes = m_document->dataset().scenes;
    Scene &scene = scenes[row];
    QString name;
    switch (field) {
    case Field::TitleEn:
        scene.title.en = text;
        name = tr("title");
        break;
    case Field::TitleKo:
        scene.title.ko = text;
        name = tr("Korean title");
        break;
    case Field::CaptionEn:
        scene.caption.en = text;
        name = tr("caption");
        break;
    case Field::CaptionKo:
        scene.caption.ko = text;
        name = tr("Korean caption");
        break;
    case Field::NotesEn:
        scene.notes.en = text;
        name = tr("notes");
        break;
    case Field::NotesKo:
        scene.notes.ko = text;
        name = tr("Korean notes");
        break;
    }
    push(scenes, row, tr("Edit %1 of scene %2").arg(name).arg(row + 1), static_cast<int>(field));
}

void SceneEditor::setChart(int comboIndex)
{
    const int row = currentRow();
    if (row < 0)
        return;
    QList<Scene> scenes = m_document->dataset().scenes;
    scenes[row].chart = static_cast<SceneChart>(m_chart->itemData(comboIndex).toInt());
    push(scenes, row, tr("Change chart of scene %1").arg(row + 1));
}

void SceneEditor::showScene()
{
    const int row = currentRow();
    const QList<Scene> &scenes = m_document->dataset().scenes;
    const Scene scene = row >= 0 && row < scenes.size() ? scenes.at(row) : Scene();
    m_fields->setEnabled(row >= 0 && row < scenes.size());
    // Only what differs is set, so the field being typed in keeps its cursor and selection.
    const QScopedValueRollback<bool> showing(m_showing, true);
    const auto show = [](auto *edit, const QString &text) {
        if constexpr (std::is_same_v<decltype(edit), QLineEdit *>) {
            if (edit->text() != text)
                edit->setText(text);
        } else {
            if (edit->toPlainText() != text)
                edit->setPlainText(text);
        }
    };
    show(m_titleEn, scene.title.en);
    show(m_titleKo, scene.title.ko);
    show(m_captionEn, scene.caption.en);
    show(m_captionKo, scene.caption.ko);
    show(m_notesEn, scene.notes.en);
    show(m_notesKo, scene.notes.ko);
    m_chart->setCurrentIndex(m_chart->findData(static_cast<int>(scene.chart)));
    m_summary->setText(m_fields->isEnabled() ? summary(scene) : QString());
}

void SceneEditor::updateActions()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_captureAction->setEnabled(static_cast<bool>(m_capture));
    m_updateCameraAction->setEnabled(m_capture && row >= 0);
    m_deleteAction->setEnabled(row >= 0);
    m_moveUpAction->setEnabled(row > 0);
    m_moveDownAction->setEnabled(row >= 0 && row + 1 < rows);
    m_presentAction->setEnabled(rows > 0);
}

QString SceneEditor::summary(const Scene &scene) const
{
    const SceneCamera &camera = scene.camera;
    const auto projection = ProjectionSpec::fromName(camera.projection);
    const QString projectionName = projection ? projection->displayName() : camera.projection;
    const QLocale locale;
    QStringList lines;
    if (camera.span <= 0) {
        lines.append(tr("Camera: %1 · the whole world").arg(projectionName));
    } else {
        const double spanKm = camera.span / 1000;
        lines.append(
            tr("Camera: %1 · %2°, %3° · %4 km high")
                .arg(projectionName, locale.toString(camera.centre.x(), 'f', 2),
                    locale.toString(camera.centre.y(), 'f', 2), locale.toString(spanKm, 'f', spanKm < 10 ? 1 : 0)));
    }
    // Counts as "name: n", which read right for any n without plural rules.
    const SceneFilter &filter = scene.filter;
    QStringList narrowing;
    if (!filter.companies.isEmpty())
        narrowing.append(tr("companies: %1").arg(filter.companies.size()));
    if (!filter.countries.isEmpty())
        narrowing.append(tr("countries: %1").arg(filter.countries.size()));
    if (!filter.statuses.isEmpty())
        narrowing.append(tr("statuses: %1").arg(filter.statuses.size()));
    if (!filter.kinds.isEmpty())
        narrowing.append(tr("kinds: %1").arg(filter.kinds.size()));
    if (!filter.from.isNull() || !filter.to.isNull())
        narrowing.append(tr("announced %1 – %2").arg(filter.from.text, filter.to.text));
    if (!filter.asOf.isNull())
        narrowing.append(tr("as of %1").arg(filter.asOf.text));
    if (!filter.text.isEmpty())
        narrowing.append(tr("text “%1”").arg(filter.text));
    lines.append(narrowing.isEmpty() ? tr("Filter: none") : tr("Filter: %1").arg(narrowing.join(QStringLiteral(", "))));
    lines.append(tr("Highlights: %1 · Annotations: %2").arg(scene.highlight.size()).arg(scene.annotations.size()));
    return lines.join(u'\n');
}

bool SceneEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and Redo in a text field belong to the document's history, not to the field's own:
    // let the window's actions have the keys, and without them (a bare editor) use the stack.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->ignore();
            } else if (undo) {
                m_undoStack->undo();
            } else {
                m_undoStack->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atlas
