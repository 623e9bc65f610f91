#pragma once

#include "entity.h"
#include "theme.h"

#include <QDockWidget>

#include <memory>

class QMenu;

namespace atlas {

class Basemap;
class DatasetDocument;
class EntityTableModel;
class FilterState;
class MapView;
class SharedSelection;
class StreetMapView;

/**
 * The Street Map panel: a dock holding the StreetMapView, hidden until asked for (View › Street
 * Map, Ctrl+Shift+M), and "Show on Street Map" for the context menus of every view's items.
 * The street map follows the vector map's site measure. Built only with QtLocation (Qt ≥ 6.5):
 * without it neither the panel nor its actions exist. Owned by the main window, GUI thread.
 */
class StreetMapDock : public QDockWidget
{
    Q_OBJECT

public:
    StreetMapDock(EntityTableModel *sites, DatasetDocument *document, SharedSelection *selection, FilterState *filter,
        const Theme &theme, std::shared_ptr<const Basemap> basemap, MapView *mapView, QWidget *parent = nullptr);

    StreetMapView *view() const { return m_view; }
    /// Adds "Show on Street Map" to @p menu when @p ref has a place on the map.
    void addItemActions(QMenu &menu, const EntityRef &ref);
    /// Shows the panel and moves its map to @p ref.
    void showEntity(const EntityRef &ref);

private:
    StreetMapView *m_view;
};

} // namespace atlas
