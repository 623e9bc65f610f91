#pragma once

#include "itemmenu.h"
#include "maprenderer.h"
#include "mapscene.h"
#include "mapviewport.h"
#include "theme.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <atomic>
#include <memory>

class QRubberBand;

namespace atlas {

class Basemap;
class DatasetDocument;
class FilterState;
class SharedSelection;

/**
 * The interactive map: a view over the document, the shared selection and the shared filter,
 * drawn by MapRenderer. Rendering runs on a worker thread from a snapshot (viewport + scene); the
 * widget keeps painting the last finished image, transformed to the current viewport, until the
 * next one arrives; a newer request cancels the running job. Lives on the GUI thread; the
 * document, selection and filter must outlive it.
 *
 * Mouse: wheel zooms at the cursor, drag pans (rotates the globe), click selects (Ctrl/Shift adds),
 * Shift+drag selects a rectangle, double-click zooms in; the context menu re-centres the
 * projection on any point. With moving sites enabled, dragging a site moves it (Esc cancels) and
 * siteMoved() reports where it was dropped; the document changes only through whoever handles it. Keys: + and − zoom,
 * arrows pan, Home shows the whole world.
 *
 * Keyboard and screen readers (docs/accessibility.md): the map takes focus with Tab (and leaves
 * with Tab). N or ] selects the next site, Shift+N or [ the previous one, Ctrl+Home the first and
 * Ctrl+End the last, in siteOrder(): the sites the filter shows, west to east, wrapping around.
 * The site is selected through the shared selection (every view follows), the map pans to it when
 * it is off screen, and a focus ring in the theme's selection colour marks it. Enter emits
 * siteActivated(). The accessible description always summarises what the map shows: the current
 * site (name, kind, status, country, figures with their sources) or, with none, the number of
 * sites and flows; screen readers are told when it changes.
 */
class MapView : public QWidget
{
    Q_OBJECT

public:
    MapView(DatasetDocument *document, SharedSelection *selection, FilterState *filter,
        std::shared_ptr<const Basemap> basemap, Theme theme, QWidget *parent = nullptr);
    ~MapView() override;

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    void setProjection(const ProjectionSpec &projection);
    /// Shows the named preset (see ViewPreset::all()); false if there is no such preset.
    bool showPreset(const QString &name);
    void zoomToSelection();
    /// Re-centres the projection on @p lonLat: its central meridian, and for azimuthal
    /// projections its centre latitude too, keeping the scale.
    void centreProjectionAt(QPointF lonLat);
    /// Whether dragging a site moves it (Edit › Move Sites on the Map) instead of panning.
    void setMoveSitesEnabled(bool enabled);
    bool moveSitesEnabled() const { return m_moveSites; }
    void setSiteMeasure(SiteMeasure measure);
    SiteMeasure siteMeasure() const { return m_measure; }
    /// Adds the composer's actions to the context menu of the item under the pointer.
    void setItemMenuHook(ItemMenuHook hook) { m_itemMenuHook = std::move(hook); }

    /// What the map shows now (sites and flows with their selected/related marks).
    const MapScene &scene() const { return m_scene; }
    /// What the last finished render drew, in widget pixels of the viewport it was drawn for.
    const RenderResult &lastResult() const { return m_result; }
    /// True while a render job is running or queued.
    bool isRendering() const;
    /// Number of finished renders (for tests and the status bar).
    int renderCount() const { return m_renderCount; }

    QSize sizeHint() const override { return { 960, 600 }; }

    /// The ids of the sites the map shows (the filtered ones), in keyboard order: west to east,
    /// then north to south, then by id, so the order is stable.
    QStringList siteOrder() const;
    /// The site keyboard navigation stands on: the last one selected from the keyboard or made
    /// current in any view; empty before there is one.
    QString keyboardSite() const { return m_keyboardSite; }

public Q_SLOTS:
    /// Selects the site @p step places after the keyboard site in siteOrder() (+1 next, −1
    /// previous), wrapping around; with no keyboard site, +1 selects the first and −1 the last.
    /// Selects through the shared selection, pans the map to the site if it is off screen and
    /// updates the accessible description. Does nothing when the map shows no site.
    void selectAdjacentSite(int step);

Q_SIGNALS:
    void viewportChanged();
    void siteMeasureChanged(atlas::SiteMeasure measure);
    /// A render finished and is on screen.
    void rendered();
    /// A site was dragged to @p lonLat (degrees) and dropped there.
    void siteMoved(const QString &siteId, QPointF lonLat);
    /// Enter was pressed with @p siteId as the keyboard site (for example to raise its details).
    void siteActivated(const QString &siteId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Output {
        QImage image;
        RenderResult result;
        MapViewport viewport;
        int generation = 0;
    };

    void rebuildScene();
    void scheduleRender();
    void startRender();
    void renderFinished();
    void zoomBy(double factor, QPointF pixel);
    void rotateGlobe(QPointF fromPixel, QPointF toPixel);
    QPointF toResultPixel(QPointF widgetPixel) const;
    void selectSite(const QString &id);
    void panToSite(const QString &id);
    /// Follows a site made current elsewhere, and describes what the map shows for screen readers.
    void updateAccessibility();
    QString siteDescription(const SiteMark &mark) const;

    DatasetDocument *m_document;
    SharedSelection *m_selection;
    FilterState *m_filter;
    std::shared_ptr<const Basemap> m_basemap;
    Theme m_theme;
    SiteMeasure m_measure = SiteMeasure::Gpus;
    ItemMenuHook m_itemMenuHook;

    MapViewport m_viewport;
    MapScene m_scene;
    bool m_autoFit = true; ///< show the whole world at any size until the user moves the map

    QImage m_image;              ///< the last finished render
    MapViewport m_imageViewport; ///< what m_image shows
    RenderResult m_result;
    QFutureWatcher<Output> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_renderQueued = false;
    bool m_stale = false;     ///< the scene or viewport changed while the running job was drawing
    bool m_jobActive = false; ///< a render job runs, or has finished and awaits renderFinished()
    int m_generation = 0;
    int m_renderCount = 0;

    QPointF m_pressPixel;
    QPointF m_lastPixel;
    bool m_dragging = false;
    bool m_banding = false; ///< a Shift+drag rectangle selection is under way
    QRubberBand *m_rubberBand = nullptr;
    bool m_moveSites = false;
    QString m_movingSite; ///< the site being dragged, while one is
    std::optional<QPointF> m_movedTo;
    QString m_keyboardSite; ///< see keyboardSite()
};

} // namespace atlas
