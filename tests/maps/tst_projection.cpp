#include "atlascatch.h"

#include "mapviewport.h"
#include "projection.h"
#include "viewpreset.h"

#include <QProcess>
#include <QStandardPaths>

#include <cmath>

using namespace atlas;

namespace {

/// Runs PROJ's own cs2cs on lon-lat points and returns the projected coordinates.
QList<QPointF> cs2cs(const QString &projString, const QList<QPointF> &lonLat)
{
    QProcess process;
    QStringList arguments { QStringLiteral("-f"), QStringLiteral("%.9f"), QStringLiteral("+proj=longlat"),
        QStringLiteral("+datum=WGS84"), QStringLiteral("+to") };
    arguments += projString.split(u' ', Qt::SkipEmptyParts);
    process.start(QStringLiteral("cs2cs"), arguments);
    REQUIRE(process.waitForStarted());
    for (const QPointF &point : lonLat)
        process.write(QStringLiteral("%1 %2\n").arg(point.x(), 0, 'f', 9).arg(point.y(), 0, 'f', 9).toLatin1());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished());
    QList<QPointF> result;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        // cs2cs prints "*" for a point it cannot project.
        bool okX = false;
        bool okY = false;
        const double x = fields.at(0).toDouble(&okX);
        const double y = fields.at(1).toDouble(&okY);
        result.append(okX && okY ? QPointF(x, y) : QPointF(qQNaN(), qQNaN()));
    }
    return result;
}

} // namespace

TEST_CASE("Forward projections agree with PROJ's cs2cs to 1e-6 m", "[projection]")
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("cs2cs")).isEmpty());
    // Sites and headquarters of the bundled dataset, lon-lat.
    const QList<QPointF> points { { 0.08388, 51.64527 }, { 17.5571, 68.5492 }, { -74.00306, 40.74139 },
        { -122.12722, 47.64194 }, { 139.69, 35.69 }, { -3.9472, 55.845 }, { 0, 0 } };
    for (const QString &name : ProjectionSpec::names()) {
        ProjectionSpec spec = *ProjectionSpec::fromName(name);
        for (const double lon0 : { 0.0, 150.0 }) {
            if (!spec.isAzimuthal())
                spec.lon0Deg = lon0;
            INFO(spec.projString().toStdString());
            const Projection projection(spec);
            REQUIRE(projection.isValid());
            const QList<QPointF> expected = cs2cs(spec.projString(), points);
            REQUIRE(expected.size() == points.size());
            for (qsizetype i = 0; i < points.size(); ++i) {
                const auto ours = projection.forward(points.at(i));
                // Both say "not on this side of the globe", or both give the same metres.
                if (!ours) {
                    CHECK(!std::isfinite(expected.at(i).x()));
                    continue;
                }
                CAPTURE(i, ours->x(), expected.at(i).x());
                CHECK(ours->x() == Approx(expected.at(i).x()).margin(1e-6));
                CHECK(ours->y() == Approx(expected.at(i).y()).margin(1e-6));
            }
        }
    }
}

TEST_CASE("Inverse projection returns the lon-lat it was given", "[projection]")
{
    const Projection projection(*ProjectionSpec::fromName(QStringLiteral("robinson")));
    const auto xy = projection.forward(QPointF(-3.9472, 55.845));
    REQUIRE(xy);
    const auto back = projection.inverse(*xy);
    REQUIRE(back);
    CHECK(back->x() == Approx(-3.9472).margin(1e-9));
    CHECK(back->y() == Approx(55.845).margin(1e-9));
}

TEST_CASE("The globe cannot project its far side", "[projection]")
{
    ProjectionSpec spec = *ProjectionSpec::fromName(QStringLiteral("globe"));
    spec.lon0Deg = 0;
    spec.lat0Deg = 0;
    const Projection projection(spec);
    CHECK(projection.forward(QPointF(45, 10)).has_value());
    CHECK_FALSE(projection.forward(QPointF(180, 0)).has_value());
    QPolygonF batch { QPointF(10, 10), QPointF(170, 0), QPointF(-10, -10) };
    CHECK(projection.forward(batch) == 1);
    CHECK(std::isnan(batch.at(1).x()));
    // The outline is the horizon: a circle of the Earth's radius.
    const QRectF bounds = projection.worldBounds();
    CHECK(bounds.width() == Approx(2 * 6378137.0).epsilon(1e-3));
}

TEST_CASE("Viewports zoom at a point and pan with the mouse", "[projection]")
{
    MapViewport viewport
        = MapViewport::world(*ProjectionSpec::fromName(QStringLiteral("equal-earth")), QSize(1000, 500));
    const QPointF cursor(700, 200);
    const QPointF before = viewport.toMap(cursor);
    viewport.zoomAt(cursor, 2);
    const QPointF after = viewport.toMap(cursor);
    CHECK(after.x() == Approx(before.x()));
    CHECK(after.y() == Approx(before.y()));

    const QPointF grabbed = viewport.toMap(QPointF(100, 100));
    viewport.panBy(QPointF(100, 100), QPointF(300, 150));
    const QPointF moved = viewport.toPixel(grabbed);
    CHECK(moved.x() == Approx(300));
    CHECK(moved.y() == Approx(150));
}

TEST_CASE("View presets frame their regions", "[projection]")
{
    const ProjectionSpec equalEarth = *ProjectionSpec::fromName(QStringLiteral("equal-earth"));
    const auto britishIsles = ViewPreset::byName(QStringLiteral("british-isles"));
    REQUIRE(britishIsles);
    const MapViewport viewport = britishIsles->viewport(equalEarth, QSize(800, 800));
    const Projection projection(equalEarth);
    // Loughton and Chapelhall are on screen; New York is not.
    for (const QPointF lonLat : { QPointF(0.08388, 51.64527), QPointF(-3.9472, 55.845) }) {
        const QPointF pixel = viewport.toPixel(*projection.forward(lonLat));
        CHECK(QRectF(0, 0, 800, 800).contains(pixel));
    }
    CHECK_FALSE(QRectF(0, 0, 800, 800).contains(viewport.toPixel(*projection.forward(QPointF(-74, 40.7)))));
    // The North Atlantic preset brings its own projection.
    const auto atlantic = ViewPreset::byName(QStringLiteral("north-atlantic"));
    REQUIRE(atlantic);
    CHECK(atlantic->viewport(equalEarth, QSize(800, 600)).projection.kind == ProjectionKind::LambertAzimuthal);
    CHECK(parseLonLatBox(QStringLiteral("-10,49,3,61")) == QRectF(QPointF(-10, 49), QPointF(3, 61)));
    CHECK_FALSE(parseLonLatBox(QStringLiteral("3,49,-10,61")).has_value());
    CHECK_FALSE(parseLonLatBox(QStringLiteral("a,b,c,d")).has_value());
}
