#include "atlascatch.h"

#include "importdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace atlas;

namespace {

// Four sites: Nowhere's latitude (file line 3) and Cobalt Park's GPUs (line 4) are not valid.
const char s_sitesCsv[] = "Name,Latitude,Longitude,Operator,GPUs\n"
                          "Loughton,51.65,0.07,Nscale,1000\n"
                          "Nowhere,95,10,Acme,20\n"
                          "Cobalt Park,55.03,-1.52,QTS,lots\n"
                          "Kao Harlow,51.77,0.11,Kao,500\n";

constexpr int s_waitMs = 20000;
constexpr int s_bigRows = 200000;

/// A shown dialog over a temporary folder, with no remembered settings from earlier tests.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<ImportDialog> dialog;

    Fixture()
    {
        QSettings().remove(QStringLiteral("import"));
        REQUIRE(dir.isValid());
        dialog = std::make_unique<ImportDialog>(Theme::light());
        // The window gives the basemap's lookup; every fixture site is in Great Britain.
        dialog->setCountryLocator([](QPointF) { return QStringLiteral("GB"); });
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QString write(const QString &name, const QByteArray &contents) const
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(contents) == contents.size());
        return file.fileName();
    }

    /// Sets the source and waits for its preview (or its error) to be on screen.
    void preview(const QString &source) const
    {
        QSignalSpy ready(dialog.get(), &ImportDialog::previewReady);
        dialog->setSource(source);
        CHECK(dialog->isBusy());
        REQUIRE((!ready.isEmpty() || ready.wait(s_waitMs)));
        CHECK_FALSE(dialog->isBusy());
    }

    void import() const
    {
        QSignalSpy finished(dialog.get(), &ImportDialog::finished);
        dialog->startImport();
        REQUIRE(finished.wait(s_waitMs));
        CHECK_FALSE(dialog->isBusy());
    }

    template<typename Widget>
    Widget *child(const QString &name) const
    {
        auto *widget = dialog->findChild<Widget *>(name);
        REQUIRE(widget);
        return widget;
    }

    QComboBox *mappingCombo(const char *key) const
    {
        return child<QComboBox>(QStringLiteral("mapping_") + QLatin1String(key));
    }

    QStringList previewHeaders() const
    {
        auto *table = child<QTableWidget>(QStringLiteral("preview"));
        QStringList headers;
        for (int column = 0; column < table->columnCount(); ++column)
            headers.append(table->horizontalHeaderItem(column)->text());
        return headers;
    }

    int mappingRow(const QString &key) const
    {
        auto *table = child<QTableWidget>(QStringLiteral("mapping"));
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == key)
                return row;
        }
        return -1;
    }
};

} // namespace

TEST_CASE("The import dialog previews a CSV file and guesses the mapping", "[widgets][import]")
{
    Fixture fixture;
    fixture.preview(fixture.write(QStringLiteral("sites.csv"), s_sitesCsv));

    CHECK(fixture.previewHeaders()
        == QStringList { QStringLiteral("Name"), QStringLiteral("Latitude"), QStringLiteral("Longitude"),
            QStringLiteral("Operator"), QStringLiteral("GPUs") });
    auto *preview = fixture.child<QTableWidget>(QStringLiteral("preview"));
    REQUIRE(preview->rowCount() == 4);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Loughton"));
    CHECK(preview->item(1, 1)->text() == QStringLiteral("95"));
    CHECK(preview->item(2, 4)->text() == QStringLiteral("lots"));
    CHECK(fixture.dialog->layer() == QStringLiteral("sites"));
    CHECK(fixture.child<QComboBox>(QStringLiteral("layer"))->count() == 1);
    CHECK(fixture.child<QLabel>(QStringLiteral("sourceInfo"))->text().contains(QLatin1String("No geometry")));
    CHECK(fixture.child<QLabel>(QStringLiteral("sourceError"))->isHidden());
    CHECK(fixture.child<QPushButton>(QStringLiteral("importButton"))->isEnabled());
    CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("addButton"))->isEnabled());

    const FieldMapping mapping = fixture.dialog->mapping();
    CHECK(mapping.value(QStringLiteral("name")) == QStringLiteral("Name"));
    CHECK(mapping.value(QStringLiteral("lat")) == QStringLiteral("Latitude"));
    CHECK(mapping.value(QStringLiteral("lon")) == QStringLiteral("Longitude"));
    CHECK(mapping.value(QStringLiteral("company")) == QStringLiteral("Operator"));
    CHECK(mapping.value(QStringLiteral("gpus")) == QStringLiteral("GPUs"));
    CHECK_FALSE(mapping.contains(QStringLiteral("country")));
    CHECK(fixture.mappingCombo("lat")->currentText() == QStringLiteral("Latitude"));
    CHECK(fixture.mappingCombo("country")->currentIndex() == 0); // "(not imported)"

    // One row per target field; the required ones are marked and bold.
    auto *table = fixture.child<QTableWidget>(QStringLiteral("mapping"));
    CHECK(table->rowCount() == DatasetImporter::targetFields(ImportTarget::Sites).size());
    QTableWidgetItem *name = table->item(fixture.mappingRow(QStringLiteral("name")), 0);
    CHECK(name->text().endsWith(u'*'));
    CHECK(name->font().bold());
    CHECK(name->toolTip().contains(QLatin1String("required")));
    CHECK_FALSE(table->item(fixture.mappingRow(QStringLiteral("gpus")), 0)->font().bold());

    SECTION("Selecting a field highlights the preview column it is read from")
    {
        table->setCurrentCell(fixture.mappingRow(QStringLiteral("lat")), 0);
        const QColor related = Theme::light().related;
        CHECK(preview->item(0, 1)->background().color() == related);
        CHECK(preview->item(3, 1)->background().color() == related);
        CHECK(preview->item(0, 0)->background().style() == Qt::NoBrush);
        CHECK(preview->horizontalHeaderItem(1)->font().bold());
        table->setCurrentCell(fixture.mappingRow(QStringLiteral("name")), 0);
        CHECK(preview->item(0, 0)->background().color() == related);
        CHECK(preview->item(0, 1)->background().style() == Qt::NoBrush);
    }

    SECTION("Investments have fields of their own, and the target is remembered")
    {
        fixture.dialog->setTarget(ImportTarget::Investments);
        CHECK(table->rowCount() == DatasetImporter::targetFields(ImportTarget::Investments).size());
        CHECK(fixture.dialog->options().target == ImportTarget::Investments);
        CHECK(fixture.dialog->mapping().value(QStringLiteral("company")) == QStringLiteral("Operator"));
        CHECK(fixture.child<QLabel>(QStringLiteral("mappingNote"))->text().contains(QLatin1String("Date")));
        CHECK(QSettings().value(QStringLiteral("import/target")).toString() == QStringLiteral("investments"));
        const ImportDialog again(Theme::light());
        CHECK(again.target() == ImportTarget::Investments);
    }
}

TEST_CASE("The import dialog imports with the chosen mapping and reports the skipped rows", "[widgets][import]")
{
    Fixture fixture;
    const QString path = fixture.write(QStringLiteral("sites.csv"), s_sitesCsv);
    fixture.preview(path);

    // The user turns the operator column off.
    QComboBox *company = fixture.mappingCombo("company");
    company->setCurrentIndex(0);
    CHECK_FALSE(fixture.dialog->mapping().contains(QStringLiteral("company")));
    company->setCurrentIndex(company->findText(QStringLiteral("Operator")));
    CHECK(fixture.dialog->mapping().value(QStringLiteral("company")) == QStringLiteral("Operator"));
    fixture.mappingCombo("gpus")->setCurrentIndex(0);
    fixture.dialog->setMapping(fixture.dialog->mapping()); // a round trip changes nothing
    const FieldMapping chosen = fixture.dialog->mapping();
    CHECK_FALSE(chosen.contains(QStringLiteral("gpus")));
    CHECK(fixture.dialog->options().mapping == chosen);
    CHECK(fixture.dialog->options().layer == QStringLiteral("sites"));

    SECTION("Without GPUs only the latitude of 95 is skipped")
    {
        fixture.import();
        const ImportResult &result = fixture.dialog->result();
        CHECK(result.rowsRead == 4);
        CHECK(result.rowsImported == 3);
        CHECK(result.dataset.sites.size() == 3);
    }

    SECTION("With GPUs the word in that column skips its row too")
    {
        fixture.mappingCombo("gpus")->setCurrentIndex(fixture.mappingCombo("gpus")->findText(QStringLiteral("GPUs")));
        fixture.import();
        const ImportResult &result = fixture.dialog->result();
        CHECK(result.ok());
        CHECK_FALSE(result.cancelled);
        CHECK(result.rowsRead == 4);
        CHECK(result.rowsImported == 2);
        CHECK(result.rowsSkipped() == 2);

        const QString summary = fixture.child<QLabel>(QStringLiteral("reportSummary"))->text();
        CHECK(summary.contains(QLatin1String("2 imported, 2 skipped")));
        CHECK(summary.contains(QLatin1String("sites.csv")));
        const QStringList lines = fixture.child<QPlainTextEdit>(QStringLiteral("report"))->toPlainText().split(u'\n');
        REQUIRE(lines.size() == 2);
        CHECK(lines.at(0).startsWith(QLatin1String("line 3, Latitude: latitude 95 is outside")));
        CHECK(lines.at(1).startsWith(QLatin1String("line 4, GPUs: ")));
        CHECK(lines.at(1).contains(QLatin1String("lots")));

        QTest::mouseClick(fixture.child<QPushButton>(QStringLiteral("copyReport")), Qt::LeftButton);
        CHECK(QApplication::clipboard()->text() == fixture.dialog->reportText());
        CHECK(fixture.dialog->reportText().contains(summary));
        CHECK(fixture.dialog->reportText().contains(lines.at(1)));

        // The mapping is remembered for files with these columns.
        {
            ImportDialog again(Theme::light());
            QSignalSpy ready(&again, &ImportDialog::previewReady);
            again.setSource(path);
            REQUIRE(ready.wait(s_waitMs));
            CHECK(again.mapping() == fixture.dialog->mapping());
        }

        auto *add = fixture.child<QPushButton>(QStringLiteral("addButton"));
        REQUIRE(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        CHECK(fixture.dialog->QDialog::result() == QDialog::Accepted);
        CHECK(fixture.dialog->isHidden());
    }

    SECTION("Changing the mapping after an import asks for another")
    {
        fixture.import();
        CHECK(fixture.child<QPushButton>(QStringLiteral("addButton"))->isEnabled());
        fixture.mappingCombo("country")->setCurrentIndex(1);
        CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("addButton"))->isEnabled());
        CHECK(fixture.child<QLabel>(QStringLiteral("reportSummary"))->text().contains(QLatin1String("import again")));
    }
}

TEST_CASE("The import dialog shows a layer's coordinate system and feature count", "[widgets][import]")
{
    Fixture fixture;
    // Two points on the British National Grid, in the legacy "crs" member GDAL still reads.
    fixture.preview(fixture.write(QStringLiteral("bng.geojson"),
        R"({"type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}},
            "features": [
              {"type": "Feature", "properties": {"title": "Loughton", "operator": "Nscale"},
               "geometry": {"type": "Point", "coordinates": [541000, 196000]}},
              {"type": "Feature", "properties": {"title": "Harlow", "operator": "Kao"},
               "geometry": {"type": "Point", "coordinates": [545000, 210000]}}]})"));
    const QString info = fixture.child<QLabel>(QStringLiteral("sourceInfo"))->text();
    CHECK(info.contains(QStringLiteral("EPSG:27700 → reprojected to WGS 84")));
    CHECK(info.contains(QLatin1String("2 features")));
    CHECK(fixture.previewHeaders() == QStringList { QStringLiteral("title"), QStringLiteral("operator") });
    CHECK(fixture.dialog->mapping().value(QStringLiteral("name")) == QStringLiteral("title"));
    CHECK_FALSE(fixture.dialog->mapping().contains(QStringLiteral("lon"))); // the geometry gives the position
    CHECK(fixture.child<QLabel>(QStringLiteral("mappingNote"))->text().startsWith(u'*'));
}

TEST_CASE("The import dialog shows why a source cannot be read", "[widgets][import]")
{
    Fixture fixture;
    const QString missing = fixture.dir.filePath(QStringLiteral("missing.csv"));
    fixture.preview(missing);

    auto *error = fixture.child<QLabel>(QStringLiteral("sourceError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("missing.csv")));
    CHECK(error->palette().color(QPalette::WindowText) == Theme::light().error);
    CHECK(fixture.child<QTableWidget>(QStringLiteral("preview"))->columnCount() == 0);
    CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("importButton"))->isEnabled());
    CHECK(fixture.dialog->mapping().isEmpty());

    // Importing anyway reports the error instead of failing.
    fixture.import();
    CHECK_FALSE(fixture.dialog->result().ok());
    CHECK(fixture.dialog->result().rowsImported == 0);
    CHECK(fixture.child<QLabel>(QStringLiteral("reportSummary"))->text().contains(QLatin1String("missing.csv")));
    CHECK(fixture.child<QPlainTextEdit>(QStringLiteral("report"))->toPlainText().contains(QLatin1String("Error")));
    CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("addButton"))->isEnabled());

    // A connection string is accepted as typed, and its password is never shown.
    auto *source = fixture.child<QLineEdit>(QStringLiteral("source"));
    source->setFocus();
    source->clear();
    QSignalSpy ready(fixture.dialog.get(), &ImportDialog::previewReady);
    QTest::keyClicks(
        source, QStringLiteral("PG:host=127.0.0.1 port=1 connect_timeout=5 dbname=atlas password=hunter2"));
    QTest::keyClick(source, Qt::Key_Return);
    REQUIRE(ready.wait(s_waitMs));
    CHECK(fixture.dialog->source().startsWith(QLatin1String("PG:host=127.0.0.1")));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QLatin1String("dbname=atlas")));
    CHECK_FALSE(error->text().contains(QLatin1String("hunter2")));
    CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("importButton"))->isEnabled());

    // A file appearing later is read once the source is set again.
    fixture.write(QStringLiteral("missing.csv"), s_sitesCsv);
    fixture.preview(missing);
    CHECK(error->isHidden());
    CHECK(fixture.child<QTableWidget>(QStringLiteral("preview"))->rowCount() == 4);
}

TEST_CASE("The import dialog imports a big file on a worker thread, with progress and Cancel", "[widgets][import]")
{
    Fixture fixture;
    QByteArray csv = "name,lat,lon,gpus\n";
    csv.reserve(static_cast<qsizetype>(s_bigRows) * 32);
    for (int row = 0; row < s_bigRows; ++row)
        csv += "Site " + QByteArray::number(row) + ',' + QByteArray::number(-60 + (row % 120)) + ','
            + QByteArray::number(-170 + (row % 340)) + ",100\n";
    fixture.preview(fixture.write(QStringLiteral("big.csv"), csv));
    CHECK(fixture.child<QTableWidget>(QStringLiteral("preview"))->rowCount() == 20);

    QSignalSpy finished(fixture.dialog.get(), &ImportDialog::finished);
    fixture.dialog->startImport();
    CHECK(fixture.dialog->isBusy());
    CHECK_FALSE(fixture.child<QLineEdit>(QStringLiteral("source"))->isEnabled());
    CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("importButton"))->isEnabled());
    auto *cancel = fixture.child<QPushButton>(QStringLiteral("cancelImport"));
    REQUIRE(cancel->isVisible());

    SECTION("Cancel stops it; nothing can be added")
    {
        QTest::mouseClick(cancel, Qt::LeftButton);
        REQUIRE(finished.wait(s_waitMs));
        CHECK(fixture.dialog->result().cancelled);
        CHECK(fixture.dialog->result().rowsRead < s_bigRows);
        CHECK_FALSE(fixture.dialog->isBusy());
        CHECK(cancel->isHidden());
        CHECK_FALSE(fixture.child<QPushButton>(QStringLiteral("addButton"))->isEnabled());
        CHECK(fixture.child<QLabel>(QStringLiteral("reportSummary"))->text().contains(QLatin1String("cancelled")));
        CHECK(fixture.child<QPushButton>(QStringLiteral("importButton"))->isEnabled());
    }

    SECTION("Progress comes back while it runs; closing the dialog cancels it")
    {
        auto *progress = fixture.child<QProgressBar>(QStringLiteral("progress"));
        QElapsedTimer waited;
        waited.start();
        while (progress->value() <= 0 && finished.isEmpty() && waited.elapsed() < s_waitMs)
            QTest::qWait(5);
        if (finished.isEmpty()) {
            CHECK(progress->maximum() == s_bigRows);
            CHECK(progress->text().contains(QLatin1String("200")));
        }
        fixture.dialog->reject();
        REQUIRE((!finished.isEmpty() || finished.wait(s_waitMs)));
        CHECK(fixture.dialog->result().rowsRead > 0);
        CHECK_FALSE(fixture.dialog->isVisible());
    }
}
