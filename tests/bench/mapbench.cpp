// Map benchmarks (not a test): timings of the renderer and the map view on this machine.
//   atlas_bench [--runs N]
// Prints the median and the fastest of N runs (default 9) for each case. Machines are noisy:
// compare ratios within one run, not figures across runs.

#include "basemap.h"
#include "colourvision.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "datasetreader.h"
#include "figureexport.h"
#include "mapexport.h"
#include "maprenderer.h"
#include "mapview.h"
#include "projectedlayers.h"
#include "sharedselection.h"
#include "tileprovider.h"
#include "tileserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

using namespace atlas;

namespace {

QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

/// Runs @p work @p runs times and prints the median and the fastest; returns the median in ms.
double report(const char *name, int runs, const std::function<void()> &work, double targetMs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    const QString target = targetMs > 0 ? QStringLiteral("(target ≤ %1 ms)").arg(targetMs) : QString();
    out() << QStringLiteral("%1  median %2 ms  fastest %3 ms  %4\n")
                 .arg(QString::fromLatin1(name).leftJustified(54))
                 .arg(median, 8, 'f', 2)
                 .arg(times.first(), 8, 'f', 2)
                 .arg(target);
    out().flush();
    return median;
}

/// Renders on a worker thread, as the map view does (Qt 6.4 paints markedly faster off the GUI thread).
RenderResult renderOnWorker(QImage &image, const MapViewport &viewport, const MapScene &scene, const Theme &theme)
{
    return QtConcurrent::run([&] {
        QPainter painter(&image);
        return MapRenderer::render(painter, viewport, scene, theme);
    }).result();
}

MapScene syntheticScene(const Theme &theme, std::shared_ptr<const Basemap> basemap, int sites, int flows)
{
    QRandomGenerator random(20250916);
    MapScene scene;
    scene.basemap = std::move(basemap);
    const QList<QColor> colours { QColor(0x00a4ef), QColor(0x76b900), QColor(0xff9900), QColor(0xe6007e) };
    for (int i = 0; i < sites; ++i) {
        SiteMark site;
        site.id = QStringLiteral("s%1").arg(i);
        site.label = site.id;
        site.lonLat = QPointF(random.bounded(360.0) - 180, random.bounded(140.0) - 70);
        site.kind = static_cast<SiteKind>(i % 5);
        site.status = static_cast<SiteStatus>(i % 6);
        site.colour = colours.at(i % colours.size());
        site.measure = random.bounded(100000.0);
        scene.sites.append(site);
    }
    for (int i = 0; i < flows; ++i) {
        FlowMark flow;
        flow.id = QStringLiteral("f%1").arg(i);
        flow.investmentId = flow.id;
        flow.fromLonLat = QPointF(random.bounded(360.0) - 180, random.bounded(120.0) - 60);
        flow.toLonLat = QPointF(random.bounded(360.0) - 180, random.bounded(120.0) - 60);
        flow.colour = colours.at(i % colours.size());
        flow.usd = random.bounded(30e9);
        flow.hasUsd = true;
        scene.flows.append(flow);
    }
    Q_UNUSED(theme);
    return scene;
}

/// Asks @p provider for @p id and runs the event loop until it answers.
void fetchTile(TileProvider &provider, const TileId &id)
{
    bool answered = false;
    const QMetaObject::Connection ready = QObject::connect(
        &provider, &TileProvider::tileReady, [&](const TileId &done) { answered = answered || done == id; });
    const QMetaObject::Connection failed = QObject::connect(
        &provider, &TileProvider::tileFailed, [&](const TileId &done) { answered = answered || done == id; });
    provider.request(id);
    while (!answered)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QObject::disconnect(ready);
    QObject::disconnect(failed);
}

/// Slippy-map tiles: a cold render (nothing in the disk cache; the basemap layers already
/// projected) against the same tile from the disk cache, through TileProvider as the street map
/// gets them, and once more over HTTP from TileServer.
void benchmarkTiles(const std::shared_ptr<const Basemap> &basemap, const Theme &theme, int runs)
{
    const TileRenderer renderer(basemap, theme);
    QTemporaryDir root;
    int session = 0;
    const struct {
        const char *cold;
        const char *cached;
        TileId id;
    } cases[] = {
        { "tile z=6 British Isles, cold: render + PNG + store", "  the same tile from the disk cache", { 6, 31, 20 } },
        { "tile z=12 London, cold: render + PNG + store", "  the same tile from the disk cache", { 12, 2046, 1362 } },
    };
    for (const auto &tile : cases) {
        renderer.render(tile.id); // projects the basemap layers this zoom needs, once per process
        const double cold = report(
            tile.cold, runs,
            [&] {
                TileProvider provider(renderer, QStringLiteral("bench"), root.filePath(QString::number(++session)));
                fetchTile(provider, tile.id);
            },
            0);
        TileProvider provider(renderer, QStringLiteral("bench"), root.filePath(QStringLiteral("warm")));
        fetchTile(provider, tile.id);
        const double cached = report(
            tile.cached, std::max(runs, 31), [&] { fetchTile(provider, tile.id); }, 0);
        out() << QStringLiteral("  cache hit / cold render: 1 : %1\n").arg(cold / std::max(cached, 1e-6), 0, 'f', 0);
    }
    TileProvider provider(renderer, QStringLiteral("bench"), root.filePath(QStringLiteral("warm")));
    TileServer server(&provider);
    if (!server.start())
        return;
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const QUrl url = server.baseUrl().resolved(QUrl(QStringLiteral("12/2046/1362.png")));
    report(
        "  the z=12 tile from the disk cache over HTTP (keep-alive)", std::max(runs, 31),
        [&] {
            QNetworkReply *reply = manager.get(QNetworkRequest(url));
            while (!reply->isFinished())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            reply->deleteLater();
        },
        0);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per case (default 9)."), QStringLiteral("n") });
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(
        1, parser.value(QStringLiteral("runs")).toInt() > 0 ? parser.value(QStringLiteral("runs")).toInt() : 9);

    QString error;
    auto loaded = Basemap::load(QStringLiteral(ATLAS_SOURCE_DIR "/resources/basemap/basemap.gpkg"), &error);
    if (!loaded) {
        out() << error << '\n';
        return 1;
    }
    const auto basemap = std::make_shared<const Basemap>(std::move(*loaded));
    const LoadResult dataset
        = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/datasets/us-uk-2025.json"));
    if (!dataset.dataset) {
        out() << "bundled dataset does not load\n";
        return 1;
    }
    const Theme theme = Theme::light();
    MapScene::Input input;
    input.dataset = &*dataset.dataset;
    const MapScene bundled = MapScene::build(input, theme, basemap);
    const ProjectionSpec equalEarth = *ProjectionSpec::fromName(QStringLiteral("equal-earth"));
    const MapViewport hd = MapViewport::world(equalEarth, QSize(1920, 1080));

    out() << QStringLiteral("Compute Atlas map benchmarks, %1 runs each, Qt %2\n")
                 .arg(runs)
                 .arg(QString::fromLatin1(qVersion()));

    report(
        "project basemap (1:110m + 1:50m, cold cache)", runs,
        [&] {
            ProjectedLayers::clearCache();
            ProjectedLayers::layer(basemap, BasemapLayer::CountriesWorld, equalEarth);
            ProjectedLayers::layer(basemap, BasemapLayer::CountriesDetail, equalEarth);
        },
        0);

    QImage image(hd.sizePx, QImage::Format_ARGB32_Premultiplied);
    renderOnWorker(image, hd, bundled, theme); // warm the projected-layer cache
    report(
        "full render, bundled dataset, 1920x1080", runs, [&] { renderOnWorker(image, hd, bundled, theme); }, 100);
    report(
        "  the same on the GUI thread (for comparison)", runs,
        [&] {
            QPainter painter(&image);
            MapRenderer::render(painter, hd, bundled, theme);
        },
        0);

    {
        DatasetDocument document;
        document.setDataset(*dataset.dataset, QStringLiteral("bundled"));
        SharedSelection selection(&document);
        FilterState filter;
        MapView view(&document, &selection, &filter, basemap, theme);
        view.resize(1920, 1080);
        view.show();
        while (view.renderCount() == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        // A pan moves the viewport; until the next render arrives the view repaints its last image, moved.
        int step = 0;
        report(
            "pan repaint (cached image), 1920x1080", std::max(runs, 31),
            [&] {
                MapViewport next = view.viewport();
                next.panBy(QPointF(960, 540), QPointF(960 + (++step % 2 ? 7 : -7), 540));
                view.setViewport(next);
                view.repaint();
            },
            8);
    }

    const MapScene synthetic = syntheticScene(theme, basemap, 100000, 10000);
    report(
        "full render, 100,000 sites + 10,000 flows, 1920x1080", std::max(1, runs / 3),
        [&] { renderOnWorker(image, hd, synthetic, theme); }, 1000);

    QTemporaryDir dir;
    const MapViewport uhd = MapViewport::world(equalEarth, QSize(3840, 2160));
    report(
        "PNG export 3840x2160, bundled dataset", std::max(1, runs / 3),
        [&] {
            QtConcurrent::run([&] {
                return MapExport::writePng(
                    dir.filePath(QStringLiteral("4k.png")), uhd, bundled, theme, RenderOptions());
            }).waitForFinished();
        },
        1000);

    // The colour-vision preview: a theme simulated once per change (every colour), and an image
    // simulated per pixel, as for a screenshot or a tile from elsewhere.
    report(
        "colour vision: simulate a theme (deuteranopia)", std::max(runs, 31),
        [&] { (void)theme.withColourVision(ColourVision::Deuteranopia); }, 1);
    renderOnWorker(image, hd, bundled, theme);
    report(
        "colour vision: simulate a 1920x1080 image (deuteranopia)", runs,
        [&] { (void)simulate(image, ColourVision::Deuteranopia); }, 50);

    benchmarkTiles(basemap, theme, runs);

    // Report figures, through FigureExport on a worker thread, as the export dialog runs them.
    FigureData figureData;
    figureData.dataset = std::make_shared<const Dataset>(*dataset.dataset);
    figureData.basemap = basemap;
    const auto figure = [&](const char *presetName, FigureCharts charts) {
        FigureSpec spec = FigureSpec::fromPreset(*FigurePreset::byName(QString::fromLatin1(presetName)));
        spec.title = figureData.dataset->title.en;
        spec.charts = charts;
        return Figure(spec, figureData);
    };
    const auto exportFigure = [&](const Figure &made, const char *file, qsizetype stripBytes) {
        QtConcurrent::run([&] {
            return FigureExport::write(dir.filePath(QString::fromLatin1(file)), made, nullptr, {}, nullptr, stripBytes);
        }).waitForFinished();
    };
    const Figure slide = figure("slide", FigureCharts::Gpus);
    report(
        "figure: slide 1920x1080 PNG with chart", std::max(1, runs / 3),
        [&] { exportFigure(slide, "slide.png", FigureExport::defaultStripBytes); }, 1000);
    report(
        "  the same PNG drawn in 8 strips (tiling overhead)", std::max(1, runs / 3),
        [&] { exportFigure(slide, "strips.png", qsizetype(1920) * 4 * 135); }, 0);
    const Figure a4 = figure("a4-landscape", FigureCharts::Spending);
    report(
        "figure: A4 landscape 300 dpi PNG (3508x2480)", std::max(1, runs / 3),
        [&] { exportFigure(a4, "a4.png", FigureExport::defaultStripBytes); }, 2000);
    report(
        "figure: A4 landscape PDF (vector)", std::max(1, runs / 3),
        [&] { exportFigure(a4, "a4.pdf", FigureExport::defaultStripBytes); }, 2000);
    report(
        "figure: A4 landscape SVG (vector)", std::max(1, runs / 3),
        [&] { exportFigure(a4, "a4.svg", FigureExport::defaultStripBytes); }, 2000);
    FigureSpec hugeSpec = slide.spec();
    hugeSpec.sizePx = QSize(20000, 12000);
    const Figure huge(hugeSpec, figureData);
    report(
        "figure: 20000x12000 PNG in 256 MB strips", 1,
        [&] { exportFigure(huge, "huge.png", FigureExport::defaultStripBytes); }, 60000);
    return 0;
}
