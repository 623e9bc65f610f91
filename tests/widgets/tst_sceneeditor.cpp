#include "atlascatch.h"
#include "testdata.h"

#include "datasetdocument.h"
#include "sceneeditor.h"
#include "scenelistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace atlas;

namespace Catch {
/// Scene lists print as their ids and English titles, so a failed comparison says what moved.
template<>
struct StringMaker<QList<Scene>> {
    static std::string convert(const QList<Scene> &scenes)
    {
        QStringList items;
        for (const Scene &scene : scenes)
            items.append(scene.id + QStringLiteral(" \"") + scene.title.en + u'"');
        return "[" + items.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace {

/// What the window would capture: a fixed camera, filter and highlights.
Scene capturedView()
{
    Scene scene;
    scene.camera.projection = QStringLiteral("robinson");
    scene.camera.centre = QPointF(-2.5, 54.25);
    scene.camera.span = 1234567.5;
    scene.filter.companies = QStringList { QStringLiteral("nscale") };
    scene.highlight = QStringList { QStringLiteral("site:loughton_nscale") };
    return scene;
}

/// The bundled dataset (eight scenes) in a document, a stack, and the editor on both, shown.
struct Fixture : test::BundledDocument {
    QUndoStack stack;
    std::unique_ptr<SceneEditor> editor;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QList<Scene> saved;

    Fixture()
    {
        editor = std::make_unique<SceneEditor>(&document, &stack, capturedView, Theme::light());
        tester = std::make_unique<QAbstractItemModelTester>(
            editor->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        editor->resize(420, 640);
        editor->show();
        REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
        saved = document.dataset().scenes;
        REQUIRE(saved.size() == 8);
    }

    const QList<Scene> &scenes() const { return document.dataset().scenes; }

    template<typename Widget>
    Widget *field(const char *name) const
    {
        auto *widget = editor->findChild<Widget *>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    QString rowText(int row) const { return editor->model()->index(row).data().toString(); }
};

} // namespace

TEST_CASE("The scene list shows numbered titles in the document's language", "[widgets][scenes]")
{
    Fixture fixture;
    CHECK(fixture.editor->model()->rowCount() == 8);
    CHECK(fixture.rowText(0) == QStringLiteral("1. The $42bn pledge"));
    CHECK(fixture.editor->currentRow() == 0);
    CHECK(fixture.field<QLineEdit>("titleEn")->text() == QStringLiteral("The $42bn pledge"));
    CHECK(fixture.field<QLineEdit>("titleKo")->text() == QStringLiteral("420억 달러의 약속"));
    CHECK(fixture.field<QComboBox>("chart")->currentData().toInt() == static_cast<int>(SceneChart::Spending));
    CHECK(fixture.field<QLabel>("sceneSummary")->text().contains(QLatin1String("Equal Earth")));

    fixture.document.setLanguage(QStringLiteral("ko"));
    CHECK(fixture.rowText(1) == QStringLiteral("2. 러프턴: 마이크로소프트의 슈퍼컴퓨터"));
    CHECK(fixture.stack.count() == 0);
    CHECK_FALSE(fixture.document.isModified());
}

TEST_CASE("Capture View adds the window's view after the selected scene; undo and redo are exact", "[widgets][scenes]")
{
    Fixture fixture;
    QSignalSpy scenesChanged(&fixture.document, &DatasetDocument::scenesChanged);
    QSignalSpy datasetChanged(&fixture.document, &DatasetDocument::datasetChanged);
    fixture.editor->setCurrentRow(2);
    fixture.editor->captureAction()->trigger();

    REQUIRE(fixture.scenes().size() == 9);
    const Scene &added = fixture.scenes().at(3);
    CHECK(added.camera == capturedView().camera);
    CHECK(added.filter == capturedView().filter);
    CHECK(added.highlight == capturedView().highlight);
    CHECK(added.chart == SceneChart::None);
    CHECK(added.title.en == QStringLiteral("Scene 4"));
    CHECK(added.id == QStringLiteral("scene-1"));
    CHECK(fixture.editor->currentRow() == 3);
    CHECK(fixture.field<QLineEdit>("titleEn")->text() == QStringLiteral("Scene 4"));
    CHECK(fixture.rowText(3) == QStringLiteral("4. Scene 4"));
    CHECK(fixture.document.isModified());
    CHECK(scenesChanged.size() == 1);
    CHECK(datasetChanged.isEmpty()); // the entity models are left alone
    CHECK(fixture.stack.count() == 1);
    const QList<Scene> captured = fixture.scenes();

    fixture.stack.undo();
    CHECK(fixture.scenes() == fixture.saved);
    CHECK(fixture.editor->currentRow() == 2);
    fixture.stack.redo();
    CHECK(fixture.scenes() == captured);
    CHECK(fixture.editor->currentRow() == 3);
    CHECK(fixture.stack.count() == 1);
}

TEST_CASE("Typing a title is one undo step that restores the exact scenes", "[widgets][scenes]")
{
    Fixture fixture;
    fixture.editor->setCurrentRow(1);
    auto *title = fixture.field<QLineEdit>("titleEn");
    CHECK(title->text() == QStringLiteral("Loughton: Microsoft's supercomputer"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Loughton, Essex"));

    CHECK(fixture.scenes().at(1).title.en == QStringLiteral("Loughton, Essex"));
    CHECK(fixture.rowText(1) == QStringLiteral("2. Loughton, Essex"));
    CHECK(fixture.stack.count() == 1);
    CHECK(title->text() == QStringLiteral("Loughton, Essex"));
    CHECK(title->cursorPosition() == title->text().size()); // the document's echo left the cursor alone
    CHECK(fixture.document.isModified());
    const QList<Scene> edited = fixture.scenes();

    // Another field is another step.
    auto *caption = fixture.field<QPlainTextEdit>("captionKo");
    caption->setFocus();
    caption->moveCursor(QTextCursor::End);
    QTest::keyClicks(caption, QStringLiteral(" (end)"));
    CHECK(fixture.scenes().at(1).caption.ko.endsWith(QStringLiteral(" (end)")));
    CHECK(fixture.stack.count() == 2);

    fixture.stack.undo();
    CHECK(fixture.scenes() == edited);
    fixture.stack.undo();
    CHECK(fixture.scenes() == fixture.saved);
    // The fields follow the undo, without making commands of their own.
    CHECK(title->text() == QStringLiteral("Loughton: Microsoft's supercomputer"));
    CHECK(caption->toPlainText() == fixture.saved.at(1).caption.ko);
    CHECK(fixture.stack.count() == 2);
    CHECK(fixture.stack.index() == 0);

    fixture.stack.redo();
    CHECK(fixture.scenes() == edited);
    CHECK(title->text() == QStringLiteral("Loughton, Essex"));

    // Ctrl+Z in the field undoes the document's step, not the field's own typing.
    title->setFocus();
    QTest::keySequence(title, QKeySequence::Undo);
    CHECK(fixture.scenes() == fixture.saved);
    CHECK(fixture.stack.index() == 0);
}

TEST_CASE("The chart choice is an undoable change", "[widgets][scenes]")
{
    Fixture fixture;
    fixture.editor->setCurrentRow(1);
    auto *chart = fixture.field<QComboBox>("chart");
    CHECK(chart->currentData().toInt() == static_cast<int>(SceneChart::None));
    const int gpus = chart->findData(static_cast<int>(SceneChart::Gpus));
    chart->setCurrentIndex(gpus);
    Q_EMIT chart->activated(gpus);
    CHECK(fixture.scenes().at(1).chart == SceneChart::Gpus);
    fixture.stack.undo();
    CHECK(fixture.scenes() == fixture.saved);
    CHECK(chart->currentData().toInt() == static_cast<int>(SceneChart::None));
}

TEST_CASE("Scenes reorder by Move Down and by drag and drop; undo restores the order", "[widgets][scenes]")
{
    Fixture fixture;
    fixture.editor->setCurrentRow(0);
    CHECK_FALSE(fixture.editor->moveUpAction()->isEnabled());
    fixture.editor->moveDownAction()->trigger();
    CHECK(fixture.scenes().at(0).id == QStringLiteral("loughton"));
    CHECK(fixture.scenes().at(1).id == QStringLiteral("pledge"));
    CHECK(fixture.editor->currentRow() == 1);
    CHECK(fixture.rowText(1) == QStringLiteral("2. The $42bn pledge"));
    CHECK(fixture.editor->moveUpAction()->isEnabled());
    const QList<Scene> moved = fixture.scenes();

    // Drag "gpus" (row 5) and drop it before row 1.
    SceneListModel *model = fixture.editor->model();
    std::unique_ptr<QMimeData> data(model->mimeData({ model->index(5) }));
    REQUIRE(data);
    CHECK(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    CHECK(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {}));
    QStringList ids;
    for (const Scene &scene : fixture.scenes())
        ids.append(scene.id);
    CHECK(ids
        == QStringList { QStringLiteral("loughton"), QStringLiteral("gpus"), QStringLiteral("pledge"),
            QStringLiteral("north-east"), QStringLiteral("norway"), QStringLiteral("new-york"),
            QStringLiteral("spending"), QStringLiteral("delivered") });
    CHECK(fixture.editor->currentRow() == 1);
    CHECK(fixture.stack.count() == 2);

    // Dropped below the last row: it goes to the end.
    std::unique_ptr<QMimeData> first(model->mimeData({ model->index(0) }));
    CHECK(model->dropMimeData(first.get(), Qt::MoveAction, -1, -1, {}));
    CHECK(fixture.scenes().last().id == QStringLiteral("loughton"));
    CHECK(fixture.editor->currentRow() == 7);

    fixture.stack.undo();
    fixture.stack.undo();
    CHECK(fixture.scenes() == moved);
    fixture.stack.undo();
    CHECK(fixture.scenes() == fixture.saved);
    CHECK(fixture.editor->currentRow() == 0);
    fixture.stack.redo();
    CHECK(fixture.scenes() == moved);
}

TEST_CASE("Deleting a scene is undone exactly; Update Camera keeps the words", "[widgets][scenes]")
{
    Fixture fixture;
    fixture.editor->setCurrentRow(7);
    fixture.editor->deleteAction()->trigger();
    REQUIRE(fixture.scenes().size() == 7);
    CHECK(fixture.editor->currentRow() == 6);
    fixture.stack.undo();
    CHECK(fixture.scenes() == fixture.saved);
    CHECK(fixture.editor->currentRow() == 7);
    fixture.stack.redo();
    CHECK(fixture.scenes().size() == 7);

    fixture.editor->setCurrentRow(2);
    fixture.editor->updateCameraAction()->trigger();
    const Scene &updated = fixture.scenes().at(2);
    CHECK(updated.camera == capturedView().camera);
    CHECK(updated.highlight == capturedView().highlight);
    CHECK(updated.title == fixture.saved.at(2).title);
    CHECK(updated.caption == fixture.saved.at(2).caption);
    CHECK(fixture.field<QLabel>("sceneSummary")->text().contains(QLatin1String("Robinson")));

    fixture.stack.setIndex(0);
    CHECK(fixture.scenes() == fixture.saved);
    fixture.stack.setIndex(fixture.stack.count());
    CHECK(fixture.scenes().size() == 7);
    CHECK(fixture.scenes().at(2).camera == capturedView().camera);
}

TEST_CASE("Present from Here asks for the selected scene", "[widgets][scenes]")
{
    Fixture fixture;
    QSignalSpy present(fixture.editor.get(), &SceneEditor::presentRequested);
    fixture.editor->setCurrentRow(4);
    fixture.editor->presentAction()->trigger();
    REQUIRE(present.size() == 1);
    CHECK(present.first().at(0).toInt() == 4);
}
