#include "atlascatch.h"
#include "testdata.h"

#include "datasetedits.h"

#include <QSignalSpy>

using namespace atlas;

TEST_CASE("References to an entity name who refers to it", "[edits]")
{
    const Dataset dataset = test::bundledDataset();
    const QList<EntityReference> nscale
        = DatasetEdits::referencesTo(dataset, { EntityType::Company, QStringLiteral("nscale") });
    QStringList texts;
    for (const EntityReference &reference : nscale)
        texts.append(reference.text);
    CHECK(texts.contains(QStringLiteral("investment \"inv06_nscale_uk\" names it as an investor")));
    CHECK(texts.contains(QStringLiteral("site \"loughton_nscale\" names it as an operator or partner")));
    // Scenes count too, with no entity behind them.
    const auto scene = std::find_if(nscale.cbegin(), nscale.cend(), [](const EntityReference &r) { return !r.from; });
    REQUIRE(scene != nscale.cend());
    CHECK(scene->text.startsWith(QStringLiteral("scene \"")));

    const QList<EntityReference> site
        = DatasetEdits::referencesTo(dataset, { EntityType::Site, QStringLiteral("glomfjord_nscale") });
    REQUIRE_FALSE(site.isEmpty());
    for (const EntityReference &reference : site) {
        if (reference.from)
            CHECK(reference.from->type == EntityType::Investment);
    }
    // A source cited only inside a claim's alternatives still counts.
    Dataset edited = dataset;
    Source extra;
    extra.id = QStringLiteral("only-alternative");
    extra.title = QStringLiteral("Only cited by an alternative");
    edited.sources.append(extra);
    Claim alternative;
    alternative.value = 1;
    alternative.sources = { extra.id };
    edited.sites[0].capacityMw
        = Claim { 5, {}, {}, Qualifier::Exact, Basis::Stated, { QStringLiteral("S1") }, {}, { alternative } };
    CHECK(DatasetEdits::referencesTo(edited, { EntityType::Source, extra.id }).size() == 1);
    CHECK(DatasetEdits::referencesTo(dataset, { EntityType::Investment, QStringLiteral("inv17_nebius") }).isEmpty());
}

TEST_CASE("Fresh ids are slugs of the text that no entity of the type has", "[edits]")
{
    const Dataset dataset = test::bundledDataset();
    CHECK(DatasetEdits::uniqueId(dataset, EntityType::Site, QStringLiteral("Nscale Loughton (phase 2)"))
        == QStringLiteral("nscale-loughton-phase-2"));
    CHECK(DatasetEdits::uniqueId(dataset, EntityType::Site, QStringLiteral("loughton_nscale"))
        == QStringLiteral("loughton_nscale-2"));
    CHECK(
        DatasetEdits::uniqueId(dataset, EntityType::Company, QStringLiteral("엔스케일")) == QStringLiteral("company"));
    CHECK(DatasetEdits::uniqueId(dataset, EntityType::Company, QStringLiteral("Nscale")) == QStringLiteral("nscale-2"));
    CHECK(DatasetEdits::uniqueId(dataset, EntityType::Source, QStringLiteral("Café Report"))
        == QStringLiteral("cafe-report"));
}

TEST_CASE("Checking an edited entity reports only its own problems, at its path", "[edits]")
{
    const Dataset dataset = test::bundledDataset();
    Site site = dataset.sites.at(2);
    CHECK_FALSE(hasErrors(DatasetEdits::check(dataset, site)));
    site.location.lonDeg = 200;
    site.country = QStringLiteral("XX");
    const Diagnostics diagnostics = DatasetEdits::check(dataset, site);
    REQUIRE(errorCount(diagnostics) == 2);
    CHECK(diagnostics.at(0).path.startsWith(QStringLiteral("sites[2].")));
    CHECK(diagnostics.at(1).path.startsWith(QStringLiteral("sites[2].")));

    Company company;
    company.id = QStringLiteral("new-company");
    company.name.en = QStringLiteral("New");
    company.country = QStringLiteral("GB");
    company.colour = QStringLiteral("blue");
    const Diagnostics added = DatasetEdits::check(dataset, company);
    REQUIRE(errorCount(added) == 1);
    const auto error
        = std::find_if(added.cbegin(), added.cend(), [](const Diagnostic &d) { return d.severity == Severity::Error; });
    CHECK(error->message.contains(QStringLiteral("\"blue\" is not a colour")));
    const QString path = QStringLiteral("companies[%1]").arg(dataset.companies.size());
    for (const Diagnostic &diagnostic : added)
        CHECK(diagnostic.path.startsWith(path));
}

TEST_CASE("The document inserts, replaces and removes one entity and says so", "[edits]")
{
    test::BundledDocument bundled;
    DatasetDocument &document = bundled.document;
    QSignalSpy content(&document, &DatasetDocument::contentChanged);
    QSignalSpy reset(&document, &DatasetDocument::datasetChanged);
    bundled.selection.setSelection(
        { { EntityType::Source, QStringLiteral("S2") }, { EntityType::Country, QStringLiteral("GB") } });

    Source source;
    source.id = QStringLiteral("S-new");
    source.title = QStringLiteral("New");
    document.insertEntity(1, source);
    CHECK(document.dataset().sources.at(1) == source);
    CHECK(document.isModified());
    source.title = QStringLiteral("Renamed");
    CHECK(document.replaceEntity(source));
    CHECK(document.dataset().sources.at(1).title == QStringLiteral("Renamed"));
    CHECK(document.removeEntity({ EntityType::Source, QStringLiteral("S-new") }));
    CHECK_FALSE(document.removeEntity({ EntityType::Source, QStringLiteral("S-new") }));
    CHECK(document.dataset() == test::bundledDataset());
    CHECK(content.size() == 3);
    CHECK(reset.isEmpty());
    CHECK(bundled.selection.selection().size() == 2);

    // Removing a selected entity takes it out of the selection, and nothing else.
    CHECK(document.removeEntity({ EntityType::Source, QStringLiteral("S2") }));
    CHECK(bundled.selection.selection() == QSet<EntityRef> { { EntityType::Country, QStringLiteral("GB") } });
}
