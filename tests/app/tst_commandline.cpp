#include "atlascatch.h"
#include "cli.h"
#include "datasetreader.h"
#include "poppler.h"
#include "theme.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gdal_version.h>

#include <cmath>

// The command line, run for real: the built executable, real files, exit codes and output.

namespace {

using atlas::test::Run;

Run run(const QStringList &arguments)
{
    return atlas::test::runExecutable(arguments);
}

QString bundled()
{
    return QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json");
}

QString malformed(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA "/malformed/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("--version prints the version", "[cli]")
{
    const Run result = run({ QStringLiteral("--version") });
    CHECK(result.exitCode == 0);
    CHECK(result.out.trimmed() == QStringLiteral("compute-atlas " ATLAS_VERSION));
}

TEST_CASE("validate: exit 0 for a valid file, 1 for an invalid one, 2 for an unreadable one", "[cli]")
{
    SECTION("valid")
    {
        const Run result = run({ QStringLiteral("validate"), bundled() });
        CHECK(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        CHECK(result.out.contains(QLatin1String("valid")));
    }
    SECTION("invalid: compiler-style diagnostics on stderr")
    {
        const QString file = malformed("lat-out-of-range.json");
        const Run result = run({ QStringLiteral("validate"), file });
        CHECK(result.exitCode == 1);
        CHECK(result.err.startsWith(
            file + QStringLiteral(":145:24: error: sites[1].location.lat: latitude -95 is outside -90…90\n")));
        CHECK(result.out.isEmpty());
    }
    SECTION("a warning alone keeps the file valid")
    {
        const QString file = malformed("unknown-key.json");
        const Run result = run({ QStringLiteral("validate"), file });
        CHECK(result.exitCode == 0);
        CHECK(result.err.contains(QLatin1String(": warning: ")));
    }
    SECTION("unreadable")
    {
        const Run result = run({ QStringLiteral("validate"), QStringLiteral("/nonexistent/dataset.json") });
        CHECK(result.exitCode == 2);
        CHECK(result.err.startsWith(QLatin1String("/nonexistent/dataset.json: error: no such file")));
    }
    SECTION("no file")
    {
        const Run result = run({ QStringLiteral("validate") });
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String("usage")));
    }
}

TEST_CASE("summary lists GPUs and spending per company with sources, and sites per country", "[cli]")
{
    SECTION("text, on the bundled dataset by default")
    {
        const Run result = run({ QStringLiteral("summary") });
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QLatin1String("Microsoft")));
        CHECK(result.out.contains(QLatin1String("$50.2bn")));
        CHECK(result.out.contains(QLatin1String("131,040")));
        CHECK(result.out.contains(QLatin1String("[S23]")));
        CHECK(result.out.contains(QLatin1String("United Kingdom")));
        CHECK_FALSE(result.out.contains(QLatin1String("0x")));
    }
    SECTION("JSON")
    {
        const Run result = run({ QStringLiteral("summary"), bundled(), QStringLiteral("--json") });
        REQUIRE(result.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        const QJsonObject root = document.object();
        CHECK(root.value(QStringLiteral("dataset")).toString() == QLatin1String("us-uk-2025"));
        QJsonObject microsoft;
        QJsonObject nscale;
        for (const QJsonValue value : root.value(QStringLiteral("companies")).toArray()) {
            const QJsonObject company = value.toObject();
            if (company.value(QStringLiteral("id")).toString() == QLatin1String("microsoft"))
                microsoft = company;
            if (company.value(QStringLiteral("id")).toString() == QLatin1String("nscale"))
                nscale = company;
        }
        CHECK(microsoft.value(QStringLiteral("spendingStatedUsd")).toDouble() == Approx(50.2e9));
        CHECK(microsoft.value(QStringLiteral("spendingCurrency")).toString() == QLatin1String("USD"));
        CHECK(microsoft.value(QStringLiteral("spendingSources")).toArray().contains(QStringLiteral("S8")));
        CHECK(nscale.value(QStringLiteral("gpus")).toDouble() == 131040);
        const QJsonArray nscaleGbp = nscale.value(QStringLiteral("spendingWithoutUsd")).toArray();
        REQUIRE(nscaleGbp.size() == 1);
        CHECK(nscaleGbp.at(0).toObject().value(QStringLiteral("currency")).toString() == QLatin1String("GBP"));
        const QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
        REQUIRE(countries.size() == 3);
        CHECK(countries.at(0).toObject().value(QStringLiteral("country")).toString() == QLatin1String("GB"));
        CHECK(countries.at(0).toObject().value(QStringLiteral("sites")).toArray().size() == 7);
    }
    SECTION("an invalid file gives its diagnostics and exit 1")
    {
        const Run result = run({ QStringLiteral("summary"), malformed("negative-amount.json") });
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QLatin1String("must not be negative")));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("An unknown option is refused with exit 2", "[cli]")
{
    const Run result = run({ QStringLiteral("validate"), bundled(), QStringLiteral("--bogus") });
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QLatin1String("bogus")));
}

TEST_CASE("export renders a PNG and a manifest without a display", "[cli][export]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("uk.png"));
    const QString manifestPath = dir.filePath(QStringLiteral("uk.json"));
    const Run result = run({ QStringLiteral("export"), QStringLiteral("-o"), png, QStringLiteral("--size"),
        QStringLiteral("1200x900"), QStringLiteral("--view"), QStringLiteral("uk-norway"),
        QStringLiteral("--projection"), QStringLiteral("robinson"), QStringLiteral("--manifest"), manifestPath });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(png);
    REQUIRE(image.size() == QSize(1200, 900));

    QFile file(manifestPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(manifest.value(QStringLiteral("projection"))
              .toObject()
              .value(QStringLiteral("proj"))
              .toString()
              .startsWith(QLatin1String("+proj=robin")));
    const QJsonObject extent = manifest.value(QStringLiteral("extent")).toObject();
    CHECK(extent.value(QStringLiteral("xmax")).toDouble() > extent.value(QStringLiteral("xmin")).toDouble());
    // Glomfjord (Nscale, operational) is drawn where the manifest says, in Nscale's colour.
    bool found = false;
    for (const QJsonValue value : manifest.value(QStringLiteral("sites")).toArray()) {
        const QJsonObject site = value.toObject();
        if (site.value(QStringLiteral("id")).toString() != QLatin1String("glomfjord_nscale"))
            continue;
        found = true;
        const QPoint at(
            qRound(site.value(QStringLiteral("x")).toDouble()), qRound(site.value(QStringLiteral("y")).toDouble()));
        const QColor pixel = image.pixelColor(at);
        // The light theme's palette colour for Nscale's place in the company list.
        const atlas::Dataset dataset = *atlas::DatasetReader::readFile(bundled()).dataset;
        const QColor nscale = atlas::Theme::light().companyColour(dataset, dataset.company(QStringLiteral("nscale")));
        CAPTURE(pixel.name());
        CHECK(
            std::hypot(pixel.red() - nscale.red(), pixel.green() - nscale.green(), pixel.blue() - nscale.blue()) < 60);
    }
    CHECK(found);
    // New York is outside the UK & Norway view: not in the manifest.
    CHECK_FALSE(QString::fromUtf8(QJsonDocument(manifest).toJson()).contains(QLatin1String("nyc_jfk10_oqc")));
}

TEST_CASE("export refuses bad options with exit 2 and a clear message", "[cli][export]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const Run noOutput = run({ QStringLiteral("export") });
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QLatin1String("-o")));
    const Run badSize
        = run({ QStringLiteral("export"), QStringLiteral("-o"), png, QStringLiteral("--size"), QStringLiteral("big") });
    CHECK(badSize.exitCode == 2);
    CHECK(badSize.err.contains(QLatin1String("--size")));
    const Run badProjection = run({ QStringLiteral("export"), QStringLiteral("-o"), png, QStringLiteral("--projection"),
        QStringLiteral("mercator") });
    CHECK(badProjection.exitCode == 2);
    CHECK(badProjection.err.contains(QLatin1String("equal-earth")));
    const Run badView = run({ QStringLiteral("export"), QStringLiteral("-o"), png, QStringLiteral("--view"),
        QStringLiteral("10,60,-5,50") });
    CHECK(badView.exitCode == 2);
    const Run unwritable
        = run({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.png") });
    CHECK(unwritable.exitCode == 2);
    CHECK(unwritable.err.contains(QLatin1String("/nonexistent/dir/x.png")));
    CHECK_FALSE(QFile::exists(png));
}

TEST_CASE("export --figure writes report figures in the format the extension names", "[cli][export][figure]")
{
    QTemporaryDir dir;
    SECTION("PDF, A4 portrait, with title, chart, alt text and manifest")
    {
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const QString alt = dir.filePath(QStringLiteral("report.txt"));
        const QString manifest = dir.filePath(QStringLiteral("report.json"));
        const Run result = run({ QStringLiteral("export"), QStringLiteral("-o"), pdf, QStringLiteral("--figure"),
            QStringLiteral("a4-portrait"), QStringLiteral("--title"), QStringLiteral("Where the money goes"),
            QStringLiteral("--subtitle"), QStringLiteral("UK and Norway"), QStringLiteral("--charts"),
            QStringLiteral("spending"), QStringLiteral("--view"), QStringLiteral("uk-norway"),
            QStringLiteral("--alt-text"), alt, QStringLiteral("--manifest"), manifest });
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("2480 × 3508 px at 300 dpi")));
        const QString info = atlas::test::poppler(QStringLiteral("pdfinfo"), { pdf });
        CHECK(info.contains(QLatin1String("Page size:       595 x 842 pts (A4)")));
        CHECK(info.contains(QLatin1String("Title:           Where the money goes")));
        CHECK(info.contains(QLatin1String("Subject:         UK and Norway")));
        const QString text
            = atlas::test::poppler(QStringLiteral("pdftotext"), { QStringLiteral("-raw"), pdf, QStringLiteral("-") });
        CHECK(text.contains(QLatin1String("Where the money goes")));
        CHECK(text.contains(QLatin1String("Spending by lead investor")));
        CHECK(text.contains(QLatin1String("Nscale Glomfjord")));
        CHECK(text.contains(QLatin1String("Sources (")));
        QFile altFile(alt);
        REQUIRE(altFile.open(QIODevice::ReadOnly));
        const QString altText = QString::fromUtf8(altFile.readAll());
        CHECK(altText.startsWith(QLatin1String("Where the money goes. UK and Norway.")));
        CHECK(altText.contains(QLatin1String("Largest flows:")));
        QFile manifestFile(manifest);
        REQUIRE(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(manifestFile.readAll()).object();
        CHECK(object.value(QStringLiteral("size")).toArray() == QJsonArray { 2480, 3508 });
        CHECK(object.value(QStringLiteral("figure")).toObject().value(QStringLiteral("preset")).toString()
            == QLatin1String("a4-portrait"));
    }
    SECTION("Korean: the dataset's Korean title, selectable in the PDF")
    {
        const QString pdf = dir.filePath(QStringLiteral("ko.pdf"));
        const Run result = run({ QStringLiteral("export"), QStringLiteral("-o"), pdf, QStringLiteral("--figure"),
            QStringLiteral("slide"), QStringLiteral("--lang"), QStringLiteral("ko") });
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QString text = atlas::test::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        CHECK(text.contains(QStringLiteral("미·영 기술 번영 협정")));
    }
    SECTION("SVG slide, dark: vector with the title as text")
    {
        const QString svg = dir.filePath(QStringLiteral("slide.svg"));
        const Run result = run({ QStringLiteral("export"), QStringLiteral("-o"), svg, QStringLiteral("--figure"),
            QStringLiteral("slide"), QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--title"),
            QStringLiteral("Compute on the map") });
        REQUIRE(result.exitCode == 0);
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        CHECK(content.contains(QLatin1String("viewBox=\"0 0 1920 1080\"")));
        CHECK(content.contains(QLatin1String(">Compute on the map</text>")));
        CHECK_FALSE(content.contains(QLatin1String("<image")));
    }
    SECTION("PNG in millimetres at a DPI; JPEG")
    {
        const QString png = dir.filePath(QStringLiteral("custom.png"));
        const Run result = run(
            { QStringLiteral("export"), QStringLiteral("-o"), png, QStringLiteral("--figure"), QStringLiteral("custom"),
                QStringLiteral("--size"), QStringLiteral("180x120mm"), QStringLiteral("--dpi"), QStringLiteral("200"),
                QStringLiteral("--charts"), QStringLiteral("gpus"), QStringLiteral("--transparent") });
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QImage image(png);
        CHECK(image.size() == QSize(1417, 945));
        CHECK(image.dotsPerMeterX() == qRound(200 / 0.0254));
        CHECK(image.pixelColor(1, 1).alpha() == 0);
        const QString jpeg = dir.filePath(QStringLiteral("square.jpg"));
        REQUIRE(run({ QStringLiteral("export"), QStringLiteral("-o"), jpeg, QStringLiteral("--figure"),
                        QStringLiteral("square") })
                    .exitCode
            == 0);
        CHECK(QImage(jpeg).size() == QSize(1080, 1080));
    }
}

TEST_CASE("export refuses bad figure options with exit 2, naming the option", "[cli][export][figure]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const auto refused = [&png](const QStringList &options, const char *expected) {
        const Run result = run(QStringList { QStringLiteral("export"), QStringLiteral("-o"), png } + options);
        CAPTURE(options.join(u' ').toStdString(), result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QLatin1String(expected)));
    };
    refused({ QStringLiteral("--figure"), QStringLiteral("a3") }, "a4-portrait");
    refused({ QStringLiteral("--charts"), QStringLiteral("pie") }, "--charts");
    refused({ QStringLiteral("--theme"), QStringLiteral("neon") }, "print");
    refused({ QStringLiteral("--colour-vision"), QStringLiteral("red-green") }, "--colour-vision");
    refused({ QStringLiteral("--dpi"), QStringLiteral("0") }, "--dpi");
    refused({ QStringLiteral("--size"), QStringLiteral("40000x100") }, "30000");
    refused({ QStringLiteral("--lang"), QStringLiteral("fr") }, "--lang");
    refused({ QStringLiteral("--as-of"), QStringLiteral("yesterday") }, "--as-of");
    refused({ QStringLiteral("--highlight"), QStringLiteral("nscale") }, "type:id");
    refused({ QStringLiteral("--figure"), QStringLiteral("custom") }, "--size");
    CHECK_FALSE(QFile::exists(png));
    const Run jpeg = run({ QStringLiteral("export"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.jpg")),
        QStringLiteral("--transparent") });
    CHECK(jpeg.exitCode == 2);
    CHECK(jpeg.err.contains(QLatin1String("JPEG")));
    const Run tiff = run({ QStringLiteral("export"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.tiff")) });
    CHECK(tiff.exitCode == 2);
    CHECK(tiff.err.contains(QLatin1String("x.tiff")));
}

TEST_CASE("export --scenes writes a handout: a PDF page or an image per scene", "[cli][export][scenes]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const Run result
        = run({ QStringLiteral("export"), QStringLiteral("--scenes"), QStringLiteral("all"), QStringLiteral("-o"), pdf,
            QStringLiteral("--presenter-notes"), QStringLiteral("--lang"), QStringLiteral("ko") });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    // --lang ko speaks Korean throughout, its report included.
    CHECK(result.out.contains(QStringLiteral("장면 8개")));
    CHECK(atlas::test::poppler(QStringLiteral("pdfinfo"), { pdf }).contains(QLatin1String("Pages:           8")));
    const QString text = atlas::test::poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    CHECK(text.contains(QStringLiteral("420억 달러의 약속")));
    CHECK(text.contains(QStringLiteral("뉴욕에서 만난 양자와 AI")));

    const QString png = dir.filePath(QStringLiteral("slide.png"));
    REQUIRE(run({ QStringLiteral("export"), QStringLiteral("--scenes"), QStringLiteral("2,4-5"), QStringLiteral("-o"),
                    png, QStringLiteral("--figure"), QStringLiteral("slide") })
                .exitCode
        == 0);
    CHECK(QImage(dir.filePath(QStringLiteral("slide-1.png"))).isNull());
    CHECK(QImage(dir.filePath(QStringLiteral("slide-01.png"))).size() == QSize(1920, 1080));
    CHECK(QImage(dir.filePath(QStringLiteral("slide-03.png"))).size() == QSize(1920, 1080));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("slide-04.png"))));

    const Run bad = run(
        { QStringLiteral("export"), QStringLiteral("--scenes"), QStringLiteral("12"), QStringLiteral("-o"), pdf });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QLatin1String("--scenes")));
    CHECK(bad.err.contains(QLatin1String("1 to 8")));
}

namespace {

QString importFixture(const char *name)
{
    return QStringLiteral(ATLAS_TEST_DATA "/import/") + QString::fromLatin1(name);
}

const QString s_sourceUrl = QStringLiteral("https://example.org/import-test");

} // namespace

TEST_CASE("import: sites into a dataset, written atomically and valid", "[cli][import]")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("merged.json"));
    const Run result = run({ QStringLiteral("import"), importFixture("sites.csv"), QStringLiteral("--into"), bundled(),
        QStringLiteral("--source-url"), s_sourceUrl, QStringLiteral("-o"), output });
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(importFixture("sites.csv") + QStringLiteral(": 4 rows read, 4 imported, 0 skipped")));
    CHECK(result.out.contains(output + QStringLiteral(": written: 14 sites")));
    const atlas::LoadResult written = atlas::DatasetReader::readFile(output);
    REQUIRE(written.status == atlas::LoadStatus::Ok);
    const atlas::Site *loughton = written.dataset->site(QStringLiteral("loughton"));
    REQUIRE(loughton);
    CHECK(loughton->location.lonDeg == 0.07);
    CHECK(loughton->location.latDeg == 51.65);
    CHECK(loughton->operators == QStringList { QStringLiteral("nscale") }); // the known company
    const atlas::Site *norway = written.dataset->site(QStringLiteral("kvandal"));
    REQUIRE(norway);
    const atlas::Source *file = written.dataset->source(norway->sources.value(0));
    REQUIRE(file);
    CHECK(file->url == s_sourceUrl);
    CHECK(run({ QStringLiteral("validate"), output }).exitCode == 0);
}

TEST_CASE("import: skipped rows are reported like compiler diagnostics", "[cli][import]")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("numbers.json"));
    const QString source = importFixture("text-in-numbers.csv");
    const Run result = run({ QStringLiteral("import"), source, QStringLiteral("--into"), bundled(),
        QStringLiteral("--source-url"), s_sourceUrl, QStringLiteral("-o"), output });
    CHECK(result.out.contains(source + QStringLiteral(": 8 rows read, 1 imported, 7 skipped")));
    CHECK(result.err.contains(
        source + QStringLiteral(":3: warning: gpus: “lots” is not a number; the row is skipped\n")));
    CHECK(result.err.contains(
        source + QStringLiteral(":4: warning: lat: “north” is not a number; the row is skipped\n")));
    // The one good row gets its country from where it lies (the bundled basemap), but its GPUs
    // belong to no company, which a dataset needs: nothing is written.
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(output + QStringLiteral(": error: sites[10].gpus[0].company: ")));
    CHECK_FALSE(QFile::exists(output));
}

TEST_CASE("import: --map, --target investments and the exit codes", "[cli][import]")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("out.json"));
    SECTION("--map names the column the guess cannot find")
    {
        const Run unmapped
            = run({ QStringLiteral("import"), importFixture("missing-name.csv"), QStringLiteral("-o"), output });
        CHECK(unmapped.exitCode == 1);
        CHECK(unmapped.err.contains(QStringLiteral("no column is mapped to the required field “name”")));
        CHECK_FALSE(QFile::exists(output));
        const Run mapped = run({ QStringLiteral("import"), importFixture("missing-name.csv"), QStringLiteral("--map"),
            QStringLiteral("name=title_text,lat=latitude"), QStringLiteral("--into"), bundled(),
            QStringLiteral("--source-url"), s_sourceUrl, QStringLiteral("-o"), output });
        INFO(mapped.err.toStdString());
        CHECK(mapped.exitCode == 0);
        const atlas::LoadResult written = atlas::DatasetReader::readFile(output);
        REQUIRE(written.dataset);
        CHECK(written.dataset->site(QStringLiteral("loughton"))->name.en == QStringLiteral("Loughton"));
    }
    SECTION("investments resolve their target sites in the dataset they go into")
    {
        const Run result = run({ QStringLiteral("import"), importFixture("investments.csv"), QStringLiteral("--target"),
            QStringLiteral("investments"), QStringLiteral("--into"), bundled(), QStringLiteral("--source-url"),
            s_sourceUrl, QStringLiteral("-o"), output });
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.err.contains(QStringLiteral(
            "investments.csv:5: warning: currency: unknown currency “XYZ”; use an ISO 4217 code such as USD, GBP or "
            "EUR; the row is skipped")));
        const atlas::LoadResult written = atlas::DatasetReader::readFile(output);
        REQUIRE(written.dataset);
        const atlas::Investment *msft = written.dataset->investment(QStringLiteral("msft"));
        REQUIRE(msft);
        CHECK(msft->targetSites == QStringList { QStringLiteral("loughton_nscale") });
        CHECK(msft->amount->value == 22e9);
    }
    SECTION("a file on its own becomes a dataset that opens again")
    {
        // New companies have no country and the file's own source no address; both may be empty.
        const Run result = run({ QStringLiteral("import"), importFixture("sites.csv"), QStringLiteral("-o"), output });
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        const atlas::LoadResult written = atlas::DatasetReader::readFile(output);
        REQUIRE(written.status == atlas::LoadStatus::Ok);
        CHECK(written.dataset->sites.size() == 4);
        CHECK(written.dataset->company(QStringLiteral("nscale"))->country.isEmpty());
    }
    SECTION("an invalid result is not written: exit 1")
    {
        // Into a dataset that already has the id "loughton_nscale" as a site: fine; but a row
        // whose country is not one (Atlantis) is skipped, and with nothing left there is no output.
        QFile only(QDir(dir.path()).filePath(QStringLiteral("atlantis.csv")));
        REQUIRE(only.open(QIODevice::WriteOnly));
        only.write("name,lon,lat,country\nSunken campus,-30,30,Atlantis\n");
        only.close();
        const Run result = run({ QStringLiteral("import"), only.fileName(), QStringLiteral("-o"), output });
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("“Atlantis” is not a country name or ISO 3166-1 code")));
        CHECK_FALSE(QFile::exists(output));
    }
    SECTION("unreadable source, bad arguments: exit 2")
    {
        // GDAL 3.10 (Debian 13) reads "|"-separated files; GDAL 3.6 refuses them, and so do we.
        if (GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION(3, 10, 0)) {
            const Run pipe = run({ QStringLiteral("import"), importFixture("pipe.csv"), QStringLiteral("-o"), output });
            CHECK(pipe.exitCode == 2);
            CHECK(pipe.err.contains(
                QStringLiteral("pipe.csv: error: cannot be read: the values seem to be separated by “|”")));
        }
        const Run empty = run({ QStringLiteral("import"), importFixture("empty.csv"), QStringLiteral("-o"), output });
        CHECK(empty.exitCode == 2);
        CHECK(empty.err.contains(QStringLiteral("empty.csv: error: file is empty")));
        const Run same = run(
            { QStringLiteral("import"), importFixture("sites.csv"), QStringLiteral("-o"), importFixture("sites.csv") });
        CHECK(same.exitCode == 2);
        CHECK(same.err.contains(QStringLiteral("-o must not be the source")));
        const Run map = run({ QStringLiteral("import"), importFixture("sites.csv"), QStringLiteral("--map"),
            QStringLiteral("colour=x"), QStringLiteral("-o"), output });
        CHECK(map.exitCode == 2);
        CHECK(map.err.contains(QStringLiteral("--map: “colour=x” is not field=column")));
        CHECK_FALSE(QFile::exists(output));
    }
}

TEST_CASE("export-data: sites and flows for GIS tools", "[cli][export-data]")
{
    QTemporaryDir dir;
    SECTION("GeoJSON: the sites and the flows files")
    {
        const QString output = dir.filePath(QStringLiteral("atlas.geojson"));
        const Run result = run({ QStringLiteral("export-data"), bundled(), QStringLiteral("-o"), output });
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("10 sites and 13 flows written")));
        CHECK(
            result.err.contains(QStringLiteral("warning: investments[1]: “inv02_nvidia_partners” has no target site")));
        QFile sites(output);
        REQUIRE(sites.open(QIODevice::ReadOnly));
        const QJsonArray features = QJsonDocument::fromJson(sites.readAll()).object().value(u"features").toArray();
        REQUIRE(features.size() == 10);
        const QJsonObject first = features.first().toObject();
        CHECK(first.value(u"properties").toObject().value(u"id").toString() == QStringLiteral("loughton_nscale"));
        CHECK(first.value(u"geometry").toObject().value(u"type").toString() == QStringLiteral("Point"));
        QFile flows(dir.filePath(QStringLiteral("atlas-flows.geojson")));
        REQUIRE(flows.open(QIODevice::ReadOnly));
        CHECK(QJsonDocument::fromJson(flows.readAll()).object().value(u"features").toArray().size() == 13);
    }
    SECTION("the default dataset to a GeoPackage, and back in with import")
    {
        const QString output = dir.filePath(QStringLiteral("atlas.gpkg"));
        REQUIRE(run({ QStringLiteral("export-data"), QStringLiteral("-o"), output }).exitCode == 0);
        const QString json = dir.filePath(QStringLiteral("back.json"));
        const Run back = run({ QStringLiteral("import"), output, QStringLiteral("--layer"), QStringLiteral("sites"),
            QStringLiteral("--into"), bundled(), QStringLiteral("-o"), json });
        INFO(back.err.toStdString());
        CHECK(back.exitCode == 0);
        CHECK(back.out.contains(QStringLiteral("10 rows read, 10 imported, 0 skipped")));
        const atlas::LoadResult written = atlas::DatasetReader::readFile(json);
        REQUIRE(written.dataset);
        CHECK(written.dataset->sites.size() == 20);
        CHECK(written.dataset->site(QStringLiteral("loughton_nscale-2"))->location.lonDeg
            == written.dataset->site(QStringLiteral("loughton_nscale"))->location.lonDeg);
    }
    SECTION("an unwritable place: exit 2, the file named")
    {
        const Run result
            = run({ QStringLiteral("export-data"), QStringLiteral("-o"), QStringLiteral("/nonexistent/atlas.csv") });
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("cannot write /nonexistent/atlas.csv")));
    }
}
