import QtQuick
import QtLocation
import QtPositioning

// The street map of StreetMapView: a QtLocation map on raster tiles with the project's sites and
// flows on top. "atlas" is the view's StreetMapContext: the models, the tile plugin's
// parameters, the theme's colours and the callbacks for clicks and hovering.
Item {
    id: root

    readonly property alias map: view.map

    // Keys as on the vector map: + and − zoom, the arrows pan a quarter of the view.
    focus: true
    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            view.map.zoomLevel = Math.min(view.map.zoomLevel + 1, view.map.maximumZoomLevel);
        else if (event.key === Qt.Key_Minus)
            view.map.zoomLevel = Math.max(view.map.zoomLevel - 1, view.map.minimumZoomLevel);
        else if (event.key === Qt.Key_Left)
            view.map.pan(-width / 4, 0);
        else if (event.key === Qt.Key_Right)
            view.map.pan(width / 4, 0);
        else if (event.key === Qt.Key_Up)
            view.map.pan(0, -height / 4);
        else if (event.key === Qt.Key_Down)
            view.map.pan(0, height / 4);
        else
            return;
        event.accepted = true;
    }

    // How many map items of a kind ("site", "flow") the MapItemViews have made: for tests.
    function delegateCount(kind) {
        let count = 0;
        for (let i = 0; i < view.map.mapItems.length; ++i) {
            if (view.map.mapItems[i].objectName === kind)
                ++count;
        }
        return count;
    }
    // Where a coordinate is in the view, in its logical pixels.
    function pixelOf(lon, lat) {
        return view.map.fromCoordinate(QtPositioning.coordinate(lat, lon), false);
    }
    function centreOn(lon, lat, zoom) {
        view.map.center = QtPositioning.coordinate(lat, lon);
        view.map.zoomLevel = Math.min(zoom, view.map.maximumZoomLevel);
    }
    function fitBox(west, south, east, north, maxZoom) {
        view.map.fitViewportToGeoShape(QtPositioning.rectangle(QtPositioning.coordinate(north, west),
                                                               QtPositioning.coordinate(south, east)), 48);
        if (view.map.zoomLevel > maxZoom)
            view.map.zoomLevel = maxZoom;
    }
    // Calls back with the coordinates under a view point and one pixel to its right: the C++
    // side turns their distance into the map's scale there.
    function pointer(position, callback) {
        const here = view.map.toCoordinate(position, false);
        const next = view.map.toCoordinate(Qt.point(position.x + 1, position.y), false);
        callback(here.longitude, here.latitude, next.longitude, next.latitude);
    }

    Plugin {
        id: tilePlugin
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: atlas.pluginParameters["osm.mapping.custom.host"] }
        PluginParameter { name: "osm.mapping.custom.mapcopyright"; value: atlas.pluginParameters["osm.mapping.custom.mapcopyright"] }
        PluginParameter { name: "osm.mapping.custom.datacopyright"; value: atlas.pluginParameters["osm.mapping.custom.datacopyright"] }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: atlas.pluginParameters["osm.mapping.providersrepository.disabled"] }
        PluginParameter { name: "osm.mapping.prefetching_style"; value: atlas.pluginParameters["osm.mapping.prefetching_style"] }
        PluginParameter { name: "osm.mapping.cache.directory"; value: atlas.pluginParameters["osm.mapping.cache.directory"] }
        PluginParameter { name: "osm.useragent"; value: atlas.pluginParameters["osm.useragent"] }
    }

    MapView {
        id: view
        anchors.fill: parent
        map.plugin: tilePlugin
        map.color: atlas.backgroundColour
        map.copyrightsVisible: true
        map.maximumZoomLevel: atlas.maximumZoomLevel
        // Hit testing measures distances in the map's plane, which a tilt would distort.
        map.maximumTilt: 0
        Component.onCompleted: {
            // The tiles come from the custom host: the project's tile server, or OpenStreetMap.
            for (let i = 0; i < view.map.supportedMapTypes.length; ++i) {
                if (view.map.supportedMapTypes[i].style === MapType.CustomMap)
                    view.map.activeMapType = view.map.supportedMapTypes[i];
            }
            view.map.center = QtPositioning.coordinate(atlas.initialCentre.y, atlas.initialCentre.x);
            view.map.zoomLevel = atlas.initialZoom;
        }
    }

    // Selected flows first, wider and in the selection colour, under the flows themselves.
    MapItemView {
        parent: view.map
        model: atlas.flowModel
        delegate: MapPolyline {
            objectName: "flowHalo"
            visible: model.selected
            path: model.path
            line.width: model.widthPx + 4
            line.color: atlas.selectionColour
        }
    }
    MapItemView {
        parent: view.map
        model: atlas.flowModel
        delegate: MapPolyline {
            objectName: "flow"
            path: model.path
            line.width: model.widthPx
            line.color: model.colour
        }
    }
    MapItemView {
        parent: view.map
        model: atlas.siteModel
        delegate: MapQuickItem {
            objectName: "site"
            property string siteId: model.entityId
            coordinate: model.coordinate
            visible: model.symbolKey !== ""
            z: model.selected ? 2 : 1
            anchorPoint.x: model.symbolHalfExtent
            anchorPoint.y: model.symbolHalfExtent
            sourceItem: Image {
                width: 2 * model.symbolHalfExtent
                height: width
                source: model.symbolKey === "" ? "" : "image://atlassymbol/" + model.symbolKey
            }
        }
    }

    TapHandler {
        onTapped: (eventPoint, button) => {
            const additive = (eventPoint.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) !== 0;
            root.pointer(eventPoint.position, (lon, lat, nextLon, nextLat) => atlas.click(lon, lat, nextLon, nextLat, additive));
        }
    }
    HoverHandler {
        onPointChanged: root.pointer(point.position, (lon, lat, nextLon, nextLat) => atlas.hover(lon, lat, nextLon, nextLat))
        onHoveredChanged: {
            if (!hovered)
                atlas.hoverEnded();
        }
    }
}
