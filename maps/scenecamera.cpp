#include "scenecamera.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace atlas {

std::optional<ProjectionSpec> SceneCameras::projection(const SceneCamera &camera)
{
    std::optional<ProjectionSpec> spec = ProjectionSpec::fromName(camera.projection);
    if (spec && camera.rotation) {
        spec->lon0Deg = camera.rotation->x();
        spec->lat0Deg = camera.rotation->y();
    }
    return spec;
}

MapViewport SceneCameras::viewport(const SceneCamera &camera, QSize size, double devicePixelRatio)
{
    const ProjectionSpec spec = projection(camera).value_or(ProjectionSpec());
    MapViewport viewport;
    if (camera.span <= 0) {
        viewport = MapViewport::world(spec, size);
    } else {
        viewport.projection = spec;
        viewport.sizePx = size;
        viewport.metresPerPixel = camera.span / std::max(1, size.height());
        const std::optional<QPointF> centre = Projection(spec).forward(camera.centre);
        viewport.centre = centre.value_or(QPointF());
    }
    viewport.devicePixelRatio = devicePixelRatio;
    return viewport;
}

SceneCamera SceneCameras::camera(const MapViewport &viewport)
{
    SceneCamera camera;
    camera.projection = viewport.projection.name();
    const std::optional<ProjectionSpec> named = ProjectionSpec::fromName(camera.projection);
    if (!named || named->lon0Deg != viewport.projection.lon0Deg || named->lat0Deg != viewport.projection.lat0Deg)
        camera.rotation = QPointF(viewport.projection.lon0Deg, viewport.projection.lat0Deg);
    // To a billionth of a degree (0.1 mm): a whole-world view's centre is 0, not 1.4e-14.
    const auto tidy = [](double degrees) { return std::round(degrees * 1e9) / 1e9; };
    const QPointF centre = Projection(viewport.projection).inverse(viewport.centre).value_or(QPointF());
    camera.centre = QPointF(tidy(centre.x()), tidy(centre.y()));
    camera.span = viewport.metresPerPixel * viewport.sizePx.height();
    return camera;
}

CameraFlight::CameraFlight(const SceneCamera &from, const SceneCamera &to, QSize screen)
    : m_from(from)
    , m_to(to)
    , m_screen(screen)
    , m_start(SceneCameras::viewport(from, screen))
    , m_end(SceneCameras::viewport(to, screen))
{
    m_canFly = m_start.projection == m_end.projection;
    if (!m_canFly) {
        m_durationMs = 600;
        return;
    }
    const double startSpan = m_start.metresPerPixel * screen.height();
    const double endSpan = m_end.metresPerPixel * screen.height();
    const double distance = QLineF(m_start.centre, m_end.centre).length();
    // Far apart (relative to what either view shows): rise until both ends fit in the middle
    // view. Without a bump the middle shows the geometric mean of the two spans.
    const double needed = distance * 1.2;
    const double higher = std::max(startSpan, endSpan);
    const double middle = std::sqrt(startSpan * endSpan);
    m_bump = needed > higher ? std::log(needed / middle) : 0;
    // About 0.5 s for a small move, up to 1.1 s for a long flight.
    const double journey = std::abs(std::log(endSpan / startSpan)) + m_bump + distance / std::max(1.0, higher);
    m_durationMs = static_cast<int>(std::clamp(450 + 220 * journey, 450.0, 1100.0));
}

double CameraFlight::ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

MapViewport CameraFlight::viewportAt(double t) const
{
    if (t >= 1)
        return m_end;
    if (!m_canFly)
        return t < 0.5 ? m_start : m_end;
    const double s = ease(t);
    MapViewport viewport = m_end;
    viewport.centre = m_start.centre + (m_end.centre - m_start.centre) * s;
    const double logScale = std::log(m_start.metresPerPixel) * (1 - s) + std::log(m_end.metresPerPixel) * s
        + m_bump * std::sin(std::numbers::pi * s);
    viewport.metresPerPixel = std::exp(logScale);
    return viewport;
}

SceneCamera CameraFlight::at(double t) const
{
    if (t >= 1)
        return m_to;
    if (t <= 0)
        return m_from;
    return SceneCameras::camera(viewportAt(t));
}

} // namespace atlas
