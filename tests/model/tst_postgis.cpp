#include "atlascatch.h"

#include "dataset.h"
#include "datasetimporter.h"

#include <QFile>
#include <QProcess>

// The PostGIS import path against a real PostgreSQL + PostGIS server. CTest starts one on
// 127.0.0.1 for this executable (the "postgis" fixture: scripts/postgis-server.sh) and passes its
// directory in ATLAS_POSTGIS_DIR, where the script wrote the connection string and the path of
// psql. The tables come from tests/data/postgis/sites.sql, loaded with psql; they are read back
// through DatasetImporter, as the import dialog does, and every value is checked.

using namespace atlas;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// The server CTest started, with the test tables loaded; error says why there is none.
struct PostgisServer {
    QString conninfo; ///< libpq keywords: "host=127.0.0.1 port=… dbname=atlas_test user=postgres"
    QString psql;
    QString error;

    QString source() const { return QStringLiteral("PG:") + conninfo; }
};

/// Runs psql with @p arguments on the server; returns what went wrong, empty on success.
QString runPsql(const PostgisServer &server, const QStringList &arguments)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(server.psql,
        QStringList { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), server.conninfo }
            + arguments);
    constexpr int s_timeoutMs = 60'000;
    if (!psql.waitForFinished(s_timeoutMs))
        return QStringLiteral("%1 did not finish: %2").arg(server.psql, psql.errorString());
    const QString output = QString::fromUtf8(psql.readAll());
    if (psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
        return QStringLiteral("%1 failed (exit code %2): %3").arg(server.psql).arg(psql.exitCode()).arg(output);
    return {};
}

PostgisServer startedServer()
{
    PostgisServer server;
    const QString dir = qEnvironmentVariable("ATLAS_POSTGIS_DIR");
    if (dir.isEmpty()) {
        server.error = QStringLiteral("ATLAS_POSTGIS_DIR is not set: run this test through ctest, whose fixture "
                                      "postgis_server_start starts the server (scripts/postgis-server.sh)");
        return server;
    }
    server.conninfo = readText(dir + QStringLiteral("/conninfo"));
    server.psql = readText(dir + QStringLiteral("/psql"));
    if (server.conninfo.isEmpty() || server.psql.isEmpty()) {
        server.error = QStringLiteral("no server in %1 (no conninfo or psql file there): see the output of "
                                      "postgis_server_start")
                           .arg(dir);
        return server;
    }
    server.error = runPsql(server, { QStringLiteral("-f"), QStringLiteral(ATLAS_TEST_DATA "/postgis/sites.sql") });
    return server;
}

/// The server, with sites.sql loaded once per run of this executable.
const PostgisServer &server()
{
    static const PostgisServer s_server = startedServer();
    return s_server;
}

void requireServer()
{
    INFO(server().error.toStdString());
    REQUIRE(server().error.isEmpty());
}

std::string texts(const Diagnostics &diagnostics)
{
    std::string result;
    for (const Diagnostic &diagnostic : diagnostics)
        result += diagnostic.toString().toStdString() + '\n';
    return result;
}

ImportPreview previewTable(const QString &table)
{
    Diagnostics diagnostics;
    ImportPreview preview = DatasetImporter::preview(server().source(), table, 10, diagnostics);
    INFO(texts(diagnostics));
    REQUIRE(diagnostics.isEmpty());
    return preview;
}

/// Imports @p table as sites with the mapping guessed from its columns, as the import dialog does.
ImportResult importTable(const QString &source, const QString &table, const QString &sourceId = {})
{
    ImportOptions options;
    options.layer = table;
    options.target = ImportTarget::Sites;
    options.mapping = DatasetImporter::guessMapping(previewTable(table).fields, ImportTarget::Sites);
    options.sourceId = sourceId;
    return DatasetImporter::import(source, options);
}

/// The site @p id of @p dataset, never null. (A pointer: GCC 14's -Wdangling-reference would take
/// a returned reference for one into the temporary id.)
const Site *requireSite(const Dataset &dataset, const QString &id)
{
    const Site *site = dataset.site(id);
    INFO("site " << id.toStdString());
    REQUIRE(site != nullptr);
    return site;
}

/// The name of the one company that operates @p site.
QString operatorName(const Dataset &dataset, const Site &site)
{
    REQUIRE(site.operators.size() == 1);
    const Company *company = dataset.company(site.operators.constFirst());
    REQUIRE(company != nullptr);
    return company->name.en;
}

/// The GPU count of @p site, -1 when it has none.
double gpuCount(const Site &site)
{
    if (site.gpus.isEmpty())
        return -1;
    REQUIRE(site.gpus.size() == 1);
    const GpuDeployment &deployment = site.gpus.constFirst();
    REQUIRE(deployment.count.has_value());
    CHECK(deployment.company == site.operators.value(0));
    CHECK(deployment.count->sources == site.sources);
    return deployment.count->value;
}

} // namespace

TEST_CASE("PostGIS: the preview lists the tables and shows the first rows", "[postgis]")
{
    requireServer();
    const ImportPreview preview = previewTable(QStringLiteral("atlas_sites"));
    CHECK(preview.source == server().source());
    CHECK(preview.layers.contains(QStringLiteral("atlas_sites")));
    CHECK(preview.layers.contains(QStringLiteral("atlas_sites_bng")));
    CHECK(preview.layer == QStringLiteral("atlas_sites"));
    CHECK(preview.fields
        == QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("name_ko"),
            QStringLiteral("operator"), QStringLiteral("gpus"), QStringLiteral("country"), QStringLiteral("source") });
    CHECK(preview.hasGeometry);
    CHECK(preview.crs == QStringLiteral("EPSG:4326"));
    CHECK(preview.featureCount == 4);
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.rows.at(0)
        == QStringList { QStringLiteral("loughton"), QStringLiteral("Loughton AI campus"), QString(),
            QStringLiteral("Nscale"), QStringLiteral("23040"), QStringLiteral("GB"),
            QStringLiteral("https://www.nscale.com/press-releases/loughton") });
    CHECK(preview.rows.at(1)
        == QStringList { QStringLiteral("pangyo"), QStringLiteral("Pangyo data centre"),
            QStringLiteral("판교 데이터센터"), QStringLiteral("Naver Cloud"), QString(), QStringLiteral("KR"),
            QString() });

    const ImportPreview bng = previewTable(QStringLiteral("atlas_sites_bng"));
    CHECK(bng.layer == QStringLiteral("atlas_sites_bng"));
    CHECK(bng.crs == QStringLiteral("EPSG:27700"));
    CHECK(bng.featureCount == 2);
    CHECK(bng.rows.size() == 2);
}

TEST_CASE("PostGIS: the mapping is guessed from the table's column names", "[postgis]")
{
    requireServer();
    const FieldMapping mapping
        = DatasetImporter::guessMapping(previewTable(QStringLiteral("atlas_sites")).fields, ImportTarget::Sites);
    // No lon/lat or WKT column: the table's own geometry gives the position.
    const FieldMapping expected {
        { QStringLiteral("id"), QStringLiteral("id") },
        { QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("name_ko"), QStringLiteral("name_ko") },
        { QStringLiteral("company"), QStringLiteral("operator") },
        { QStringLiteral("gpus"), QStringLiteral("gpus") },
        { QStringLiteral("country"), QStringLiteral("country") },
        { QStringLiteral("source"), QStringLiteral("source") },
    };
    CHECK(mapping == expected);
}

TEST_CASE("PostGIS: every site of a WGS 84 table is imported with its values", "[postgis]")
{
    requireServer();
    const ImportResult result = importTable(server().source(), QStringLiteral("atlas_sites"));
    INFO(texts(result.diagnostics));
    CHECK(result.ok());
    CHECK(result.rowsRead == 4);
    CHECK(result.rowsImported == 3);
    CHECK(result.rowsSkipped() == 1);
    const Dataset &dataset = result.dataset;
    CHECK(dataset.investments.isEmpty());

    // In the table's order, without the skipped row.
    REQUIRE(dataset.sites.size() == 3);
    CHECK(dataset.sites.at(0).id == QStringLiteral("loughton"));
    CHECK(dataset.sites.at(1).id == QStringLiteral("pangyo"));
    CHECK(dataset.sites.at(2).id == QStringLiteral("kvandal"));

    // Nscale runs the skipped site too, but only the imported rows make companies.
    REQUIRE(dataset.companies.size() == 3);
    CHECK(dataset.companies.at(0).name.en == QStringLiteral("Nscale"));
    CHECK(dataset.companies.at(1).name.en == QStringLiteral("Naver Cloud"));
    CHECK(dataset.companies.at(2).name.en == QStringLiteral("OpenAI"));

    // Two sources: the one loughton's row names, and one for the table, cited by the other rows.
    REQUIRE(dataset.sources.size() == 2);
    const Source *press = nullptr;
    const Source *table = nullptr;
    for (const Source &source : dataset.sources) {
        if (source.url.isEmpty())
            table = &source;
        else
            press = &source;
    }
    REQUIRE(press != nullptr);
    REQUIRE(table != nullptr);
    CHECK(press->url == QStringLiteral("https://www.nscale.com/press-releases/loughton"));
    CHECK(press->publisher == QStringLiteral("www.nscale.com"));
    CHECK(table->title == QStringLiteral("Imported from atlas_sites"));
    CHECK(table->date.isValid());

    const Site &loughton = *requireSite(dataset, QStringLiteral("loughton"));
    CHECK(loughton.name.en == QStringLiteral("Loughton AI campus"));
    CHECK(loughton.name.ko.isEmpty());
    CHECK(loughton.location.lonDeg == Approx(0.085834512).margin(1e-9));
    CHECK(loughton.location.latDeg == Approx(51.661472918).margin(1e-9));
    CHECK(loughton.country == QStringLiteral("GB"));
    CHECK(operatorName(dataset, loughton) == QStringLiteral("Nscale"));
    CHECK(gpuCount(loughton) == 23040);
    CHECK(loughton.sources == QStringList { press->id });
    CHECK(loughton.location.sources == QStringList { press->id });

    const Site &pangyo = *requireSite(dataset, QStringLiteral("pangyo"));
    CHECK(pangyo.name.en == QStringLiteral("Pangyo data centre"));
    CHECK(pangyo.name.ko == QStringLiteral("판교 데이터센터"));
    CHECK(pangyo.location.lonDeg == Approx(127.108675123).margin(1e-9));
    CHECK(pangyo.location.latDeg == Approx(37.401987654).margin(1e-9));
    CHECK(pangyo.country == QStringLiteral("KR"));
    CHECK(operatorName(dataset, pangyo) == QStringLiteral("Naver Cloud"));
    CHECK(gpuCount(pangyo) == -1); // NULL: no count, not a count of 0
    CHECK(pangyo.sources == QStringList { table->id });

    const Site &kvandal = *requireSite(dataset, QStringLiteral("kvandal"));
    CHECK(kvandal.name.en == QStringLiteral("Stargate Norway"));
    CHECK(kvandal.name.ko == QStringLiteral("스타게이트 노르웨이"));
    CHECK(kvandal.location.lonDeg == Approx(17.427391).margin(1e-9));
    CHECK(kvandal.location.latDeg == Approx(68.438257).margin(1e-9));
    CHECK(kvandal.country == QStringLiteral("NO"));
    CHECK(operatorName(dataset, kvandal) == QStringLiteral("OpenAI"));
    CHECK(gpuCount(kvandal) == 100000);
    CHECK(kvandal.sources == QStringList { table->id });

    // The skipped row: the third feature, its geometry column, and why.
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic &skipped = result.diagnostics.constFirst();
    CHECK(skipped.severity == Severity::Warning);
    CHECK(skipped.file == server().source());
    CHECK(skipped.line == 3);
    CHECK(skipped.path == QStringLiteral("geom"));
    CHECK(skipped.message.contains(QStringLiteral("latitude 95 is outside -90…90")));
    CHECK(skipped.message.contains(QStringLiteral("skipped")));
}

TEST_CASE("PostGIS: British National Grid points come back in WGS 84", "[postgis]")
{
    requireServer();
    const ImportResult result = importTable(server().source(), QStringLiteral("atlas_sites_bng"));
    INFO(texts(result.diagnostics));
    CHECK(result.ok());
    CHECK(result.diagnostics.isEmpty());
    CHECK(result.rowsRead == 2);
    CHECK(result.rowsImported == 2);
    const Dataset &dataset = result.dataset;
    REQUIRE(dataset.sites.size() == 2);
    REQUIRE(dataset.sources.size() == 1);
    const QString table = dataset.sources.constFirst().id;

    // sites.sql made the eastings and northings with PostGIS from these positions.
    const Site &cambois = *requireSite(dataset, QStringLiteral("cambois"));
    CHECK(cambois.name.en == QStringLiteral("QTS Cambois"));
    CHECK(cambois.location.lonDeg == Approx(-1.5232).margin(1e-6));
    CHECK(cambois.location.latDeg == Approx(55.1547).margin(1e-6));
    CHECK(cambois.country == QStringLiteral("GB"));
    CHECK(operatorName(dataset, cambois) == QStringLiteral("QTS"));
    CHECK(gpuCount(cambois) == 16000);
    CHECK(cambois.sources == QStringList { table });

    const Site &chapelhall = *requireSite(dataset, QStringLiteral("chapelhall"));
    CHECK(chapelhall.name.en == QStringLiteral("CoreWeave Chapelhall"));
    CHECK(chapelhall.location.lonDeg == Approx(-3.945).margin(1e-6));
    CHECK(chapelhall.location.latDeg == Approx(55.845).margin(1e-6));
    CHECK(chapelhall.country == QStringLiteral("GB"));
    CHECK(operatorName(dataset, chapelhall) == QStringLiteral("CoreWeave"));
    CHECK(gpuCount(chapelhall) == -1);
    CHECK(chapelhall.sources == QStringList { table });
}

TEST_CASE("PostGIS: a given source id is cited by every imported site", "[postgis]")
{
    requireServer();
    const ImportResult result = importTable(server().source(), QStringLiteral("atlas_sites"), QStringLiteral("S_PG"));
    CHECK(result.rowsImported == 3);
    REQUIRE(result.dataset.sites.size() == 3);
    for (const Site &site : result.dataset.sites) {
        INFO("site " << site.id.toStdString());
        CHECK(site.sources.contains(QStringLiteral("S_PG")));
    }
    // S_PG instead of a source for the table; loughton's own source stays.
    CHECK(result.dataset.sources.size() == 2);
    CHECK(result.dataset.source(QStringLiteral("S_PG")) != nullptr);
    CHECK(requireSite(result.dataset, QStringLiteral("pangyo"))->sources == QStringList { QStringLiteral("S_PG") });
}

TEST_CASE("PostGIS: the password of a connection string is never shown", "[postgis]")
{
    requireServer();
    // The server trusts loopback connections, so any password connects.
    const QString source = server().source() + QStringLiteral(" password=hunter2");
    const ImportResult result = importTable(source, QStringLiteral("atlas_sites"));
    CHECK(result.rowsImported == 3);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK_FALSE(result.diagnostics.constFirst().file.contains(QStringLiteral("hunter2")));
    CHECK(result.diagnostics.constFirst().file.contains(QStringLiteral("password=***")));
    for (const Source &cited : result.dataset.sources) {
        CHECK_FALSE(cited.title.contains(QStringLiteral("hunter2")));
        CHECK_FALSE(cited.url.contains(QStringLiteral("hunter2")));
    }
    CHECK_FALSE(result.dataset.title.en.contains(QStringLiteral("hunter2")));
}

TEST_CASE("PostGIS: an unknown table is an error naming the tables there are", "[postgis]")
{
    requireServer();
    ImportOptions options;
    options.layer = QStringLiteral("no_such_table");
    options.mapping = { { QStringLiteral("name"), QStringLiteral("name") } };
    const ImportResult result = DatasetImporter::import(server().source(), options);
    CHECK_FALSE(result.ok());
    CHECK(result.dataset.sites.isEmpty());
    CHECK(result.rowsRead == 0);
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic &error = result.diagnostics.constFirst();
    CHECK(error.severity == Severity::Error);
    CHECK(error.message.contains(QStringLiteral("no_such_table")));
    CHECK(error.message.contains(QStringLiteral("atlas_sites_bng")));
}

TEST_CASE("PostGIS: an unreachable server is an error, not a hang or a crash", "[postgis]")
{
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    Diagnostics diagnostics;
    const ImportPreview preview = DatasetImporter::preview(
        QStringLiteral("PG:host=127.0.0.1 port=1 dbname=atlas_test user=postgres connect_timeout=5"), {}, 10,
        diagnostics);
    CHECK(hasErrors(diagnostics));
    CHECK(preview.layers.isEmpty());
    CHECK(preview.rows.isEmpty());
}
