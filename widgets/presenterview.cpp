#include "presenterview.h"

#include "presentationview.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

/// Thumbnails are rendered this wide; the widget scales them down smoothly.
constexpr int ThumbnailWidth = 960;

QFont pixelFont(QFont font, double pixels, QFont::Weight weight = QFont::Normal)
{
    font.setPixelSize(std::max(1, static_cast<int>(pixels)));
    font.setWeight(weight);
    return font;
}

} // namespace

/// A slide image scaled to fit, keeping its proportions, with a frame; a dashed frame when empty.
class SlideThumbnail : public QWidget
{
public:
    SlideThumbnail(Theme theme, QWidget *parent)
        : QWidget(parent)
        , m_theme(std::move(theme))
    {
        setMinimumSize(160, 90);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        const QSizeF aspect = m_image.isNull() ? QSizeF(16, 9) : QSizeF(m_image.size());
        const QSizeF fitted = aspect.scaled(QSizeF(size()) - QSizeF(2, 2), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - fitted.width()) / 2, 1), fitted);
        if (m_image.isNull()) {
            painter.setPen(QPen(m_theme.mutedText, 1, Qt::DashLine));
            painter.drawRect(target);
            return;
        }
        painter.drawImage(target, m_image);
        painter.setPen(QPen(m_theme.border, 1));
        painter.drawRect(target);
    }

private:
    Theme m_theme;
    QImage m_image;
};

PresenterView::PresenterView(PresentationView *presentation, QWidget *parent)
    : QWidget(parent)
    , m_presentation(presentation)
    , m_theme(Theme::dark())
    , m_progress(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_currentHeading(new QLabel(tr("Now"), this))
    , m_currentTitle(new QLabel(this))
    , m_current(new SlideThumbnail(m_theme, this))
    , m_nextHeading(new QLabel(tr("Next"), this))
    , m_nextTitle(new QLabel(this))
    , m_next(new SlideThumbnail(m_theme, this))
    , m_notesHeading(new QLabel(tr("Notes"), this))
    , m_notes(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Presenter view"));
    setFocusPolicy(Qt::StrongFocus);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, m_theme.window);
    colours.setColor(QPalette::WindowText, m_theme.text);
    colours.setColor(QPalette::Base, m_theme.window);
    colours.setColor(QPalette::Text, m_theme.text);
    setPalette(colours);
    setAutoFillBackground(true);
    for (QLabel *muted : { m_currentHeading, m_nextHeading, m_notesHeading, m_progress }) {
        QPalette mutedColours = colours;
        mutedColours.setColor(QPalette::WindowText, m_theme.mutedText);
        muted->setPalette(mutedColours);
    }
    for (QLabel *title : { m_currentTitle, m_nextTitle })
        title->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notes->setTextFormat(Qt::PlainText);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_progress);
    header->addStretch(1);
    header->addWidget(m_clock);

    auto *now = new QVBoxLayout;
    now->addWidget(m_currentHeading);
    now->addWidget(m_currentTitle);
    now->addWidget(m_current, 1);
    auto *upcoming = new QVBoxLayout;
    upcoming->addWidget(m_nextHeading);
    upcoming->addWidget(m_nextTitle);
    upcoming->addWidget(m_next, 1);
    auto *slides = new QHBoxLayout;
    slides->addLayout(now, 3);
    slides->addSpacing(24);
    slides->addLayout(upcoming, 2);

    auto *notesArea = new QScrollArea(this);
    notesArea->setWidget(m_notes);
    notesArea->setWidgetResizable(true);
    notesArea->setFrameShape(QFrame::NoFrame);
    // The clicker's Page Up and Page Down must reach the presentation, not scroll the notes.
    notesArea->setFocusPolicy(Qt::NoFocus);
    notesArea->setPalette(colours);
    notesArea->viewport()->setAutoFillBackground(false);
    m_notes->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addLayout(slides, 3);
    layout->addWidget(m_notesHeading);
    layout->addWidget(notesArea, 2);
    updateFonts();

    m_elapsed.start();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterView::tick);
    m_timer->start();
    tick();

    if (m_presentation) {
        connect(m_presentation, &PresentationView::sceneChanged, this, &PresenterView::showScene);
        connect(m_presentation, &PresentationView::themeChanged, this, [this] {
            m_thumbnails.clear();
            showScene(m_index);
        });
        showScene(m_presentation->currentIndex());
    }
}

PresenterView::~PresenterView() = default;

bool PresenterView::shouldShow()
{
    return QGuiApplication::screens().size() > 1;
}

void PresenterView::showOnScreen(QScreen *screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->availableGeometry());
    }
    showMaximized();
}

QString PresenterView::currentTitle() const
{
    return m_currentTitle->text();
}

QString PresenterView::notesText() const
{
    return m_notes->text();
}

QString PresenterView::nextTitle() const
{
    return m_nextTitle->text();
}

QString PresenterView::progressText() const
{
    return m_progress->text();
}

QString PresenterView::elapsedText() const
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void PresenterView::tick()
{
    m_clock->setText(elapsedText());
}

void PresenterView::showScene(int index)
{
    m_index = index;
    if (!m_presentation)
        return;
    const Dataset &dataset = m_presentation->dataset();
    const QString language = m_presentation->language();
    const auto count = static_cast<int>(dataset.scenes.size());
    if (index < 0 || index >= count) {
        m_progress->clear();
        m_currentTitle->clear();
        m_notes->clear();
        m_current->setImage({});
        return;
    }
    const Scene &scene = dataset.scenes.at(index);
    m_progress->setText(tr("%1 / %2").arg(index + 1).arg(count));
    m_currentTitle->setText(scene.title.text(language));
    m_notes->setText(scene.notes.text(language));
    m_current->setImage(thumbnail(index));
    if (index + 1 < count) {
        m_nextTitle->setText(dataset.scenes.at(index + 1).title.text(language));
        m_next->setImage(thumbnail(index + 1));
    } else {
        m_nextTitle->setText(tr("End of presentation"));
        m_next->setImage({});
    }
}

QImage PresenterView::thumbnail(int index)
{
    // In the proportions of the audience's screen.
    const QSize screen = m_presentation->size().isEmpty() ? QSize(16, 9) : m_presentation->size();
    if (screen != m_thumbnailScreen) {
        m_thumbnails.clear();
        m_thumbnailScreen = screen;
    }
    if (const auto found = m_thumbnails.constFind(index); found != m_thumbnails.cend())
        return *found;
    const QSize size(ThumbnailWidth, std::max(1, ThumbnailWidth * screen.height() / std::max(1, screen.width())));
    QImage image = m_presentation->renderSlide(index, size);
    m_thumbnails.insert(index, image);
    return image;
}

void PresenterView::updateFonts()
{
    // Large enough to read at a glance from a step away.
    const double unit = std::clamp(height() / 36.0, 14.0, 40.0);
    m_clock->setFont(pixelFont(m_theme.uiFont, unit * 1.6, QFont::Bold));
    m_progress->setFont(pixelFont(m_theme.uiFont, unit * 1.2, QFont::DemiBold));
    for (QLabel *heading : { m_currentHeading, m_nextHeading, m_notesHeading })
        heading->setFont(pixelFont(m_theme.uiFont, unit * 0.8, QFont::DemiBold));
    m_currentTitle->setFont(pixelFont(m_theme.titleFont, unit * 1.3, QFont::Bold));
    m_nextTitle->setFont(pixelFont(m_theme.titleFont, unit, QFont::DemiBold));
    m_notes->setFont(pixelFont(m_theme.uiFont, unit * 1.15));
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    // A clicker types into whichever window has the focus: drive the presentation from here too.
    if (m_presentation) {
        QCoreApplication::sendEvent(m_presentation, event);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace atlas
