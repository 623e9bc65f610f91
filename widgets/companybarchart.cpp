#include "companybarchart.h"

#include "charttableview.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "entitytablemodel.h"
#include "format.h"
#include "gpusbycompanymodel.h"
#include "sharedselection.h"
#include "spendingbycompanymodel.h"

#include <QAbstractTableModel>
#include <QAccessible>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHBarModelMapper>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMouseEvent>
#include <QPen>
#include <QPointer>
#include <QStackedLayout>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
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

/// One part of a company's bar: the whole bar in Total mode.
struct Segment {
    QString key;  ///< GPU model, site id or country code; empty in Total mode
    QString name; ///< as users read it
    double value = 0;
    bool disputed = false;
    QColor colour; ///< undimmed shade of the company colour
};

struct Bar {
    QString id;
    QString name;
    double value = 0;
    QString label;
    QString toolTip;
    QString sources; ///< "[S1][S4]": the sources behind the value, for screen readers
    QColor colour;
    QList<Segment> segments; ///< never empty; their values sum to value
};

/// Alternating lighter and darker steps of @p base, the first segment in the company colour itself.
QColor shade(const QColor &base, int segment)
{
    if (segment == 0)
        return base;
    const int step = 1 + ((segment + 1) / 2 - 1) % 3;
    return segment % 2 ? base.lighter(100 + 35 * step) : base.darker(100 + 25 * step);
}

/// The amount is not one agreed exact figure: sources disagree, or it is qualified.
bool isDisputed(const Claim &amount)
{
    return !amount.alternatives.isEmpty() || amount.qualifier != Qualifier::Exact;
}

/// One part of a company's total, before it becomes a Segment.
struct Part {
    QString name;
    double value = 0;
    bool disputed = false;
};

/// A company's segments and the spending details its tooltip lists.
struct Breakdown {
    QMap<QString, Part> parts; ///< by key
    QStringList investments;   ///< counted investments, one line each
    QStringList disputes;      ///< disputed or qualified investments with caveats and alternatives
    bool disputed = false;
};

/**
 * What the model mapper reads: one row (bar set) per segment, one column per category. Row r is
 * a segment of bar b; column c is the c-th category from the bottom of the axis, so the largest
 * company's segments sit in the top category and every other cell of their rows is 0. A set per
 * segment is what gives each segment its own shade in a stacked series; the sets of one bar
 * follow each other, so they stack left to right in segment order.
 */
class SegmentBarModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    const QList<Bar> &bars() const { return m_bars; }
    void setBars(QList<Bar> bars)
    {
        beginResetModel();
        m_bars = std::move(bars);
        m_rows.clear();
        m_firstRows.clear();
        for (int bar = 0; bar < m_bars.size(); ++bar) {
            m_firstRows.append(static_cast<int>(m_rows.size()));
            for (int segment = 0; segment < m_bars.at(bar).segments.size(); ++segment)
                m_rows.append({ bar, segment });
        }
        endResetModel();
    }
    /// The category (axis position from the bottom) of bar @p bar.
    int categoryOf(int bar) const { return static_cast<int>(m_bars.size()) - 1 - bar; }
    /// The bar set row of the bar's @p segment, or -1.
    int rowOf(int bar, int segment) const
    {
        if (bar < 0 || bar >= m_bars.size() || segment < 0 || segment >= m_bars.at(bar).segments.size())
            return -1;
        return m_firstRows.at(bar) + segment;
    }
    /// The bar and segment of bar set row @p row; {-1, -1} if there is none.
    std::pair<int, int> segmentOf(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row) : std::pair { -1, -1 };
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_bars.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const auto [bar, segment] = m_rows.at(index.row());
        return index.column() == categoryOf(bar) ? m_bars.at(bar).segments.at(segment).value : 0.0;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole || section < 0)
            return {};
        if (orientation == Qt::Vertical) { // the bar set's label
            if (section >= m_rows.size())
                return {};
            const auto [bar, segment] = m_rows.at(section);
            const QString &key = m_bars.at(bar).segments.at(segment).name;
            return key.isEmpty() ? m_bars.at(bar).name : m_bars.at(bar).name + QStringLiteral(" — ") + key;
        }
        // Horizontal: the category's company name.
        return section < m_bars.size() ? m_bars.at(categoryOf(section)).name : QVariant();
    }

private:
    QList<Bar> m_bars;
    QList<std::pair<int, int>> m_rows; ///< bar, segment
    QList<int> m_firstRows;
};

} // namespace

struct CompanyBarChart::Private {
    EntityTableModel *model = nullptr;
    int valueColumn = 0;
    DatasetDocument *document = nullptr;
    SharedSelection *selection = nullptr;
    QPointer<FilterState> filter;
    Theme theme;
    bool spending = false;
    StackMode mode = StackMode::Total;

    SegmentBarModel *bars = nullptr;
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QHorizontalStackedBarSeries *series = nullptr;
    QHBarModelMapper *mapper = nullptr;
    QBarCategoryAxis *categoryAxis = nullptr;
    QValueAxis *valueAxis = nullptr;
    QStackedLayout *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QLabel *stackLabel = nullptr;
    QComboBox *stackBox = nullptr;
    QToolButton *tableButton = nullptr;
    ChartTableView *table = nullptr;
    QGraphicsRectItem *focusRing = nullptr; ///< around the current bar while the chart has focus
    QString currentId;                      ///< the company of the current bar (see currentBar())

    QList<QGraphicsSimpleTextItem *> labels;
    QList<QGraphicsRectItem *> outlines;
    QList<QList<QGraphicsRectItem *>> hatches; ///< per bar, per segment; shown on disputed segments
    QList<bool> highlighted;
    QList<bool> dimmed;
    Qt::KeyboardModifiers pressModifiers;
    bool updatingHighlight = false;
    ItemMenuHook itemMenuHook;

    QBarSet *setOfRow(int row) const
    {
        const QList<QBarSet *> sets = series->barSets();
        return row >= 0 && row < sets.size() ? sets.at(row) : nullptr;
    }
    QBarSet *setOf(int bar, int segment = 0) const { return setOfRow(bars->rowOf(bar, segment)); }

    QString formatValue(double value) const
    {
        return spending ? Format::money(value, QStringLiteral("USD")) : Format::count(value);
    }

    /// Each company's parts under the current mode, with the aggregates' rules and the shared filter.
    QHash<QString, Breakdown> breakdowns() const;
};

QHash<QString, Breakdown> CompanyBarChart::Private::breakdowns() const
{
    QHash<QString, Breakdown> result;
    const Dataset &dataset = document->dataset();
    const DatasetFilter shared = filter ? filter->filter() : DatasetFilter();
    const QString language = document->language();
    if (!spending) {
        if (mode == StackMode::Total)
            return result;
        // gpusByCompany(): each shown count of the accepted sites' deployments, by deployment company.
        for (const Site &site : dataset.sites) {
            if (!shared.acceptsSite(dataset, site))
                continue;
            for (const GpuDeployment &gpu : site.gpus) {
                if (!gpu.count)
                    continue;
                const bool bySite = mode == StackMode::BySite;
                const QString key = bySite ? site.id : gpu.model;
                Part &part = result[gpu.company].parts[key];
                part.name = bySite ? site.name.text(language)
                                   : (gpu.model.isEmpty() ? CompanyBarChart::tr("Unspecified model") : gpu.model);
                part.value += gpu.count->value;
            }
        }
        return result;
    }
    // spendingByCompany(): the stated USD of accepted investments with a stated amount, by lead investor.
    for (const Investment &investment : dataset.investments) {
        if (!shared.acceptsInvestment(dataset, investment))
            continue;
        if (!investment.amount || investment.amount->basis != Basis::Stated || investment.investors.isEmpty())
            continue;
        const Claim &amount = *investment.amount;
        const auto usd = amount.statedUsd();
        if (!usd)
            continue;
        Breakdown &entry = result[investment.investors.first()];
        const bool disputed = isDisputed(amount);
        entry.disputed = entry.disputed || disputed;
        const QString title = investment.target.isEmpty() ? investment.id : investment.target.text(language);
        entry.investments.append(CompanyBarChart::tr("• %1: %2 = %3 stated USD %4")
                                     .arg(title, Format::claim(amount), Format::money(*usd, QStringLiteral("USD")),
                                         Format::sourceTags(amount.sources)));
        if (disputed) {
            QString text = QStringLiteral("• ") + title + QStringLiteral(": ") + Format::claimDetails(amount, language);
            for (const LocalizedText &caveat : investment.caveats)
                text += QStringLiteral("\n    ") + CompanyBarChart::tr("Caveat: %1").arg(caveat.text(language));
            entry.disputes.append(text);
        }
        // Destinations: the target sites' countries, else the named countries; shared equally.
        QStringList countries;
        if (mode == StackMode::ByDestinationCountry) {
            for (const QString &id : investment.targetSites) {
                const Site *site = dataset.site(id);
                if (site && !site->country.isEmpty() && !countries.contains(site->country))
                    countries.append(site->country);
            }
            if (countries.isEmpty()) {
                for (const QString &code : investment.targetCountries) {
                    if (!code.isEmpty() && !countries.contains(code))
                        countries.append(code);
                }
            }
        }
        if (countries.isEmpty())
            countries.append(QString()); // Total mode, or no destination named
        for (const QString &country : countries) {
            Part &part = entry.parts[country];
            if (mode == StackMode::ByDestinationCountry)
                part.name
                    = country.isEmpty() ? CompanyBarChart::tr("Unspecified destination") : Format::countryName(country);
            part.value += *usd / static_cast<double>(countries.size());
            part.disputed = part.disputed || disputed;
        }
    }
    return result;
}

CompanyBarChart::CompanyBarChart(EntityTableModel *model, int valueColumn, DatasetDocument *document,
    SharedSelection *selection, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->model = model;
    d->valueColumn = valueColumn;
    d->document = document;
    d->selection = selection;
    d->theme = theme;
    d->spending = qobject_cast<SpendingByCompanyModel *>(model) != nullptr;

    d->bars = new SegmentBarModel(this);
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
    // The chart widget itself takes the focus and the keys (keyPressEvent()), not the view.
    d->view->setFocusPolicy(Qt::NoFocus);
    d->view->viewport()->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus);
    d->focusRing = new QGraphicsRectItem(d->chart);
    d->focusRing->setPen(QPen(theme.selection, 1.5, Qt::DashLine));
    d->focusRing->setBrush(Qt::NoBrush);
    d->focusRing->setZValue(21);
    d->focusRing->setVisible(false);
    d->focusRing->setAcceptedMouseButtons(Qt::NoButton);

    d->emptyLabel = new QLabel;
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setFont(theme.uiFont);
    d->emptyLabel->setAutoFillBackground(true);
    QPalette palette = d->emptyLabel->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.mutedText);
    d->emptyLabel->setPalette(palette);

    d->stackLabel = new QLabel;
    d->stackLabel->setFont(theme.uiFont);
    QPalette labelPalette = d->stackLabel->palette();
    labelPalette.setColor(QPalette::WindowText, theme.mutedText);
    d->stackLabel->setPalette(labelPalette);
    d->stackBox = new QComboBox;
    d->stackBox->setFont(theme.uiFont);
    d->stackBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    d->stackLabel->setBuddy(d->stackBox);
    const QList<StackMode> modes = availableStackModes();
    for (const StackMode mode : modes)
        d->stackBox->addItem(QString(), static_cast<int>(mode));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 0);
    controls->setSpacing(4);
    controls->addStretch();
    controls->addWidget(d->stackLabel);
    controls->addWidget(d->stackBox);

    // The table alternative: the same model as rows, for the keyboard and screen readers.
    d->tableButton = new QToolButton;
    d->tableButton->setObjectName(QStringLiteral("tableButton"));
    d->tableButton->setCheckable(true);
    d->tableButton->setAutoRaise(true);
    d->tableButton->setFont(theme.uiFont);
    controls->addWidget(d->tableButton);
    d->table = new ChartTableView(model, valueColumn, selection);
    d->table->setObjectName(QStringLiteral("chartTable"));
    d->table->setFont(theme.uiFont);
    d->table->installEventFilter(this);

    d->stack = new QStackedLayout;
    d->stack->setContentsMargins(0, 0, 0, 0);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->emptyLabel);
    d->stack->addWidget(d->table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addLayout(d->stack, 1);
    // Tab follows the visual order: the controls above, then the chart (or its table).
    setTabOrder(d->stackBox, d->tableButton);
    setTabOrder(d->tableButton, this);
    setTabOrder(this, d->table);
    retranslate();

    connect(d->stackBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setStackMode(static_cast<StackMode>(d->stackBox->itemData(index).toInt()));
    });
    connect(d->tableButton, &QToolButton::toggled, this, &CompanyBarChart::setTableShown);
    connect(d->series, &QAbstractBarSeries::clicked, this, [this](int, QBarSet *set) {
        clickBar(barIndexOfSetRow(static_cast<int>(d->series->barSets().indexOf(set))), d->pressModifiers);
    });
    connect(d->series, &QAbstractBarSeries::hovered, this, [this](bool status, int, QBarSet *set) {
        if (status)
            showToolTip(static_cast<int>(d->series->barSets().indexOf(set)));
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
    // Tooltips quote dataset texts (site names, caveats) in the document's language.
    connect(document, &DatasetDocument::languageChanged, this, [this] { rebuild(); });

    setMinimumSize(200, 120);
    rebuild();
}

CompanyBarChart::~CompanyBarChart()
{
    // The view owns the chart, which owns the overlays; disconnect before they go.
    disconnect(d->chart, nullptr, this, nullptr);
    disconnect(d->series, nullptr, this, nullptr);
}

void CompanyBarChart::setFilterState(FilterState *filter)
{
    if (d->filter == filter)
        return;
    if (d->filter)
        disconnect(d->filter, nullptr, this, nullptr);
    d->filter = filter;
    if (filter)
        connect(filter, &FilterState::changed, this, [this] { rebuild(); });
    rebuild();
}

CompanyBarChart::StackMode CompanyBarChart::stackMode() const
{
    return d->mode;
}

QList<CompanyBarChart::StackMode> CompanyBarChart::availableStackModes() const
{
    if (d->spending)
        return { StackMode::Total, StackMode::ByDestinationCountry };
    return { StackMode::Total, StackMode::ByGpuModel, StackMode::BySite };
}

void CompanyBarChart::setStackMode(StackMode mode)
{
    if (mode == d->mode || !availableStackModes().contains(mode))
        return;
    d->mode = mode;
    const int index = d->stackBox->findData(static_cast<int>(mode));
    if (index != d->stackBox->currentIndex()) {
        const QSignalBlocker blocker(d->stackBox);
        d->stackBox->setCurrentIndex(index);
    }
    rebuild();
}

void CompanyBarChart::retranslate()
{
    d->emptyLabel->setText(tr("No data for this filter"));
    d->stackLabel->setText(tr("Stack by:"));
    d->stackBox->setToolTip(d->spending
            ? tr("Split each company's bar by the countries its investments go to (hatched: disputed or "
                 "qualified amounts)")
            : tr("Split each company's bar by GPU model or by site"));
    for (int index = 0; index < d->stackBox->count(); ++index) {
        QString text;
        switch (static_cast<StackMode>(d->stackBox->itemData(index).toInt())) {
        case StackMode::Total:
            text = tr("Total");
            break;
        case StackMode::ByGpuModel:
            text = tr("By GPU model");
            break;
        case StackMode::BySite:
            text = tr("By site");
            break;
        case StackMode::ByDestinationCountry:
            text = tr("By destination country");
            break;
        }
        d->stackBox->setItemText(index, text);
    }
    const QString name = d->spending ? tr("Spending by company") : tr("GPUs by company");
    setAccessibleName(name);
    d->tableButton->setText(tr("Table"));
    d->tableButton->setToolTip(tr("Show the chart as a table, and back (T while the chart has focus)"));
    d->table->setAccessibleName(tr("%1 (table)").arg(name));
    d->table->setAccessibleDescription(tr("One row per company, largest first; selecting rows selects the companies "
                                          "everywhere. T shows the chart again."));
    setAccessibleDescription(QString()); // written again by updateAccessibility()
}

int CompanyBarChart::barIndexOfSetRow(int setRow) const
{
    return d->bars->segmentOf(setRow).first;
}

void CompanyBarChart::rebuild()
{
    const QHash<QString, Breakdown> breakdowns = d->breakdowns();
    QList<Bar> bars;
    const int withoutUsdColumn = d->spending ? SpendingByCompanyModel::WithoutUsd : -1;
    for (int row = 0; row < d->model->rowCount(); ++row) {
        const QModelIndex value = d->model->index(row, d->valueColumn);
        Bar bar;
        bar.value = value.data(Roles::Value).toDouble();
        if (!(bar.value > 0))
            continue;
        bar.id = value.data(Roles::Id).toString();
        bar.name = d->model->index(row, 0).data(Qt::DisplayRole).toString();
        bar.label = value.data(Qt::DisplayRole).toString();
        bar.sources = Format::sourceTags(value.data(Roles::Sources).toStringList());
        const QVariant ordinal = value.data(Roles::CompanyIndex);
        bar.colour
            = d->theme.companyColour(ordinal.isValid() ? ordinal.toInt() : -1, value.data(Roles::Colour).toString());
        const QString tip = value.data(Qt::ToolTipRole).toString();
        bar.toolTip = bar.name + u'\n' + (tip.isEmpty() ? bar.label : tip);
        if (withoutUsdColumn >= 0) {
            const QString other = d->model->index(row, withoutUsdColumn).data(Qt::DisplayRole).toString();
            if (!other.isEmpty())
                bar.toolTip += u'\n' + tr("Also %1 with no stated USD equivalent (not in the bar)").arg(other);
        }

        const auto breakdown = breakdowns.constFind(bar.id);
        if (d->mode != StackMode::Total && breakdown != breakdowns.cend()) {
            for (auto part = breakdown->parts.cbegin(); part != breakdown->parts.cend(); ++part) {
                if (part->value > 0)
                    bar.segments.append({ part.key(), part->name, part->value, part->disputed, {} });
            }
            std::stable_sort(bar.segments.begin(), bar.segments.end(),
                [](const Segment &a, const Segment &b) { return a.value > b.value; });
            // The bar is the sum of its parts: the same rules as the model's, so the same total.
            double sum = 0;
            for (const Segment &segment : std::as_const(bar.segments))
                sum += segment.value;
            bar.value = sum;
        }
        if (bar.segments.isEmpty()) {
            const bool disputed = breakdown != breakdowns.cend() && breakdown->disputed;
            bar.segments.append({ QString(), QString(), bar.value, disputed, {} });
        }
        for (int segment = 0; segment < bar.segments.size(); ++segment)
            bar.segments[segment].colour = shade(bar.colour, segment);

        if (bar.segments.size() > 1 || !bar.segments.first().key.isEmpty()) {
            bar.toolTip += u'\n';
            for (const Segment &segment : std::as_const(bar.segments))
                bar.toolTip += u'\n' + tr("%1: %2").arg(segment.name, d->formatValue(segment.value));
        }
        if (breakdown != breakdowns.cend() && !breakdown->investments.isEmpty())
            bar.toolTip
                += QStringLiteral("\n\n") + tr("Counted investments:") + u'\n' + breakdown->investments.join(u'\n');
        if (breakdown != breakdowns.cend() && !breakdown->disputes.isEmpty())
            bar.toolTip += QStringLiteral("\n\n") + tr("Disputed or qualified amounts (hatched):") + u'\n'
                + breakdown->disputes.join(u'\n');
        bars.append(bar);
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.value > b.value; });
    // Reset the mapper's source model, then tell the mapper how many sets there are: it rebuilds
    // the bar sets from the segment model (deleting the old ones) both times.
    d->bars->setBars(bars);
    d->mapper->setLastBarSetRow(d->bars->rowCount() - 1);

    updateCategories();
    double maximum = 0;
    for (const Bar &bar : std::as_const(bars))
        maximum = std::max(maximum, bar.value);
    // Room at the right for the value labels.
    d->valueAxis->setRange(0, maximum > 0 ? maximum * 1.32 : 1);

    qDeleteAll(d->labels);
    qDeleteAll(d->outlines);
    for (const QList<QGraphicsRectItem *> &hatches : std::as_const(d->hatches))
        qDeleteAll(hatches);
    d->labels.clear();
    d->outlines.clear();
    d->hatches.clear();
    const QList<QBarSet *> sets = d->series->barSets();
    const bool separated = d->mode != StackMode::Total;
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
        outline->setAcceptedMouseButtons(Qt::NoButton);
        d->outlines.append(outline);
        QList<QGraphicsRectItem *> hatches;
        for (int segment = 0; segment < bars.at(index).segments.size(); ++segment) {
            auto *hatch = new QGraphicsRectItem(d->chart);
            hatch->setPen(Qt::NoPen);
            hatch->setZValue(18);
            hatch->setVisible(bars.at(index).segments.at(segment).disputed);
            hatch->setAcceptedMouseButtons(Qt::NoButton);
            hatches.append(hatch);
            if (QBarSet *set = d->setOf(index, segment)) {
                // A thin line in the window colour between the segments of a stacked bar.
                set->setPen(separated ? QPen(d->theme.window, 1) : QPen(Qt::NoPen));
                set->setBorderColor(separated ? d->theme.window : QColor(Qt::transparent));
            }
        }
        d->hatches.append(hatches);
    }
    d->highlighted = QList<bool>(bars.size(), false);
    d->dimmed = QList<bool>(bars.size(), false);
    d->stack->setCurrentWidget(isTableShown() ? static_cast<QWidget *>(d->table)
            : bars.isEmpty()                  ? static_cast<QWidget *>(d->emptyLabel)
                                              : d->view);
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
    for (int index = 0; index < bars.size(); ++index) {
        const EntityRef ref { EntityType::Company, bars.at(index).id };
        const bool selected = d->selection->isSelected(ref);
        const bool dim = anySelected && !selected && !d->selection->isRelated(ref);
        const QList<Segment> &segments = bars.at(index).segments;
        for (int segment = 0; segment < segments.size(); ++segment) {
            const QColor base = segments.at(segment).colour;
            const QColor colour = dim ? blend(base, d->theme.window, dimFactor) : base;
            if (QBarSet *set = d->setOf(index, segment); set && set->color() != colour)
                set->setColor(colour);
            if (segment < d->hatches.at(index).size()) {
                QColor lines = d->theme.textOn(colour);
                lines.setAlphaF(dim ? 0.25f : 0.55f);
                d->hatches.at(index).at(segment)->setBrush(QBrush(lines, Qt::BDiagPattern));
            }
        }
        d->highlighted[index] = selected;
        d->dimmed[index] = dim;
        d->outlines.at(index)->setVisible(selected);
        d->labels.at(index)->setBrush(dim ? d->theme.mutedText : d->theme.text);
    }
    d->updatingHighlight = false;
    updateAccessibility();
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
        double from = 0;
        const QList<Segment> &segments = bars.at(index).segments;
        for (int segment = 0; segment < segments.size() && segment < d->hatches.at(index).size(); ++segment) {
            const double to = from + segments.at(segment).value;
            const double left = d->chart->mapToPosition(QPointF(from, category), d->series).x();
            const double right = d->chart->mapToPosition(QPointF(to, category), d->series).x();
            d->hatches.at(index).at(segment)->setRect(
                QRectF(QPointF(left, top.y()), QPointF(right, bottom.y())).normalized());
            from = to;
        }
    }
    updateAccessibility();
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
    double sum = 0;
    for (const double value : segmentValues(index))
        sum += value;
    return sum;
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

QStringList CompanyBarChart::segmentKeys(int bar) const
{
    QStringList keys;
    if (bar >= 0 && bar < barCount()) {
        for (const Segment &segment : d->bars->bars().at(bar).segments)
            keys.append(segment.key);
    }
    return keys;
}

QList<double> CompanyBarChart::segmentValues(int bar) const
{
    QList<double> values;
    const int category = d->bars->categoryOf(bar);
    for (int segment = 0; bar >= 0 && bar < barCount() && segment < d->bars->bars().at(bar).segments.size();
         ++segment) {
        const QBarSet *set = d->setOf(bar, segment);
        values.append(set && category >= 0 && category < set->count() ? set->at(category) : 0.0);
    }
    return values;
}

QString CompanyBarChart::segmentToolTip(int bar, int segment) const
{
    if (bar < 0 || bar >= barCount() || segment < 0 || segment >= d->bars->bars().at(bar).segments.size())
        return {};
    const Bar &entry = d->bars->bars().at(bar);
    const Segment &part = entry.segments.at(segment);
    if (part.key.isEmpty() && part.name.isEmpty())
        return entry.toolTip;
    QString text = tr("%1 — %2: %3").arg(entry.name, part.name, d->formatValue(part.value));
    if (part.disputed)
        text += u'\n' + tr("Includes disputed or qualified amounts (hatched)");
    return text + QStringLiteral("\n\n") + entry.toolTip;
}

bool CompanyBarChart::isSegmentMarkedDisputed(int bar, int segment) const
{
    if (bar < 0 || bar >= d->hatches.size() || segment < 0 || segment >= d->hatches.at(bar).size())
        return false;
    return d->hatches.at(bar).at(segment)->isVisible();
}

bool CompanyBarChart::isBarMarkedDisputed(int bar) const
{
    for (int segment = 0; bar >= 0 && bar < d->hatches.size() && segment < d->hatches.at(bar).size(); ++segment) {
        if (isSegmentMarkedDisputed(bar, segment))
            return true;
    }
    return false;
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

void CompanyBarChart::showToolTip(int setRow)
{
    const auto [bar, segment] = d->bars->segmentOf(setRow);
    const QString text = segmentToolTip(bar, segment);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, d->view);
}

bool CompanyBarChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_T
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            setTableShown(false);
            return true;
        }
    }
    if (watched == d->view->viewport() && event->type() == QEvent::MouseButtonPress && focusPolicy() != Qt::NoFocus)
        setFocus(Qt::MouseFocusReason); // the view itself takes no focus
    if (watched == d->view->viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick))
        d->pressModifiers = static_cast<QMouseEvent *>(event)->modifiers();
    if (watched == d->view->viewport() && event->type() == QEvent::ContextMenu && d->itemMenuHook) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const QPoint at = d->view->viewport()->mapTo(this, menuEvent->pos());
        for (int index = 0; index < barCount(); ++index) {
            if (!barRect(index).contains(at))
                continue;
            QMenu menu(this);
            d->itemMenuHook(menu, { EntityType::Company, barCompanyId(index) });
            if (!menu.isEmpty())
                menu.exec(menuEvent->globalPos());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool CompanyBarChart::isTableShown() const
{
    return d->stack->currentWidget() == d->table;
}

void CompanyBarChart::setTableShown(bool shown)
{
    if (d->tableButton->isChecked() != shown) {
        d->tableButton->setChecked(shown); // comes back here through toggled()
        return;
    }
    if (shown == isTableShown())
        return;
    const bool hadFocus = hasFocus() || d->table->hasFocus();
    // Only what shows takes the focus: the chart, or the table in its place.
    setFocusPolicy(shown ? Qt::NoFocus : Qt::StrongFocus);
    d->stack->setCurrentWidget(shown ? static_cast<QWidget *>(d->table)
            : barCount() == 0        ? static_cast<QWidget *>(d->emptyLabel)
                                     : d->view);
    if (hadFocus) {
        if (shown)
            d->table->setFocus(Qt::OtherFocusReason);
        else
            setFocus(Qt::OtherFocusReason);
    }
    layoutOverlays();
}

QTableView *CompanyBarChart::table() const
{
    return d->table;
}

int CompanyBarChart::currentBar() const
{
    if (d->currentId.isEmpty())
        return -1;
    for (int index = 0; index < barCount(); ++index) {
        if (barCompanyId(index) == d->currentId)
            return index;
    }
    return -1;
}

void CompanyBarChart::selectBar(int index)
{
    if (index < 0 || index >= barCount())
        return;
    d->currentId = barCompanyId(index);
    clickBar(index); // through the shared selection; updateHighlight() describes the bar
    updateAccessibility();
    if (hasFocus()) {
        // Screen readers re-read the focused chart's name and description.
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

QString CompanyBarChart::barDescription(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const Bar &bar = d->bars->bars().at(index);
    //: A bar of a chart as a screen reader reads it: company, value, source tags.
    return tr("%1: %2 %3").arg(bar.name, bar.label, bar.sources).trimmed();
}

void CompanyBarChart::updateAccessibility()
{
    // A company made current in any view becomes the current bar: the keys go on from there.
    if (const std::optional<EntityRef> current = d->selection->current();
        current && current->type == EntityType::Company) {
        for (int index = 0; index < barCount(); ++index) {
            if (barCompanyId(index) == current->id)
                d->currentId = current->id;
        }
    }
    const int bar = currentBar();
    const bool ring = bar >= 0 && bar < d->outlines.size() && hasFocus();
    if (ring)
        d->focusRing->setRect(d->outlines.at(bar)->rect().adjusted(-3, -3, 3, 3));
    d->focusRing->setVisible(ring);

    QString description;
    if (bar >= 0 && d->selection->isSelected({ EntityType::Company, d->currentId }))
        description = barDescription(bar);
    else if (barCount() == 0)
        description = tr("No data for this filter");
    else
        description = tr("%n bar(s), largest first; the largest is %1. The arrow keys move between the bars; T "
                         "shows them as a table.",
            nullptr, barCount())
                          .arg(barDescription(0));
    // Posts QAccessible::DescriptionChanged for screen readers when the text changes.
    setAccessibleDescription(description);
}

void CompanyBarChart::keyPressEvent(QKeyEvent *event)
{
    const int count = barCount();
    const int current = currentBar();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    int next = -1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        next = std::max(0, current - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        next = current < 0 ? 0 : std::min(count - 1, current + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = count - 1;
        break;
    case Qt::Key_Space:
        if (plain && current >= 0) {
            clickBar(current, Qt::ControlModifier); // toggles, as Ctrl+click does
            event->accept();
            return;
        }
        break;
    case Qt::Key_T:
        if (plain) {
            setTableShown(true);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (plain && next >= 0 && next < count) {
        selectBar(next);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CompanyBarChart::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    updateAccessibility(); // the focus ring
}

void CompanyBarChart::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    updateAccessibility();
}

void CompanyBarChart::setItemMenuHook(ItemMenuHook hook)
{
    d->itemMenuHook = std::move(hook);
}

void CompanyBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // tooltips
    }
    QWidget::changeEvent(event);
}

} // namespace atlas
