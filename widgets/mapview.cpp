#include "mapview.h"

#include "datasetdocument.h"
#include "datasetfilter.h"
#include "enums.h"
#include "format.h"
#include "geometry.h"
#include "sharedselection.h"
#include "viewpreset.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QRubberBand>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace atlas {

namespace {
constexpr double s_wheelStep = 1.25;      ///< zoom factor per wheel notch
constexpr double s_keyPanFraction = 0.15; ///< of the view's width per arrow key press
constexpr double s_minMetresPerPixel = 5; ///< closest zoom
constexpr int s_dragThresholdPx = 4;
constexpr double s_keyboardMarginPx = 24; ///< a site closer than this to the edge is brought into view
} // namespace

MapView::MapView(DatasetDocument *document, SharedSelection *selection, FilterState *filter,
    std::shared_ptr<const Basemap> basemap, Theme theme, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filter(filter)
    , m_basemap(std::move(basemap))
    , m_theme(std::move(theme))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 160);
    setToolTip(QString()); // tooltips come from event(), per item
    setAccessibleName(tr("Map"));
    m_viewport.projection = *ProjectionSpec::fromName(QStringLiteral("equal-earth"));
    connect(&m_watcher, &QFutureWatcher<Output>::finished, this, &MapView::renderFinished);
    connect(document, &DatasetDocument::datasetChanged, this, &MapView::rebuildScene);
    connect(document, &DatasetDocument::contentChanged, this, &MapView::rebuildScene);
    connect(document, &DatasetDocument::languageChanged, this, &MapView::rebuildScene);
    connect(selection, &SharedSelection::changed, this, &MapView::rebuildScene);
    connect(filter, &FilterState::changed, this, &MapView::rebuildScene);
    rebuildScene();
}

MapView::~MapView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void MapView::setViewport(const MapViewport &viewport)
{
    MapViewport next = viewport;
    if (!std::isfinite(next.centre.x()) || !std::isfinite(next.centre.y()) || !std::isfinite(next.metresPerPixel))
        return; // a degenerate fit (nothing projectable): keep what is shown
    next.sizePx = size();
    next.devicePixelRatio = devicePixelRatioF();
    next.metresPerPixel = std::max(next.metresPerPixel, s_minMetresPerPixel);
    if (next == m_viewport)
        return;
    m_viewport = next;
    m_autoFit = false;
    update();
    scheduleRender();
    Q_EMIT viewportChanged();
}

void MapView::setProjection(const ProjectionSpec &projection)
{
    // Keep looking at the same place: fit the lon-lat box currently on screen.
    const Projection current(m_viewport.projection);
    const QRectF rect = m_viewport.mapRect();
    QRectF box;
    int onMap = 0;
    for (const QPointF corner :
        { rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight(), rect.center() }) {
        // Only corners that are on the map: azimuthal inverses answer even beyond their disc.
        const auto lonLat = current.inverse(corner);
        if (!lonLat || std::abs(lonLat->x()) > 180 || std::abs(lonLat->y()) > 90)
            continue;
        const auto back = current.forward(*lonLat);
        if (!back || QLineF(*back, corner).length() > m_viewport.metresPerPixel)
            continue;
        box = box.isNull() ? QRectF(*lonLat, QSizeF(1e-6, 1e-6)) : box.united(QRectF(*lonLat, QSizeF(1e-6, 1e-6)));
        ++onMap;
    }
    // With the view's corners off the map (a whole globe on screen) show the whole world.
    const bool wholeWorld = m_autoFit || onMap < 5 || box.width() > 300 || projection.isAzimuthal();
    setViewport(
        wholeWorld ? MapViewport::world(projection, size()) : MapViewport::fittingLonLat(projection, box, size()));
    m_autoFit = m_autoFit || wholeWorld;
}

bool MapView::showPreset(const QString &name)
{
    const auto preset = ViewPreset::byName(name);
    if (!preset)
        return false;
    setViewport(preset->viewport(m_viewport.projection, size()));
    return true;
}

void MapView::zoomToSelection()
{
    QRectF box;
    const auto add = [&box](QPointF lonLat) {
        const QRectF point(lonLat - QPointF(0.5, 0.5), QSizeF(1, 1));
        box = box.isNull() ? point : box.united(point);
    };
    for (const SiteMark &site : std::as_const(m_scene.sites)) {
        if (site.selected)
            add(site.lonLat);
    }
    for (const FlowMark &flow : std::as_const(m_scene.flows)) {
        if (flow.selected) {
            add(flow.fromLonLat);
            add(flow.toLonLat);
        }
    }
    if (box.isNull())
        return;
    // Some room around a single site, so it is seen in its region.
    box = box.adjusted(-1.5, -1, 1.5, 1);
    setViewport(MapViewport::fittingLonLat(m_viewport.projection, box, size(), 40));
}

void MapView::setSiteMeasure(SiteMeasure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuildScene();
    Q_EMIT siteMeasureChanged(measure);
}

bool MapView::isRendering() const
{
    // Not m_watcher.isRunning(): between a job's end and renderFinished() it is false already,
    // though renderFinished() may still queue the next render.
    return m_jobActive || m_renderQueued;
}

void MapView::rebuildScene()
{
    m_scene = MapScene::build(
        MapScene::Input::current(*m_document, *m_filter, *m_selection, m_measure), m_theme, m_basemap);
    updateAccessibility();
    scheduleRender();
}

void MapView::scheduleRender()
{
    if (m_renderQueued)
        return;
    m_renderQueued = true;
    // Coalesce everything that changes within one turn of the event loop into one render.
    QTimer::singleShot(0, this, [this] {
        m_renderQueued = false;
        startRender();
    });
}

void MapView::startRender()
{
    if (m_autoFit && width() > 0) {
        const MapViewport world = MapViewport::world(m_viewport.projection, size());
        m_viewport.centre = world.centre;
        m_viewport.metresPerPixel = world.metresPerPixel;
    }
    m_viewport.sizePx = size();
    m_viewport.devicePixelRatio = devicePixelRatioF();
    if (m_viewport.sizePx.isEmpty())
        return;
    if (m_jobActive) {
        // Let the running job stop early; renderFinished() starts the next one. The job may
        // already be past its last check: the stale flag makes sure the next one starts anyway.
        m_stale = true;
        m_cancel->store(true);
        return;
    }
    m_stale = false;
    m_jobActive = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const MapViewport viewport = m_viewport;
    const MapScene scene = m_scene;
    const Theme theme = m_theme;
    const int generation = ++m_generation;
    m_watcher.setFuture(QtConcurrent::run([viewport, scene, theme, cancel, generation] {
        Output output;
        output.viewport = viewport;
        output.generation = generation;
        output.image = QImage(QSize(static_cast<int>(std::lround(viewport.sizePx.width() * viewport.devicePixelRatio)),
                                  static_cast<int>(std::lround(viewport.sizePx.height() * viewport.devicePixelRatio))),
            QImage::Format_ARGB32_Premultiplied);
        output.image.setDevicePixelRatio(viewport.devicePixelRatio);
        QPainter painter(&output.image);
        output.result = MapRenderer::render(painter, viewport, scene, theme, RenderOptions(), cancel.get());
        return output;
    }));
}

void MapView::renderFinished()
{
    m_jobActive = false;
    const Output output = m_watcher.result();
    if (!output.result.cancelled) {
        m_image = output.image;
        m_imageViewport = output.viewport;
        m_result = output.result;
        ++m_renderCount;
        update();
        Q_EMIT rendered();
    }
    // Anything that changed while the job ran gets a fresh render.
    if (m_stale || output.generation != m_generation || output.viewport != m_viewport || output.result.cancelled)
        scheduleRender();
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.fillRect(rect(), m_theme.window);
        return;
    }
    if (m_imageViewport.projection == m_viewport.projection) {
        // The last image, moved and scaled to where the current viewport puts it.
        const QTransform transform = m_imageViewport.pixelToMap() * m_viewport.mapToPixel();
        if (!transform.isIdentity())
            painter.fillRect(rect(), m_theme.window);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !m_dragging);
        painter.setTransform(transform);
        painter.drawImage(QPointF(0, 0), m_image);
    } else {
        painter.drawImage(QPointF(0, 0), m_image);
    }
    if (!hasFocus())
        return;
    // The keyboard focus: a frame around the map, and a ring around the keyboard site, each in the
    // selection colour over a halo in the window colour so that it shows on land and sea alike.
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const auto drawTwice = [&painter, this](const auto &draw) {
        painter.setPen(QPen(m_theme.window, 4));
        draw();
        painter.setPen(QPen(m_theme.selection, 2));
        draw();
    };
    drawTwice([&painter, this] { painter.drawRect(QRectF(rect()).adjusted(2, 2, -2, -2)); });
    for (const DrawnItem &item : m_result.sites) {
        if (item.id != m_keyboardSite || !m_selection->isSelected({ EntityType::Site, item.id }))
            continue;
        const QPointF centre = m_imageViewport.projection == m_viewport.projection
            ? m_viewport.toPixel(m_imageViewport.toMap(item.anchorPx))
            : item.anchorPx;
        const double radius = std::max(item.hitRadiusPx, 6.0) + 5;
        drawTwice([&painter, centre, radius] { painter.drawEllipse(centre, radius, radius); });
        break;
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_viewport.sizePx = size();
    scheduleRender();
}

void MapView::zoomBy(double factor, QPointF pixel)
{
    MapViewport next = m_viewport;
    next.zoomAt(pixel, factor);
    const double worldWidth = Projection(next.projection).worldBounds().width();
    // Not smaller than a third of the world's width across the view, not closer than 5 m a pixel.
    next.metresPerPixel = std::clamp(next.metresPerPixel, s_minMetresPerPixel, 3 * worldWidth / std::max(1, width()));
    setViewport(next);
}

void MapView::rotateGlobe(QPointF fromPixel, QPointF toPixel)
{
    // Degrees of arc per pixel at the globe's centre: the Earth's radius spans radius/metresPerPixel pixels.
    constexpr double earthRadius = 6378137.0;
    const double degreesPerPixel = qRadiansToDegrees(m_viewport.metresPerPixel / earthRadius);
    const QPointF delta = toPixel - fromPixel;
    MapViewport next = m_viewport;
    next.projection.lon0Deg = std::remainder(next.projection.lon0Deg - delta.x() * degreesPerPixel, 360.0);
    next.projection.lat0Deg = std::clamp(next.projection.lat0Deg + delta.y() * degreesPerPixel, -89.0, 89.0);
    setViewport(next);
}

QPointF MapView::toResultPixel(QPointF widgetPixel) const
{
    // Hit tests use the last finished render, which may lag the viewport during a pan.
    if (m_imageViewport.projection != m_viewport.projection)
        return widgetPixel;
    return m_imageViewport.toPixel(m_viewport.toMap(widgetPixel));
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(s_wheelStep, notches), event->position());
    event->accept();
}

void MapView::setMoveSitesEnabled(bool enabled)
{
    m_moveSites = enabled;
    if (!enabled && !m_movingSite.isEmpty()) {
        m_movingSite.clear();
        rebuildScene();
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPixel = event->position();
    m_lastPixel = event->position();
    m_dragging = false;
    m_movingSite.clear();
    m_movedTo.reset();
    if (m_moveSites && event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        const DrawnItem *item = m_result.itemAt(toResultPixel(event->position()));
        if (item && item->type == EntityType::Site) {
            m_movingSite = item->id;
            return;
        }
    }
    m_banding = event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    if (m_banding) {
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, this);
        m_rubberBand->setGeometry(QRect(m_pressPixel.toPoint(), QSize()));
        m_rubberBand->show();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_movingSite.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        if (!m_movedTo && (event->position() - m_pressPixel).manhattanLength() < s_dragThresholdPx)
            return;
        const std::optional<QPointF> lonLat
            = Projection(m_viewport.projection).inverse(m_viewport.toMap(event->position()));
        if (!lonLat)
            return; // off the globe's disc: the site stays where it was last seen
        m_movedTo = lonLat;
        setCursor(Qt::ClosedHandCursor);
        // Show the site where it would land; the flows follow once the move is made.
        for (SiteMark &site : m_scene.sites) {
            if (site.id == m_movingSite)
                site.lonLat = *lonLat;
        }
        scheduleRender();
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        if (m_banding) {
            m_rubberBand->setGeometry(QRect(m_pressPixel.toPoint(), event->position().toPoint()).normalized());
            return;
        }
        if (!m_dragging && (event->position() - m_pressPixel).manhattanLength() < s_dragThresholdPx)
            return;
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        if (m_viewport.projection.kind == ProjectionKind::Orthographic) {
            rotateGlobe(m_lastPixel, event->position());
        } else {
            MapViewport next = m_viewport;
            next.panBy(m_lastPixel, event->position());
            setViewport(next);
        }
        m_lastPixel = event->position();
        return;
    }
    const DrawnItem *item = m_result.itemAt(toResultPixel(event->position()));
    if (item && m_moveSites && item->type == EntityType::Site)
        setCursor(Qt::OpenHandCursor);
    else
        setCursor(item ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    unsetCursor();
    if (!m_movingSite.isEmpty() && m_movedTo) {
        const QString id = std::exchange(m_movingSite, QString());
        const QPointF lonLat = *std::exchange(m_movedTo, std::nullopt);
        Q_EMIT siteMoved(id, lonLat);
        rebuildScene(); // unchanged if nobody made the move
        return;
    }
    m_movingSite.clear();
    const bool additive = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    if (m_banding) {
        m_banding = false;
        m_rubberBand->hide();
        const QRectF band = QRectF(m_pressPixel, event->position()).normalized();
        QSet<EntityRef> refs = m_selection->selection();
        const QRectF resultBand(toResultPixel(band.topLeft()), toResultPixel(band.bottomRight()));
        for (const DrawnItem *item : m_result.itemsIn(resultBand.normalized()))
            refs.insert({ item->type, item->id });
        m_selection->setSelection(refs);
        return;
    }
    if (m_dragging || event->button() != Qt::LeftButton) {
        m_dragging = false;
        update();
        return;
    }
    const DrawnItem *item = m_result.itemAt(toResultPixel(event->position()));
    m_selection->click(item ? std::optional<EntityRef>({ item->type, item->id }) : std::nullopt, additive);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    zoomBy(event->modifiers() & Qt::ShiftModifier ? 0.5 : 2.0, event->position());
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_movingSite.isEmpty() && event->key() == Qt::Key_Escape) {
        m_movingSite.clear();
        m_movedTo.reset();
        unsetCursor();
        rebuildScene(); // puts the site back
        return;
    }
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = width() * s_keyPanFraction;
    const auto pan = [&](double dx, double dy) {
        if (m_viewport.projection.kind == ProjectionKind::Orthographic) {
            rotateGlobe(centre, centre + QPointF(dx, dy));
        } else {
            MapViewport next = m_viewport;
            next.panBy(centre, centre + QPointF(dx, dy));
            setViewport(next);
        }
    };
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(2, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(0.5, centre);
        break;
    case Qt::Key_Left:
        pan(step, 0);
        break;
    case Qt::Key_Right:
        pan(-step, 0);
        break;
    case Qt::Key_Up:
        pan(0, step);
        break;
    case Qt::Key_Down:
        pan(0, -step);
        break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            if (const QStringList order = siteOrder(); !order.isEmpty())
                selectSite(order.first());
            break;
        }
        setViewport(MapViewport::world(m_viewport.projection, size()));
        m_autoFit = true;
        break;
    case Qt::Key_End:
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QWidget::keyPressEvent(event);
            return;
        }
        if (const QStringList order = siteOrder(); !order.isEmpty())
            selectSite(order.last());
        break;
    case Qt::Key_N:
    case Qt::Key_BracketRight:
    case Qt::Key_BracketLeft: {
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            QWidget::keyPressEvent(event);
            return;
        }
        const bool back = event->key() == Qt::Key_BracketLeft
            || (event->key() == Qt::Key_N && (event->modifiers() & Qt::ShiftModifier));
        selectAdjacentSite(back ? -1 : 1);
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_keyboardSite.isEmpty() || !m_selection->isSelected({ EntityType::Site, m_keyboardSite })) {
            QWidget::keyPressEvent(event);
            return;
        }
        Q_EMIT siteActivated(m_keyboardSite);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const std::optional<QPointF> lonLat = Projection(m_viewport.projection).inverse(m_viewport.toMap(event->pos()));
    QAction *centre = menu.addAction(tr("&Centre Projection Here"));
    centre->setEnabled(lonLat.has_value());
    centre->setToolTip(tr("Make this point the projection's centre (its central meridian, and for the globe and "
                          "the azimuthal map also its centre latitude)"));
    if (const DrawnItem *item = m_result.itemAt(toResultPixel(event->pos())); item && m_itemMenuHook) {
        m_itemMenuHook(menu, { item->type, item->id });
        menu.addSeparator();
    }
    menu.addAction(tr("&Zoom to Selection"), this, &MapView::zoomToSelection);
    menu.addAction(tr("Show the Whole &World"), this, [this] {
        setViewport(MapViewport::world(m_viewport.projection, size()));
        m_autoFit = true;
    });
    if (menu.exec(event->globalPos()) == centre && lonLat)
        centreProjectionAt(*lonLat);
}

void MapView::centreProjectionAt(QPointF lonLat)
{
    ProjectionSpec spec = m_viewport.projection;
    spec.lon0Deg = std::round(lonLat.x() * 100) / 100;
    if (spec.isAzimuthal())
        spec.lat0Deg = std::round(lonLat.y() * 100) / 100;
    // Same scale, centred on the chosen point.
    MapViewport next = m_viewport;
    next.projection = spec;
    const auto centre = Projection(spec).forward(lonLat);
    next.centre = centre.value_or(QPointF());
    setViewport(next);
}

QStringList MapView::siteOrder() const
{
    QList<const SiteMark *> sites;
    for (const SiteMark &site : m_scene.sites)
        sites.append(&site);
    std::sort(sites.begin(), sites.end(), [](const SiteMark *a, const SiteMark *b) {
        if (a->lonLat.x() != b->lonLat.x())
            return a->lonLat.x() < b->lonLat.x();
        if (a->lonLat.y() != b->lonLat.y())
            return a->lonLat.y() > b->lonLat.y();
        return a->id < b->id;
    });
    QStringList ids;
    ids.reserve(sites.size());
    for (const SiteMark *site : std::as_const(sites))
        ids.append(site->id);
    return ids;
}

void MapView::selectAdjacentSite(int step)
{
    const QStringList order = siteOrder();
    if (order.isEmpty())
        return;
    const auto count = static_cast<int>(order.size());
    const int at = static_cast<int>(order.indexOf(m_keyboardSite));
    int next = 0;
    if (at < 0)
        next = step >= 0 ? 0 : count - 1;
    else
        next = ((at + step) % count + count) % count;
    selectSite(order.at(next));
}

void MapView::selectSite(const QString &id)
{
    m_keyboardSite = id;
    // Through the shared selection: the tables, charts and details follow, and rebuildScene()
    // describes the site.
    m_selection->setCurrent({ EntityType::Site, id });
    panToSite(id);
    updateAccessibility();
    update();
    if (hasFocus()) {
        // Screen readers re-read the focused map's name and description.
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void MapView::panToSite(const QString &id)
{
    const auto mark = std::find_if(
        m_scene.sites.cbegin(), m_scene.sites.cend(), [&id](const SiteMark &site) { return site.id == id; });
    if (mark == m_scene.sites.cend())
        return;
    const Projection projection(m_viewport.projection);
    const std::optional<QPointF> mapPoint = projection.forward(mark->lonLat);
    const QRectF inner
        = QRectF(rect()).adjusted(s_keyboardMarginPx, s_keyboardMarginPx, -s_keyboardMarginPx, -s_keyboardMarginPx);
    if (mapPoint && inner.contains(m_viewport.toPixel(*mapPoint))) {
        // On the globe, a point of the far side may project onto the disc too: check it comes back.
        const std::optional<QPointF> back = projection.inverse(*mapPoint);
        if (!m_viewport.projection.isAzimuthal() || (back && QLineF(*back, mark->lonLat).length() < 0.01))
            return;
    }
    if (m_viewport.projection.isAzimuthal() || !mapPoint) {
        centreProjectionAt(mark->lonLat); // turns the globe to face the site
        return;
    }
    MapViewport next = m_viewport;
    next.centre = *mapPoint;
    setViewport(next);
}

void MapView::updateAccessibility()
{
    // A site made current in any view becomes the keyboard site: the keys go on from there.
    if (const std::optional<EntityRef> current = m_selection->current(); current && current->type == EntityType::Site)
        m_keyboardSite = current->id;
    QString description;
    for (const SiteMark &site : std::as_const(m_scene.sites)) {
        if (site.id == m_keyboardSite && site.selected)
            description = siteDescription(site);
    }
    if (description.isEmpty()) {
        QStringList parts;
        parts << tr("%n site(s) shown", nullptr, static_cast<int>(m_scene.sites.size()));
        parts << tr("%n investment flow(s) shown", nullptr, static_cast<int>(m_scene.flows.size()));
        if (!m_selection->isEmpty())
            parts << tr("%n item(s) selected", nullptr, static_cast<int>(m_selection->selection().size()));
        parts << tr("Press N for the next site and Shift+N for the previous one");
        description = parts.join(QStringLiteral(". ")) + u'.';
    }
    // Posts QAccessible::DescriptionChanged for screen readers when the text changes.
    setAccessibleDescription(description);
}

QString MapView::siteDescription(const SiteMark &mark) const
{
    // What the tooltip tells, with the country and the investments, as plain sentences.
    const Dataset &dataset = m_document->dataset();
    const QString language = m_document->language();
    QStringList parts { mark.label, tr("%1, %2").arg(enumDisplay(mark.kind), enumDisplay(mark.status)) };
    if (const Site *site = dataset.site(mark.id)) {
        const QString country = Format::countryName(site->country);
        parts << (site->region.isEmpty() ? country : tr("%1, %2").arg(site->region.text(language), country));
        QStringList operators;
        for (const QString &id : site->operators) {
            const Company *company = dataset.company(id);
            operators << (company ? company->name.text(language) : id);
        }
        if (!operators.isEmpty())
            parts << tr("Operated by %1").arg(operators.join(tr(", ")));
        if (site->capacityMw)
            parts << tr("Capacity: %1").arg(Format::claimDetails(*site->capacityMw, language, tr("MW")));
        for (const GpuDeployment &gpu : site->gpus) {
            const QString count = gpu.count ? Format::claimDetails(*gpu.count, language)
                                            : tr("count not stated %1").arg(Format::sourceTags(gpu.sources));
            parts << tr("GPUs: %1 %2").arg(gpu.model, count);
        }
        for (const Investment &investment : dataset.investments) {
            if (!investment.targetSites.contains(site->id))
                continue;
            parts << (investment.amount
                    ? tr("Investment: %1").arg(Format::claimDetails(*investment.amount, language))
                    : tr("Investment: amount not disclosed %1").arg(Format::sourceTags(investment.sources)));
        }
    }
    const QStringList order = siteOrder();
    parts << tr("Site %1 of %2, west to east").arg(order.indexOf(mark.id) + 1).arg(order.size());
    // Sentences: notes span lines and end with their own full stop.
    for (QString &part : parts) {
        part = part.replace(u'\n', u' ').trimmed();
        while (part.endsWith(u'.'))
            part.chop(1);
    }
    return parts.join(QStringLiteral(". ")) + u'.';
}

void MapView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update(); // the focus frame
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Map"));
        setAccessibleDescription(QString());
        updateAccessibility();
    }
    QWidget::changeEvent(event);
}

bool MapView::event(QEvent *event)
{
    // While a site is dragged, Esc cancels the move rather than clearing the selection.
    if (event->type() == QEvent::ShortcutOverride && !m_movingSite.isEmpty()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const DrawnItem *item = m_result.itemAt(toResultPixel(help->pos())))
            QToolTip::showText(help->globalPos(), item->tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace atlas
