#include "atlascatch.h"
#include "testdata.h"

#include "datasetfilter.h"
#include "datasetvalidator.h"
#include "datasetwriter.h"
#include "enums.h"
#include "format.h"

#include <QFile>
#include <QTemporaryDir>

using namespace atlas;

TEST_CASE("The bundled dataset loads without errors or warnings", "[dataset]")
{
    const LoadResult result = DatasetReader::readFile(test::bundledDatasetPath());
    CAPTURE(result.diagnostics);
    REQUIRE(result.status == LoadStatus::Ok);
    CHECK(result.diagnostics.isEmpty());
    const Dataset &dataset = *result.dataset;
    CHECK(dataset.id == QLatin1String("us-uk-2025"));
    CHECK_FALSE(dataset.title.ko.isEmpty());
}

TEST_CASE("The bundled dataset round-trips byte for byte", "[dataset]")
{
    QFile file(test::bundledDatasetPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const LoadResult result = DatasetReader::readBytes(original, file.fileName());
    REQUIRE(result.status == LoadStatus::Ok);
    const QByteArray saved = DatasetWriter::toJson(*result.dataset);
    CHECK(saved.size() == original.size());
    CHECK(saved == original);

    // And the saved bytes read back into an equal dataset.
    const LoadResult reread = DatasetReader::readBytes(saved, QStringLiteral("saved.json"));
    REQUIRE(reread.status == LoadStatus::Ok);
    CHECK(*reread.dataset == *result.dataset);
}

TEST_CASE("The bundled dataset holds the sites, investments and caveats of the fact sheet", "[dataset]")
{
    const Dataset dataset = test::bundledDataset();
    // Every site of facts.md §2 that has a coordinate, plus the growth zone made of two of them.
    for (const char *id : { "loughton_nscale", "waltham_cross", "cambois_qts", "cobalt_park", "chapelhall_datavita",
             "chelveston_aip", "kvandal_stargate_no", "glomfjord_nscale", "nyc_jfk10_oqc", "ne_ai_growth_zone" }) {
        INFO(id);
        CHECK(dataset.site(QString::fromLatin1(id)) != nullptr);
    }
    const Site *loughton = dataset.site(QStringLiteral("loughton_nscale"));
    REQUIRE(loughton);
    CHECK(loughton->location.lonDeg == 0.08388);
    CHECK(loughton->location.latDeg == 51.64527);
    CHECK(loughton->location.basis == CoordinateBasis::Proxy);
    REQUIRE(loughton->gpus.size() == 1);
    REQUIRE(loughton->gpus.first().count.has_value());
    CHECK(loughton->gpus.first().count->value == 23040);
    // Sources disagree on the Loughton GPU count: every value is kept with its own source.
    CHECK(loughton->gpus.first().count->alternatives.size() >= 2);

    const Site *kvandal = dataset.site(QStringLiteral("kvandal_stargate_no"));
    REQUIRE(kvandal);
    CHECK(kvandal->country == QLatin1String("NO"));
    CHECK(kvandal->location.lonDeg == 17.5571);
    CHECK(kvandal->location.latDeg == 68.5492);

    // The £11bn is partner capex including Nscale's worldwide build-out (facts.md §1 #2, §5.4).
    const Investment *partners = dataset.investment(QStringLiteral("inv02_nvidia_partners"));
    REQUIRE(partners);
    REQUIRE(partners->amount);
    CHECK(partners->amount->value == 11e9);
    CHECK(partners->amount->currency == QLatin1String("GBP"));
    CHECK(partners->amount->usdStated == 15e9);
    bool worldwideCaveat = false;
    for (const LocalizedText &caveat : partners->caveats)
        worldwideCaveat = worldwideCaveat || caveat.en.contains(QLatin1String("worldwide"));
    CHECK(worldwideCaveat);

    // Salesforce's $6bn is a derived sum, kept apart from the stated $2bn.
    const Investment *salesforce = dataset.investment(QStringLiteral("inv09_salesforce"));
    REQUIRE(salesforce);
    REQUIRE(salesforce->amount);
    CHECK(salesforce->amount->value == 2e9);
    CHECK(salesforce->amount->basis == Basis::Stated);
    bool derivedSix = false;
    for (const Claim &alternative : salesforce->amount->alternatives)
        derivedSix = derivedSix || (alternative.value == 6e9 && alternative.basis == Basis::Derived);
    CHECK(derivedSix);

    // AWS's £8bn dates from 2024.
    const Investment *aws = dataset.investment(QStringLiteral("inv12_aws"));
    REQUIRE(aws);
    CHECK(aws->announced.first().year() == 2024);

    // Every company and site has a Korean name.
    for (const Company &company : dataset.companies)
        CHECK_FALSE(company.name.ko.isEmpty());
    for (const Site &site : dataset.sites)
        CHECK_FALSE(site.name.ko.isEmpty());
}

TEST_CASE("Saving is atomic and refuses unwritable places without touching the old file", "[dataset]")
{
    const Dataset dataset = test::bundledDataset();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    CHECK(DatasetWriter::writeFile(dataset, path).isEmpty());
    const LoadResult reread = DatasetReader::readFile(path);
    REQUIRE(reread.status == LoadStatus::Ok);
    CHECK(*reread.dataset == dataset);

    const QString error = DatasetWriter::writeFile(dataset, dir.filePath(QStringLiteral("missing/folder/x.json")));
    CHECK(error.contains(QLatin1String("missing/folder/x.json")));
    CHECK(error.contains(QLatin1String("cannot write")));
}

TEST_CASE("Partial dates cover a year, a quarter, a month or a day", "[dataset]")
{
    CHECK(PartialDate { QStringLiteral("2025") }.first() == QDate(2025, 1, 1));
    CHECK(PartialDate { QStringLiteral("2025") }.last() == QDate(2025, 12, 31));
    CHECK(PartialDate { QStringLiteral("2026-Q1") }.first() == QDate(2026, 1, 1));
    CHECK(PartialDate { QStringLiteral("2026-Q1") }.last() == QDate(2026, 3, 31));
    CHECK(PartialDate { QStringLiteral("2024-02") }.last() == QDate(2024, 2, 29));
    CHECK(PartialDate { QStringLiteral("2025-09-16") }.first() == QDate(2025, 9, 16));
    CHECK_FALSE(PartialDate { QStringLiteral("2025-13") }.isValid());
    CHECK_FALSE(PartialDate { QStringLiteral("2025-02-30") }.isValid());
    CHECK_FALSE(PartialDate { QStringLiteral("2025-Q5") }.isValid());
    CHECK_FALSE(PartialDate { QStringLiteral("Sept 2025") }.isValid());
}

TEST_CASE("Enum keys round-trip and unknown keys are refused", "[dataset]")
{
    for (const QString &key : enumKeys<SiteStatus>())
        CHECK(enumKey(*enumFromKey<SiteStatus>(key)) == key);
    CHECK(enumFromKey<SiteKind>(QStringLiteral("ai-growth-zone")) == SiteKind::AiGrowthZone);
    CHECK_FALSE(enumFromKey<SiteKind>(QStringLiteral("datacentre")).has_value());
    CHECK(enumDisplay(SiteStatus::UnderConstruction) == QLatin1String("Under construction"));
}

TEST_CASE("Amounts and claims are formatted with their qualifier and currency", "[dataset]")
{
    CHECK(Format::money(30e9, QStringLiteral("USD")) == QLatin1String("$30bn"));
    CHECK(Format::money(2.04e9, QStringLiteral("USD")) == QLatin1String("$2.04bn"));
    CHECK(Format::money(500e6, QStringLiteral("GBP")) == QStringLiteral("£500m"));
    CHECK(Format::money(10.3e9, QStringLiteral("NOK")) == QLatin1String("NOK 10.3bn"));
    Claim claim;
    claim.value = 8000;
    claim.qualifier = Qualifier::UpTo;
    claim.sources = QStringList { QStringLiteral("S21") };
    CHECK(Format::claim(claim) == QLatin1String("up to 8,000"));
    CHECK(Format::claimDetails(claim, QStringLiteral("en")).contains(QLatin1String("[S21]")));
}

TEST_CASE("The validator reports every broken reference of an edited dataset", "[dataset]")
{
    Dataset dataset = test::bundledDataset();
    dataset.investments[0].investors.append(QStringLiteral("nobody"));
    dataset.sites[0].location.latDeg = 91;
    const Diagnostics diagnostics = DatasetValidator::validate(dataset);
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics.at(0).path == QLatin1String("sites[0].location.lat"));
    CHECK(diagnostics.at(0).message == QStringLiteral("latitude 91 is outside -90…90"));
    CHECK(diagnostics.at(1).path.startsWith(QLatin1String("investments[0].investors[")));
    CHECK(diagnostics.at(1).message == QLatin1String("unknown company \"nobody\""));
}

TEST_CASE("A site's status can be asked as of a date", "[dataset]")
{
    Dataset dataset = test::bundledDataset();
    const Site *chelveston = dataset.site(QStringLiteral("chelveston_aip"));
    REQUIRE(chelveston);
    // Planned when announced in September 2025; stalled by February 2026 (High Court freeze).
    CHECK(chelveston->statusAt(QDate(2025, 10, 1)) == SiteStatus::Planned);
    CHECK(chelveston->statusAt(QDate(2026, 2, 1)) == SiteStatus::Stalled);
    CHECK(chelveston->statusAt(QDate(2026, 6, 1)) == SiteStatus::Stalled);
    CHECK(chelveston->statusAt(QDate()) == SiteStatus::Stalled);
    // Before its first dated status the earliest known one stands.
    CHECK(chelveston->statusAt(QDate(2024, 1, 1)) == SiteStatus::Planned);
    const Site *cambois = dataset.site(QStringLiteral("cambois_qts"));
    REQUIRE(cambois);
    CHECK(cambois->statusAt(QDate(2025, 6, 1)) == SiteStatus::Planned);
    CHECK(cambois->statusAt(QDate(2025, 10, 15)) == SiteStatus::UnderConstruction);

    // The filter's status choice applies to the status as of its date.
    DatasetFilter filter;
    filter.statuses = { SiteStatus::Stalled };
    CHECK(filter.acceptsSite(dataset, *chelveston));
    filter.asOf = QDate(2025, 12, 1);
    CHECK_FALSE(filter.acceptsSite(dataset, *chelveston));

    // The history must be dated and in order.
    Site &edited = dataset.sites[dataset.sites.indexOf(*chelveston)];
    edited.statusHistory.first().asOf = PartialDate { QStringLiteral("2026-05") };
    Diagnostics diagnostics = DatasetValidator::validate(dataset);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.first().path.endsWith(QLatin1String("statusHistory[0].asOf")));
    CHECK(diagnostics.first().message == QLatin1String("the status history must run from oldest to newest"));
    edited.statusHistory.first().asOf = PartialDate();
    diagnostics = DatasetValidator::validate(dataset);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.first().message == QLatin1String("an earlier status needs its \"asOf\" date"));
}
