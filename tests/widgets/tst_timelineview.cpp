#include "atlascatch.h"
#include "testdata.h"

#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "investmenttablemodel.h"
#include "sharedselection.h"
#include "sitetablemodel.h"
#include "timelineview.h"

#include <QAbstractButton>
#include <QImage>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace atlas;

namespace {
constexpr int AllInvestments = 21;

struct Fixture : test::BundledDocument {
    SiteTableModel sites { &document, &selection };
    InvestmentTableModel investments { &document, &selection };
    DatasetFilterProxy siteProxy { &document, &filter };
    DatasetFilterProxy investmentProxy { &document, &filter };

    Fixture()
    {
        siteProxy.setSourceModel(&sites);
        investmentProxy.setSourceModel(&investments);
    }
};

bool hasColourNear(const QImage &image, const QRect &area, const QColor &wanted)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - wanted.red()) + std::abs(pixel.green() - wanted.green())
                    + std::abs(pixel.blue() - wanted.blue())
                < 30)
                return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("The timeline spans the dataset's dates with a marker per announcement and delivery", "[widgets][timeline]")
{
    Fixture fixture;
    TimelineView view(&fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    view.resize(900, 260);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // Earliest: inv15 announced "2024" (first day 2024-01-01); latest: Loughton's GPUs expected
    // "2027-Q1" (last day 2027-03-31).
    CHECK(view.firstDate() == QDate(2024, 1, 1));
    CHECK(view.lastDate() == QDate(2027, 3, 31));

    // 21 investments, all with an announcement date, plus three dated deliveries (Loughton 2027-Q1,
    // Cobalt Park 2026-Q1, Kvandal 2026-Q4; Chapelhall and JFK10 have no expected date): 24.
    const QList<QPair<QString, QDate>> markers = view.markers();
    CHECK(markers.size() == 24);
    CHECK(markers.contains(qMakePair(QStringLiteral("inv18_stargate_norway"), QDate(2025, 7, 31))));
    CHECK(markers.contains(qMakePair(QStringLiteral("cobalt_park"), QDate(2026, 1, 1))));
    CHECK(markers.contains(qMakePair(QStringLiteral("inv15_blackstone_qts"), QDate(2024, 1, 1))));

    // Later markers lie further right; every marker is inside the widget.
    const QRectF early = view.markerRect(QStringLiteral("inv12_aws"));      // 2024-09-11
    const QRectF late = view.markerRect(QStringLiteral("loughton_nscale")); // 2027-Q1
    REQUIRE_FALSE(early.isNull());
    REQUIRE_FALSE(late.isNull());
    CHECK(early.center().x() < late.center().x());
    for (const auto &[id, date] : markers) {
        INFO(id.toStdString());
        CHECK(view.rect().contains(view.markerRect(id).toRect()));
    }

    // A company filter leaves only that company's rows.
    DatasetFilter filter;
    filter.companies = { QStringLiteral("microsoft") };
    fixture.filter.setFilter(filter);
    // Investments with microsoft as an investor: inv01, inv02, inv19, inv20 (4). Of the three dated
    // deliveries, the sites that involve Microsoft: Loughton (a partner, and the GPUs' customer) and
    // Kvandal (a partner); Cobalt Park does not: 4 + 2 = 6 markers.
    QStringList ids;
    for (const auto &marker : view.markers())
        ids.append(marker.first);
    ids.sort();
    CHECK(ids
        == QStringList { QStringLiteral("inv01_microsoft"), QStringLiteral("inv02_nvidia_partners"),
            QStringLiteral("inv19_microsoft_nscale_norway"), QStringLiteral("inv20_microsoft_nscale_us_pt"),
            QStringLiteral("kvandal_stargate_no"), QStringLiteral("loughton_nscale") });
}

TEST_CASE("The slider sets the shared as-of date; the right end clears it", "[widgets][timeline]")
{
    Fixture fixture;
    TimelineView view(&fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    view.resize(900, 260);
    REQUIRE(fixture.investmentProxy.rowCount() == AllInvestments);

    view.setAsOf(QDate(2025, 8, 1));
    CHECK(fixture.filter.filter().asOf == QDate(2025, 8, 1));
    CHECK(view.asOf() == QDate(2025, 8, 1));
    CHECK(view.slider()->value() == QDate(2024, 1, 1).daysTo(QDate(2025, 8, 1)));
    // Announced on or before 2025-08-01 (partial dates from their first day): inv06a (2025-01-13),
    // inv11 (2025-03-17), inv12 (2024-09-11), inv15 ("2024" = 2024-01-01), inv17 ("2025-06" = 06-01),
    // inv18 (2025-07-31), inv20 ("2025" = 2025-01-01): 7. All the others are "2025-09…".
    CHECK(fixture.investmentProxy.rowCount() == 7);
    // Sites: those an investment named by then (loughton by inv06a, ne_ai_growth_zone and cambois_qts
    // by inv15, kvandal by inv18) and glomfjord, which no investment names: 5 of 10.
    CHECK(fixture.siteProxy.rowCount() == 5);

    // Moving the slider is the same; at its right end there is no limit.
    view.slider()->setValue(view.slider()->value() + 31);
    CHECK(view.asOf() == QDate(2025, 9, 1));
    view.slider()->setValue(view.slider()->maximum());
    CHECK_FALSE(fixture.filter.filter().asOf.isValid());
    CHECK(fixture.investmentProxy.rowCount() == AllInvestments);

    // A change made elsewhere moves the slider without echoing back.
    QSignalSpy changes(&fixture.filter, &FilterState::changed);
    DatasetFilter filter;
    filter.asOf = QDate(2024, 12, 31);
    fixture.filter.setFilter(filter);
    CHECK(changes.count() == 1);
    CHECK(view.slider()->value() == QDate(2024, 1, 1).daysTo(QDate(2024, 12, 31)));

    // Clamped to the dataset's span; the last day or later means "no limit".
    view.setAsOf(QDate(2020, 5, 5));
    CHECK(view.asOf() == QDate(2024, 1, 1));
    view.setAsOf(QDate(2030, 1, 1));
    CHECK_FALSE(view.asOf().isValid());
}

TEST_CASE("Clicking a marker selects its investment or site; selected markers are outlined", "[widgets][timeline]")
{
    Fixture fixture;
    const Theme theme = Theme::light();
    TimelineView view(&fixture.document, &fixture.selection, &fixture.filter, theme);
    view.resize(900, 260);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    const QRectF rect = view.markerRect(QStringLiteral("inv18_stargate_norway"));
    REQUIRE_FALSE(rect.isNull());
    const QRect around = rect.toAlignedRect().adjusted(-4, -4, 4, 4);
    CHECK_FALSE(hasColourNear(view.grab().toImage(), around, theme.selection));

    QTest::mouseClick(&view, Qt::LeftButton, {}, rect.center().toPoint());
    CHECK(fixture.selection.selection()
        == QSet<EntityRef> { EntityRef { EntityType::Investment, QStringLiteral("inv18_stargate_norway") } });
    CHECK(hasColourNear(view.grab().toImage(), around, theme.selection));

    // A delivery marker selects its site.
    const QRectF delivery = view.markerRect(QStringLiteral("kvandal_stargate_no"));
    REQUIRE_FALSE(delivery.isNull());
    QTest::mouseClick(&view, Qt::LeftButton, {}, delivery.center().toPoint());
    CHECK(fixture.selection.selection()
        == QSet<EntityRef> { EntityRef { EntityType::Site, QStringLiteral("kvandal_stargate_no") } });
}

TEST_CASE("Play animates the as-of date month by month; steps need no waiting", "[widgets][timeline]")
{
    Fixture fixture;
    TimelineView view(&fixture.document, &fixture.selection, &fixture.filter, Theme::light());
    view.resize(900, 260);

    view.setAsOf(QDate(2025, 1, 1));
    view.stepAnimation();
    CHECK(view.asOf() == QDate(2025, 2, 1));
    view.stepAnimation();
    CHECK(view.asOf() == QDate(2025, 3, 1));

    REQUIRE(view.playButton());
    CHECK_FALSE(view.isPlaying());
    QTest::mouseClick(view.playButton(), Qt::LeftButton);
    CHECK(view.isPlaying());
    CHECK(view.asOf() == QDate(2025, 3, 1)); // resumes where it is
    QTest::mouseClick(view.playButton(), Qt::LeftButton);
    CHECK_FALSE(view.isPlaying());

    // From "no limit", Play starts at the first date and runs to the end, which clears the date.
    view.setAsOf(QDate());
    view.play();
    CHECK(view.asOf() == QDate(2024, 1, 1));
    int steps = 0;
    while (view.isPlaying() && steps < 100) {
        view.stepAnimation();
        ++steps;
    }
    // 2024-01-01 + 38 months = 2027-03-01 is still before 2027-03-31; the 39th step ends it.
    CHECK(steps == 39);
    CHECK_FALSE(view.isPlaying());
    CHECK_FALSE(view.asOf().isValid());

    // The timer really advances it.
    view.setAsOf(QDate(2025, 1, 1));
    view.play();
    CHECK(QTest::qWaitFor([&] { return view.asOf() > QDate(2025, 1, 1); }, 2000));
    view.pause();
}
