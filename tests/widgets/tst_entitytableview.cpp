#include "atlascatch.h"
#include "testdata.h"

#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "entitytableview.h"
#include "sharedselection.h"
#include "sitetablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QImage>
#include <QTest>

using namespace atlas;

namespace {
struct Fixture : test::BundledDocument {
    SiteTableModel model { &document, &selection };
};

int viewRowOf(const EntityTableView &view, const QString &id)
{
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        if (view.model()->index(row, 0).data(Roles::Id).toString() == id)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("Clicking a row selects its entity everywhere; selecting elsewhere moves the view", "[widgets]")
{
    Fixture fixture;
    EntityTableView view(&fixture.model, &fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const int row = viewRowOf(view, QStringLiteral("glomfjord_nscale"));
    REQUIRE(row >= 0);
    const QRect rect = view.visualRect(view.model()->index(row, 1));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    QCoreApplication::processEvents();
    CHECK(fixture.selection.selectedIds(EntityType::Site) == QStringList { QStringLiteral("glomfjord_nscale") });

    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("nyc_jfk10_oqc") });
    const QModelIndexList selected = view.selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(Roles::Id).toString() == QLatin1String("nyc_jfk10_oqc"));
}

TEST_CASE("Clicking a header sorts numerically; Ctrl+C copies the selected rows", "[widgets]")
{
    Fixture fixture;
    EntityTableView view(&fixture.model, &fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // Two clicks on the GPU header: ascending, then descending.
    QHeaderView *header = view.horizontalHeader();
    const int x = header->sectionViewportPosition(SiteTableModel::Gpus) + header->sectionSize(SiteTableModel::Gpus) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK(header->sortIndicatorSection() == SiteTableModel::Gpus);
    CHECK(view.model()->index(0, 0).data(Roles::Id).toString() == QLatin1String("kvandal_stargate_no")); // 100,000

    view.setFocus();
    fixture.selection.setSelectedIds(EntityType::Site, { QStringLiteral("kvandal_stargate_no") });
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QLatin1String("Site\tKind\tCountry")));
    CHECK(lines.at(1).contains(QLatin1String("100,000")));
    CHECK(lines.at(1).contains(QLatin1String("Norway")));
}

TEST_CASE("Rows linked to the selection are shaded and company colours show as swatches", "[widgets]")
{
    Fixture fixture;
    const Theme theme = Theme::light();
    EntityTableView view(&fixture.model, &fixture.document, &fixture.selection, &fixture.filter, theme);
    view.resize(900, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // Selecting Nscale (a company) marks the sites it runs as related, in the theme's colour.
    fixture.selection.setSelectedIds(EntityType::Company, { QStringLiteral("nscale") });
    const int related = viewRowOf(view, QStringLiteral("glomfjord_nscale"));
    const int unrelated = viewRowOf(view, QStringLiteral("waltham_cross"));
    REQUIRE(related >= 0);
    REQUIRE(unrelated >= 0);
    const QImage image = view.viewport()->grab().toImage();
    const QRect relatedCell = view.visualRect(view.model()->index(related, SiteTableModel::Region));
    const QRect unrelatedCell = view.visualRect(view.model()->index(unrelated, SiteTableModel::Region));
    // Probe just inside the cell's right edge, away from any text.
    const QPoint relatedProbe(relatedCell.right() - 3, relatedCell.center().y());
    const QPoint unrelatedProbe(unrelatedCell.right() - 3, unrelatedCell.center().y());
    CHECK(image.pixelColor(relatedProbe) == theme.related);
    CHECK(image.pixelColor(unrelatedProbe) != theme.related);

    // The first column shows the operator's colour (its palette colour) as a swatch left of the name.
    const QRect nameCell = view.visualRect(view.model()->index(related, SiteTableModel::Name));
    const Dataset &dataset = fixture.document.dataset();
    const QColor nscaleColour = theme.companyColour(dataset, dataset.company(QStringLiteral("nscale")));
    bool swatchFound = false;
    for (int x = nameCell.left(); x < nameCell.left() + 30; ++x)
        swatchFound = swatchFound || image.pixelColor(x, nameCell.center().y()) == nscaleColour;
    CHECK(swatchFound);
}
