#include "atlascatch.h"
#include "testdata.h"

#include "datasetfilter.h"
#include "datasetreader.h"
#include "datasetvalidator.h"
#include "datasetwriter.h"

#include <QTemporaryDir>

using namespace atlas;

namespace {

Scene fullScene()
{
    Scene scene;
    scene.id = QStringLiteral("everything");
    scene.title = { QStringLiteral("Every field"), QStringLiteral("모든 항목") };
    scene.caption = { QStringLiteral("A caption"), QStringLiteral("설명") };
    scene.notes = { QStringLiteral("Notes [S1]"), QStringLiteral("메모") };
    scene.camera.projection = QStringLiteral("globe");
    scene.camera.rotation = QPointF(-12.5, 48.25);
    scene.camera.centre = QPointF(-3.25, 54.5);
    scene.camera.span = 1234567.5;
    scene.filter.companies = { QStringLiteral("microsoft"), QStringLiteral("nscale") };
    scene.filter.countries = { QStringLiteral("GB") };
    scene.filter.statuses = { SiteStatus::Planned, SiteStatus::Operational };
    scene.filter.kinds = { SiteKind::DataCentre };
    scene.filter.from = PartialDate { QStringLiteral("2025-09") };
    scene.filter.to = PartialDate { QStringLiteral("2026") };
    scene.filter.asOf = PartialDate { QStringLiteral("2026-03-01") };
    scene.filter.text = QStringLiteral("campus");
    scene.highlight = { QStringLiteral("company:nscale"), QStringLiteral("site:loughton_nscale") };
    scene.chart = SceneChart::Spending;
    scene.annotations = {
        { AnnotationKind::Callout, QPointF(0.08388, 51.64527), QPointF(), { QStringLiteral("Here"), QString() } },
        { AnnotationKind::Arrow, QPointF(-100, 40), QPointF(-4, 53),
            { QStringLiteral("Money"), QStringLiteral("돈") } },
    };
    return scene;
}

} // namespace

TEST_CASE("The bundled dataset tells its story in 7 to 10 scenes, in both languages", "[scenes]")
{
    const Dataset dataset = test::bundledDataset();
    REQUIRE(dataset.scenes.size() >= 7);
    REQUIRE(dataset.scenes.size() <= 10);
    for (const Scene &scene : dataset.scenes) {
        CAPTURE(scene.id);
        CHECK_FALSE(scene.title.en.isEmpty());
        CHECK_FALSE(scene.title.ko.isEmpty());
        CHECK_FALSE(scene.caption.en.isEmpty());
        CHECK_FALSE(scene.caption.ko.isEmpty());
        CHECK_FALSE(scene.notes.ko.isEmpty());
        for (const SceneAnnotation &annotation : scene.annotations) {
            CHECK_FALSE(annotation.text.en.isEmpty());
            CHECK_FALSE(annotation.text.ko.isEmpty());
        }
        for (const QString &item : scene.highlight)
            CHECK(DatasetValidator::highlightRef(item).has_value());
    }
    // The story the issue asks for: the pledge, Loughton, the North East, Norway, New York, GPUs,
    // spending, and what had been delivered.
    QStringList ids;
    for (const Scene &scene : dataset.scenes)
        ids.append(scene.id);
    CHECK(ids
        == QStringList { QStringLiteral("pledge"), QStringLiteral("loughton"), QStringLiteral("north-east"),
            QStringLiteral("norway"), QStringLiteral("new-york"), QStringLiteral("gpus"), QStringLiteral("spending"),
            QStringLiteral("delivered") });
    CHECK(dataset.scenes.at(5).chart == SceneChart::Gpus);
    CHECK(dataset.scenes.at(6).chart == SceneChart::Spending);
    CHECK(dataset.scenes.at(7).filter.asOf.text == QLatin1String("2026-03-01"));
}

TEST_CASE("A scene with every field survives writing and reading", "[scenes]")
{
    Dataset dataset = test::bundledDataset();
    dataset.scenes.append(fullScene());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenes.json"));
    REQUIRE(DatasetWriter::writeFile(dataset, path).isEmpty());
    const LoadResult loaded = DatasetReader::readFile(path);
    const std::string firstDiagnostic
        = loaded.diagnostics.isEmpty() ? std::string() : loaded.diagnostics.first().toString().toStdString();
    INFO(firstDiagnostic);
    REQUIRE(loaded.status == LoadStatus::Ok);
    CHECK(loaded.diagnostics.isEmpty());
    REQUIRE(loaded.dataset->scenes.size() == dataset.scenes.size());
    CHECK(loaded.dataset->scenes.last() == fullScene());
    CHECK(*loaded.dataset == dataset);
    // Written again, byte for byte the same.
    CHECK(DatasetWriter::toJson(*loaded.dataset) == DatasetWriter::toJson(dataset));
}

TEST_CASE("A scene's filter converts to the shared filter and back", "[scenes]")
{
    const Scene scene = fullScene();
    const DatasetFilter filter = DatasetFilter::fromScene(scene.filter);
    CHECK(filter.companies == QSet<QString> { QStringLiteral("microsoft"), QStringLiteral("nscale") });
    CHECK(filter.statuses == QSet<SiteStatus> { SiteStatus::Planned, SiteStatus::Operational });
    CHECK(filter.from == QDate(2025, 9, 1));
    CHECK(filter.to == QDate(2026, 12, 31));
    CHECK(filter.asOf == QDate(2026, 3, 1));
    CHECK(filter.text == QLatin1String("campus"));
    const SceneFilter back = filter.toScene();
    CHECK(back.companies == scene.filter.companies);
    CHECK(back.statuses == scene.filter.statuses);
    CHECK(back.asOf.text == QLatin1String("2026-03-01"));
    CHECK(back.from.text == QLatin1String("2025-09-01"));
    CHECK(DatasetFilter().toScene().isEmpty());
}

TEST_CASE("Highlights are type:id", "[scenes]")
{
    CHECK(DatasetValidator::highlightRef(QStringLiteral("site:loughton_nscale"))
        == std::optional<EntityRef>(EntityRef { EntityType::Site, QStringLiteral("loughton_nscale") }));
    CHECK(DatasetValidator::highlightRef(QStringLiteral("country:GB"))->type == EntityType::Country);
    CHECK_FALSE(DatasetValidator::highlightRef(QStringLiteral("loughton_nscale")));
    CHECK_FALSE(DatasetValidator::highlightRef(QStringLiteral("planet:mars")));
    CHECK_FALSE(DatasetValidator::highlightRef(QStringLiteral("site:")));
}
