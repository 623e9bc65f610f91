#pragma once

#include "entity.h"

#include <functional>

class QMenu;

namespace atlas {

/**
 * Adds actions about one entity to a context menu: how whoever composes the views (the main
 * window) puts its own commands, such as "Show on Street Map", into every view's menu for an
 * item (the map's sites and flows, the tables' rows, the charts' bars) without the views knowing
 * them. Called on the GUI thread while the menu is built; may add nothing.
 */
using ItemMenuHook = std::function<void(QMenu &menu, const EntityRef &ref)>;

} // namespace atlas
