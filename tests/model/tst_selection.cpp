#include "atlascatch.h"
#include "testdata.h"

#include "companytablemodel.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "investmenttablemodel.h"
#include "selectionlinker.h"
#include "sharedselection.h"
#include "sitetablemodel.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>

using namespace atlas;

namespace {
using Fixture = test::BundledDocument;
} // namespace

TEST_CASE("The shared selection links companies, sites and investments", "[selection]")
{
    Fixture fixture;
    QSignalSpy changed(&fixture.selection, &SharedSelection::changed);
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
    CHECK(changed.count() == 1);
    CHECK(fixture.selection.isSelected({ EntityType::Site, QStringLiteral("loughton_nscale") }));
    // Loughton's operator and its anchor customer, and the investment that names it.
    CHECK(fixture.selection.isRelated({ EntityType::Company, QStringLiteral("nscale") }));
    CHECK(fixture.selection.isRelated({ EntityType::Company, QStringLiteral("microsoft") }));
    CHECK(fixture.selection.isRelated({ EntityType::Investment, QStringLiteral("inv01_microsoft") }));
    CHECK_FALSE(fixture.selection.isRelated({ EntityType::Company, QStringLiteral("oracle") }));

    // Setting the same selection again is not a change.
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("loughton_nscale") });
    CHECK(changed.count() == 1);

    // Selecting companies keeps the sites selected.
    fixture.selection.setSelectedIds(EntityType::Company, { QStringLiteral("google") });
    CHECK(fixture.selection.selectedIds(EntityType::Site) == QStringList { QStringLiteral("loughton_nscale") });
    CHECK(fixture.selection.isRelated({ EntityType::Site, QStringLiteral("waltham_cross") }));

    // A new dataset clears the selection.
    fixture.document.setDataset(test::bundledDataset(), test::bundledDatasetPath());
    CHECK(fixture.selection.isEmpty());
}

TEST_CASE("Models expose the shared selection and signal its changes", "[selection]")
{
    Fixture fixture;
    CompanyTableModel companies(&fixture.document, &fixture.selection);
    QSignalSpy dataChanged(&companies, &QAbstractItemModel::dataChanged);
    fixture.selection.setSelectedIds(EntityType::Investment, { QStringLiteral("inv07_google") });
    REQUIRE(dataChanged.count() == 1);
    const int google = companies.rowOf(QStringLiteral("google"));
    REQUIRE(google >= 0);
    CHECK(companies.index(google, 0).data(Roles::Related).toBool());
    CHECK_FALSE(companies.index(google, 0).data(Roles::Selected).toBool());
    const int oracle = companies.rowOf(QStringLiteral("oracle"));
    CHECK_FALSE(companies.index(oracle, 0).data(Roles::Related).toBool());
}

TEST_CASE("Selection linkers keep two views and the shared selection in step", "[selection]")
{
    Fixture fixture;
    SiteTableModel sites(&fixture.document, &fixture.selection);
    DatasetFilterProxy proxy(&fixture.document, &fixture.filter);
    proxy.setSourceModel(&sites);
    proxy.sort(SiteTableModel::Name);
    QItemSelectionModel first(&proxy);
    QItemSelectionModel second(&sites);
    SelectionLinker firstLinker(&first, &fixture.selection);
    SelectionLinker secondLinker(&second, &fixture.selection);

    // The user selects a row in the first (sorted, proxied) view…
    int proxyRow = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        if (proxy.index(row, 0).data(Roles::Id).toString() == QLatin1String("glomfjord_nscale"))
            proxyRow = row;
    }
    REQUIRE(proxyRow >= 0);
    first.select(proxy.index(proxyRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();

    // …the shared selection and the second view follow.
    CHECK(fixture.selection.selectedIds(EntityType::Site) == QStringList { QStringLiteral("glomfjord_nscale") });
    const QModelIndexList selectedRows = second.selectedRows();
    REQUIRE(selectedRows.size() == 1);
    CHECK(selectedRows.first().row() == sites.rowOf(QStringLiteral("glomfjord_nscale")));

    // Selecting elsewhere (e.g. on the map) moves both views.
    fixture.selection.setSelectedIds(
        EntityType::Site, { QStringLiteral("cobalt_park"), QStringLiteral("cambois_qts") });
    CHECK(first.selectedRows().size() == 2);
    CHECK(second.selectedRows().size() == 2);

    // Filtering a selected row away and back keeps it selected when it returns.
    DatasetFilter filter;
    filter.countries = { QStringLiteral("NO") };
    fixture.filter.setFilter(filter);
    QCoreApplication::processEvents();
    CHECK(first.selectedRows().isEmpty());
    // …and filtering is not deselecting: the shared selection keeps both sites.
    CHECK(fixture.selection.selectedIds(EntityType::Site).size() == 2);
    fixture.filter.setFilter({});
    QCoreApplication::processEvents();
    CHECK(first.selectedRows().size() == 2);

    fixture.selection.clear();
    CHECK(first.selectedRows().isEmpty());
    CHECK(second.selectedRows().isEmpty());
}
