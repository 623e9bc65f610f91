#include "atlascatch.h"
#include "testdata.h"

#include "companytablemodel.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "gpusbycompanymodel.h"
#include "investmenttablemodel.h"
#include "sharedselection.h"
#include "sitesbycountrymodel.h"
#include "sitetablemodel.h"
#include "sourcetablemodel.h"
#include "spendingbycompanymodel.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>

#include <memory>

using namespace atlas;

namespace {

using Fixture = test::BundledDocument;

template<typename Model>
void checkWithTester(Fixture &fixture)
{
    Model model(&fixture.document, &fixture.selection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    DatasetFilterProxy proxy(&fixture.document, &fixture.filter);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() > 0);
    // Exercise resets, selection changes, filtering and sorting under the testers' eyes.
    fixture.selection.setSelectedIds(model.entityType(), { model.idAt(0) });
    DatasetFilter filter;
    filter.countries = { QStringLiteral("GB") };
    fixture.filter.setFilter(filter);
    proxy.sort(1, Qt::DescendingOrder);
    fixture.filter.setFilter({});
    fixture.document.setDataset(test::bundledDataset(), test::bundledDatasetPath());
    fixture.document.setLanguage(QStringLiteral("ko"));
    CHECK(model.rowCount() > 0);
}

int rowOfId(const QAbstractItemModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(Roles::Id).toString() == id)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Every model passes QAbstractItemModelTester, alone and behind the filter proxy", "[models]")
{
    Fixture fixture;
    checkWithTester<SiteTableModel>(fixture);
    checkWithTester<CompanyTableModel>(fixture);
    checkWithTester<InvestmentTableModel>(fixture);
    checkWithTester<SourceTableModel>(fixture);
    checkWithTester<GpusByCompanyModel>(fixture);
    checkWithTester<SpendingByCompanyModel>(fixture);
    checkWithTester<SitesByCountryModel>(fixture);
}

TEST_CASE("The site model shows each site with its coordinate, colour and sources", "[models]")
{
    Fixture fixture;
    SiteTableModel model(&fixture.document, &fixture.selection);
    REQUIRE(model.rowCount() == fixture.document.dataset().sites.size());
    const int row = model.rowOf(QStringLiteral("loughton_nscale"));
    REQUIRE(row >= 0);
    const QModelIndex name = model.index(row, SiteTableModel::Name);
    CHECK(name.data().toString().contains(QLatin1String("Loughton")));
    const auto coordinate = name.data(Roles::Coordinate).value<QGeoCoordinate>();
    CHECK(coordinate.longitude() == 0.08388);
    CHECK(coordinate.latitude() == 51.64527);
    const Company *nscale = fixture.document.dataset().company(QStringLiteral("nscale"));
    REQUIRE(nscale);
    CHECK(name.data(Roles::Colour).toString() == nscale->colour);
    CHECK(name.data(Roles::Sources).toStringList().contains(QLatin1String("S23")));
    CHECK(model.index(row, SiteTableModel::Gpus).data().toString() == QLatin1String("23,040"));
    CHECK(model.index(row, SiteTableModel::Gpus).data(Roles::Sort).toDouble() == 23040);
    CHECK(model.index(row, SiteTableModel::Gpus).data(Qt::ToolTipRole).toString().contains(QLatin1String("[S23]")));
    CHECK(model.index(row, SiteTableModel::CoordinateBasisColumn).data().toString().startsWith(QLatin1String("proxy")));
    CHECK(model.index(row, SiteTableModel::Country).data().toString() == QLatin1String("United Kingdom"));
    CHECK(model.roleNames().value(Roles::Coordinate) == "coordinate");

    // Names follow the dataset language.
    fixture.document.setLanguage(QStringLiteral("ko"));
    const Site *site = fixture.document.dataset().site(QStringLiteral("loughton_nscale"));
    CHECK(model.index(row, SiteTableModel::Name).data().toString() == site->name.ko);
}

TEST_CASE("Models with a company colour give the company's place in the dataset, for the palette", "[models]")
{
    Fixture fixture;
    const Dataset &dataset = fixture.document.dataset();
    const auto place = [&dataset](const QString &id) { return dataset.companyIndex(dataset.company(id)); };
    CHECK(dataset.companyIndex(nullptr) == -1);

    CompanyTableModel companies(&fixture.document, &fixture.selection);
    for (int row = 0; row < companies.rowCount(); ++row)
        CHECK(companies.index(row, 0).data(Roles::CompanyIndex).toInt() == row);
    CHECK(companies.roleNames().value(Roles::CompanyIndex) == "companyIndex");

    SiteTableModel sites(&fixture.document, &fixture.selection);
    for (int row = 0; row < sites.rowCount(); ++row) {
        const Site *site = dataset.site(sites.idAt(row));
        REQUIRE(site);
        CHECK(sites.index(row, 0).data(Roles::CompanyIndex).toInt() == place(site->operators.value(0)));
    }
    InvestmentTableModel investments(&fixture.document, &fixture.selection);
    for (int row = 0; row < investments.rowCount(); ++row) {
        const Investment *investment = dataset.investment(investments.idAt(row));
        REQUIRE(investment);
        CHECK(investments.index(row, 0).data(Roles::CompanyIndex).toInt() == place(investment->investors.value(0)));
    }
    GpusByCompanyModel gpus(&fixture.document, &fixture.selection);
    SpendingByCompanyModel spending(&fixture.document, &fixture.selection);
    for (const EntityTableModel *model : std::initializer_list<const EntityTableModel *> { &gpus, &spending }) {
        REQUIRE(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const int index = model->index(row, 0).data(Roles::CompanyIndex).toInt();
            CHECK(index >= 0);
            CHECK(index == place(model->idAt(row)));
        }
    }
}

TEST_CASE("The investment model shows amounts as stated, never converted", "[models]")
{
    Fixture fixture;
    InvestmentTableModel model(&fixture.document, &fixture.selection);
    const int google = model.rowOf(QStringLiteral("inv07_google"));
    REQUIRE(google >= 0);
    CHECK(model.index(google, InvestmentTableModel::Amount).data().toString() == QStringLiteral("£5bn"));
    CHECK(model.index(google, InvestmentTableModel::StatedUsd).data().toString() == QLatin1String("$6.8bn"));
    const int stargateUk = model.rowOf(QStringLiteral("inv05_stargate_uk"));
    REQUIRE(stargateUk >= 0);
    CHECK(model.index(stargateUk, InvestmentTableModel::Amount).data().toString() == QLatin1String("not disclosed"));
    CHECK(model.index(stargateUk, InvestmentTableModel::StatedUsd).data().isNull());
    // Rows with no stated USD sort below every real amount.
    CHECK(model.index(stargateUk, InvestmentTableModel::StatedUsd).data(Roles::Sort).toDouble() < 0);
}

TEST_CASE("Aggregate models list companies largest first with their sources", "[models]")
{
    Fixture fixture;
    GpusByCompanyModel gpus(&fixture.document, &fixture.selection);
    CHECK(gpus.idAt(0) == QLatin1String("nscale"));
    CHECK(gpus.index(0, GpusByCompanyModel::Gpus).data().toString() == QLatin1String("131,040"));
    CHECK(gpus.index(0, GpusByCompanyModel::Gpus).data(Roles::Value).toDouble() == 131040);

    SpendingByCompanyModel spending(&fixture.document, &fixture.selection);
    CHECK(spending.idAt(0) == QLatin1String("microsoft"));
    CHECK(spending.index(0, SpendingByCompanyModel::StatedUsd).data().toString() == QLatin1String("$50.2bn"));
    CHECK(spending.index(0, SpendingByCompanyModel::StatedUsd)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QLatin1String("[S8]")));

    SitesByCountryModel countries(&fixture.document, &fixture.selection);
    CHECK(countries.idAt(0) == QLatin1String("GB"));
    CHECK(countries.index(0, SitesByCountryModel::Sites).data().toInt() == 7);
}

TEST_CASE("The filter proxy filters by company, country, status, kind and date", "[models][filter]")
{
    Fixture fixture;
    SiteTableModel sites(&fixture.document, &fixture.selection);
    InvestmentTableModel investments(&fixture.document, &fixture.selection);
    DatasetFilterProxy siteProxy(&fixture.document, &fixture.filter);
    siteProxy.setSourceModel(&sites);
    DatasetFilterProxy investmentProxy(&fixture.document, &fixture.filter);
    investmentProxy.setSourceModel(&investments);
    const int allSites = siteProxy.rowCount();
    const int allInvestments = investmentProxy.rowCount();

    DatasetFilter filter;
    filter.countries = { QStringLiteral("NO") };
    fixture.filter.setFilter(filter);
    CHECK(siteProxy.rowCount() == 2);
    CHECK(rowOfId(siteProxy, QStringLiteral("kvandal_stargate_no")) >= 0);

    filter = {};
    filter.statuses = { SiteStatus::Operational };
    fixture.filter.setFilter(filter);
    CHECK(rowOfId(siteProxy, QStringLiteral("waltham_cross")) >= 0);
    CHECK(rowOfId(siteProxy, QStringLiteral("loughton_nscale")) < 0);

    filter = {};
    filter.kinds = { SiteKind::QuantumAiCentre };
    fixture.filter.setFilter(filter);
    CHECK(siteProxy.rowCount() == 1);

    filter = {};
    filter.companies = { QStringLiteral("microsoft") };
    fixture.filter.setFilter(filter);
    CHECK(rowOfId(siteProxy, QStringLiteral("loughton_nscale")) >= 0); // Microsoft is the anchor customer
    CHECK(rowOfId(siteProxy, QStringLiteral("nyc_jfk10_oqc")) < 0);
    CHECK(rowOfId(investmentProxy, QStringLiteral("inv01_microsoft")) >= 0);
    CHECK(rowOfId(investmentProxy, QStringLiteral("inv07_google")) < 0);

    // September 2025 only: drops AWS's 2024 pledge and Stargate Norway of July 2025.
    filter = {};
    filter.from = QDate(2025, 9, 1);
    filter.to = QDate(2025, 9, 30);
    fixture.filter.setFilter(filter);
    CHECK(rowOfId(investmentProxy, QStringLiteral("inv12_aws")) < 0);
    CHECK(rowOfId(investmentProxy, QStringLiteral("inv18_stargate_norway")) < 0);
    CHECK(rowOfId(investmentProxy, QStringLiteral("inv01_microsoft")) >= 0);
    CHECK(investmentProxy.rowCount() < allInvestments);

    fixture.filter.setFilter({});
    CHECK(siteProxy.rowCount() == allSites);
    CHECK(investmentProxy.rowCount() == allInvestments);
}

TEST_CASE("The filter proxy sorts numbers as numbers", "[models][filter]")
{
    Fixture fixture;
    InvestmentTableModel investments(&fixture.document, &fixture.selection);
    DatasetFilterProxy proxy(&fixture.document, &fixture.filter);
    proxy.setSourceModel(&investments);
    proxy.sort(InvestmentTableModel::StatedUsd, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data(Roles::Id).toString() == QLatin1String("inv01_microsoft")); // $30bn
    double previous = proxy.index(0, InvestmentTableModel::StatedUsd).data(Roles::Sort).toDouble();
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const double value = proxy.index(row, InvestmentTableModel::StatedUsd).data(Roles::Sort).toDouble();
        CHECK(value <= previous);
        previous = value;
    }
}

TEST_CASE("The as-of date and the text filter narrow every model as hand-computed", "[models][filter]")
{
    Fixture fixture;
    SiteTableModel sites(&fixture.document, &fixture.selection);
    InvestmentTableModel investments(&fixture.document, &fixture.selection);
    SpendingByCompanyModel spending(&fixture.document, &fixture.selection, &fixture.filter);
    GpusByCompanyModel gpus(&fixture.document, &fixture.selection, &fixture.filter);
    SitesByCountryModel countries(&fixture.document, &fixture.selection, &fixture.filter);
    DatasetFilterProxy siteProxy(&fixture.document, &fixture.filter);
    siteProxy.setSourceModel(&sites);
    DatasetFilterProxy investmentProxy(&fixture.document, &fixture.filter);
    investmentProxy.setSourceModel(&investments);

    // As of 1 August 2025 (partial dates count from their first day): the Nscale plan of
    // 2025-01-13, Oracle 2025-03-17, AWS 2024-09-11, Blackstone "2024", Nebius "2025-06",
    // Stargate Norway 2025-07-31 and Microsoft's US/Portugal contract "2025" = 7 investments.
    DatasetFilter filter;
    filter.asOf = QDate(2025, 8, 1);
    fixture.filter.setFilter(filter);
    CHECK(investmentProxy.rowCount() == 7);
    // Sites those investments name (Loughton, Cambois, the NE zone, Kvandal) and Glomfjord, which
    // no investment names (always shown) = 5.
    CHECK(siteProxy.rowCount() == 5);
    CHECK(rowOfId(siteProxy, QStringLiteral("waltham_cross")) < 0); // named by Google in September
    // Spending by then: Microsoft $14bn (#20), AWS $10.5bn, Oracle $5bn, Nscale $1bn (+ £2bn, no USD), Nebius $300m.
    CHECK(spending.idAt(0) == QLatin1String("microsoft"));
    CHECK(spending.index(0, SpendingByCompanyModel::StatedUsd).data(Roles::Value).toDouble() == Approx(14e9));
    CHECK(spending.index(1, SpendingByCompanyModel::StatedUsd).data(Roles::Value).toDouble() == Approx(10.5e9));
    CHECK(spending.rowCount() == 6); // the five above and Blackstone (£10bn, no USD stated)
    // GPUs by then: Loughton 23,040 + Kvandal 100,000 (Nscale); Cobalt Park's 8,000 came in September.
    CHECK(gpus.idAt(0) == QLatin1String("nscale"));
    CHECK(gpus.index(0, GpusByCompanyModel::Gpus).data(Roles::Value).toDouble() == 123040);
    CHECK(countries.rowCount() == 2); // GB (Loughton, Cambois, NE zone) and NO (Kvandal, Glomfjord)

    // Text: "nscale" is in the names of the Loughton campus and Glomfjord.
    filter = {};
    filter.text = QStringLiteral("NSCALE");
    fixture.filter.setFilter(filter);
    CHECK(siteProxy.rowCount() == 2);
    // Korean names match too: 노르웨이 (Norway) is in Stargate Norway's Korean name.
    const Site *kvandal = fixture.document.dataset().site(QStringLiteral("kvandal_stargate_no"));
    REQUIRE(kvandal);
    filter.text = kvandal->name.ko.left(3);
    fixture.filter.setFilter(filter);
    CHECK(rowOfId(siteProxy, QStringLiteral("kvandal_stargate_no")) >= 0);

    fixture.filter.setFilter({});
    CHECK(siteProxy.rowCount() == fixture.document.dataset().sites.size());
    CHECK(spending.index(0, SpendingByCompanyModel::StatedUsd).data(Roles::Value).toDouble() == Approx(50.2e9));
}

TEST_CASE("The current entity follows the last selection", "[selection]")
{
    Fixture fixture;
    QSignalSpy current(&fixture.selection, &SharedSelection::currentChanged);
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
    REQUIRE(fixture.selection.current().has_value());
    CHECK(fixture.selection.current()->id == QLatin1String("loughton_nscale"));
    fixture.selection.setSelectedIds(EntityType::Company, { QStringLiteral("microsoft") });
    CHECK(fixture.selection.current()->id == QLatin1String("microsoft"));
    fixture.selection.setCurrent({ EntityType::Source, QStringLiteral("S23") });
    CHECK(fixture.selection.selection().size() == 1);
    CHECK(fixture.selection.current()->type == EntityType::Source);
    fixture.selection.clear();
    CHECK_FALSE(fixture.selection.current().has_value());
    CHECK(current.count() == 4);
}

TEST_CASE("The site table shows each site's status as of the filter's date", "[models][filter]")
{
    Fixture fixture;
    SiteTableModel sites(&fixture.document, &fixture.selection, &fixture.filter);
    const int row = sites.rowOf(QStringLiteral("chelveston_aip"));
    REQUIRE(row >= 0);
    CHECK(sites.index(row, SiteTableModel::Status).data().toString() == QLatin1String("Stalled"));
    QSignalSpy changed(&sites, &QAbstractItemModel::dataChanged);
    DatasetFilter filter;
    filter.asOf = QDate(2025, 10, 1);
    fixture.filter.setFilter(filter);
    CHECK(changed.count() == 1);
    CHECK(sites.index(row, SiteTableModel::Status).data().toString() == QLatin1String("Planned"));
    CHECK(sites.index(row, SiteTableModel::Status).data(Qt::ToolTipRole).toString().contains(QLatin1String("[S48]")));
}
