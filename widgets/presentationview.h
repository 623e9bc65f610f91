#pragma once

#include "dataset.h"
#include "figurechart.h"
#include "mapscene.h"
#include "mapviewport.h"
#include "scenecamera.h"
#include "theme.h"

#include <QImage>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QVariantAnimation;

namespace atlas {

class Basemap;

/**
 * The classroom presentation of a dataset's scenes: one scene at a time, full screen, in the
 * projector theme, with its title and caption in large type, its annotations, and a chart panel
 * when the scene has one. Stepping flies the camera to the next scene (CameraFlight); the map is
 * rendered synchronously by MapRenderer into a cached frame whenever the viewport changes, and
 * the caption band, pointer tools and overlays are drawn over that frame.
 *
 * Keys are those presentation clickers send (see keyPressEvent and the on-screen help, F1).
 * Lives on the GUI thread; shares the dataset and basemap read-only. present() opens it as its
 * own window, deleted when closed.
 *
 * Signals: sceneChanged() when a step starts (also for the first scene), transitionFinished()
 * when the camera has arrived (at once when animations are off), finished() when the
 * presentation is left (Esc, or the window closed), themeChanged() when the dark-room theme is
 * toggled.
 */
class PresentationView : public QWidget
{
    Q_OBJECT

public:
    enum PointerTool { None, Laser, Spotlight, Magnifier };
    Q_ENUM(PointerTool)

    PresentationView(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const Basemap> basemap, QString language,
        QWidget *parent = nullptr);
    ~PresentationView() override;

    /// Opens a presentation starting at scene @p index as a window of its own (deleted when closed),
    /// full screen on @p window's screen, and the presenter view on another screen if there is one.
    static PresentationView *present(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const Basemap> basemap,
        QString language, int index, QWidget *window);
    /// The keys (and clicks) of a presentation and what they do, as its on-screen help (F1) lists
    /// them: pairs of (keys, action), translated.
    static QList<std::pair<QString, QString>> keyHelp();

    /// Shows scene @p index (0-based) at once and goes full screen, or shows a normal window when
    /// setWindowed(true) was called.
    void start(int index);
    void setWindowed(bool windowed) { m_windowed = windowed; }

    /// The next, previous or @p index-th scene; nothing past the ends.
    void next();
    void previous();
    void goTo(int index);

    int currentIndex() const { return m_index; }
    int sceneCount() const;
    /// The camera shown now: along the flight while animating, exactly the scene's camera at rest.
    SceneCamera camera() const;
    /// What the map frame shows now, in its own pixels (the frame is narrower beside a chart).
    MapViewport mapViewport() const;
    bool isAnimating() const { return m_flight.has_value(); }
    /// Off: steps land at once (tests, slow machines).
    void setAnimationsEnabled(bool enabled);
    bool animationsEnabled() const { return m_animationsEnabled; }

    bool isBlackedOut() const { return m_blackedOut; }
    void setBlackedOut(bool blackedOut);
    /// The digits typed so far for a jump (Enter goes there).
    QString pendingNumber() const { return m_pending; }
    /// The brief message on screen (e.g. a scene number that does not exist), or empty.
    QString message() const { return m_message; }
    PointerTool tool() const { return m_tool; }
    void setTool(PointerTool tool);
    bool isHelpShown() const { return m_helpShown; }
    void setHelpShown(bool shown);
    bool isDarkRoom() const { return m_darkRoom; }
    /// The projector theme for dim rooms (light on dark) instead of the light projector theme.
    void setDarkRoom(bool darkRoom);
    const Theme &theme() const { return m_theme; }

    /// The pixel size of the caption text at the current height (at least 1/25 of it).
    double captionPixelSize() const;
    /// The RenderOptions scale of the map: labels at least 1/45 of the height.
    double labelScale() const;

    const Dataset &dataset() const { return *m_dataset; }
    QString language() const { return m_language; }
    /// Scene @p index as it looks when it has arrived, rendered at @p size (logical pixels): for
    /// thumbnails. Every size in a slide is proportional to its height, so a small render is a
    /// faithful miniature.
    QImage renderSlide(int index, QSize size) const;

Q_SIGNALS:
    void sceneChanged(int index);
    void transitionFinished(int index);
    void finished();
    void themeChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    const Scene *scene(int index) const;
    void showScene(int index, bool animate);
    void finishTransition();
    /// Ends any flight at the scene's camera, with the scene's chart panel in place.
    void landCamera();
    void fadeBand(double to, int durationMs);
    void jumpToPending();
    void showMessage(const QString &text);
    /// How far the chart panel is in: 0 hidden, 1 fully shown.
    double panelShare() const;
    void ensureFrame();
    void paintPointer(QPainter &painter);
    void paintHelp(QPainter &painter);
    void paintMessage(QPainter &painter);
    void updateCursor();

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const Basemap> m_basemap;
    QString m_language;
    Theme m_theme;
    bool m_darkRoom = false;
    bool m_windowed = false;
    bool m_animationsEnabled = true;
    int m_index = -1;

    MapScene m_mapScene;                       ///< the data of scene m_index as the map draws it
    FigureCharts m_chart = FigureCharts::None; ///< the panel's chart: the scene's, or the last one sliding out
    QList<FigureChartRow> m_chartRows;

    SceneCamera m_camera;                 ///< where the camera rests (or where the running flight ends)
    std::optional<CameraFlight> m_flight; ///< engaged while flying
    SceneCamera m_flightFrom;
    double m_flightT = 1;
    double m_panelFrom = 0;
    double m_panelTo = 0;
    QVariantAnimation *m_flightAnimation;

    int m_bandIndex = -1; ///< whose title and caption the band shows (the old one while it fades out)
    double m_bandOpacity = 0;
    QVariantAnimation *m_bandAnimation;

    QImage m_frame; ///< the map, legend, annotations and chart panel, without the band and overlays
    MapViewport m_frameViewport;
    double m_frameShare = -1;
    bool m_frameDirty = true;

    bool m_blackedOut = false;
    bool m_helpShown = false;
    bool m_finishedEmitted = false;
    PointerTool m_tool = None;
    std::optional<QPointF> m_pointer;
    bool m_pointerInside = false;
    QString m_pending;
    QString m_message;
    QTimer *m_messageTimer;
    QTimer *m_cursorTimer;
};

} // namespace atlas
