#include "atlascatch.h"

#include "companybarchart.h"
#include "companytablemodel.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "entitytableview.h"
#include "gpusbycompanymodel.h"
#include "sharedselection.h"
#include "spendingbycompanymodel.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QTest>

using namespace atlas;

namespace {
struct Fixture {
    DatasetDocument document;
    SharedSelection selection { &document };
    FilterState filter;
    GpusByCompanyModel gpus { &document, &selection, &filter };
    SpendingByCompanyModel spending { &document, &selection, &filter };

    Fixture()
    {
        const LoadResult result
            = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
        REQUIRE(result.dataset);
        document.setDataset(*result.dataset, QStringLiteral("us-uk-2025.json"));
    }
};

int barOf(const CompanyBarChart &chart, const QString &id)
{
    for (int index = 0; index < chart.barCount(); ++index) {
        if (chart.barCompanyId(index) == id)
            return index;
    }
    return -1;
}

QStringList barIds(const CompanyBarChart &chart)
{
    QStringList ids;
    for (int index = 0; index < chart.barCount(); ++index)
        ids.append(chart.barCompanyId(index));
    return ids;
}

/// Clicks the widget under @p point (a position in @p chart), as a user would.
void clickAt(CompanyBarChart &chart, const QPoint &point, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *target = chart.childAt(point);
    REQUIRE(target);
    QTest::mouseClick(target, Qt::LeftButton, modifiers, target->mapFrom(&chart, point));
    QCoreApplication::processEvents();
}
} // namespace

TEST_CASE("The GPU chart has one bar per company, largest first, in company colours", "[widgets][barchart]")
{
    Fixture fixture;
    const Theme theme = Theme::light();
    CompanyBarChart chart(&fixture.gpus, GpusByCompanyModel::Gpus, &fixture.document, &fixture.selection, theme);
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    // Only Nscale's deployments state a count (CoreWeave's and OQC's have none): one bar.
    REQUIRE(chart.barCount() == 1);
    CHECK_FALSE(chart.isEmptyStateShown());
    // Nscale: Loughton 23,040 + Cobalt Park 8,000 + Kvandal 100,000 = 131,040.
    CHECK(chart.barCompanyId(0) == QLatin1String("nscale"));
    CHECK(chart.barValue(0) == Approx(131040));
    CHECK(chart.barLabel(0) == QLatin1String("131,040"));
    CHECK(chart.barColour(0)
        == theme.companyColour(fixture.document.dataset().company(QStringLiteral("nscale"))->colour));
    CHECK(chart.barToolTip(0).contains(QLatin1String("131,040")));
    CHECK(chart.barToolTip(0).contains(QLatin1String("[S")));
    CHECK(chart.rect().contains(chart.barRect(0).center().toPoint()));
}

TEST_CASE("The spending chart sums stated USD by lead investor", "[widgets][barchart]")
{
    Fixture fixture;
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    REQUIRE(chart.barCount() >= 2);
    // Microsoft: $30bn (inv01) + $6.2bn (inv19) + $14bn (inv20) = $50.2bn.
    CHECK(chart.barCompanyId(0) == QLatin1String("microsoft"));
    CHECK(chart.barValue(0) == Approx(50.2e9));
    CHECK(chart.barLabel(0) == fixture.spending.index(0, SpendingByCompanyModel::StatedUsd).data().toString());
    // NVIDIA: $15bn (inv02, usdStated) + $2.7bn (inv03, usdStated) + $0.7bn (inv04) = $18.4bn.
    CHECK(chart.barCompanyId(1) == QLatin1String("nvidia"));
    CHECK(chart.barValue(1) == Approx(18.4e9));
    // Blackstone's only amount is £10bn with no stated USD: no bar.
    CHECK(barOf(chart, QStringLiteral("blackstone")) == -1);
    for (int index = 1; index < chart.barCount(); ++index) {
        CAPTURE(index);
        CHECK(chart.barValue(index) > 0);
        CHECK(chart.barValue(index) <= chart.barValue(index - 1));
    }
    // Bars are laid out top to bottom inside the widget, longest first.
    const QRectF first = chart.barRect(0);
    const QRectF second = chart.barRect(1);
    CHECK(first.isValid());
    CHECK(chart.rect().contains(first.center().toPoint()));
    CHECK(first.center().y() < second.center().y());
    CHECK(first.width() > second.width());
}

TEST_CASE("Clicking a bar selects its company everywhere; Ctrl-click toggles", "[widgets][barchart]")
{
    Fixture fixture;
    CompanyTableModel companies(&fixture.document, &fixture.selection);
    EntityTableView table(&companies, &fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    table.resize(600, 400);
    table.show();
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    REQUIRE(QTest::qWaitForWindowExposed(&table));

    const int nvidia = barOf(chart, QStringLiteral("nvidia"));
    REQUIRE(nvidia >= 0);
    clickAt(chart, chart.barRect(nvidia).center().toPoint());
    CHECK(fixture.selection.selectedIds(EntityType::Company) == QStringList { QStringLiteral("nvidia") });
    CHECK(chart.isBarHighlighted(nvidia));
    CHECK_FALSE(chart.isBarDimmed(nvidia));
    CHECK_FALSE(chart.isBarHighlighted(0));
    const QModelIndexList rows = table.selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().data(Roles::Id).toString() == QLatin1String("nvidia"));

    SECTION("Ctrl-click adds, and a second Ctrl-click removes")
    {
        clickAt(chart, chart.barRect(0).center().toPoint(), Qt::ControlModifier);
        QStringList ids = fixture.selection.selectedIds(EntityType::Company);
        ids.sort();
        CHECK(ids == QStringList { QStringLiteral("microsoft"), QStringLiteral("nvidia") });
        CHECK(table.selectionModel()->selectedRows().size() == 2);
        CHECK(chart.isBarHighlighted(0));

        clickAt(chart, chart.barRect(0).center().toPoint(), Qt::ControlModifier);
        CHECK(fixture.selection.selectedIds(EntityType::Company) == QStringList { QStringLiteral("nvidia") });
        CHECK_FALSE(chart.isBarHighlighted(0));
    }

    SECTION("clickBar() does what a click does")
    {
        chart.clickBar(0);
        QCoreApplication::processEvents();
        CHECK(fixture.selection.selectedIds(EntityType::Company) == QStringList { QStringLiteral("microsoft") });
        chart.clickBar(nvidia, Qt::ShiftModifier);
        QCoreApplication::processEvents();
        CHECK(fixture.selection.selectedIds(EntityType::Company).size() == 2);
        CHECK(table.selectionModel()->selectedRows().size() == 2);
    }
}

TEST_CASE("Selecting a site marks its companies' bars as related and dims the others", "[widgets][barchart]")
{
    Fixture fixture;
    const Theme theme = Theme::light();
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, theme);
    chart.resize(420, 300);

    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
    const int nscale = barOf(chart, QStringLiteral("nscale"));
    const int microsoft = barOf(chart, QStringLiteral("microsoft"));
    const int oracle = barOf(chart, QStringLiteral("oracle"));
    REQUIRE(nscale >= 0);
    REQUIRE(microsoft >= 0);
    REQUIRE(oracle >= 0);
    for (int index = 0; index < chart.barCount(); ++index) {
        CAPTURE(index);
        CHECK_FALSE(chart.isBarHighlighted(index));
    }
    CHECK_FALSE(chart.isBarDimmed(nscale));
    CHECK_FALSE(chart.isBarDimmed(microsoft));
    CHECK(chart.isBarDimmed(oracle));
    const QColor oracleColour
        = theme.companyColour(fixture.document.dataset().company(QStringLiteral("oracle"))->colour);
    CHECK(chart.barColour(oracle) != oracleColour);

    // Clearing the selection restores every colour.
    fixture.selection.clear();
    CHECK_FALSE(chart.isBarDimmed(oracle));
    CHECK(chart.barColour(oracle) == oracleColour);
}

TEST_CASE("The shared filter's date changes the spending bars; no match shows the empty state", "[widgets][barchart]")
{
    Fixture fixture;
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    // As of 1 Aug 2025, by "announced" (a partial date counts from its first day):
    //   inv20 Microsoft "2025" (→ 1 Jan 2025)     $14bn USD          → Microsoft 14e9
    //   inv12 AWS 2024-09-11                     £8bn, usdStated $10.5bn → Amazon 10.5e9
    //   inv11 Oracle 2025-03-17                  $5bn USD           → Oracle 5e9
    //   inv18 Stargate Norway 2025-07-31         about $1bn USD     → Nscale 1e9
    //   inv06a Nscale plan 2025-01-13            £2bn, no USD       → listed apart, not in the bar
    //   inv17 Nebius "2025-06" (→ 1 Jun 2025)    $300m USD          → Nebius 0.3e9
    //   inv15 Blackstone/QTS "2024"              £10bn, no USD      → no bar
    // Everything else is announced 16 Sep 2025 or later, or "2025-09" (→ 1 Sep 2025): excluded.
    DatasetFilter filter;
    filter.asOf = QDate(2025, 8, 1);
    fixture.filter.setFilter(filter);

    CHECK(barIds(chart)
        == QStringList { QStringLiteral("microsoft"), QStringLiteral("amazon"), QStringLiteral("oracle"),
            QStringLiteral("nscale"), QStringLiteral("nebius") });
    REQUIRE(chart.barCount() == 5);
    CHECK(chart.barValue(0) == Approx(14e9));
    CHECK(chart.barValue(1) == Approx(10.5e9));
    CHECK(chart.barValue(2) == Approx(5e9));
    CHECK(chart.barValue(3) == Approx(1e9));
    CHECK(chart.barValue(4) == Approx(0.3e9));
    CHECK(chart.barToolTip(3).contains(QLatin1String("no stated USD")));
    CHECK(chart.barRect(0).isValid());
    CHECK_FALSE(chart.isEmptyStateShown());

    filter.countries = { QStringLiteral("FR") };
    fixture.filter.setFilter(filter);
    CHECK(chart.barCount() == 0);
    CHECK(chart.isEmptyStateShown());
    CHECK(chart.barRect(0).isNull());

    fixture.filter.setFilter({});
    CHECK_FALSE(chart.isEmptyStateShown());
    CHECK(chart.barValue(0) == Approx(50.2e9));
}
