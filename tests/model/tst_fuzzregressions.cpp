#include "atlascatch.h"

#include "../fuzz/fuzzcheck.h"
#include "../fuzz/importcheck.h"
#include "datasetreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

// The inputs the libFuzzer targets (tests/fuzz, docs/fuzzing.md) found bugs with, and their seed
// corpus, fed through the same APIs and the same invariants as the fuzzers, so that the normal
// test suite keeps them fixed without clang. Each bug also has a test of its exact diagnostic.

using namespace atlas;

namespace {

QString fuzzDir()
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/tests/fuzz");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Every file of tests/fuzz/corpus/TARGET and tests/fuzz/regressions/TARGET.
QStringList inputsOf(const QString &target)
{
    QStringList paths;
    for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
        const QDir dir(fuzzDir() + u'/' + kind + u'/' + target);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
    }
    return paths;
}

QString regression(const QString &target, const QString &name)
{
    return fuzzDir() + QStringLiteral("/regressions/") + target + u'/' + name;
}

QStringList diagnosticTexts(const Diagnostics &diagnostics)
{
    QStringList texts;
    for (const Diagnostic &diagnostic : diagnostics)
        texts.append(diagnostic.toString());
    return texts;
}

} // namespace

TEST_CASE("Fuzz inputs keep the reader's promises", "[fuzz]")
{
    const QString fileName = QStringLiteral("fuzz.json");
    const QStringList datasets = inputsOf(QStringLiteral("fuzz_dataset"));
    REQUIRE_FALSE(datasets.isEmpty());
    for (const QString &path : datasets) {
        INFO(path.toStdString());
        const QByteArray bytes = readAll(path);
        CHECK(fuzz::loadProblem(bytes, fileName, DatasetReader::readBytes(bytes, fileName)) == QString());
    }
    const QStringList scenes = inputsOf(QStringLiteral("fuzz_scenes"));
    REQUIRE_FALSE(scenes.isEmpty());
    for (const QString &path : scenes) {
        INFO(path.toStdString());
        const QByteArray bytes = fuzz::sceneDocument(readAll(path));
        const LoadResult result = DatasetReader::readBytes(bytes, fileName);
        CHECK(fuzz::loadProblem(bytes, fileName, result) == QString());
        if (result.dataset)
            CHECK(fuzz::sceneFilterProblem(*result.dataset) == QString());
    }
}

TEST_CASE("Fuzz inputs keep the importer's promises", "[fuzz]")
{
    for (const char *format : { "csv", "geojson" }) {
        const QString suffix = QString::fromLatin1(format);
        const QStringList inputs = inputsOf(QStringLiteral("fuzz_") + suffix + QStringLiteral("_import"));
        REQUIRE_FALSE(inputs.isEmpty());
        for (const QString &path : inputs) {
            INFO(path.toStdString());
            const QString source = QStringLiteral("/vsimem/tst_fuzzregressions/input.") + suffix;
            const fuzz::MemoryFile file(source, readAll(path));
            CHECK(fuzz::importProblem(source) == QString());
        }
    }
}

TEST_CASE("A line break inside a string does not shift the positions after it", "[fuzz]")
{
    // QJsonDocument accepts raw control characters in strings; the locator counted lines only
    // between values, so every diagnostic after such a string was a line early and columns ran
    // past the end of their line.
    const QString path = regression(QStringLiteral("fuzz_dataset"), QStringLiteral("line-break-in-string.json"));
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes == QByteArray("{\"a\": \"x\ny\", \"format\": 3}\n"));
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("f.json"));
    CHECK(result.status == LoadStatus::Invalid);
    CHECK(diagnosticTexts(result.diagnostics)
        == QStringList { QStringLiteral(
            "f.json:2:15: error: format: not a Compute Atlas dataset: \"format\" must be \"compute-atlas-dataset\"") });
}

TEST_CASE("A top-level member named \"\" does not take the document's position", "[fuzz]")
{
    // {"\n":1,"":1}: the member "" has the root's JSON path "", so the locator placed
    // whole-document diagnostics at its value (and, with the line break, past the line's end).
    const QString path = regression(QStringLiteral("fuzz_dataset"), QStringLiteral("crash-newline-in-key.json"));
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes == QByteArray("{\"\n\":1,\"\":1}"));
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("f.json"));
    CHECK(result.status == LoadStatus::Invalid);
    CHECK(diagnosticTexts(result.diagnostics)
        == QStringList { QStringLiteral(
            "f.json:1:1: error: not a Compute Atlas dataset: \"format\" must be \"compute-atlas-dataset\"") });
}

TEST_CASE("A line break escaped with a backslash does not shift the positions after it", "[fuzz]")
{
    // QJsonDocument takes an unknown escape such as "\<line break>" as the escaped character.
    const QByteArray dataset
        = readAll(regression(QStringLiteral("fuzz_dataset"), QStringLiteral("escaped-line-break-in-string.json")));
    REQUIRE(dataset == QByteArray("{\"a\": \"x\\\ny\", \"format\": 3}\n"));
    const LoadResult result = DatasetReader::readBytes(dataset, QStringLiteral("f.json"));
    CHECK(diagnosticTexts(result.diagnostics)
        == QStringList { QStringLiteral(
            "f.json:2:15: error: format: not a Compute Atlas dataset: \"format\" must be \"compute-atlas-dataset\"") });

    // The scene fuzzer's find: a scene whose only member is named "\<line break>".
    const QByteArray scenes
        = readAll(regression(QStringLiteral("fuzz_scenes"), QStringLiteral("escaped-line-break-in-key.json")));
    REQUIRE(scenes == QByteArray("[{\"\\\n\":{}}]"));
    const LoadResult sceneResult = DatasetReader::readBytes(fuzz::sceneDocument(scenes), QStringLiteral("s.json"));
    CHECK(sceneResult.status == LoadStatus::Invalid);
    CHECK(diagnosticTexts(sceneResult.diagnostics)
              .contains(QStringLiteral(
                  "s.json:2:3: warning: scenes[0].\n: unknown field \"\n\" is ignored and will not be saved")));
}

TEST_CASE("Thousands of errors are reported in linear time", "[fuzz]")
{
    // Every finding of the validator was compared with every path the decoder had failed on:
    // 1000 empty sites (3 KB, 7000 errors) took 4 s, 4000 took a minute.
    const QByteArray committed
        = readAll(regression(QStringLiteral("fuzz_dataset"), QStringLiteral("slow-many-errors.json")));
    REQUIRE(committed.count("{}") == 1000);
    QByteArray bytes = committed;
    bytes.replace("{}", "{},{},{},{}");
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DatasetReader::readBytes(bytes, QStringLiteral("f.json"));
    const qint64 elapsedMs = timer.elapsed();
    CHECK(result.status == LoadStatus::Invalid);
    REQUIRE(result.diagnostics.size() == 4000 * 7);
    CHECK(result.diagnostics.first().toString()
        == QStringLiteral("f.json:1:129: error: sites[0]: required field \"id\" is missing"));
    CHECK(result.diagnostics.last().toString()
        == QStringLiteral("f.json:1:%1: error: sites[3999]: required field \"sources\" is missing")
               .arg(129 + 3 * 3999));
    // Linear takes about 0.2 s (RelWithDebInfo); the bound leaves room for sanitizers and load.
    CHECK(elapsedMs < 10000);
}
