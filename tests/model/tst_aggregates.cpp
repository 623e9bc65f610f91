#include "atlascatch.h"
#include "testdata.h"

#include "aggregates.h"

using namespace atlas;

namespace {
template<typename T>
const T *row(const QList<T> &rows, const QString &id)
{
    for (const T &entry : rows) {
        if (entry.companyId == id)
            return &entry;
    }
    return nullptr;
}
} // namespace

// Every expected total below was added up by hand from ../shared/research/facts.md, not from the
// dataset, so a transcription mistake in the dataset or a bug in the aggregation fails the test.

TEST_CASE("GPUs by company equal the fact sheet's site figures", "[aggregates]")
{
    const QList<CompanyGpus> rows = gpusByCompany(test::bundledDataset());
    // Nscale: Loughton 23,040 GB300 [S23] + Stargate UK at Cobalt Park, first 8,000 [S21]
    //         + Stargate Norway 100,000 by end-2026 [S63] = 131,040.
    const CompanyGpus *nscale = row(rows, QStringLiteral("nscale"));
    REQUIRE(nscale);
    CHECK(nscale->gpus == 23040 + 8000 + 100000);
    CHECK(nscale->deployments == 3);
    CHECK(nscale->sources.contains(QLatin1String("S23")));
    CHECK(nscale->sources.contains(QLatin1String("S63")));
    // CoreWeave's Chapelhall and OQC's JFK10 deployments state no count: listed, adding nothing.
    const CompanyGpus *coreweave = row(rows, QStringLiteral("coreweave"));
    REQUIRE(coreweave);
    CHECK(coreweave->gpus == 0);
    CHECK(coreweave->deploymentsWithoutCount == 1);
    // Largest first.
    CHECK(rows.first().companyId == QLatin1String("nscale"));
}

TEST_CASE("Spending by company counts stated USD only", "[aggregates]")
{
    const QList<CompanySpending> rows = spendingByCompany(test::bundledDataset());
    const auto usd = [&rows](const char *id) {
        const CompanySpending *entry = row(rows, QString::fromLatin1(id));
        return entry ? entry->statedUsd : -1.0;
    };
    // Microsoft: $30bn UK (#1) + $6.2bn Norway contract (#19) + up to $14bn US/Portugal (#20).
    CHECK(usd("microsoft") == Approx(30e9 + 6.2e9 + 14e9));
    // Nvidia: £11bn ≈ $15bn partner capex (#2) + £2bn ≈ $2.7bn start-ups (#3) + $700m Nscale equity (#4).
    CHECK(usd("nvidia") == Approx(15e9 + 2.7e9 + 0.7e9));
    CHECK(usd("amazon") == Approx(10.5e9)); // £8bn ≈ $10.5bn (2024)
    CHECK(usd("google") == Approx(6.8e9));  // £5bn ≈ $6.8bn
    CHECK(usd("oracle") == Approx(5e9));
    CHECK(usd("coreweave") == Approx(2.04e9)); // £1.5bn ≈ $2.04bn
    CHECK(usd("salesforce") == Approx(2e9));   // the stated $2bn, not the derived $6bn
    CHECK(usd("blackrock") == Approx(678e6));  // up to £500m ≈ $678m (Bloomberg)
    CHECK(usd("nebius") == Approx(300e6));
    CHECK(usd("nscale") == Approx(1e9)); // Stargate Norway's first phase ≈ $1bn (#18)

    // Stated amounts with no USD equivalent stay in their own currency, never converted.
    const CompanySpending *nscale = row(rows, QStringLiteral("nscale"));
    REQUIRE(nscale);
    CHECK(nscale->withoutUsd.value(QStringLiteral("GBP")) == Approx(2e9)); // £2bn over 3 years (#6a)
    const CompanySpending *blackstone = row(rows, QStringLiteral("blackstone"));
    REQUIRE(blackstone);
    CHECK(blackstone->statedUsd == 0);
    CHECK(blackstone->withoutUsd.value(QStringLiteral("GBP")) == Approx(10e9)); // £10bn at Cambois (#15)

    // No investment without a disclosed amount (Stargate UK, OQC) adds anything.
    const CompanySpending *openai = row(rows, QStringLiteral("openai"));
    CHECK((openai == nullptr || openai->statedUsd == 0));
    CHECK(rows.first().companyId == QLatin1String("microsoft"));
}

TEST_CASE("Sites by country", "[aggregates]")
{
    const QList<CountrySites> rows = sitesByCountry(test::bundledDataset());
    REQUIRE(rows.size() == 3);
    // UK: Loughton, Waltham Cross, Cambois, Cobalt Park, the NE growth zone, Chapelhall, Chelveston.
    CHECK(rows.at(0).country == QLatin1String("GB"));
    CHECK(rows.at(0).siteIds.size() == 7);
    // Norway: Kvandal (Stargate Norway) and Glomfjord.
    CHECK(rows.at(1).country == QLatin1String("NO"));
    CHECK(rows.at(1).siteIds.size() == 2);
    CHECK(rows.at(2).country == QLatin1String("US"));
    CHECK(rows.at(2).siteIds == QStringList { QStringLiteral("nyc_jfk10_oqc") });
}
