#include "streetmapdock.h"

#include "commandline.h"
#include "mapview.h"
#include "streetmapview.h"

#include <QAction>
#include <QMenu>

namespace atlas {

StreetMapDock::StreetMapDock(EntityTableModel *sites, DatasetDocument *document, SharedSelection *selection,
    FilterState *filter, const Theme &theme, std::shared_ptr<const Basemap> basemap, MapView *mapView, QWidget *parent)
    : QDockWidget(tr("Street Map"), parent)
    , m_view(new StreetMapView(
          sites, document, selection, filter, theme, std::move(basemap), CommandLine::bundledBasemapPath(), this))
{
    setObjectName(QStringLiteral("streetMapDock"));
    setWidget(m_view);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    toggleViewAction()->setStatusTip(tr("Show the sites and flows on a tiled street map"));
    // Opened from the menu, the panel comes to the front of the panels it shares a place with.
    connect(toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (shown)
            raise();
    });
    m_view->setSiteMeasure(mapView->siteMeasure());
    connect(mapView, &MapView::siteMeasureChanged, m_view, &StreetMapView::setSiteMeasure);
}

void StreetMapDock::addItemActions(QMenu &menu, const EntityRef &ref)
{
    if (!m_view->canShow(ref))
        return;
    QAction *show = menu.addAction(tr("Show on &Street Map"), this, [this, ref] { showEntity(ref); });
    show->setStatusTip(tr("Open the street map close up on this"));
}

void StreetMapDock::showEntity(const EntityRef &ref)
{
    show();
    raise();
    m_view->showEntity(ref);
}

} // namespace atlas
