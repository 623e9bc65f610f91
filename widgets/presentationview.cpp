#include "presentationview.h"

#include "basemap.h"
#include "datasetfilter.h"
#include "datasetvalidator.h"
#include "maprenderer.h"
#include "presenterview.h"
#include "sceneannotations.h"
#include "sharedselection.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QScreen>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double LabelsPerHeight = 45;   ///< map labels at least 1/45 of the screen height
constexpr double CaptionsPerHeight = 25; ///< caption text at least 1/25 of it: legible at the back
constexpr double ChartLabelsPerHeight = 34;
constexpr double ChartShare = 1.0 / 3;
constexpr int CaptionLines = 3;
constexpr int BandFadeInMs = 400;
constexpr int BandFadeOutMs = 150;
constexpr int CursorHideMs = 2000;
constexpr int MessageMs = 2500;
constexpr int MaxPendingDigits = 3;
constexpr double DimAlpha = 0.7;
constexpr double Magnification = 2;

/// Map labels at RenderOptions scale 1: the theme's label font at 96 dpi (9 pt = 12 px).
double baseLabelPixels()
{
    return Theme::projector().labelFont.pointSizeF() * 96.0 / 72.0;
}

/// @p font at a whole number of pixels: the same size on every screen, whatever its DPI.
QFont pixelFont(QFont font, double pixels)
{
    font.setPixelSize(std::max(1, static_cast<int>(std::ceil(pixels))));
    return font;
}

FigureCharts chartOf(SceneChart chart)
{
    switch (chart) {
    case SceneChart::Gpus:
        return FigureCharts::Gpus;
    case SceneChart::Spending:
        return FigureCharts::Spending;
    case SceneChart::None:
        break;
    }
    return FigureCharts::None;
}

/// The scene's data as the map draws it: its filter, its highlights selected and what they link to related.
MapScene buildMapScene(const Dataset &dataset, const Scene &scene, const Theme &theme,
    std::shared_ptr<const Basemap> basemap, const QString &language)
{
    MapScene::Input input;
    input.dataset = &dataset;
    input.filter = DatasetFilter::fromScene(scene.filter);
    for (const QString &item : scene.highlight) {
        if (const std::optional<EntityRef> ref = DatasetValidator::highlightRef(item)) {
            input.selection.insert(*ref);
            input.related.unite(SharedSelection::linkedTo(dataset, *ref));
        }
    }
    input.language = language;
    return MapScene::build(input, theme, std::move(basemap));
}

/// Where the parts of a slide go; every size is proportional to the height.
struct SlideLayout {
    QRectF page;
    double labelScale = 1;
    double chartLabelPx = 12;
    double padding = 8;
    double chartWidth = 0;
    QFont titleFont;
    QFont captionFont;
    QFont smallFont;
    QFont attributionFont;
    QString title;
    QString progress;
    QStringList caption;
    QRectF band; ///< empty when the scene has neither title nor caption
};

SlideLayout slideLayout(QSizeF size, const Dataset &dataset, int index, const Theme &theme, const QString &language)
{
    SlideLayout layout;
    const double height = size.height();
    layout.page = QRectF(QPointF(0, 0), size);
    layout.labelScale = height / LabelsPerHeight / baseLabelPixels();
    layout.chartLabelPx = height / ChartLabelsPerHeight;
    const double captionPx = std::ceil(height / CaptionsPerHeight);
    layout.captionFont = pixelFont(theme.uiFont, captionPx);
    layout.titleFont = pixelFont(theme.titleFont, captionPx * 1.2);
    layout.titleFont.setWeight(QFont::Bold);
    layout.smallFont = pixelFont(theme.uiFont, captionPx * 0.7);
    layout.attributionFont = pixelFont(theme.labelFont, height / LabelsPerHeight * 0.85);
    layout.padding = std::round(captionPx * 0.55);
    layout.chartWidth = std::round(size.width() * ChartShare);
    if (index < 0 || index >= dataset.scenes.size())
        return layout;
    const Scene &scene = dataset.scenes.at(index);
    layout.title = scene.title.text(language);
    layout.progress = PresentationView::tr("%1 / %2").arg(index + 1).arg(dataset.scenes.size());
    const double textWidth = size.width() - 2 * layout.padding;
    layout.caption = wrapText(scene.caption.text(language), layout.captionFont, textWidth, CaptionLines);
    if (layout.title.isEmpty() && layout.caption.isEmpty())
        return layout;
    double bandHeight = 2 * layout.padding + fontMetrics(layout.titleFont).height();
    if (!layout.caption.isEmpty())
        bandHeight += layout.padding * 0.3
            + fontMetrics(layout.captionFont).lineSpacing() * static_cast<double>(layout.caption.size());
    bandHeight = std::round(bandHeight);
    layout.band = QRectF(0, height - bandHeight, size.width(), bandHeight);
    return layout;
}

/// The title, caption, the basemap's attribution and "3 / 8" on a solid band.
void paintBand(QPainter &painter, const SlideLayout &layout, const Theme &theme, double opacity)
{
    if (layout.band.isEmpty() || opacity <= 0)
        return;
    painter.save();
    painter.setOpacity(opacity);
    painter.fillRect(layout.band, theme.window);
    painter.setPen(QPen(theme.border, std::max(1.0, layout.labelScale * 1.5)));
    painter.drawLine(layout.band.topLeft(), layout.band.topRight());

    const double left = layout.band.left() + layout.padding;
    const double right = layout.band.right() - layout.padding;
    double y = layout.band.top() + layout.padding;
    const QFontMetricsF titleMetrics = atlas::fontMetrics(layout.titleFont);
    const QFontMetricsF smallMetrics = atlas::fontMetrics(layout.smallFont);
    const double progressWidth = smallMetrics.horizontalAdvance(layout.progress);
    painter.setFont(layout.smallFont);
    painter.setPen(theme.mutedText);
    painter.drawText(QPointF(right - progressWidth, y + titleMetrics.ascent()), layout.progress);
    // In the band, where the engine's corner of the map would collide with a legend there.
    const QString attribution = Basemap::attribution();
    const double attributionRight = right - progressWidth - 2 * layout.padding;
    const double attributionWidth = atlas::fontMetrics(layout.attributionFont).horizontalAdvance(attribution);
    painter.setFont(layout.attributionFont);
    painter.drawText(QPointF(attributionRight - attributionWidth, y + titleMetrics.ascent()), attribution);
    painter.setFont(layout.titleFont);
    painter.setPen(theme.text);
    painter.drawText(QPointF(left, y + titleMetrics.ascent()),
        titleMetrics.elidedText(
            layout.title, Qt::ElideRight, attributionRight - attributionWidth - layout.padding - left));
    y += titleMetrics.height() + layout.padding * 0.3;

    const QFontMetricsF captionMetrics = atlas::fontMetrics(layout.captionFont);
    painter.setFont(layout.captionFont);
    for (const QString &line : layout.caption) {
        painter.drawText(QPointF(left, y + captionMetrics.ascent()), line);
        y += captionMetrics.lineSpacing();
    }
    painter.restore();
}

/// What the cached frame shows besides the layout.
struct FrameContent {
    MapViewport viewport; ///< the map's, in the map frame's pixels
    const MapScene *scene = nullptr;
    const QList<SceneAnnotation> *annotations = nullptr; ///< none while flying
    FigureCharts chart = FigureCharts::None;
    const QList<FigureChartRow> *chartRows = nullptr;
    double panelShare = 0; ///< how far the chart panel is in: 0 out, 1 fully in
    bool draft = false;    ///< in flight: no labels, legend or annotations
    QString language;
};

/// The map frame's width: the page less as much of the chart panel as is in.
double mapWidthOf(const SlideLayout &layout, double panelShare)
{
    return layout.page.width() - layout.chartWidth * panelShare;
}

/// What the camera's @p screen view shows in the map frame: the whole screen without a chart
/// panel; beside one, the screen's view fitted into the map frame above the caption band (the
/// map runs on under the band, the frame's centre that much further south).
MapViewport frameViewport(const MapViewport &screen, const SlideLayout &layout, double panelShare)
{
    if (panelShare <= 0)
        return screen;
    const double reserved = std::round(layout.band.height() * panelShare);
    const QSize visible(std::max(1, static_cast<int>(std::lround(mapWidthOf(layout, panelShare)))),
        std::max(1, static_cast<int>(std::lround(layout.page.height() - reserved))));
    MapViewport viewport = MapViewport::fitting(screen.projection, screen.mapRect(), visible, 0);
    viewport.sizePx = QSize(visible.width(), screen.sizePx.height());
    viewport.centre.ry() -= (viewport.sizePx.height() - visible.height()) / 2.0 * viewport.metresPerPixel;
    viewport.devicePixelRatio = screen.devicePixelRatio;
    return viewport;
}

/// @p viewport cut off at the top of the caption band, drawing the same points at the same
/// pixels: the legend, labels and annotation boxes the engine places in it stay clear of the band.
MapViewport aboveBand(const MapViewport &viewport, const SlideLayout &layout)
{
    MapViewport above = viewport;
    const int band = static_cast<int>(std::lround(layout.band.height()));
    above.sizePx.setHeight(std::max(1, viewport.sizePx.height() - band));
    above.centre.ry() += (viewport.sizePx.height() - above.sizePx.height()) / 2.0 * viewport.metresPerPixel;
    return above;
}

/// How much smaller than the screen drafts are drawn: at projector scales the engine strokes the
/// basemap with pens wider than a pixel, which costs 50-150 ms a frame at 1080p; at the
/// resolution where its scale is 1 they are hairlines and a frame takes 10-30 ms.
double draftFactor(const SlideLayout &layout)
{
    return std::min(1.0, 1.0 / layout.labelScale);
}

/// The map, its annotations and the chart panel.
void paintFrame(QPainter &painter, const SlideLayout &layout, const FrameContent &content, const Theme &theme)
{
    painter.fillRect(layout.page, theme.window);
    if (!content.scene)
        return;
    RenderOptions options;
    // The engine strokes its graticule over the whole world with a pen wider than a pixel at
    // projector scales, which makes close-ups render 20 times slower; the scenes do without it.
    options.graticule = false;
    options.scale = layout.labelScale;
    options.attribution = false; // in the caption band
    painter.save();
    painter.setClipRect(QRectF(0, 0, mapWidthOf(layout, content.panelShare), layout.page.height()), Qt::IntersectClip);
    if (content.draft) {
        // In flight: the whole frame bare, nothing that would jump about from frame to frame.
        options.labels = false;
        options.legend = false;
        MapRenderer::render(painter, content.viewport, *content.scene, theme, options);
    } else {
        // At rest the caption band covers the bottom: the legend, the labels and the annotations
        // go in the map above it, and the strip below is drawn bare for the band
        // to fade in over.
        const MapViewport above = aboveBand(content.viewport, layout);
        const int band = content.viewport.sizePx.height() - above.sizePx.height();
        if (band > 0) {
            MapViewport below = content.viewport;
            below.sizePx.setHeight(band);
            below.centre.ry() -= above.sizePx.height() / 2.0 * content.viewport.metresPerPixel;
            RenderOptions bare = options;
            bare.labels = false;
            bare.legend = false;
            // Hidden once the band is in: drawn at the cheap resolution of the drafts.
            const double draft = draftFactor(layout);
            QImage strip(QSize(static_cast<int>(std::ceil(below.sizePx.width() * draft)),
                             static_cast<int>(std::ceil(band * draft))),
                QImage::Format_ARGB32_Premultiplied);
            QPainter stripPainter(&strip);
            stripPainter.scale(draft, draft);
            MapRenderer::render(stripPainter, below, *content.scene, theme, bare);
            stripPainter.end();
            painter.drawImage(QRectF(QPointF(0, above.sizePx.height()), QSizeF(below.sizePx)), strip);
        }
        MapRenderer::render(painter, above, *content.scene, theme, options);
        if (content.annotations)
            SceneAnnotations::paint(painter, above, *content.annotations, theme, layout.labelScale, content.language);
    }
    painter.restore();

    if (content.chart == FigureCharts::None || !content.chartRows || content.panelShare <= 0)
        return;
    const QRectF panel(mapWidthOf(layout, content.panelShare), 0, layout.chartWidth, layout.page.height());
    painter.fillRect(panel, theme.window);
    painter.setPen(QPen(theme.border, std::max(1.0, layout.labelScale * 1.5)));
    painter.drawLine(panel.topLeft(), panel.bottomLeft());
    const double padding = layout.padding * 1.5;
    const QRectF chart = panel.adjusted(padding, padding, -padding, -(layout.band.height() + padding));
    FigureChart::paint(painter, chart, content.chart, *content.chartRows, theme, layout.chartLabelPx);
}

/// The keys of the on-screen help and what they do.
QList<std::pair<QString, QString>> helpRows()
{
    return {
        { PresentationView::tr("→  ↓  Space  Page Down  Enter"), PresentationView::tr("Next scene") },
        { PresentationView::tr("←  ↑  Backspace  Page Up"), PresentationView::tr("Previous scene") },
        { PresentationView::tr("Number, then Enter"), PresentationView::tr("Go to that scene") },
        { PresentationView::tr("Home  /  End"), PresentationView::tr("First / last scene") },
        { PresentationView::tr("Left / right click"), PresentationView::tr("Next / previous scene") },
        { PresentationView::tr("B  or  ."), PresentationView::tr("Black screen; any key brings it back") },
        { PresentationView::tr("L"), PresentationView::tr("Laser pointer") },
        { PresentationView::tr("S"), PresentationView::tr("Spotlight") },
        { PresentationView::tr("M"), PresentationView::tr("Magnifier") },
        { PresentationView::tr("D"), PresentationView::tr("Dark room colours") },
        { PresentationView::tr("?  H  F1"), PresentationView::tr("Show or hide this help") },
        { PresentationView::tr("Esc"), PresentationView::tr("Put the pointer away, or leave the presentation") },
    };
}

bool isNavigationKey(int key)
{
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Escape:
    case Qt::Key_B:
    case Qt::Key_Period:
    case Qt::Key_L:
    case Qt::Key_S:
    case Qt::Key_M:
    case Qt::Key_Question:
    case Qt::Key_H:
    case Qt::Key_F1:
    case Qt::Key_D:
        return true;
    default:
        return key >= Qt::Key_0 && key <= Qt::Key_9;
    }
}

} // namespace

PresentationView::PresentationView(
    std::shared_ptr<const Dataset> dataset, std::shared_ptr<const Basemap> basemap, QString language, QWidget *parent)
    : QWidget(parent)
    , m_dataset(dataset ? std::move(dataset) : std::make_shared<const Dataset>())
    , m_basemap(std::move(basemap))
    , m_language(std::move(language))
    , m_theme(Theme::projector())
    , m_flightAnimation(new QVariantAnimation(this))
    , m_bandAnimation(new QVariantAnimation(this))
    , m_messageTimer(new QTimer(this))
    , m_cursorTimer(new QTimer(this))
{
    setWindowTitle(tr("Presentation: %1").arg(m_dataset->title.text(m_language)));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Presentation"));
    setMouseTracking(true);
    setContextMenuPolicy(Qt::PreventContextMenu);

    // CameraFlight eases by itself: the animation only drives t linearly.
    m_flightAnimation->setStartValue(0.0);
    m_flightAnimation->setEndValue(1.0);
    m_flightAnimation->setEasingCurve(QEasingCurve::Linear);
    connect(m_flightAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (!m_flight)
            return;
        m_flightT = value.toDouble();
        update();
    });
    connect(m_flightAnimation, &QVariantAnimation::finished, this, &PresentationView::finishTransition);
    connect(m_bandAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_bandOpacity = value.toDouble();
        update();
    });

    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(MessageMs);
    connect(m_messageTimer, &QTimer::timeout, this, [this] {
        m_message.clear();
        update();
    });
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(CursorHideMs);
    connect(m_cursorTimer, &QTimer::timeout, this, [this] {
        if (m_tool == None)
            setCursor(Qt::BlankCursor);
    });
}

PresentationView::~PresentationView() = default;

QList<std::pair<QString, QString>> PresentationView::keyHelp()
{
    return helpRows();
}

PresentationView *PresentationView::present(std::shared_ptr<const Dataset> dataset,
    std::shared_ptr<const Basemap> basemap, QString language, int index, QWidget *window)
{
    // A window of its own, owned by the main window so that it never outlives it.
    auto *view = new PresentationView(std::move(dataset), std::move(basemap), std::move(language), window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    QScreen *screen = window ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        view->setScreen(screen);
        view->setGeometry(screen->geometry());
    }
    if (PresenterView::shouldShow()) {
        QScreen *other = nullptr;
        for (QScreen *candidate : QGuiApplication::screens()) {
            if (candidate != screen) {
                other = candidate;
                break;
            }
        }
        auto *presenter = new PresenterView(view, window);
        presenter->setWindowFlag(Qt::Window);
        presenter->setAttribute(Qt::WA_DeleteOnClose);
        connect(view, &PresentationView::finished, presenter, &QWidget::close);
        presenter->showOnScreen(other);
    }
    view->start(index);
    view->raise();
    view->activateWindow();
    return view;
}

int PresentationView::sceneCount() const
{
    return static_cast<int>(m_dataset->scenes.size());
}

const Scene *PresentationView::scene(int index) const
{
    return index >= 0 && index < sceneCount() ? &m_dataset->scenes.at(index) : nullptr;
}

void PresentationView::start(int index)
{
    m_finishedEmitted = false;
    if (sceneCount() > 0) {
        showScene(std::clamp(index, 0, sceneCount() - 1), false);
        if (m_animationsEnabled) {
            m_bandOpacity = 0;
            fadeBand(1, BandFadeInMs);
        }
    } else {
        showMessage(tr("This dataset has no scenes to present."));
    }
    if (m_windowed)
        show();
    else
        showFullScreen();
    setFocus();
    m_cursorTimer->start();
}

void PresentationView::next()
{
    if (m_index + 1 < sceneCount())
        goTo(m_index + 1);
}

void PresentationView::previous()
{
    if (m_index > 0)
        goTo(m_index - 1);
}

void PresentationView::goTo(int index)
{
    if (index < 0 || index >= sceneCount() || index == m_index)
        return;
    showScene(index, m_animationsEnabled && m_index >= 0);
}

void PresentationView::showScene(int index, bool animate)
{
    const Scene &target = m_dataset->scenes.at(index);
    const SceneCamera from = camera();
    const double panelFrom = panelShare();
    m_index = index;
    // Screen readers: what the slide says (setting it tells them it changed).
    setAccessibleDescription(tr("Scene %1 of %2: %3. %4")
                                 .arg(index + 1)
                                 .arg(sceneCount())
                                 .arg(target.title.text(m_language), target.caption.text(m_language)));
    m_mapScene = buildMapScene(*m_dataset, target, m_theme, m_basemap, m_language);
    const FigureCharts chart = chartOf(target.chart);
    if (chart != FigureCharts::None) {
        m_chart = chart;
        m_chartRows
            = FigureChart::rows(*m_dataset, DatasetFilter::fromScene(target.filter), chart, m_theme, m_language);
    }
    m_panelFrom = panelFrom;
    m_panelTo = chart != FigureCharts::None ? 1 : 0;
    m_camera = target.camera;
    m_frameDirty = true;
    m_flightAnimation->stop();
    if (animate) {
        m_flightFrom = from;
        m_flight.emplace(from, target.camera, size());
        m_flightT = 0;
        fadeBand(0, BandFadeOutMs);
        // Between projections the flight cannot fly: it cuts halfway through its (short) duration.
        m_flightAnimation->setDuration(m_flight->durationMs());
        Q_EMIT sceneChanged(index);
        m_flightAnimation->start();
        update();
        return;
    }
    landCamera();
    m_bandAnimation->stop();
    m_bandIndex = index;
    m_bandOpacity = 1;
    update();
    Q_EMIT sceneChanged(index);
    Q_EMIT transitionFinished(index);
}

void PresentationView::landCamera()
{
    m_flight.reset();
    m_flightT = 1;
    m_panelFrom = m_panelTo;
    if (m_panelTo == 0) {
        m_chart = FigureCharts::None;
        m_chartRows.clear();
    }
}

void PresentationView::finishTransition()
{
    if (!m_flight)
        return;
    landCamera();
    m_frameDirty = true; // now with the annotations
    m_bandIndex = m_index;
    m_bandOpacity = 0;
    if (m_animationsEnabled) {
        fadeBand(1, BandFadeInMs);
    } else {
        m_bandAnimation->stop();
        m_bandOpacity = 1;
    }
    update();
    Q_EMIT transitionFinished(m_index);
}

void PresentationView::fadeBand(double to, int durationMs)
{
    m_bandAnimation->stop();
    m_bandAnimation->setStartValue(m_bandOpacity);
    m_bandAnimation->setEndValue(to);
    m_bandAnimation->setDuration(durationMs);
    m_bandAnimation->start();
}

SceneCamera PresentationView::camera() const
{
    if (m_flight)
        return m_flight->at(m_flightT);
    return m_camera;
}

double PresentationView::panelShare() const
{
    if (!m_flight)
        return m_panelTo;
    const double s = CameraFlight::ease(m_flightT);
    return m_panelFrom + (m_panelTo - m_panelFrom) * s;
}

MapViewport PresentationView::mapViewport() const
{
    MapViewport screen = m_flight ? m_flight->viewportAt(m_flightT) : SceneCameras::viewport(m_camera, size());
    screen.devicePixelRatio = devicePixelRatioF();
    return frameViewport(screen, slideLayout(size(), *m_dataset, m_index, m_theme, m_language), panelShare());
}

void PresentationView::setAnimationsEnabled(bool enabled)
{
    m_animationsEnabled = enabled;
    if (!enabled && m_flight) {
        m_flightAnimation->stop();
        finishTransition();
    }
}

void PresentationView::setBlackedOut(bool blackedOut)
{
    m_blackedOut = blackedOut;
    update();
}

void PresentationView::setTool(PointerTool tool)
{
    m_tool = tool;
    updateCursor();
    update();
}

void PresentationView::setHelpShown(bool shown)
{
    m_helpShown = shown;
    update();
}

void PresentationView::setDarkRoom(bool darkRoom)
{
    if (darkRoom == m_darkRoom)
        return;
    m_darkRoom = darkRoom;
    m_theme = darkRoom ? Theme::projectorDark() : Theme::projector();
    if (const Scene *current = scene(m_index)) {
        m_mapScene = buildMapScene(*m_dataset, *current, m_theme, m_basemap, m_language);
        if (m_chart != FigureCharts::None)
            m_chartRows = FigureChart::rows(
                *m_dataset, DatasetFilter::fromScene(current->filter), m_chart, m_theme, m_language);
    }
    m_frameDirty = true;
    update();
    Q_EMIT themeChanged();
}

double PresentationView::captionPixelSize() const
{
    return slideLayout(size(), *m_dataset, m_index, m_theme, m_language).captionFont.pixelSize();
}

double PresentationView::labelScale() const
{
    return slideLayout(size(), *m_dataset, m_index, m_theme, m_language).labelScale;
}

QImage PresentationView::renderSlide(int index, QSize size) const
{
    const Scene *slide = scene(index);
    if (!slide || size.isEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const SlideLayout layout = slideLayout(size, *m_dataset, index, m_theme, m_language);
    const MapScene mapScene = buildMapScene(*m_dataset, *slide, m_theme, m_basemap, m_language);
    const FigureCharts chart = chartOf(slide->chart);
    const QList<FigureChartRow> rows = chart == FigureCharts::None
        ? QList<FigureChartRow>()
        : FigureChart::rows(*m_dataset, DatasetFilter::fromScene(slide->filter), chart, m_theme, m_language);
    FrameContent content;
    content.scene = &mapScene;
    content.annotations = &slide->annotations;
    content.chart = chart;
    content.chartRows = &rows;
    content.panelShare = chart == FigureCharts::None ? 0 : 1;
    content.viewport = frameViewport(SceneCameras::viewport(slide->camera, size), layout, content.panelShare);
    content.language = m_language;
    QPainter painter(&image);
    paintFrame(painter, layout, content, m_theme);
    paintBand(painter, layout, m_theme, 1);
    return image;
}

void PresentationView::ensureFrame()
{
    const SlideLayout layout = slideLayout(size(), *m_dataset, m_index, m_theme, m_language);
    // In flight, drafts at a lower resolution; labels, legend and annotations come with arrival.
    const double draft = m_flight ? draftFactor(layout) : 1.0;
    const double dpr = m_flight ? 1.0 : devicePixelRatioF();
    const MapViewport viewport = mapViewport();
    const double share = panelShare();
    const QSize pixels(
        static_cast<int>(std::lround(width() * draft * dpr)), static_cast<int>(std::lround(height() * draft * dpr)));
    if (!m_frameDirty && viewport == m_frameViewport && share == m_frameShare && m_frame.size() == pixels)
        return;
    if (m_frame.size() != pixels)
        m_frame = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_frame.setDevicePixelRatio(dpr);
    FrameContent content;
    content.viewport = viewport;
    content.scene = m_index >= 0 ? &m_mapScene : nullptr;
    const Scene *current = scene(m_index);
    content.annotations = current && !m_flight ? &current->annotations : nullptr;
    content.chart = m_chart;
    content.chartRows = &m_chartRows;
    content.panelShare = share;
    content.language = m_language;
    content.draft = m_flight.has_value();
    QPainter painter(&m_frame);
    painter.scale(draft, draft);
    paintFrame(painter, layout, content, m_theme);
    m_frameViewport = viewport;
    m_frameShare = share;
    m_frameDirty = false;
}

void PresentationView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blackedOut) {
        painter.fillRect(rect(), Theme::projectorDark().window);
        return;
    }
    ensureFrame();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(rect()), m_frame);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintBand(painter, slideLayout(size(), *m_dataset, m_bandIndex, m_theme, m_language), m_theme, m_bandOpacity);
    paintPointer(painter);
    paintMessage(painter);
    if (m_helpShown)
        paintHelp(painter);
}

void PresentationView::paintPointer(QPainter &painter)
{
    if (m_tool == None)
        return;
    const double unit = height() / 100.0;
    const QPointF at = m_pointer.value_or(QRectF(rect()).center());
    painter.save();
    if (m_tool == Spotlight) {
        // Everything dimmed but a circle around the pointer, with a soft edge.
        const double radius = 16 * unit;
        const double feather = 2 * unit;
        QColor dim = Theme::projectorDark().window;
        dim.setAlphaF(DimAlpha);
        QColor clear = dim;
        clear.setAlphaF(0);
        QRadialGradient gradient(at, radius + feather);
        gradient.setColorAt(0, clear);
        gradient.setColorAt(radius / (radius + feather), clear);
        gradient.setColorAt(1, dim);
        painter.fillRect(rect(), gradient);
    } else if (m_pointerInside && m_tool == Laser) {
        const double glow = 3.5 * unit;
        QColor halo = m_theme.selection;
        halo.setAlphaF(0.5);
        QColor fade = halo;
        fade.setAlphaF(0);
        QRadialGradient gradient(at, glow);
        gradient.setColorAt(0, halo);
        gradient.setColorAt(1, fade);
        painter.setPen(Qt::NoPen);
        painter.setBrush(gradient);
        painter.drawEllipse(at, glow, glow);
        painter.setBrush(m_theme.selection);
        painter.drawEllipse(at, 1.2 * unit, 1.2 * unit);
        painter.setBrush(m_theme.selection.lighter(160));
        painter.drawEllipse(at, 0.45 * unit, 0.45 * unit);
    } else if (m_pointerInside && m_tool == Magnifier && !m_frame.isNull()) {
        const double radius = 15 * unit;
        // The frame's own pixels: more than the widget's on high-DPI screens, fewer in flight.
        const double pixels = m_frame.width() / std::max(1.0, static_cast<double>(width()));
        const double half = radius / Magnification;
        const QRectF source((at.x() - half) * pixels, (at.y() - half) * pixels, 2 * half * pixels, 2 * half * pixels);
        const QRectF lens(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius);
        QPainterPath circle;
        circle.addEllipse(lens);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.save();
        painter.setClipPath(circle);
        painter.fillRect(lens, m_theme.window);
        painter.drawImage(lens, m_frame, source);
        painter.restore();
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_theme.window, 1.2 * unit));
        painter.drawEllipse(lens);
        painter.setPen(QPen(m_theme.text, 0.5 * unit));
        painter.drawEllipse(lens);
    }
    painter.restore();
}

void PresentationView::paintMessage(QPainter &painter)
{
    const QString text = !m_pending.isEmpty() ? tr("Go to scene %1…").arg(m_pending) : m_message;
    if (text.isEmpty())
        return;
    const QFont font = pixelFont(m_theme.uiFont, captionPixelSize());
    const QFontMetricsF metrics = atlas::fontMetrics(font);
    const double padding = metrics.height() * 0.5;
    const QRectF box(
        QPointF(0, 0), QSizeF(metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + 2 * padding));
    const QRectF placed = box.translated(QRectF(rect()).center().x() - box.width() / 2, height() / 12.0);
    painter.save();
    painter.setPen(QPen(m_theme.text, std::max(1.0, height() / 400.0)));
    painter.setBrush(m_theme.window);
    painter.drawRoundedRect(placed, padding * 0.5, padding * 0.5);
    painter.setFont(font);
    painter.drawText(placed, Qt::AlignCenter, text);
    painter.restore();
}

void PresentationView::paintHelp(QPainter &painter)
{
    const double captionPx = captionPixelSize();
    const QFont heading = pixelFont(m_theme.titleFont, captionPx);
    QFont keyFont = pixelFont(m_theme.uiFont, captionPx * 0.72);
    keyFont.setWeight(QFont::Bold);
    const QFont textFont = pixelFont(m_theme.uiFont, captionPx * 0.72);
    const QFontMetricsF headingMetrics = atlas::fontMetrics(heading);
    const QFontMetricsF keyMetrics = atlas::fontMetrics(keyFont);
    const QFontMetricsF textMetrics = atlas::fontMetrics(textFont);
    const QList<std::pair<QString, QString>> rows = helpRows();
    double keyWidth = 0;
    double textWidth = 0;
    for (const auto &[keys, action] : rows) {
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(keys));
        textWidth = std::max(textWidth, textMetrics.horizontalAdvance(action));
    }
    const double padding = captionPx;
    const double gap = captionPx;
    const double rowHeight = keyMetrics.height() * 1.35;
    const QString title = tr("Presentation keys");
    const double width = std::min(padding * 2 + keyWidth + gap + textWidth, this->width() - 2.0 * padding);
    const double height = padding * 2 + headingMetrics.height() * 1.4 + rowHeight * static_cast<double>(rows.size());
    const QRectF panel(QRectF(rect()).center() - QPointF(width / 2, height / 2), QSizeF(width, height));

    painter.save();
    painter.setPen(QPen(m_theme.text, std::max(1.0, captionPx / 16)));
    painter.setBrush(m_theme.window);
    painter.drawRoundedRect(panel, padding * 0.4, padding * 0.4);
    double y = panel.top() + padding;
    painter.setFont(heading);
    painter.drawText(QPointF(panel.left() + padding, y + headingMetrics.ascent()), title);
    y += headingMetrics.height() * 1.4;
    const double textLeft = panel.left() + padding + keyWidth + gap;
    for (const auto &[keys, action] : rows) {
        painter.setFont(keyFont);
        painter.setPen(m_theme.text);
        painter.drawText(QPointF(panel.left() + padding, y + keyMetrics.ascent()), keys);
        painter.setFont(textFont);
        painter.setPen(m_theme.mutedText);
        painter.drawText(QPointF(textLeft, y + keyMetrics.ascent()),
            textMetrics.elidedText(action, Qt::ElideRight, panel.right() - padding - textLeft));
        y += rowHeight;
    }
    painter.restore();
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_flight)
        m_flight.emplace(m_flightFrom, m_camera, size());
    m_frameDirty = true;
}

bool PresentationView::event(QEvent *event)
{
    // The presentation's keys win over any shortcut of the application.
    if (event->type() == QEvent::ShortcutOverride && isNavigationKey(static_cast<QKeyEvent *>(event)->key())) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_blackedOut) {
        // Like the slide programs: any key brings the picture back, and does nothing else.
        if (key != Qt::Key_Shift && key != Qt::Key_Control && key != Qt::Key_Alt && key != Qt::Key_Meta)
            setBlackedOut(false);
        return;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_pending.size() < MaxPendingDigits)
            m_pending += QChar(u'0' + (key - Qt::Key_0));
        update();
        return;
    }
    const bool pending = !m_pending.isEmpty();
    if (pending && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        jumpToPending();
        return;
    }
    if (pending && key == Qt::Key_Backspace) {
        m_pending.chop(1);
        update();
        return;
    }
    if (isNavigationKey(key) && key != Qt::Key_Escape) {
        m_pending.clear();
        update();
    }
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(sceneCount() - 1);
        break;
    case Qt::Key_Escape:
        if (pending) {
            m_pending.clear();
            update();
        } else if (m_tool != None) {
            setTool(None);
        } else if (m_helpShown) {
            setHelpShown(false);
        } else {
            close();
        }
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlackedOut(true);
        break;
    case Qt::Key_L:
        setTool(m_tool == Laser ? None : Laser);
        break;
    case Qt::Key_S:
        setTool(m_tool == Spotlight ? None : Spotlight);
        break;
    case Qt::Key_M:
        setTool(m_tool == Magnifier ? None : Magnifier);
        break;
    case Qt::Key_Question:
    case Qt::Key_H:
    case Qt::Key_F1:
        setHelpShown(!m_helpShown);
        break;
    case Qt::Key_D:
        setDarkRoom(!m_darkRoom);
        break;
    default:
        QWidget::keyPressEvent(event);
        break;
    }
}

void PresentationView::jumpToPending()
{
    const int number = m_pending.toInt();
    m_pending.clear();
    if (number >= 1 && number <= sceneCount()) {
        m_message.clear();
        goTo(number - 1);
    } else {
        showMessage(tr("There is no scene %1; the scenes are numbered 1 to %2.").arg(number).arg(sceneCount()));
    }
    update();
}

void PresentationView::showMessage(const QString &text)
{
    m_message = text;
    m_messageTimer->start();
    update();
}

void PresentationView::mousePressEvent(QMouseEvent *event)
{
    if (m_blackedOut) {
        setBlackedOut(false);
        return;
    }
    // With a pointer tool out, the mouse points; it does not step.
    if (m_tool != None)
        return;
    if (event->button() == Qt::LeftButton)
        next();
    else if (event->button() == Qt::RightButton)
        previous();
}

void PresentationView::mouseMoveEvent(QMouseEvent *event)
{
    m_pointer = event->position();
    m_pointerInside = true;
    if (m_tool != None) {
        update();
        return;
    }
    updateCursor();
}

void PresentationView::leaveEvent(QEvent *event)
{
    m_pointerInside = false;
    if (m_tool != None)
        update();
    QWidget::leaveEvent(event);
}

void PresentationView::updateCursor()
{
    if (m_tool != None) {
        m_cursorTimer->stop();
        setCursor(Qt::BlankCursor);
        return;
    }
    unsetCursor();
    m_cursorTimer->start();
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    if (m_flight) {
        m_flightAnimation->stop();
        finishTransition();
    }
    m_bandAnimation->stop();
    if (!m_finishedEmitted) {
        m_finishedEmitted = true;
        Q_EMIT finished();
    }
    QWidget::closeEvent(event);
}

} // namespace atlas
