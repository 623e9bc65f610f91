#include "atlascatch.h"
#include "testdata.h"

#include "datasetedits.h"
#include "entityeditdialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <algorithm>

using namespace atlas;

namespace {

template<typename Widget>
Widget *field(const QDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QLatin1String(name));
    INFO("field " << name);
    REQUIRE(widget);
    return widget;
}

/// Types @p text into @p edit in place of what it holds, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Types @p text at the end of @p edit.
void append(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, text);
}

QStringList problemTexts(const QDialog &dialog)
{
    QStringList texts;
    const auto *list = field<QListWidget>(dialog, "problems");
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

bool okEnabled(const QDialog &dialog)
{
    return field<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled();
}

bool anyContains(const QStringList &texts, const QString &wanted)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) { return text.contains(wanted); });
}

template<typename T>
T valueOf(const EntityEditDialog &dialog)
{
    const EntityValue value = dialog.value();
    REQUIRE(std::holds_alternative<T>(value));
    return std::get<T>(value);
}

} // namespace

TEST_CASE("An untouched entity dialog gives back every entity of the bundled dataset unchanged", "[entityedit]")
{
    const Dataset dataset = test::bundledDataset();
    REQUIRE(!dataset.sites.isEmpty());
    const auto check = [&](const EntityValue &original) {
        INFO("entity " << DatasetEdits::idOf(original).toStdString());
        const EntityEditDialog dialog(dataset, original, false, Theme::light());
        CHECK(dialog.value() == original);
        CHECK(!hasErrors(dialog.problems()));
        CHECK(okEnabled(dialog));
        CHECK(field<QLineEdit>(dialog, "id")->isReadOnly());
    };
    for (const Site &site : dataset.sites)
        check(site);
    for (const Company &company : dataset.companies)
        check(company);
    for (const Investment &investment : dataset.investments)
        check(investment);
    for (const Source &source : dataset.sources)
        check(source);
}

TEST_CASE("Editing a field of the form changes only that field of the value", "[entityedit]")
{
    const Dataset dataset = test::bundledDataset();
    const Site site = *dataset.site(QStringLiteral("loughton_nscale"));

    SECTION("a new name, also in the title")
    {
        EntityEditDialog dialog(dataset, site, false, Theme::light());
        CHECK(dialog.windowTitle() == QStringLiteral("Edit Site — Nscale AI Campus, Loughton"));
        retype(field<QLineEdit>(dialog, "name"), QStringLiteral("Loughton Campus"));
        Site expected = site;
        expected.name.en = QStringLiteral("Loughton Campus");
        CHECK(valueOf<Site>(dialog) == expected);
        CHECK(dialog.windowTitle() == QStringLiteral("Edit Site — Loughton Campus"));
    }

    SECTION("a moved coordinate, in lon-lat order")
    {
        EntityEditDialog dialog(dataset, site, false, Theme::light());
        field<QDoubleSpinBox>(dialog, "lon")->setValue(-1.25);
        field<QDoubleSpinBox>(dialog, "lat")->setValue(52.5);
        Site expected = site;
        expected.location.lonDeg = -1.25;
        expected.location.latDeg = 52.5;
        CHECK(valueOf<Site>(dialog) == expected);
    }

    SECTION("an added source id")
    {
        EntityEditDialog dialog(dataset, site, false, Theme::light());
        REQUIRE(!site.sources.contains(QStringLiteral("S1")));
        auto *sources = field<QLineEdit>(dialog, "sources");
        append(sources, QStringLiteral(", S1"));
        Site expected = site;
        expected.sources.append(QStringLiteral("S1"));
        CHECK(valueOf<Site>(dialog) == expected);
        CHECK(sources->toolTip().contains(dataset.source(QStringLiteral("S1"))->title));
        CHECK(okEnabled(dialog));
    }

    SECTION("a source picked from the completer by a word of its title")
    {
        EntityEditDialog dialog(dataset, site, false, Theme::light());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *sources = field<QLineEdit>(dialog, "sources");
        auto *completer = sources->findChild<QCompleter *>();
        REQUIRE(completer);
        append(sources, QStringLiteral(", tech partnership"));
        REQUIRE(completer->completionCount() == 1);
        REQUIRE(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        Site expected = site;
        expected.sources.append(QStringLiteral("S1"));
        CHECK(valueOf<Site>(dialog) == expected);
        CHECK(sources->text().endsWith(QStringLiteral(", S1")));
    }

    SECTION("a changed currency")
    {
        const Investment investment = *dataset.investment(QStringLiteral("inv01_microsoft"));
        REQUIRE(investment.amount);
        EntityEditDialog dialog(dataset, investment, false, Theme::light());
        retype(field<QLineEdit>(dialog, "currency"), QStringLiteral("GBP"));
        Investment expected = investment;
        expected.amount->currency = QStringLiteral("GBP");
        CHECK(valueOf<Investment>(dialog) == expected);
    }

    SECTION("an undisclosed amount and a dropped co-investor")
    {
        const Investment investment = *dataset.investment(QStringLiteral("inv02_nvidia_partners"));
        EntityEditDialog dialog(dataset, investment, false, Theme::light());
        CHECK(field<QComboBox>(dialog, "lead")->currentData().toString() == investment.investors.first());
        field<QGroupBox>(dialog, "amount")->setChecked(false);
        auto *coInvestors = field<QListWidget>(dialog, "coInvestors");
        const auto found = coInvestors->findItems(QStringLiteral("(coreweave)"), Qt::MatchEndsWith);
        REQUIRE(found.size() == 1);
        found.first()->setCheckState(Qt::Unchecked);
        Investment expected = investment;
        expected.amount.reset();
        expected.investors.removeAll(QStringLiteral("coreweave"));
        CHECK(valueOf<Investment>(dialog) == expected);
    }
}

TEST_CASE("The entity dialog shows errors and disables OK while there are any", "[entityedit]")
{
    const Dataset dataset = test::bundledDataset();
    const Theme theme = Theme::light();

    SECTION("a new site without a name")
    {
        EntityEditDialog dialog(dataset, Site(), true, theme);
        CHECK(dialog.windowTitle() == QStringLiteral("New Site"));
        CHECK(!okEnabled(dialog));
        CHECK(anyContains(problemTexts(dialog), QStringLiteral("needs a name in English")));
        retype(field<QLineEdit>(dialog, "name"), QStringLiteral("Test Campus"));
        CHECK(!anyContains(problemTexts(dialog), QStringLiteral("needs a name in English")));
    }

    SECTION("latitude cannot leave -90…90")
    {
        EntityEditDialog dialog(dataset, *dataset.site(QStringLiteral("cobalt_park")), false, theme);
        auto *lat = field<QDoubleSpinBox>(dialog, "lat");
        lat->setValue(95);
        CHECK(valueOf<Site>(dialog).location.latDeg == 90);
        CHECK(field<QDoubleSpinBox>(dialog, "lon")->minimum() == -180);
    }

    SECTION("an unknown source id is named, marked and blocks OK")
    {
        EntityEditDialog dialog(dataset, *dataset.site(QStringLiteral("cobalt_park")), false, theme);
        REQUIRE(okEnabled(dialog));
        auto *sources = field<QLineEdit>(dialog, "sources");
        const QString before = sources->text();
        append(sources, QStringLiteral(", S999"));
        CHECK(!okEnabled(dialog));
        CHECK(anyContains(problemTexts(dialog), QStringLiteral("unknown source \"S999\"")));
        const Diagnostics problems = dialog.problems();
        CHECK(std::any_of(problems.cbegin(), problems.cend(), [](const Diagnostic &problem) {
            return problem.severity == Severity::Error && problem.message.contains(QStringLiteral("S999"));
        }));
        CHECK(sources->palette().color(QPalette::Text) == theme.error);
        CHECK(sources->toolTip().contains(QStringLiteral("S999")));
        retype(sources, before);
        CHECK(okEnabled(dialog));
        CHECK(sources->palette().color(QPalette::Text) != theme.error);
    }

    SECTION("a country code that is not ISO 3166-1")
    {
        EntityEditDialog dialog(dataset, *dataset.company(QStringLiteral("nscale")), false, theme);
        CHECK(field<QLabel>(dialog, "countryName")->text() == QStringLiteral("United Kingdom"));
        retype(field<QLineEdit>(dialog, "country"), QStringLiteral("ZZ"));
        CHECK(!okEnabled(dialog));
        CHECK(anyContains(problemTexts(dialog), QStringLiteral("\"ZZ\" is not an ISO 3166-1 alpha-2 country code")));
        CHECK(field<QLabel>(dialog, "countryName")->text().isEmpty());
    }

    SECTION("a new entity may not take an existing id")
    {
        EntityEditDialog dialog(dataset, Company(), true, theme);
        retype(field<QLineEdit>(dialog, "id"), QStringLiteral("nscale"));
        CHECK(!okEnabled(dialog));
        CHECK(anyContains(problemTexts(dialog), QStringLiteral("\"nscale\" is already taken")));
    }
}

TEST_CASE("A new entity gets a fresh id from its name until the id is edited", "[entityedit]")
{
    const Dataset dataset = test::bundledDataset();

    SECTION("a site")
    {
        EntityEditDialog dialog(dataset, Site(), true, Theme::light());
        auto *id = field<QLineEdit>(dialog, "id");
        CHECK(!id->isReadOnly());
        retype(field<QLineEdit>(dialog, "name"), QStringLiteral("Nscale Loughton"));
        CHECK(id->text() == QStringLiteral("nscale-loughton"));
        CHECK(valueOf<Site>(dialog).id == QStringLiteral("nscale-loughton"));
        retype(id, QStringLiteral("my_site"));
        retype(field<QLineEdit>(dialog, "name"), QStringLiteral("Another Name"));
        CHECK(valueOf<Site>(dialog).id == QStringLiteral("my_site"));
    }

    SECTION("a company whose name is taken, prefilled")
    {
        Company company;
        company.name.en = QStringLiteral("Microsoft");
        const EntityEditDialog dialog(dataset, company, true, Theme::light());
        CHECK(valueOf<Company>(dialog).id == DatasetEdits::uniqueId(dataset, EntityType::Company, company.name.en));
        CHECK(valueOf<Company>(dialog).id == QStringLiteral("microsoft-2"));
        CHECK(dialog.windowTitle() == QStringLiteral("New Company"));
    }

    SECTION("a source continues the dataset's numbering")
    {
        const EntityEditDialog dialog(dataset, Source(), true, Theme::light());
        CHECK(valueOf<Source>(dialog).id == QStringLiteral("S%1").arg(dataset.sources.size() + 1));
    }
}

TEST_CASE("The entity dialog remembers its geometry", "[entityedit]")
{
    const Dataset dataset = test::bundledDataset();
    QSettings().remove(QStringLiteral("entityEditDialog/geometry"));
    {
        EntityEditDialog dialog(dataset, dataset.sources.first(), false, Theme::light());
        dialog.resize(640, 420);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        dialog.reject();
    }
    CHECK(QSettings().contains(QStringLiteral("entityEditDialog/geometry")));
    const EntityEditDialog again(dataset, dataset.sources.first(), false, Theme::light());
    CHECK(again.size() == QSize(640, 420));
}
