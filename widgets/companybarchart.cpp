#include "companybarchart.h"

#include "entitytablemodel.h"
#include "sharedselection.h"
#include "spendingbycompanymodel.h"

#include <QAbstractTableModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHBarModelMapper>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMouseEvent>
#include <QPen>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double barWidth = 0.72;   ///< of a category, at most
constexpr double maxBarPixels = 30; ///< a lone bar stays a bar, not a block
constexpr double dimFactor = 0.72;  ///< how far a dimmed bar is blended towards the background

QColor blend(const QColor &from, const QColor &to, double factor)
{
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * factor),
        static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * factor),
        static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * factor));
}

struct Bar {
    QString id;
    QString name;
    double value = 0;
    QString label;
    QString toolTip;
    QColor colour;
};

/**
 * What the model mapper reads: the company model's non-zero rows as a diagonal matrix. Row r is
 * the bar set of the r-th largest company; column c is the c-th category from the bottom of the
 * axis, so the largest company's value sits in the top category and every other cell is 0.
 * One set per company is what gives each bar its own colour in a stacked series.
 */
class DiagonalBarModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<Bar> &bars() const { return m_bars; }
    void setBars(QList<Bar> bars)
    {
        beginResetModel();
        m_bars = std::move(bars);
        endResetModel();
    }
    /// The category (axis position from the bottom) of bar @p row.
    int categoryOf(int row) const { return static_cast<int>(m_bars.size()) - 1 - row; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_bars.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override { return rowCount(parent); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return index.column() == categoryOf(index.row()) ? m_bars.at(index.row()).value : 0.0;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
            return {};
        // Vertical: the bar set's label; horizontal: the category's company name.
        return orientation == Qt::Vertical ? m_bars.at(section).name : m_bars.at(categoryOf(section)).name;
    }

private:
    QList<Bar> m_bars;
};

} // namespace

struct CompanyBarChart::Private {
    EntityTableModel *model = nullptr;
    int valueColumn = 0;
    SharedSelection *selection = nullptr;
    Theme theme;

    DiagonalBarModel *bars = nullptr;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QHorizontalStackedBarSeries *series = nullptr;
    QHBarModelMapper *mapper = nullptr;
    QBarCategoryAxis *categoryAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QStackedLayout *stack = nullptr;
    QLabel *emptyLabel = nullptr;

    QList<QGraphicsSimpleTextItem *> labels;
    QList<QGraphicsRectItem *> outlines;
    QList<bool> highlighted;
    QList<bool> dimmed;
    Qt::KeyboardModifiers pressModifiers;
    bool updatingHighlight = false;

    QBarSet *setOf(int index) const
    {
        const QList<QBarSet *> sets = series->barSets();
        return index >= 0 && index < sets.size() ? sets.at(index) : nullptr;
    }
};

CompanyBarChart::CompanyBarChart(EntityTableModel *model, int valueColumn, DatasetDocument *document,
    SharedSelection *selection, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    Q_UNUSED(document) // the model follows the document; kept for breakdowns computed from the dataset
    d->model = model;
    d->valueColumn = valueColumn;
    d->selection = selection;
    d->theme = theme;

    d->bars = new DiagonalBarModel(this);
    d->series = new QHorizontalStackedBarSeries(this);
    d->series->setBarWidth(barWidth);
    d->mapper = new QHBarModelMapper(this);
    d->mapper->setFirstBarSetRow(0);
    d->mapper->setLastBarSetRow(-1);
    d->mapper->setFirstColumn(0);
    d->mapper->setColumnCount(-1);
    d->mapper->setSeries(d->series);
    d->mapper->setModel(d->bars);

    d->chart = new QChart;
    d->chart->addSeries(d->series);
    d->chart->legend()->hide();
    d->chart->setBackgroundRoundness(0);
    d->chart->setBackgroundBrush(theme.window);
    d->chart->setBackgroundPen(Qt::NoPen);
    d->chart->setPlotAreaBackgroundVisible(false);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->layout()->setContentsMargins(0, 0, 0, 0);
    d->chart->setAnimationOptions(QChart::NoAnimation);

    d->categoryAxis = new QBarCategoryAxis(this);
    d->categoryAxis->setLabelsFont(theme.uiFont);
    d->categoryAxis->setLabelsColor(theme.text);
    d->categoryAxis->setLinePen(QPen(theme.mutedText, 1));
    d->categoryAxis->setGridLineVisible(false);
    d->categoryAxis->setTruncateLabels(false);
    d->chart->addAxis(d->categoryAxis, Qt::AlignLeft);
    d->series->attachAxis(d->categoryAxis);

    // The values are written at the bars' ends, so the value axis only sets the scale.
    d->valueAxis = new QValueAxis(this);
    d->valueAxis->setVisible(false);
    d->chart->addAxis(d->valueAxis, Qt::AlignBottom);
    d->series->attachAxis(d->valueAxis);

    d->view = new QChartView(d->chart);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->setBackgroundBrush(theme.window);
    d->view->setMouseTracking(true);
    d->view->viewport()->installEventFilter(this);

    d->emptyLabel = new QLabel(tr("No data for this filter"));
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setFont(theme.uiFont);
    d->emptyLabel->setAutoFillBackground(true);
    QPalette palette = d->emptyLabel->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.mutedText);
    d->emptyLabel->setPalette(palette);

    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->emptyLabel);

    connect(d->series, &QAbstractBarSeries::clicked, this, [this](int, QBarSet *set) {
        clickBar(barIndexOfSetRow(static_cast<int>(d->series->barSets().indexOf(set))), d->pressModifiers);
    });
    connect(d->series, &QAbstractBarSeries::hovered, this, [this](bool status, int, QBarSet *set) {
        if (status)
            showToolTip(barIndexOfSetRow(static_cast<int>(d->series->barSets().indexOf(set))));
        else
            QToolTip::hideText();
    });
    connect(d->chart, &QChart::plotAreaChanged, this, [this] { layoutOverlays(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { rebuild(); });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            // Selected/Related changes come through selection->changed(); values only change on reset.
            if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Roles::Value))
                rebuild();
        });
    connect(selection, &SharedSelection::changed, this, [this] { updateHighlight(); });

    setMinimumSize(200, 120);
    rebuild();
}

CompanyBarChart::~CompanyBarChart()
{
    // The view owns the chart, which owns the overlays; disconnect before they go.
    disconnect(d->chart, nullptr, this, nullptr);
    disconnect(d->series, nullptr, this, nullptr);
}

int CompanyBarChart::barIndexOfSetRow(int setRow) const
{
    return setRow >= 0 && setRow < barCount() ? setRow : -1;
}

void CompanyBarChart::rebuild()
{
    QList<Bar> bars;
    const int withoutUsdColumn
        = qobject_cast<SpendingByCompanyModel *>(d->model) ? SpendingByCompanyModel::WithoutUsd : -1;
    for (int row = 0; row < d->model->rowCount(); ++row) {
        const QModelIndex value = d->model->index(row, d->valueColumn);
        Bar bar;
        bar.value = value.data(Roles::Value).toDouble();
        if (!(bar.value > 0))
            continue;
        bar.id = value.data(Roles::Id).toString();
        bar.name = d->model->index(row, 0).data(Qt::DisplayRole).toString();
        bar.label = value.data(Qt::DisplayRole).toString();
        const QString tip = value.data(Qt::ToolTipRole).toString();
        bar.toolTip = bar.name + u'\n' + (tip.isEmpty() ? bar.label : tip);
        if (withoutUsdColumn >= 0) {
            const QString other = d->model->index(row, withoutUsdColumn).data(Qt::DisplayRole).toString();
            if (!other.isEmpty())
                bar.toolTip += u'\n' + tr("Also %1 with no stated USD equivalent (not in the bar)").arg(other);
        }
        bar.colour = d->theme.companyColour(value.data(Roles::Colour).toString());
        bars.append(bar);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.value > b.value; });
    // Reset the mapper's source model, then tell the mapper how many sets there are: it rebuilds
    // the bar sets from the diagonal model (deleting the old ones) both times.
    d->bars->setBars(bars);
    d->mapper->setLastBarSetRow(static_cast<int>(bars.size()) - 1);

    updateCategories();
    double maximum = 0;
    for (const Bar &bar : bars)
        maximum = std::max(maximum, bar.value);
    // Room at the right for the value labels.
    d->valueAxis->setRange(0, maximum > 0 ? maximum * 1.32 : 1);

    qDeleteAll(d->labels);
    qDeleteAll(d->outlines);
    d->labels.clear();
    d->outlines.clear();
    const QList<QBarSet *> sets = d->series->barSets();
    for (int index = 0; index < bars.size(); ++index) {
        auto *label = new QGraphicsSimpleTextItem(bars.at(index).label, d->chart);
        label->setFont(d->theme.labelFont);
        label->setBrush(d->theme.text);
        label->setZValue(20);
        d->labels.append(label);
        auto *outline = new QGraphicsRectItem(d->chart);
        outline->setPen(QPen(d->theme.selection, 2.5));
        outline->setBrush(Qt::NoBrush);
        outline->setZValue(19);
        outline->setVisible(false);
        d->outlines.append(outline);
        if (index < sets.size()) {
            sets.at(index)->setPen(Qt::NoPen);
            sets.at(index)->setBorderColor(Qt::transparent);
        }
    }
    d->highlighted = QList<bool>(bars.size(), false);
    d->dimmed = QList<bool>(bars.size(), false);
    d->stack->setCurrentWidget(bars.isEmpty() ? static_cast<QWidget *>(d->emptyLabel) : d->view);
    updateHighlight();
    layoutOverlays();
}

void CompanyBarChart::updateCategories()
{
    // Names longer than about 40 % of the width are elided (the tooltip has the full name); the
    // axis needs distinct categories, so duplicates get invisible zero-width spaces.
    const QFontMetrics metrics(d->theme.uiFont);
    const int maxWidth = std::clamp(width() * 2 / 5, 60, 240);
    QStringList categories;
    for (int category = 0; category < d->bars->bars().size(); ++category) {
        const QString name = d->bars->headerData(category, Qt::Horizontal, Qt::DisplayRole).toString();
        QString text = metrics.elidedText(name, Qt::ElideRight, maxWidth);
        while (categories.contains(text))
            text += QChar(0x200b);
        categories.append(text);
    }
    if (categories != d->categoryAxis->categories())
        d->categoryAxis->setCategories(categories);
}

void CompanyBarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCategories();
}

void CompanyBarChart::updateHighlight()
{
    if (d->updatingHighlight)
        return;
    d->updatingHighlight = true;
    const QList<Bar> &bars = d->bars->bars();
    const bool anySelected = !d->selection->isEmpty();
    const QList<QBarSet *> sets = d->series->barSets();
    for (int index = 0; index < bars.size() && index < sets.size(); ++index) {
        const EntityRef ref { EntityType::Company, bars.at(index).id };
        const bool selected = d->selection->isSelected(ref);
        const bool dim = anySelected && !selected && !d->selection->isRelated(ref);
        const QColor colour = dim ? blend(bars.at(index).colour, d->theme.window, dimFactor) : bars.at(index).colour;
        if (sets.at(index)->color() != colour)
            sets.at(index)->setColor(colour);
        d->highlighted[index] = selected;
        d->dimmed[index] = dim;
        d->outlines.at(index)->setVisible(selected);
        d->labels.at(index)->setBrush(dim ? d->theme.mutedText : d->theme.text);
    }
    d->updatingHighlight = false;
}

void CompanyBarChart::layoutOverlays()
{
    const int count = barCount();
    if (count > 0 && d->chart->plotArea().height() > 0) {
        const double width = std::min(barWidth, maxBarPixels * count / d->chart->plotArea().height());
        if (std::abs(width - d->series->barWidth()) > 1e-3)
            d->series->setBarWidth(width); // does not move the plot area: no layout loop
    }
    const double halfWidth = d->series->barWidth() / 2;
    const QList<Bar> &bars = d->bars->bars();
    for (int index = 0; index < d->labels.size() && index < bars.size(); ++index) {
        const int category = d->bars->categoryOf(index);
        const QPointF end = d->chart->mapToPosition(QPointF(bars.at(index).value, category), d->series);
        const QPointF start = d->chart->mapToPosition(QPointF(0, category), d->series);
        const QPointF top = d->chart->mapToPosition(QPointF(0, category + halfWidth), d->series);
        const QPointF bottom = d->chart->mapToPosition(QPointF(0, category - halfWidth), d->series);
        QGraphicsSimpleTextItem *label = d->labels.at(index);
        const QRectF text = label->boundingRect();
        label->setPos(end.x() + 4, end.y() - text.height() / 2);
        d->outlines.at(index)->setRect(QRectF(QPointF(start.x(), top.y()), QPointF(end.x(), bottom.y())).normalized());
    }
}

int CompanyBarChart::barCount() const
{
    return static_cast<int>(d->bars->bars().size());
}

QString CompanyBarChart::barCompanyId(int index) const
{
    return index >= 0 && index < barCount() ? d->bars->bars().at(index).id : QString();
}

double CompanyBarChart::barValue(int index) const
{
    const QBarSet *set = d->setOf(index);
    const int category = d->bars->categoryOf(index);
    return set && category >= 0 && category < set->count() ? set->at(category) : 0.0;
}

QColor CompanyBarChart::barColour(int index) const
{
    QBarSet *set = d->setOf(index);
    return set ? set->color() : QColor();
}

QString CompanyBarChart::barLabel(int index) const
{
    return index >= 0 && index < d->labels.size() ? d->labels.at(index)->text() : QString();
}

QString CompanyBarChart::barToolTip(int index) const
{
    return index >= 0 && index < barCount() ? d->bars->bars().at(index).toolTip : QString();
}

bool CompanyBarChart::isBarHighlighted(int index) const
{
    return index >= 0 && index < d->highlighted.size() && d->highlighted.at(index);
}

bool CompanyBarChart::isBarDimmed(int index) const
{
    return index >= 0 && index < d->dimmed.size() && d->dimmed.at(index);
}

QRectF CompanyBarChart::barRect(int index) const
{
    if (index < 0 || index >= barCount() || isEmptyStateShown())
        return {};
    const int category = d->bars->categoryOf(index);
    const double halfWidth = d->series->barWidth() / 2;
    const QPointF a = d->chart->mapToPosition(QPointF(0, category + halfWidth), d->series);
    const QPointF b = d->chart->mapToPosition(QPointF(barValue(index), category - halfWidth), d->series);
    const QRectF inChart = QRectF(a, b).normalized();
    const QPolygon inViewport = d->view->mapFromScene(d->chart->mapToScene(inChart));
    const QRect rect = inViewport.boundingRect();
    return QRectF(d->view->viewport()->mapTo(this, rect.topLeft()), rect.size());
}

void CompanyBarChart::clickBar(int index, Qt::KeyboardModifiers modifiers)
{
    const QString id = barCompanyId(index);
    if (id.isEmpty())
        return;
    QStringList ids = d->selection->selectedIds(EntityType::Company);
    if (modifiers & Qt::ControlModifier) {
        if (ids.contains(id))
            ids.removeAll(id);
        else
            ids.append(id);
    } else if (modifiers & Qt::ShiftModifier) {
        if (!ids.contains(id))
            ids.append(id);
    } else {
        ids = QStringList { id };
    }
    d->selection->setSelectedIds(EntityType::Company, ids);
}

bool CompanyBarChart::isEmptyStateShown() const
{
    return d->stack->currentWidget() == d->emptyLabel;
}

void CompanyBarChart::showToolTip(int index)
{
    const QString text = barToolTip(index);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, d->view);
}

bool CompanyBarChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view->viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick))
        d->pressModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    return QWidget::eventFilter(watched, event);
}

void CompanyBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->emptyLabel->setText(tr("No data for this filter"));
    QWidget::changeEvent(event);
}

} // namespace atlas
