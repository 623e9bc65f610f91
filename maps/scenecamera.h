#pragma once

#include "dataset.h"
#include "mapviewport.h"

#include <QSize>

#include <optional>

namespace atlas {

/**
 * Scene cameras and map viewports, both ways, and the path a presentation flies from one
 * camera to the next. A camera is independent of the screen: its span (the projected height
 * shown) fits whatever height the screen has.
 */
class SceneCameras
{
public:
    /// The camera's projection, or nullopt for an unknown name.
    static std::optional<ProjectionSpec> projection(const SceneCamera &camera);
    /// The viewport showing @p camera on a screen of @p size; the whole world for span 0.
    static MapViewport viewport(const SceneCamera &camera, QSize size, double devicePixelRatio = 1);
    /// The camera of what @p viewport shows.
    static SceneCamera camera(const MapViewport &viewport);
};

/**
 * A flight from one camera to another: the centre moves in projected metres along an eased
 * curve and the span changes geometrically, rising in the middle when the two views are far
 * apart (fly out, then in), so the audience keeps its bearings. at(0) is the start and at(1)
 * exactly the end camera. Cameras in different projections (or rotations) cannot be flown
 * between: canFly() is false and at() jumps at the middle.
 */
class CameraFlight
{
public:
    CameraFlight(const SceneCamera &from, const SceneCamera &to, QSize screen);

    bool canFly() const { return m_canFly; }
    /// Milliseconds the flight should take: longer for longer journeys, at most about a second.
    int durationMs() const { return m_durationMs; }
    /// The camera at @p t in 0…1 (eased inside), exactly the end camera at 1.
    SceneCamera at(double t) const;
    /// The viewport at @p t, for drawing.
    MapViewport viewportAt(double t) const;

    /// Smooth start and stop: 0 → 0, 1 → 1, zero slope at both ends.
    static double ease(double t);

private:
    SceneCamera m_from;
    SceneCamera m_to;
    QSize m_screen;
    MapViewport m_start;
    MapViewport m_end;
    bool m_canFly = false;
    double m_bump = 0; ///< how much higher than both ends the middle of the flight goes (log scale)
    int m_durationMs = 0;
};

} // namespace atlas
