#include "atlascatch.h"

#include "companybarchart.h"
#include "companytablemodel.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "entitytableview.h"
#include "format.h"
#include "gpusbycompanymodel.h"
#include "sharedselection.h"
#include "spendingbycompanymodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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
    const Dataset &dataset = fixture.document.dataset();
    CHECK(chart.barColour(0) == theme.companyColour(dataset, dataset.company(QStringLiteral("nscale"))));
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
        = theme.companyColour(fixture.document.dataset(), fixture.document.dataset().company(QStringLiteral("oracle")));
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

namespace {
double sumOf(const QList<double> &values)
{
    double sum = 0;
    for (const double value : values)
        sum += value;
    return sum;
}
} // namespace

TEST_CASE("The GPU chart stacks each company's bar by GPU model or by site", "[widgets][barchart]")
{
    Fixture fixture;
    const Theme theme = Theme::light();
    CompanyBarChart chart(&fixture.gpus, GpusByCompanyModel::Gpus, &fixture.document, &fixture.selection, theme);
    chart.setFilterState(&fixture.filter);
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    CHECK(chart.availableStackModes()
        == QList { CompanyBarChart::StackMode::Total, CompanyBarChart::StackMode::ByGpuModel,
            CompanyBarChart::StackMode::BySite });
    REQUIRE(chart.barCount() == 1);
    CHECK(chart.segmentKeys(0) == QStringList { QString() });
    const double total = chart.barValue(0);
    CHECK(total == Approx(131040));

    SECTION("by GPU model")
    {
        chart.setStackMode(CompanyBarChart::StackMode::ByGpuModel);
        CHECK(chart.stackMode() == CompanyBarChart::StackMode::ByGpuModel);
        REQUIRE(chart.barCount() == 1);
        CHECK(chart.barCompanyId(0) == QLatin1String("nscale"));
        // "NVIDIA GB300": Loughton 23,040 + Kvandal 100,000 = 123,040;
        // "NVIDIA Grace Blackwell": Cobalt Park 8,000 ("up to"; GPU counts are not hatched).
        CHECK(chart.segmentKeys(0)
            == QStringList { QStringLiteral("NVIDIA GB300"), QStringLiteral("NVIDIA Grace Blackwell") });
        const QList<double> values = chart.segmentValues(0);
        REQUIRE(values.size() == 2);
        CHECK(values.at(0) == Approx(123040));
        CHECK(values.at(1) == Approx(8000));
        // 123,040 + 8,000 = 131,040: the bar and its label are unchanged.
        CHECK(chart.barValue(0) == Approx(total));
        CHECK(chart.barLabel(0) == QLatin1String("131,040"));
        // Shades of Nscale's colour: the first segment in the colour itself, the next one different.
        const QColor nscale = theme.companyColour(
            fixture.document.dataset(), fixture.document.dataset().company(QStringLiteral("nscale")));
        CHECK(chart.barColour(0) == nscale);
        CHECK(chart.segmentToolTip(0, 0).contains(QLatin1String("NVIDIA GB300: 123,040")));
        CHECK(chart.segmentToolTip(0, 1).contains(QLatin1String("NVIDIA Grace Blackwell: 8,000")));
        CHECK_FALSE(chart.isBarMarkedDisputed(0));
        CHECK(chart.rect().contains(chart.barRect(0).center().toPoint()));
    }

    SECTION("by site")
    {
        chart.setStackMode(CompanyBarChart::StackMode::BySite);
        REQUIRE(chart.barCount() == 1);
        // Largest first: Kvandal 100,000, Loughton 23,040, Cobalt Park 8,000; sum 131,040.
        CHECK(chart.segmentKeys(0)
            == QStringList { QStringLiteral("kvandal_stargate_no"), QStringLiteral("loughton_nscale"),
                QStringLiteral("cobalt_park") });
        const QList<double> values = chart.segmentValues(0);
        REQUIRE(values.size() == 3);
        CHECK(values.at(0) == Approx(100000));
        CHECK(values.at(1) == Approx(23040));
        CHECK(values.at(2) == Approx(8000));
        CHECK(chart.barValue(0) == Approx(total));
        CHECK(chart.segmentToolTip(0, 1).contains(QLatin1String("Nscale AI Campus, Loughton: 23,040")));
    }

    SECTION("the segments follow the shared filter like the totals")
    {
        chart.setStackMode(CompanyBarChart::StackMode::BySite);
        DatasetFilter filter;
        filter.countries = { QStringLiteral("NO") };
        fixture.filter.setFilter(filter);
        REQUIRE(chart.barCount() == 1);
        // Only Kvandal (NO) is left: 100,000, which is also what the model counts.
        CHECK(chart.segmentKeys(0) == QStringList { QStringLiteral("kvandal_stargate_no") });
        CHECK(
            chart.barValue(0) == Approx(fixture.gpus.index(0, GpusByCompanyModel::Gpus).data(Roles::Value).toDouble()));
        CHECK(chart.barValue(0) == Approx(100000));
    }

    SECTION("a mode of the other chart is ignored")
    {
        chart.setStackMode(CompanyBarChart::StackMode::ByDestinationCountry);
        CHECK(chart.stackMode() == CompanyBarChart::StackMode::Total);
    }
}

TEST_CASE("The spending chart stacks by destination country and hatches disputed amounts", "[widgets][barchart]")
{
    Fixture fixture;
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    chart.setFilterState(&fixture.filter);
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));

    QMap<QString, double> totals;
    for (int index = 0; index < chart.barCount(); ++index)
        totals.insert(chart.barCompanyId(index), chart.barValue(index));
    const int microsoftTotal = barOf(chart, QStringLiteral("microsoft"));
    const int oracleTotal = barOf(chart, QStringLiteral("oracle"));
    const int amazonTotal = barOf(chart, QStringLiteral("amazon"));
    REQUIRE(microsoftTotal >= 0);
    REQUIRE(oracleTotal >= 0);
    REQUIRE(amazonTotal >= 0);

    // Total mode: inv01 has alternatives (£22bn; the unverified £24bn split) and inv20 is "up to":
    // Microsoft's whole bar is hatched. inv11 (Oracle, $5bn) and inv12 (AWS, £8bn / $10.5bn) have
    // neither alternatives nor a qualifier.
    CHECK(chart.isBarMarkedDisputed(microsoftTotal));
    CHECK_FALSE(chart.isBarMarkedDisputed(oracleTotal));
    CHECK_FALSE(chart.isBarMarkedDisputed(amazonTotal));
    const QString tip = chart.barToolTip(microsoftTotal);
    // Each counted investment with its amount, stated USD and sources.
    CHECK(tip.contains(QLatin1String("[S8]")));
    CHECK(tip.contains(QLatin1String("[S67]")));
    CHECK(tip.contains(QLatin1String("up to $14bn")));
    // The disputed ones with a caveat and the alternatives with their sources.
    CHECK(tip.contains(QLatin1String("Only about half is capital spending")));
    CHECK(tip.contains(QLatin1String("[S10]")));
    CHECK(tip.contains(QLatin1String("[S13]")));
    CHECK_FALSE(chart.barToolTip(oracleTotal).contains(QLatin1String("Caveat")));

    chart.setStackMode(CompanyBarChart::StackMode::ByDestinationCountry);
    CHECK(chart.stackMode() == CompanyBarChart::StackMode::ByDestinationCountry);

    // Totals unchanged, order unchanged.
    REQUIRE(chart.barCount() == totals.size());
    for (int index = 0; index < chart.barCount(); ++index) {
        CAPTURE(chart.barCompanyId(index));
        CHECK(chart.barValue(index) == Approx(totals.value(chart.barCompanyId(index))));
        CHECK(sumOf(chart.segmentValues(index)) == Approx(chart.barValue(index)));
    }

    const int microsoft = barOf(chart, QStringLiteral("microsoft"));
    REQUIRE(microsoft == 0);
    // inv01 $30bn → Loughton (GB): GB 30e9
    // inv20 up to $14bn, no site, targetCountries US and PT: 14e9 / 2 = 7e9 each
    // inv19 $6.2bn → Kvandal (NO): NO 6.2e9
    // 30 + 7 + 7 + 6.2 = 50.2e9 = the Total bar. Equal values keep the key order (PT, US).
    CHECK(chart.segmentKeys(microsoft)
        == QStringList { QStringLiteral("GB"), QStringLiteral("PT"), QStringLiteral("US"), QStringLiteral("NO") });
    const QList<double> values = chart.segmentValues(microsoft);
    REQUIRE(values.size() == 4);
    CHECK(values.at(0) == Approx(30e9));
    CHECK(values.at(1) == Approx(7e9));
    CHECK(values.at(2) == Approx(7e9));
    CHECK(values.at(3) == Approx(6.2e9));
    CHECK(chart.barValue(microsoft) == Approx(50.2e9));
    // inv01 (GB) and inv20 (PT, US) are hatched; inv19 (NO) is a plain stated $6.2bn.
    CHECK(chart.isSegmentMarkedDisputed(microsoft, 0));
    CHECK(chart.isSegmentMarkedDisputed(microsoft, 1));
    CHECK(chart.isSegmentMarkedDisputed(microsoft, 2));
    CHECK_FALSE(chart.isSegmentMarkedDisputed(microsoft, 3));
    CHECK(chart.isBarMarkedDisputed(microsoft));
    CHECK(chart.segmentToolTip(microsoft, 0).contains(Format::countryName(QStringLiteral("GB"))));
    CHECK(chart.segmentToolTip(microsoft, 3).contains(QLatin1String("$6.2bn")));
    CHECK(chart.barToolTip(microsoft).contains(QLatin1String("Only about half is capital spending")));

    // Oracle: inv11 $5bn to GB (no site, targetCountries GB), not disputed.
    const int oracle = barOf(chart, QStringLiteral("oracle"));
    REQUIRE(oracle >= 0);
    CHECK(chart.segmentKeys(oracle) == QStringList { QStringLiteral("GB") });
    CHECK(chart.barValue(oracle) == Approx(5e9));
    CHECK_FALSE(chart.isBarMarkedDisputed(oracle));

    // Back to Total: one segment per bar again.
    chart.setStackMode(CompanyBarChart::StackMode::Total);
    CHECK(chart.segmentKeys(0) == QStringList { QString() });
    CHECK(chart.barValue(0) == Approx(50.2e9));
}

TEST_CASE("The arrow keys move between the bars, select their company and read it out", "[widgets][barchart][a11y]")
{
    Fixture fixture;
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    REQUIRE(chart.barCount() >= 3);
    CHECK(chart.focusPolicy() == Qt::StrongFocus);
    CHECK(chart.accessibleName() == QLatin1String("Spending by company"));
    chart.setFocus();
    REQUIRE(chart.hasFocus());
    const auto selected = [&fixture] { return fixture.selection.selectedIds(EntityType::Company); };

    QTest::keyClick(&chart, Qt::Key_Down);
    CHECK(chart.currentBar() == 0);
    CHECK(selected() == QStringList { chart.barCompanyId(0) });
    // "Company: value [sources]"
    const QString description = chart.accessibleDescription();
    CHECK(description == chart.barDescription(0));
    CHECK(description.startsWith(QLatin1String("Microsoft: ")));
    CHECK(description.contains(chart.barLabel(0)));
    CHECK(description.contains(QLatin1String("[S")));

    QTest::keyClick(&chart, Qt::Key_Down);
    CHECK(selected() == QStringList { chart.barCompanyId(1) });
    QTest::keyClick(&chart, Qt::Key_Right);
    CHECK(selected() == QStringList { chart.barCompanyId(2) });
    QTest::keyClick(&chart, Qt::Key_Up);
    CHECK(selected() == QStringList { chart.barCompanyId(1) });
    QTest::keyClick(&chart, Qt::Key_End);
    CHECK(selected() == QStringList { chart.barCompanyId(chart.barCount() - 1) });
    QTest::keyClick(&chart, Qt::Key_Down); // the last stays the last
    CHECK(chart.currentBar() == chart.barCount() - 1);
    QTest::keyClick(&chart, Qt::Key_Home);
    CHECK(selected() == QStringList { chart.barCompanyId(0) });
    CHECK(chart.accessibleDescription() == chart.barDescription(0));
    // Space removes the current bar from the selection, or adds it.
    QTest::keyClick(&chart, Qt::Key_Space);
    CHECK(selected().isEmpty());
    QTest::keyClick(&chart, Qt::Key_Space);
    CHECK(selected() == QStringList { chart.barCompanyId(0) });

    // A company selected elsewhere becomes the current bar.
    fixture.selection.setCurrent({ EntityType::Company, chart.barCompanyId(2) });
    CHECK(chart.currentBar() == 2);
    CHECK(chart.accessibleDescription() == chart.barDescription(2));
    fixture.selection.clear();
    CHECK(chart.accessibleDescription().contains(chart.barDescription(0))); // the overview names the largest
}

TEST_CASE("T shows the chart as a linked table, and back", "[widgets][barchart][a11y]")
{
    Fixture fixture;
    CompanyBarChart chart(
        &fixture.spending, SpendingByCompanyModel::StatedUsd, &fixture.document, &fixture.selection, Theme::light());
    chart.resize(420, 300);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    chart.setFocus();
    CHECK_FALSE(chart.isTableShown());

    QTest::keyClick(&chart, Qt::Key_T);
    REQUIRE(chart.isTableShown());
    QTableView *table = chart.table();
    CHECK(table->isVisible());
    CHECK(table->hasFocus());
    CHECK(chart.focusPolicy() == Qt::NoFocus);
    CHECK_FALSE(table->accessibleName().isEmpty());
    auto *button = chart.findChild<QToolButton *>(QStringLiteral("tableButton"));
    REQUIRE(button);
    CHECK(button->isChecked());
    CHECK(button->text() == QLatin1String("Table"));

    // The same companies as the bars, in the same order.
    REQUIRE(table->model()->rowCount() == chart.barCount());
    for (int row = 0; row < chart.barCount(); ++row)
        CHECK(table->model()->index(row, 0).data(Roles::Id).toString() == chart.barCompanyId(row));

    // Moving in the table selects the company everywhere; selecting elsewhere selects the row.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCoreApplication::processEvents();
    const QString current = table->currentIndex().data(Roles::Id).toString();
    CHECK(fixture.selection.selectedIds(EntityType::Company) == QStringList { current });
    fixture.selection.setSelectedIds(EntityType::Company, { chart.barCompanyId(0) });
    QCoreApplication::processEvents();
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().row() == 0);

    // T in the table, or the button, shows the chart again.
    QTest::keyClick(table, Qt::Key_T);
    CHECK_FALSE(chart.isTableShown());
    CHECK(chart.hasFocus());
    CHECK_FALSE(button->isChecked());
    button->click();
    CHECK(chart.isTableShown());
    button->click();
    CHECK_FALSE(chart.isTableShown());
}

TEST_CASE("Tab goes through the chart's controls, then the chart", "[widgets][barchart][a11y]")
{
    Fixture fixture;
    QWidget window;
    auto *chart = new CompanyBarChart(
        &fixture.gpus, GpusByCompanyModel::Gpus, &fixture.document, &fixture.selection, Theme::light(), &window);
    chart->resize(420, 300);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *stackBox = chart->findChild<QComboBox *>();
    auto *button = chart->findChild<QToolButton *>(QStringLiteral("tableButton"));
    REQUIRE(stackBox);
    REQUIRE(button);
    stackBox->setFocus();
    QTest::keyClick(stackBox, Qt::Key_Tab);
    CHECK(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Tab);
    CHECK(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(button->hasFocus());
}
