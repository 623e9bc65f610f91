#pragma once

#include "theme.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QScreen;
class QTimer;

namespace atlas {

class PresentationView;
class SlideThumbnail;

/**
 * The presenter's screen during a presentation: the current scene's title and thumbnail, the
 * next scene's title and thumbnail ("End of presentation" after the last), the presenter notes
 * in large type, the time since the presenter view opened and "3 / 8". Follows a
 * PresentationView (which must outlive it or close it through finished()); thumbnails are the
 * view's own slides (PresentationView::renderSlide), rendered once per scene and theme. Keys
 * typed here go to the presentation, so a clicker works whichever window has the focus. Lives on
 * the GUI thread.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(PresentationView *presentation, QWidget *parent = nullptr);
    ~PresenterView() override;

    /// Whether there is a second screen to show a presenter view on.
    static bool shouldShow();
    /// Shows the view maximised on @p screen (or wherever the window system puts it, for null).
    void showOnScreen(QScreen *screen);

    QString currentTitle() const;
    /// The current scene's presenter notes in the presentation's language.
    QString notesText() const;
    /// The next scene's title, or "End of presentation" after the last.
    QString nextTitle() const;
    /// The time since the presenter view opened, "mm:ss".
    QString elapsedText() const;
    QString progressText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showScene(int index);
    QImage thumbnail(int index);
    void updateFonts();
    void tick();

    QPointer<PresentationView> m_presentation;
    Theme m_theme;
    int m_index = -1;
    QLabel *m_progress;
    QLabel *m_clock;
    QLabel *m_currentHeading;
    QLabel *m_currentTitle;
    SlideThumbnail *m_current;
    QLabel *m_nextHeading;
    QLabel *m_nextTitle;
    SlideThumbnail *m_next;
    QLabel *m_notesHeading;
    QLabel *m_notes;
    QElapsedTimer m_elapsed;
    QTimer *m_timer;
    QHash<int, QImage> m_thumbnails; ///< by scene index, for the presentation's current theme and size
    QSize m_thumbnailScreen;
};

} // namespace atlas
