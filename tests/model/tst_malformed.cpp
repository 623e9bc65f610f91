#include "atlascatch.h"

#include "datasetreader.h"

#include <QDir>
#include <QFile>
#include <QSet>

// Malformed datasets: every fixture in tests/data/malformed/ is the minimal valid base.json with
// one defect. expected.tsv names, for each, the load status and one diagnostic the reader must
// report, with its exact line, column, JSON path and message.

using namespace atlas;

namespace {

QString malformedDir()
{
    return QString::fromUtf8(ATLAS_TEST_DATA) + QStringLiteral("/malformed");
}

QString fixturePath(const QString &file)
{
    return malformedDir() + u'/' + file;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct ManifestRow {
    int line = 0; ///< in the manifest, for messages
    QString file;
    QString status;
    QString diagnostic; ///< Diagnostic::toString() without the "file:" prefix
};

/// Reads a tab-separated manifest; lines that are empty or start with '#' are comments.
QList<ManifestRow> readManifest(const QString &name)
{
    const QByteArray bytes = readAll(fixturePath(name));
    INFO("manifest " << name.toStdString());
    REQUIRE_FALSE(bytes.isEmpty());
    QList<ManifestRow> rows;
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        INFO("line " << i + 1 << ": " << line.toStdString());
        REQUIRE(fields.size() == 3);
        rows.append({ int(i + 1), fields.at(0), fields.at(1), fields.at(2) });
    }
    return rows;
}

QString statusName(LoadStatus status)
{
    switch (status) {
    case LoadStatus::Ok:
        return QStringLiteral("Ok");
    case LoadStatus::Invalid:
        return QStringLiteral("Invalid");
    case LoadStatus::Unreadable:
        return QStringLiteral("Unreadable");
    }
    return QStringLiteral("?");
}

QStringList diagnosticTexts(const Diagnostics &diagnostics)
{
    QStringList texts;
    for (const Diagnostic &diagnostic : diagnostics)
        texts.append(diagnostic.toString());
    return texts;
}

/// Reads the row's fixture and checks its status and that one diagnostic reads exactly as expected.
void checkRow(const ManifestRow &row)
{
    const QString path = fixturePath(row.file);
    const QString expected = path + u':' + row.diagnostic;
    INFO("manifest line " << row.line << ": " << row.file.toStdString());
    const LoadResult result = DatasetReader::readFile(path);
    const QStringList texts = diagnosticTexts(result.diagnostics);
    CAPTURE(texts);
    CHECK(statusName(result.status) == row.status);
    CHECK(texts.contains(expected));
    // Only a valid file hands out a dataset.
    CHECK(result.dataset.has_value() == (result.status == LoadStatus::Ok));
}

} // namespace

TEST_CASE("Malformed fixtures get the exact diagnostic of expected.tsv", "[malformed]")
{
    const QList<ManifestRow> rows = readManifest(QStringLiteral("expected.tsv"));
    for (const ManifestRow &row : rows) {
        DYNAMIC_SECTION(row.file.toStdString())
        {
            checkRow(row);
        }
    }
}

TEST_CASE("The malformed manifest covers at least 24 fixtures, each once", "[malformed]")
{
    const QList<ManifestRow> rows = readManifest(QStringLiteral("expected.tsv"));
    CHECK(rows.size() >= 24);
    QSet<QString> files;
    for (const ManifestRow &row : rows) {
        INFO(row.file.toStdString());
        CHECK_FALSE(files.contains(row.file));
        CHECK(QFile::exists(fixturePath(row.file)));
        files.insert(row.file);
    }
}

TEST_CASE("Every malformed fixture has a manifest row", "[malformed]")
{
    QSet<QString> listed;
    for (const ManifestRow &row : readManifest(QStringLiteral("expected.tsv")))
        listed.insert(row.file);
    const QStringList fixtures = QDir(malformedDir()).entryList({ QStringLiteral("*.json") }, QDir::Files);
    REQUIRE(fixtures.contains(QStringLiteral("base.json")));
    for (const QString &fixture : fixtures) {
        if (fixture == QLatin1String("base.json"))
            continue; // the valid file the others are made from; see the truncation test
        INFO(fixture.toStdString() << " needs a row in expected.tsv");
        CHECK(listed.contains(fixture));
    }
}

TEST_CASE("One defect gives one diagnostic", "[malformed]")
{
    // In particular no cascades: a site without "location" must not also be told that the
    // location it lacks cites no source.
    for (const ManifestRow &row : readManifest(QStringLiteral("expected.tsv"))) {
        const LoadResult result = DatasetReader::readFile(fixturePath(row.file));
        INFO(row.file.toStdString());
        CAPTURE(result.diagnostics);
        CHECK(result.diagnostics.size() == 1);
    }
}

TEST_CASE("A path that is not a readable file is Unreadable", "[malformed]")
{
    SECTION("a folder")
    {
        const QString path = malformedDir();
        const LoadResult result = DatasetReader::readFile(path);
        CHECK(result.status == LoadStatus::Unreadable);
        CHECK_FALSE(result.dataset.has_value());
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(
            result.diagnostics.first().toString() == path + QStringLiteral(": error: is a folder, not a dataset file"));
    }
    SECTION("a file that does not exist")
    {
        const QString path = fixturePath(QStringLiteral("does-not-exist.json"));
        REQUIRE_FALSE(QFile::exists(path));
        const LoadResult result = DatasetReader::readFile(path);
        CHECK(result.status == LoadStatus::Unreadable);
        CHECK_FALSE(result.dataset.has_value());
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics.first().toString() == path + QStringLiteral(": error: no such file"));
    }
}

TEST_CASE("Every truncation of a valid file is Invalid, with a located error", "[malformed]")
{
    const QByteArray base = readAll(fixturePath(QStringLiteral("base.json")));
    REQUIRE(base.size() > 1000);
    const QString fileName = QStringLiteral("base.json");

    SECTION("the whole file is valid, without warnings")
    {
        const LoadResult result = DatasetReader::readBytes(base, fileName);
        CAPTURE(result.diagnostics);
        CHECK(result.status == LoadStatus::Ok);
        CHECK(result.dataset.has_value());
        CHECK(result.diagnostics.isEmpty());
    }

    SECTION("every prefix, in steps of 7 bytes")
    {
        const qsizetype lineCount = base.count('\n') + 1;
        int checked = 0;
        for (qsizetype length = 0; length < base.size(); length += 7) {
            const QByteArray prefix = base.left(length);
            // A prefix that lacks only the final newline is still the whole document.
            if (prefix.trimmed() == base.trimmed())
                continue;
            const LoadResult result = DatasetReader::readBytes(prefix, fileName);
            INFO("prefix of " << length << " of " << base.size() << " bytes");
            CAPTURE(result.diagnostics);
            CHECK(result.status == LoadStatus::Invalid);
            CHECK_FALSE(result.dataset.has_value());
            CHECK(errorCount(result.diagnostics) >= 1);
            for (const Diagnostic &diagnostic : result.diagnostics) {
                CHECK(diagnostic.file == fileName);
                CHECK(diagnostic.line >= 1);
                CHECK(diagnostic.line <= lineCount);
                CHECK(diagnostic.column >= 1);
            }
            ++checked;
        }
        CHECK(checked >= base.size() / 7);
    }
}
