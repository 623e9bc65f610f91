#include "timelineview.h"

#include "datasetdocument.h"
#include "datasetfilter.h"
#include "format.h"
#include "sharedselection.h"

#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace atlas {

namespace {

constexpr int AnimationIntervalMs = 150;
constexpr double FadedAlpha = 0.22;

QPainterPath diamond(const QRectF &rect)
{
    QPainterPath path;
    path.moveTo(rect.center().x(), rect.top());
    path.lineTo(rect.right(), rect.center().y());
    path.lineTo(rect.center().x(), rect.bottom());
    path.lineTo(rect.left(), rect.center().y());
    path.closeSubpath();
    return path;
}

QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<br>%1 %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

TimelineView::TimelineView(
    DatasetDocument *document, SharedSelection *selection, FilterState *filter, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_filter(filter)
    , m_theme(theme)
    , m_controls(new QWidget(this))
    , m_play(new QToolButton(m_controls))
    , m_slider(new QSlider(Qt::Horizontal, m_controls))
    , m_asOfLabel(new QLabel(m_controls))
    , m_animation(new QTimer(this))
{
    setFont(theme.uiFont);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);

    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setAutoRaise(true);
    m_slider->setObjectName(QStringLiteral("asOfSlider"));
    m_slider->setToolTip(tr("Show the data as it was known on this date (right end: everything)"));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(30);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    m_asOfLabel->setMinimumWidth(m_asOfLabel->fontMetrics().horizontalAdvance(tr("As of %1").arg(u"0000-00-00")) + 8);
    QPalette muted = m_asOfLabel->palette();
    muted.setColor(QPalette::WindowText, theme.text);
    m_asOfLabel->setPalette(muted);

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_asOfLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 4);
    layout->addStretch(1);
    layout->addWidget(m_controls);

    m_animation->setInterval(AnimationIntervalMs);
    connect(m_animation, &QTimer::timeout, this, &TimelineView::stepAnimation);
    connect(m_play, &QToolButton::clicked, this, &TimelineView::togglePlaying);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating && m_first.isValid())
            setAsOf(m_first.addDays(value));
    });

    connect(document, &DatasetDocument::datasetChanged, this, &TimelineView::rebuild);
    connect(document, &DatasetDocument::contentChanged, this, &TimelineView::rebuild);
    connect(document, &DatasetDocument::languageChanged, this, &TimelineView::rebuild);
    connect(filter, &FilterState::changed, this, &TimelineView::updateFromFilter);
    connect(selection, &SharedSelection::changed, this, qOverload<>(&QWidget::update));
    connect(selection, &SharedSelection::changed, this, &TimelineView::updateDescription);
    rebuild();
}

TimelineView::~TimelineView() = default;

QDate TimelineView::asOf() const
{
    return m_filter->filter().asOf;
}

void TimelineView::setAsOf(const QDate &date)
{
    QDate wanted = date;
    if (!m_first.isValid() || !wanted.isValid() || wanted >= m_last)
        wanted = QDate();
    else if (wanted < m_first)
        wanted = m_first;
    DatasetFilter filter = m_filter->filter();
    filter.asOf = wanted;
    m_filter->setFilter(filter);
}

QAbstractButton *TimelineView::playButton() const
{
    return m_play;
}

bool TimelineView::isPlaying() const
{
    return m_animation->isActive();
}

void TimelineView::play()
{
    if (isPlaying() || !m_first.isValid())
        return;
    if (!asOf().isValid())
        setAsOf(m_first);
    m_animation->start();
    updateControls();
}

void TimelineView::pause()
{
    if (!isPlaying())
        return;
    m_animation->stop();
    updateControls();
}

void TimelineView::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void TimelineView::stepAnimation()
{
    if (!m_first.isValid())
        return;
    const QDate current = asOf();
    const QDate next = current.isValid() ? current.addMonths(1) : m_first;
    if (next >= m_last) {
        setAsOf(QDate());
        pause();
        return;
    }
    setAsOf(next);
}

QList<QPair<QString, QDate>> TimelineView::markers() const
{
    QList<QPair<QString, QDate>> list;
    for (const Marker &marker : std::as_const(m_markers))
        list.append({ marker.entity.id, marker.date });
    return list;
}

QRectF TimelineView::markerRect(const QString &id) const
{
    ensureLayout();
    for (const Marker &marker : std::as_const(m_markers)) {
        if (marker.entity.id == id)
            return marker.rect;
    }
    return {};
}

QSize TimelineView::sizeHint() const
{
    return { 900, 260 };
}

QSize TimelineView::minimumSizeHint() const
{
    return { 300, 120 };
}

void TimelineView::rebuild()
{
    const Dataset &dataset = m_document->dataset();
    const QString language = m_document->language();

    // The axis spans every date in the dataset, whatever the filter shows.
    m_first = QDate();
    m_last = QDate();
    const auto consider = [this](const PartialDate &date) {
        if (!date.isValid())
            return;
        if (!m_first.isValid() || date.first() < m_first)
            m_first = date.first();
        if (!m_last.isValid() || date.last() > m_last)
            m_last = date.last();
    };
    for (const Investment &investment : dataset.investments)
        consider(investment.announced);
    for (const Site &site : dataset.sites) {
        consider(site.status.asOf);
        for (const GpuDeployment &gpu : site.gpus)
            consider(gpu.expected);
    }

    const auto companyName = [&dataset, &language](const QString &id) {
        const Company *company = dataset.company(id);
        return company ? company->name.text(language) : id;
    };

    // Everything the filter shows apart from its own "as of", which only fades markers.
    DatasetFilter filter = m_filter->filter();
    filter.asOf = QDate();

    m_markers.clear();
    for (const Investment &investment : dataset.investments) {
        if (!investment.announced.isValid() || investment.investors.isEmpty()
            || !filter.acceptsInvestment(dataset, investment))
            continue;
        Marker marker;
        marker.entity = { EntityType::Investment, investment.id };
        marker.company = investment.investors.first();
        marker.date = investment.announced.first();
        QStringList investors;
        for (const QString &id : investment.investors)
            investors.append(companyName(id));
        QString tip = QStringLiteral("<b>%1</b>")
                          .arg(tr("Investment announced by %1").arg(investors.join(tr(", "))).toHtmlEscaped());
        if (!investment.target.isEmpty())
            tip += QStringLiteral("<br>") + investment.target.text(language).toHtmlEscaped();
        tip += line(tr("Announced:"), investment.announced.text);
        tip += line(tr("Amount:"), investment.amount ? Format::claim(*investment.amount) : tr("not disclosed"));
        tip += line(tr("Sources:"), Format::sourceTags(investment.sources));
        marker.toolTip = tip;
        m_markers.append(marker);
    }
    for (const Site &site : dataset.sites) {
        if (!filter.acceptsSite(site))
            continue;
        for (const GpuDeployment &gpu : site.gpus) {
            if (!gpu.expected.isValid() || gpu.company.isEmpty())
                continue;
            Marker marker;
            marker.entity = { EntityType::Site, site.id };
            marker.company = gpu.company;
            marker.date = gpu.expected.first();
            marker.delivery = true;
            const QString model = gpu.model.isEmpty() ? tr("GPUs") : gpu.model;
            QString tip
                = QStringLiteral("<b>%1</b>")
                      .arg(tr("%1 delivery expected for %2").arg(model, companyName(gpu.company)).toHtmlEscaped());
            tip += QStringLiteral("<br>") + site.name.text(language).toHtmlEscaped();
            tip += line(tr("Expected:"), gpu.expected.text);
            tip += line(tr("GPUs:"), gpu.count ? Format::claim(*gpu.count) : tr("not stated"));
            tip += line(tr("Sources:"), Format::sourceTags(gpu.sources.isEmpty() ? site.sources : gpu.sources));
            marker.toolTip = tip;
            m_markers.append(marker);
        }
    }

    // One row per company with a marker, in dataset order.
    m_rows.clear();
    m_rowLabels.clear();
    for (const Company &company : dataset.companies) {
        const bool used = std::any_of(m_markers.cbegin(), m_markers.cend(),
            [&company](const Marker &marker) { return marker.company == company.id; });
        if (used) {
            m_rows.append(company.id);
            m_rowLabels.append(company.name.text(language));
        }
    }
    for (const Marker &marker : std::as_const(m_markers)) {
        if (!m_rows.contains(marker.company)) {
            m_rows.append(marker.company);
            m_rowLabels.append(marker.company);
        }
    }
    for (Marker &marker : m_markers)
        marker.row = int(m_rows.indexOf(marker.company));

    m_layoutValid = false;
    updateControls();
    update();
}

void TimelineView::updateFromFilter()
{
    rebuild();
}

void TimelineView::updateControls()
{
    m_updating = true;
    const int days = m_first.isValid() ? int(m_first.daysTo(m_last)) : 0;
    m_slider->setEnabled(days > 0);
    m_play->setEnabled(days > 0);
    m_slider->setRange(0, days);
    const QDate date = asOf();
    m_slider->setValue(date.isValid() ? std::clamp(int(m_first.daysTo(date)), 0, days) : days);
    m_asOfLabel->setText(date.isValid() ? tr("As of %1").arg(Format::date(date)) : tr("All dates"));
    const bool playing = isPlaying();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play: move the date month by month from the first to the last"));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_slider->setAccessibleName(tr("As of date"));
    m_slider->setAccessibleDescription(m_asOfLabel->text());
    m_updating = false;
    updateDescription();
}

void TimelineView::updateDescription()
{
    // The painted markers as a screen reader hears them: how many, over which dates, what is selected.
    setAccessibleName(tr("Timeline"));
    QStringList parts;
    if (m_markers.isEmpty()) {
        parts << tr("No dated investments or deliveries");
    } else {
        parts << tr("%n marker(s) of announced investments and expected GPU deliveries, from %1 to %2", nullptr,
            static_cast<int>(m_markers.size()))
                     .arg(Format::date(m_first), Format::date(m_last));
        QStringList selected;
        for (const Marker &marker : std::as_const(m_markers)) {
            if (m_selection->isSelected(marker.entity))
                selected << Format::date(marker.date);
        }
        if (!selected.isEmpty())
            parts << tr("Selected: %1").arg(selected.join(tr(", ")));
    }
    parts << m_asOfLabel->text();
    const QString description = parts.join(QStringLiteral(". ")) + u'.';
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

QRectF TimelineView::plotRect() const
{
    const QFontMetricsF metrics(m_theme.labelFont);
    const int controlsHeight = m_controls->sizeHint().height() + layout()->contentsMargins().bottom();
    const double top = metrics.height() + 6;                                 // room for the as-of label
    const double bottom = height() - controlsHeight - metrics.height() - 10; // room for the years
    const double left = 8 + m_labelWidth + 10;
    return QRectF(QPointF(left, top), QPointF(width() - 14.0, std::max(top + 1, bottom)));
}

double TimelineView::xOf(const QDate &date) const
{
    const QRectF plot = plotRect();
    const double span = std::max<qint64>(1, m_first.daysTo(m_last));
    return plot.left() + plot.width() * double(m_first.daysTo(date)) / span;
}

void TimelineView::ensureLayout() const
{
    if (m_layoutValid)
        return;
    const QFontMetricsF metrics(m_theme.labelFont);
    m_labelWidth = 0;
    for (const QString &label : m_rowLabels)
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(label));
    m_labelWidth = std::min(m_labelWidth, width() * 0.3);

    const QRectF plot = plotRect();
    const double rowHeight = m_rows.isEmpty() ? plot.height() : plot.height() / m_rows.size();
    const double radius = std::clamp(rowHeight * 0.36, 3.0, 6.0);

    // Markers at (nearly) the same place in a row are spread vertically so each stays clickable.
    QList<int> order(m_markers.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return std::pair(m_markers[a].row, m_markers[a].date) < std::pair(m_markers[b].row, m_markers[b].date);
    });
    int previousRow = -1;
    double clusterX = 0;
    int inCluster = 0;
    for (int index : order) {
        Marker &marker = m_markers[index];
        const double x = xOf(marker.date);
        if (marker.row == previousRow && x - clusterX < radius * 1.6) {
            ++inCluster;
        } else {
            inCluster = 0;
            clusterX = x;
        }
        previousRow = marker.row;
        static constexpr double offsets[] = { 0, -0.9, 0.9, -1.8, 1.8 };
        const double dy = offsets[inCluster % 5] * radius;
        const double dx = (inCluster / 5) * radius; // beyond five, move right a little
        const double y = plot.top() + (marker.row + 0.5) * rowHeight + dy;
        marker.rect = QRectF(x + dx - radius, y - radius, 2 * radius, 2 * radius);
    }
    m_layoutValid = true;
}

int TimelineView::markerAt(const QPointF &position) const
{
    ensureLayout();
    // The last drawn is on top.
    for (int i = int(m_markers.size()) - 1; i >= 0; --i) {
        if (m_markers[i].rect.adjusted(-2, -2, 2, 2).contains(position))
            return i;
    }
    return -1;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // tooltips, controls and the accessible texts
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = markerAt(help->pos());
        if (index >= 0)
            QToolTip::showText(
                help->globalPos(), m_markers[index].toolTip, this, m_markers[index].rect.toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    m_layoutValid = false;
    QWidget::resizeEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(markerAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const int index = markerAt(event->position());
    if (index < 0)
        return;
    const EntityRef ref = m_markers[index].entity;
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        QSet<EntityRef> selection = m_selection->selection();
        if (selection.contains(ref))
            selection.remove(ref);
        else
            selection.insert(ref);
        m_selection->setSelection(selection);
    } else {
        m_selection->setCurrent(ref);
    }
    event->accept();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.window);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_theme.labelFont);
    const QFontMetricsF metrics(m_theme.labelFont);

    if (!m_first.isValid() || m_markers.isEmpty()) {
        painter.setPen(m_theme.mutedText);
        const QRectF area(0, 0, width(), plotRect().bottom());
        painter.drawText(area, Qt::AlignCenter,
            m_first.isValid() ? tr("Nothing dated matches the filter") : tr("No dated investments or deliveries"));
        return;
    }

    const QRectF plot = plotRect();
    const double rowHeight = plot.height() / std::max<qsizetype>(1, m_rows.size());

    // Row guides and labels.
    for (int row = 0; row < m_rows.size(); ++row) {
        const double y = plot.top() + (row + 0.5) * rowHeight;
        painter.setPen(QPen(m_theme.graticule, 1, Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(m_theme.text);
        const QRectF labelRect(8, y - rowHeight / 2, m_labelWidth, rowHeight);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(m_rowLabels.at(row), Qt::ElideRight, m_labelWidth));
    }

    // Axis: quarter ticks, years as lines through the plot with their labels below.
    painter.setPen(QPen(m_theme.border, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (QDate quarter(m_first.year(), 1, 1); quarter <= m_last; quarter = quarter.addMonths(3)) {
        if (quarter < m_first)
            continue;
        const double x = xOf(quarter);
        const bool year = quarter.month() == 1;
        if (year) {
            painter.setPen(QPen(m_theme.graticule, 1));
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        }
        painter.setPen(QPen(m_theme.border, 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + (year ? 6 : 3)));
        if (year) {
            painter.setPen(m_theme.mutedText);
            painter.drawText(QPointF(x + 3, plot.bottom() + 4 + metrics.ascent()), QString::number(quarter.year()));
        }
    }

    // Markers: later than "as of" are faded; selected ones are outlined.
    const QDate asOfDate = asOf();
    const Dataset &dataset = m_document->dataset();
    for (const Marker &marker : std::as_const(m_markers)) {
        const Company *company = dataset.company(marker.company);
        QColor colour = m_theme.companyColour(dataset, company);
        const bool faded = asOfDate.isValid() && marker.date > asOfDate;
        if (faded)
            colour.setAlphaF(FadedAlpha);
        QPainterPath shape;
        if (marker.delivery) {
            shape = diamond(marker.rect.adjusted(-1, -1, 1, 1));
            QColor fill = m_theme.window;
            if (faded)
                fill.setAlphaF(FadedAlpha);
            painter.setPen(QPen(colour, 2));
            painter.setBrush(fill);
        } else {
            shape.addEllipse(marker.rect);
            QColor edge = m_theme.window;
            if (faded)
                edge.setAlphaF(FadedAlpha);
            painter.setPen(QPen(edge, 1));
            painter.setBrush(colour);
        }
        painter.drawPath(shape);
        if (m_selection->isSelected(marker.entity)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(m_theme.selection, 2));
            const QRectF outline = marker.rect.adjusted(-3, -3, 3, 3);
            if (marker.delivery) {
                painter.drawPath(diamond(outline.adjusted(-1, -1, 1, 1)));
            } else {
                painter.drawEllipse(outline);
            }
        }
    }

    // The as-of date.
    if (asOfDate.isValid()) {
        const double x = xOf(asOfDate);
        painter.setPen(QPen(m_theme.warning, 1.5));
        painter.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()));
        const QString label = asOfDate.toString(Qt::ISODate);
        const double labelWidth = metrics.horizontalAdvance(label);
        const double labelX = std::clamp(x - labelWidth / 2, plot.left(), plot.right() - labelWidth);
        painter.drawText(QPointF(labelX, plot.top() - 4), label);
    }
}

} // namespace atlas
