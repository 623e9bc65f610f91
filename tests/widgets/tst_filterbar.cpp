#include "atlascatch.h"
#include "testdata.h"

#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "filterbar.h"
#include "investmenttablemodel.h"
#include "sharedselection.h"
#include "sitetablemodel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace atlas;

namespace {
// The bundled dataset has 10 sites and 21 investments (inv01 … inv20 plus inv06a).
constexpr int AllSites = 10;
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

QToolButton *button(const FilterBar &bar, const char *name)
{
    return bar.findChild<QToolButton *>(QString::fromLatin1(name));
}

QStringList checkedKeys(const QToolButton *button)
{
    QStringList keys;
    for (const QAction *action : button->menu()->actions()) {
        if (action->isChecked())
            keys.append(action->text());
    }
    return keys;
}
} // namespace

TEST_CASE("Typing text filters after the debounce; the text chip removes only the text", "[widgets][filterbar]")
{
    Fixture fixture;
    FilterBar bar(&fixture.document, &fixture.filter, Theme::light());
    bar.resize(1366, 40);
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    REQUIRE(fixture.siteProxy.rowCount() == AllSites);
    CHECK(bar.chipTexts().isEmpty());
    CHECK_FALSE(button(bar, "clearAllButton")->isEnabled());

    SECTION("applyTextNow applies at once")
    {
        fixture.filter.setFilter([] {
            DatasetFilter filter;
            filter.statuses = { SiteStatus::Operational };
            return filter;
        }());
        bar.searchField()->setText(QStringLiteral("nscale"));
        CHECK(fixture.filter.filter().text.isEmpty()); // still waiting for the debounce
        bar.applyTextNow();
        CHECK(fixture.filter.filter().text == QLatin1String("nscale"));
        // Operational sites whose name, id, region or country mention "nscale": only Nscale Glomfjord
        // (Nscale AI Campus, Loughton is planned).
        CHECK(fixture.siteProxy.rowCount() == 1);
        CHECK(bar.chipTexts()
            == QStringList { QStringLiteral("Status: Operational ×"), QStringLiteral("Text: “nscale” ×") });

        // Clicking the text chip clears the text, keeps the status.
        const QList<QAbstractButton *> chips = bar.chipButtons();
        REQUIRE(chips.size() == 2);
        QTest::mouseClick(chips.at(1), Qt::LeftButton);
        CHECK(fixture.filter.filter().text.isEmpty());
        CHECK(fixture.filter.filter().statuses == QSet<SiteStatus> { SiteStatus::Operational });
        CHECK(bar.searchField()->text().isEmpty());
        CHECK(bar.chipTexts() == QStringList { QStringLiteral("Status: Operational ×") });
        // Operational: waltham_cross, cobalt_park, glomfjord_nscale, nyc_jfk10_oqc.
        CHECK(fixture.siteProxy.rowCount() == 4);
    }

    SECTION("typing applies after the debounce")
    {
        QTest::keyClicks(bar.searchField(), QStringLiteral("nscale"));
        CHECK(fixture.filter.filter().text.isEmpty());
        CHECK(QTest::qWaitFor([&] { return fixture.filter.filter().text == QLatin1String("nscale"); }, 2000));
        // Sites mentioning "nscale" in name, id, region or country: loughton_nscale ("Nscale AI Campus,
        // Loughton") and glomfjord_nscale ("Nscale Glomfjord"); the other eight do not.
        CHECK(fixture.siteProxy.rowCount() == 2);
        CHECK(bar.chipTexts() == QStringList { QStringLiteral("Text: “nscale” ×") });
        CHECK(button(bar, "clearAllButton")->isEnabled());

        QTest::mouseClick(bar.chipButtons().at(0), Qt::LeftButton);
        CHECK(fixture.filter.filter().isEmpty());
        CHECK(bar.searchField()->text().isEmpty());
        CHECK(fixture.siteProxy.rowCount() == AllSites);
        CHECK(bar.chipTexts().isEmpty());
        CHECK_FALSE(button(bar, "clearAllButton")->isEnabled());
    }
}

TEST_CASE("Menus set companies, countries, statuses and kinds; Clear all resets everything", "[widgets][filterbar]")
{
    Fixture fixture;
    FilterBar bar(&fixture.document, &fixture.filter, Theme::light());
    QSignalSpy changes(&fixture.filter, &FilterState::changed);

    // Every company and every country of a site or company has an entry.
    QToolButton *company = button(bar, "companyButton");
    QToolButton *country = button(bar, "countryButton");
    QToolButton *status = button(bar, "statusButton");
    QToolButton *kind = button(bar, "kindButton");
    QToolButton *clear = button(bar, "clearAllButton");
    REQUIRE(company);
    REQUIRE(country);
    REQUIRE(status);
    REQUIRE(kind);
    REQUIRE(clear);
    CHECK(company->popupMode() == QToolButton::InstantPopup);
    CHECK(company->text() == QLatin1String("Company"));

    SECTION("company")
    {
        REQUIRE(bar.setCompanyChecked(QStringLiteral("microsoft"), true));
        CHECK(changes.count() == 1); // one change, no echo from the bar updating itself
        CHECK(fixture.filter.filter().companies == QSet<QString> { QStringLiteral("microsoft") });
        // Investments with microsoft among the investors: inv01_microsoft, inv02_nvidia_partners
        // (nvidia, nscale, coreweave, microsoft), inv19_microsoft_nscale_norway, inv20_microsoft_nscale_us_pt.
        CHECK(fixture.investmentProxy.rowCount() == 4);
        CHECK(company->text() == QLatin1String("Company (1)"));
        CHECK(checkedKeys(company) == QStringList { QStringLiteral("Microsoft") });
        CHECK(bar.chipTexts() == QStringList { QStringLiteral("Company: Microsoft ×") });

        REQUIRE(bar.setCompanyChecked(QStringLiteral("nvidia"), true));
        CHECK(company->text() == QLatin1String("Company (2)"));
        // Adds inv03, inv04, inv05 (openai, nvidia, nscale) and inv16 (oqc, nvidia, digital_realty): 4 + 4 = 8.
        CHECK(fixture.investmentProxy.rowCount() == 8);
        CHECK_FALSE(bar.setCompanyChecked(QStringLiteral("no-such-company"), true));

        REQUIRE(bar.setCompanyChecked(QStringLiteral("microsoft"), false));
        REQUIRE(bar.setCompanyChecked(QStringLiteral("nvidia"), false));
        CHECK(fixture.filter.filter().isEmpty());
        CHECK(company->text() == QLatin1String("Company"));
        CHECK(fixture.investmentProxy.rowCount() == AllInvestments);
    }

    SECTION("country, status and Clear all")
    {
        REQUIRE(bar.setCountryChecked(QStringLiteral("NO"), true));
        // Sites in Norway: kvandal_stargate_no and glomfjord_nscale.
        CHECK(fixture.siteProxy.rowCount() == 2);
        CHECK(country->text() == QLatin1String("Country (1)"));
        CHECK(bar.chipTexts() == QStringList { QStringLiteral("Country: Norway ×") });

        REQUIRE(bar.setStatusChecked(SiteStatus::Operational, true));
        // Norway and operational: only glomfjord_nscale (kvandal is under construction).
        CHECK(fixture.siteProxy.rowCount() == 1);
        CHECK(status->text() == QLatin1String("Status (1)"));
        CHECK(bar.chipTexts()
            == QStringList { QStringLiteral("Country: Norway ×"), QStringLiteral("Status: Operational ×") });

        // Removing the country chip keeps the status: the four operational sites.
        QTest::mouseClick(bar.chipButtons().at(0), Qt::LeftButton);
        CHECK(fixture.filter.filter().countries.isEmpty());
        CHECK(fixture.siteProxy.rowCount() == 4);

        REQUIRE(bar.setKindChecked(SiteKind::DataCentre, true));
        // Operational data centres: waltham_cross, cobalt_park, glomfjord_nscale (nyc_jfk10_oqc is a quantum-AI
        // centre).
        CHECK(fixture.siteProxy.rowCount() == 3);
        CHECK(kind->text() == QLatin1String("Kind (1)"));

        CHECK(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        CHECK(fixture.filter.filter() == DatasetFilter());
        CHECK(fixture.siteProxy.rowCount() == AllSites);
        CHECK(fixture.investmentProxy.rowCount() == AllInvestments);
        CHECK(bar.chipTexts().isEmpty());
        CHECK_FALSE(clear->isEnabled());
        CHECK(checkedKeys(status).isEmpty());
        CHECK(status->text() == QLatin1String("Status"));
    }
}

TEST_CASE("The bar shows changes made elsewhere, dates included, and Ctrl+F focuses the search", "[widgets][filterbar]")
{
    Fixture fixture;
    FilterBar bar(&fixture.document, &fixture.filter, Theme::light());
    bar.resize(1366, 40);
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));

    DatasetFilter filter;
    filter.asOf = QDate(2025, 8, 1);
    filter.from = QDate(2025, 1, 1);
    filter.text = QStringLiteral("stargate");
    fixture.filter.setFilter(filter);
    CHECK(bar.searchField()->text() == QLatin1String("stargate"));
    CHECK(bar.fromEdit()->date() == QDate(2025, 1, 1));
    CHECK(bar.toEdit()->date() == bar.toEdit()->minimumDate()); // "any"
    CHECK(bar.toEdit()->text() == QLatin1String("any"));
    CHECK(bar.chipTexts()
        == QStringList { QStringLiteral("Text: “stargate” ×"), QStringLiteral("From 1 January 2025 ×"),
            QStringLiteral("As of 1 August 2025 ×") });

    // The as-of chip clears only the as-of date.
    QTest::mouseClick(bar.chipButtons().at(2), Qt::LeftButton);
    CHECK_FALSE(fixture.filter.filter().asOf.isValid());
    CHECK(fixture.filter.filter().from == QDate(2025, 1, 1));

    // Setting "to" in its editor narrows investments by announcement; its minimum is "any" again.
    bar.toEdit()->setDate(QDate(2025, 9, 1));
    CHECK(fixture.filter.filter().to == QDate(2025, 9, 1));
    bar.toEdit()->setDate(bar.toEdit()->minimumDate());
    CHECK_FALSE(fixture.filter.filter().to.isValid());

    bar.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&bar));
    bar.setFocus();
    QTest::keyClick(&bar, Qt::Key_F, Qt::ControlModifier);
    CHECK(bar.searchField()->hasFocus());

    bar.clearAll();
    CHECK(fixture.filter.filter().isEmpty());
    CHECK(bar.searchField()->text().isEmpty());
    CHECK(bar.fromEdit()->text() == QLatin1String("any"));
}

TEST_CASE("Tab goes through the filter bar in the order it shows, chips before Clear all", "[widgets][filterbar][a11y]")
{
    Fixture fixture;
    FilterBar bar(&fixture.document, &fixture.filter, Theme::light());
    bar.resize(1366, 40);
    bar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&bar));
    REQUIRE(bar.setCountryChecked(QStringLiteral("GB"), true));
    REQUIRE(bar.setStatusChecked(SiteStatus::Operational, true));
    QCoreApplication::processEvents(); // the layout shows the new chips
    const QList<QAbstractButton *> chips = bar.chipButtons();
    REQUIRE(chips.size() == 2);

    QList<QWidget *> expected { bar.searchField(), button(bar, "companyButton"), button(bar, "countryButton"),
        button(bar, "statusButton"), button(bar, "kindButton"), bar.fromEdit(), bar.toEdit() };
    for (QAbstractButton *chip : chips)
        expected.append(chip);
    expected.append(button(bar, "clearAllButton"));
    bar.searchField()->setFocus();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        CHECK(expected.at(i)->hasFocus()); // a date edit's focus is in its line edit, its focus proxy
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        // In a date edit Tab goes from the year to the month to the day, then on.
        for (int section = 0; section < 3 && qobject_cast<QDateEdit *>(expected.at(i)) && expected.at(i)->hasFocus();
             ++section)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (QWidget *widget : std::as_const(expected))
        CHECK_FALSE(QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name).isEmpty());
}
