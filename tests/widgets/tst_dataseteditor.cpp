#include "../maps/mapfixture.h"
#include "atlascatch.h"
#include "testdata.h"

#include "basemap.h"
#include "companytablemodel.h"
#include "dataseteditor.h"
#include "investmenttablemodel.h"
#include "mapview.h"
#include "sitetablemodel.h"
#include "sourcetablemodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace atlas;

namespace {

/// The bundled document with an editor on an undo stack, and table models with edit handlers.
struct Editing : test::BundledDocument {
    QUndoStack undoStack;
    DatasetEditor editor { &document, &undoStack, &selection };
    SiteTableModel sites { &document, &selection };
    CompanyTableModel companies { &document, &selection };
    InvestmentTableModel investments { &document, &selection };
    SourceTableModel sources { &document, &selection };
    Dataset original = document.dataset();

    Editing()
    {
        for (EntityTableModel *model :
            std::initializer_list<EntityTableModel *> { &sites, &companies, &investments, &sources })
            model->setEditHandler([this](const EntityValue &value) { return editor.change(value); });
    }

    /// Undoes everything, checks the dataset is the original, redoes it all and checks it is
    /// @p edited again.
    void checkUndoRedo(const Dataset &edited)
    {
        while (undoStack.canUndo())
            undoStack.undo();
        CHECK(document.dataset() == original);
        CHECK(sites.rowCount() == original.sites.size());
        CHECK(companies.rowCount() == original.companies.size());
        CHECK(investments.rowCount() == original.investments.size());
        CHECK(sources.rowCount() == original.sources.size());
        while (undoStack.canRedo())
            undoStack.redo();
        CHECK(document.dataset() == edited);
    }
};

Site newSite()
{
    Site site;
    site.name = { QStringLiteral("Test Campus"), QStringLiteral("시험 캠퍼스") };
    site.country = QStringLiteral("GB");
    site.location.lonDeg = -1.5;
    site.location.latDeg = 53.25;
    site.location.sources = { QStringLiteral("S1") };
    site.status.sources = { QStringLiteral("S1") };
    site.sources = { QStringLiteral("S1") };
    return site;
}

} // namespace

TEST_CASE("Adding an entity of every kind is one undoable step that the tables follow", "[editing]")
{
    Editing editing;
    Company company;
    company.name.en = QStringLiteral("Example Compute");
    company.country = QStringLiteral("KR");
    company.colour = QStringLiteral("#123456");
    company.sources = { QStringLiteral("S1") };
    Source source;
    source.title = QStringLiteral("A new report");
    source.publisher = QStringLiteral("Example News");
    source.url = QStringLiteral("https://example.org/report");
    source.date.text = QStringLiteral("2025-10");

    REQUIRE(editing.editor.add(newSite()).isEmpty());
    REQUIRE(editing.editor.add(company).isEmpty());
    REQUIRE(editing.editor.add(source).isEmpty());
    Investment investment;
    investment.investors = { QStringLiteral("example-compute") };
    investment.targetSites = { QStringLiteral("test-campus") };
    investment.sources = { QStringLiteral("a-new-report") };
    investment.announced.text = QStringLiteral("2025-10");
    REQUIRE(editing.editor.add(investment).isEmpty());

    const Dataset &dataset = editing.document.dataset();
    REQUIRE(dataset.sites.size() == editing.original.sites.size() + 1);
    CHECK(dataset.sites.last().id == QStringLiteral("test-campus"));
    CHECK(dataset.companies.last().id == QStringLiteral("example-compute"));
    CHECK(dataset.sources.last().id == QStringLiteral("a-new-report"));
    CHECK(dataset.investments.last().id == QStringLiteral("investment"));
    CHECK(editing.sites.rowCount() == dataset.sites.size());
    CHECK(editing.sites.index(editing.sites.rowCount() - 1, SiteTableModel::Name).data().toString()
        == QStringLiteral("Test Campus"));
    CHECK(editing.undoStack.count() == 4);
    CHECK(editing.undoStack.text(0) == QStringLiteral("Add site Test Campus"));
    CHECK(editing.document.isModified());
    // The new entity becomes the current one, as a click on it would make it.
    CHECK(editing.selection.current() == EntityRef { EntityType::Investment, QStringLiteral("investment") });
    editing.checkUndoRedo(Dataset(dataset));
}

TEST_CASE("An id that is taken gets a suffix; a value with errors is refused", "[editing]")
{
    Editing editing;
    Site site = newSite();
    site.id = QStringLiteral("loughton_nscale");
    REQUIRE(editing.editor.add(site).isEmpty());
    CHECK(editing.document.dataset().sites.last().id == QStringLiteral("loughton_nscale-2"));

    Site bad = newSite();
    bad.location.latDeg = 95;
    bad.sources = { QStringLiteral("nonexistent") };
    const QString message = editing.editor.add(bad);
    CHECK(message.contains(QStringLiteral("latitude 95 is outside")));
    CHECK(message.contains(QStringLiteral("unknown source \"nonexistent\"")));
    CHECK(editing.undoStack.count() == 1);
}

TEST_CASE("Changing an entity replaces it in place; undo gives back the exact original", "[editing]")
{
    Editing editing;
    Company nscale = *editing.original.company(QStringLiteral("nscale"));
    nscale.name.ko = QStringLiteral("엔스케일 (수정)");
    nscale.colour = QStringLiteral("#abcdef");
    REQUIRE(editing.editor.change(nscale).isEmpty());
    Investment investment = *editing.original.investment(QStringLiteral("inv01_microsoft"));
    REQUIRE(investment.amount);
    investment.amount->value *= 2;
    investment.amount->sources.append(QStringLiteral("S2"));
    REQUIRE(editing.editor.change(investment).isEmpty());
    Source source = editing.original.sources.first();
    source.title += QStringLiteral(" (corrected)");
    REQUIRE(editing.editor.change(source).isEmpty());

    const Dataset &dataset = editing.document.dataset();
    CHECK(dataset.company(QStringLiteral("nscale"))->colour == QStringLiteral("#abcdef"));
    CHECK(dataset.investment(QStringLiteral("inv01_microsoft"))->amount->sources.contains(QStringLiteral("S2")));
    CHECK(dataset.sources.first().title.endsWith(QStringLiteral("(corrected)")));
    // Order and everything else stay as they were.
    CHECK(dataset.companies.size() == editing.original.companies.size());
    CHECK(dataset.sites == editing.original.sites);
    CHECK(editing.undoStack.count() == 3);
    // A change to nothing is not a step.
    CHECK(editing.editor.change(source).isEmpty());
    CHECK(editing.undoStack.count() == 3);
    editing.checkUndoRedo(Dataset(dataset));
}

TEST_CASE("Deleting what others refer to is refused and says what refers to it", "[editing]")
{
    Editing editing;
    const QString message = editing.editor.remove({ { EntityType::Company, QStringLiteral("nscale") } });
    CHECK(message.contains(QStringLiteral("investment \"inv06_nscale_uk\" names it as an investor")));
    CHECK(message.contains(QStringLiteral("site \"loughton_nscale\"")));
    CHECK(message.contains(QStringLiteral("scene")));
    const QString source = editing.editor.remove({ { EntityType::Source, QStringLiteral("S23") } });
    CHECK(source.contains(QStringLiteral("site \"loughton_nscale\" cites it")));
    CHECK(editing.undoStack.count() == 0);
    CHECK(editing.document.dataset() == editing.original);
}

TEST_CASE("Deleting several entities is one step; undo puts each back where it was", "[editing]")
{
    Editing editing;
    Site first = newSite();
    first.id = QStringLiteral("first");
    Site second = newSite();
    second.id = QStringLiteral("second");
    REQUIRE(editing.editor.add(first).isEmpty());
    REQUIRE(editing.editor.add(second).isEmpty());
    // A site and an investment that targets it go together.
    Investment investment;
    investment.id = QStringLiteral("to-first");
    investment.investors = { QStringLiteral("nscale") };
    investment.targetSites = { QStringLiteral("first") };
    investment.sources = { QStringLiteral("S1") };
    investment.announced.text = QStringLiteral("2025-10");
    REQUIRE(editing.editor.add(investment).isEmpty());
    const Dataset withNew = editing.document.dataset();
    editing.selection.setSelection(
        { { EntityType::Site, QStringLiteral("first") }, { EntityType::Site, QStringLiteral("loughton_nscale") } });

    // Alone, the site cannot go: the investment targets it.
    CHECK_FALSE(editing.editor.remove({ { EntityType::Site, QStringLiteral("first") } }).isEmpty());
    REQUIRE(editing.editor
                .remove({ { EntityType::Site, QStringLiteral("first") },
                    { EntityType::Investment, QStringLiteral("to-first") },
                    { EntityType::Site, QStringLiteral("second") } })
                .isEmpty());
    CHECK(editing.document.dataset().sites == editing.original.sites);
    CHECK(editing.document.dataset().investments == editing.original.investments);
    CHECK(editing.undoStack.count() == 4);
    CHECK(editing.undoStack.text(3) == QStringLiteral("Delete 3 entries"));
    // The deleted site left the selection; the other stayed.
    CHECK(editing.selection.selection() == QSet<EntityRef> { { EntityType::Site, QStringLiteral("loughton_nscale") } });

    editing.undoStack.undo();
    CHECK(editing.document.dataset() == withNew);
    editing.checkUndoRedo(Dataset(editing.original));
}

TEST_CASE("Cells typed into the tables become undoable edits; bad values are refused with a reason", "[editing]")
{
    Editing editing;
    const int loughton = editing.sites.rowOf(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton >= 0);
    const QModelIndex name = editing.sites.index(loughton, SiteTableModel::Name);
    CHECK(editing.sites.flags(name) & Qt::ItemIsEditable);
    CHECK_FALSE(editing.sites.flags(editing.sites.index(loughton, SiteTableModel::Gpus)) & Qt::ItemIsEditable);
    CHECK(editing.sites.data(name, Qt::EditRole).toString() == QStringLiteral("Nscale AI Campus, Loughton"));
    REQUIRE(editing.sites.setData(name, QStringLiteral("Loughton AI campus")));
    CHECK(editing.document.dataset().site(QStringLiteral("loughton_nscale"))->name.en
        == QStringLiteral("Loughton AI campus"));

    const QModelIndex status = editing.sites.index(loughton, SiteTableModel::Status);
    CHECK(editing.sites.data(status, Roles::Choices).toStringList().contains(QStringLiteral("Operational")));
    REQUIRE(editing.sites.setData(status, QStringLiteral("Operational")));
    CHECK(editing.document.dataset().site(QStringLiteral("loughton_nscale"))->status.value == SiteStatus::Operational);

    QSignalSpy refused(&editing.sites, &EntityTableModel::editRefused);
    CHECK_FALSE(editing.sites.setData(status, QStringLiteral("Finished")));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().first().toString().contains(QStringLiteral("\"Finished\" is not a status")));
    CHECK_FALSE(editing.sites.setData(editing.sites.index(loughton, SiteTableModel::Country), QStringLiteral("XX")));
    REQUIRE(refused.size() == 2);
    CHECK(refused.last().first().toString().contains(QStringLiteral("ISO 3166-1")));

    QSignalSpy sourceRefused(&editing.sources, &EntityTableModel::editRefused);
    CHECK_FALSE(editing.sources.setData(editing.sources.index(0, SourceTableModel::Date), QStringLiteral("soon")));
    CHECK(sourceRefused.size() == 1);
    REQUIRE(editing.sources.setData(editing.sources.index(0, SourceTableModel::Publisher), QStringLiteral("Reuters")));
    const int nscaleUk = editing.investments.rowOf(QStringLiteral("inv06_nscale_uk"));
    REQUIRE(editing.investments.setData(
        editing.investments.index(nscaleUk, InvestmentTableModel::Kind), QStringLiteral("equity")));
    CHECK(editing.document.dataset().investment(QStringLiteral("inv06_nscale_uk"))->kind == InvestmentKind::Equity);
    REQUIRE(editing.companies.setData(
        editing.companies.index(editing.companies.rowOf(QStringLiteral("oqc")), CompanyTableModel::Name),
        QStringLiteral("Oxford Quantum Circuits Ltd")));

    CHECK(editing.undoStack.count() == 5);
    editing.checkUndoRedo(Dataset(editing.document.dataset()));
}

TEST_CASE("A model without an edit handler is read-only", "[editing]")
{
    test::BundledDocument bundled;
    SiteTableModel sites(&bundled.document, &bundled.selection);
    const QModelIndex name = sites.index(0, SiteTableModel::Name);
    CHECK_FALSE(sites.flags(name) & Qt::ItemIsEditable);
    CHECK_FALSE(sites.setData(name, QStringLiteral("Anything")));
    CHECK(bundled.document.dataset() == test::bundledDataset());
}

TEST_CASE("Moving a site changes only its position, which becomes approximate", "[editing]")
{
    Editing editing;
    REQUIRE(editing.editor.moveSite(QStringLiteral("glomfjord_nscale"), QPointF(13.95, 66.8)).isEmpty());
    Site expected = *editing.original.site(QStringLiteral("glomfjord_nscale"));
    expected.location.lonDeg = 13.95;
    expected.location.latDeg = 66.8;
    expected.location.basis = CoordinateBasis::Approximate;
    CHECK(*editing.document.dataset().site(QStringLiteral("glomfjord_nscale")) == expected);
    CHECK(editing.undoStack.text(0) == QStringLiteral("Move Nscale Glomfjord"));
    CHECK(editing.editor.moveSite(QStringLiteral("glomfjord_nscale"), QPointF(13.95, 91))
              .contains(QStringLiteral("latitude")));
    editing.checkUndoRedo(Dataset(editing.document.dataset()));
}

TEST_CASE("Dragging a site on the map with moving enabled reports where it was dropped", "[editing]")
{
    Editing editing;
    MapView view(&editing.document, &editing.selection, &editing.filter, test::basemap(), Theme::light());
    QObject::connect(&view, &MapView::siteMoved, &editing.editor,
        [&editing](const QString &id, QPointF lonLat) { editing.editor.moveSite(id, lonLat); });
    view.resize(1000, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.showPreset(QStringLiteral("uk-norway")));
    const auto waitForRender = [&view] {
        for (int i = 0; i < 400 && (view.isRendering() || view.renderCount() == 0); ++i)
            QTest::qWait(25);
        REQUIRE_FALSE(view.isRendering());
    };
    waitForRender();
    const auto anchor = [&view](const QString &id) -> std::optional<QPointF> {
        for (const DrawnItem &item : view.lastResult().sites) {
            if (item.id == id)
                return item.anchorPx;
        }
        return std::nullopt;
    };
    const std::optional<QPointF> glomfjord = anchor(QStringLiteral("glomfjord_nscale"));
    REQUIRE(glomfjord);
    const QPoint from = glomfjord->toPoint();
    const QPoint to = from + QPoint(-60, 40);

    // Without moving enabled, a drag pans: the site stays in the dataset where it was.
    QSignalSpy moved(&view, &MapView::siteMoved);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(&view, from + QPoint(-10, 5));
    QTest::mouseMove(&view, to);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, to);
    CHECK(moved.isEmpty());
    waitForRender();

    view.setMoveSitesEnabled(true);
    const QPoint start = anchor(QStringLiteral("glomfjord_nscale"))->toPoint();
    const QPoint end = start + QPoint(-60, 40);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(&view, start + QPoint(-10, 5));
    QTest::mouseMove(&view, end);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, end);
    REQUIRE(moved.size() == 1);
    CHECK(moved.first().first().toString() == QStringLiteral("glomfjord_nscale"));
    const Site &site = *editing.document.dataset().site(QStringLiteral("glomfjord_nscale"));
    const Site &before = *editing.original.site(QStringLiteral("glomfjord_nscale"));
    // Dropped to the lower left: west and south of where it was.
    CHECK(site.location.lonDeg < before.location.lonDeg - 0.5);
    CHECK(site.location.latDeg < before.location.latDeg - 0.2);
    waitForRender();
    const std::optional<QPointF> drawn = anchor(QStringLiteral("glomfjord_nscale"));
    REQUIRE(drawn);
    CHECK(QLineF(*drawn, QPointF(end)).length() < 2.0);

    // Esc in the middle of a drag puts it back and reports nothing.
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, end);
    QTest::mouseMove(&view, end + QPoint(30, 0));
    QTest::mouseMove(&view, end + QPoint(60, 0));
    QTest::keyClick(&view, Qt::Key_Escape);
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, end + QPoint(60, 0));
    CHECK(moved.size() == 1);
    CHECK(*editing.document.dataset().site(QStringLiteral("glomfjord_nscale")) == site);
}

TEST_CASE("An import is one step, and one that would leave the dataset invalid is refused", "[editing]")
{
    Editing editing;
    Dataset imported;
    Site site = newSite();
    site.id = QStringLiteral("imported-site");
    imported.sites.append(site);
    REQUIRE(editing.editor.addImported(imported, QStringLiteral("Import 1 rows from x.csv")).isEmpty());
    CHECK(editing.document.dataset().site(QStringLiteral("imported-site")));
    CHECK(editing.selection.selection() == QSet<EntityRef> { { EntityType::Site, QStringLiteral("imported-site") } });
    CHECK(editing.undoStack.count() == 1);
    editing.checkUndoRedo(Dataset(editing.document.dataset()));

    // GPUs that belong to no company cannot be saved: nothing is added.
    Dataset incomplete;
    Site gpus = newSite();
    gpus.id = QStringLiteral("gpus-of-nobody");
    GpuDeployment deployment;
    deployment.model = QStringLiteral("unspecified");
    deployment.count = Claim { 100, {}, {}, Qualifier::Exact, Basis::Stated, { QStringLiteral("S1") }, {}, {} };
    deployment.sources = { QStringLiteral("S1") };
    gpus.gpus.append(deployment);
    incomplete.sites.append(gpus);
    const QString message = editing.editor.addImported(incomplete, QStringLiteral("Import"));
    CHECK(message.contains(QStringLiteral("GPUs need the company whose they are")));
    CHECK_FALSE(editing.document.dataset().site(QStringLiteral("gpus-of-nobody")));
    CHECK(editing.undoStack.count() == 1);
}
