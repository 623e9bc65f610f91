#include "figure.h"

#include "basemap.h"
#include "format.h"
#include "sceneannotations.h"
#include "sharedselection.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

/// Map labels at renderScale() 1: the theme's label font at 96 dpi.
double baseLabelPixels()
{
    return Theme::light().labelFont.pointSizeF() * 96.0 / 72.0;
}

void addSources(QStringList &ids, const QStringList &sources)
{
    for (const QString &id : sources) {
        if (!ids.contains(id))
            ids.append(id);
    }
}

void addClaim(QStringList &ids, const std::optional<Claim> &claim)
{
    if (claim)
        addSources(ids, claim->sources);
}

Theme figureTheme(const FigureSpec &spec)
{
    Theme theme = Theme::byName(spec.theme).value_or(Theme::light());
    theme.companyColours = spec.companyColours;
    return theme.withColourVision(spec.colourVision);
}

QRectF offset(const QRectF &rect, QPointF by)
{
    return rect.translated(by);
}

} // namespace

QList<FigurePreset> FigurePreset::all()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("atlas::FigurePreset", text); };
    const auto px = [](double mm, double dpi) { return static_cast<int>(std::lround(mm / 25.4 * dpi)); };
    return {
        { QStringLiteral("map"), tr("Map only, as in the window"), { 1920, 1080 }, 96, FigureMedium::Window, {} },
        { QStringLiteral("a4-portrait"), tr("A4 portrait report figure"), { px(210, 300), px(297, 300) }, 300,
            FigureMedium::Paper, { 210, 297 } },
        { QStringLiteral("a4-landscape"), tr("A4 landscape report figure"), { px(297, 300), px(210, 300) }, 300,
            FigureMedium::Paper, { 297, 210 } },
        { QStringLiteral("slide"), tr("16:9 slide, 1920 × 1080"), { 1920, 1080 }, 144, FigureMedium::Screen, {} },
        { QStringLiteral("slide-4k"), tr("16:9 slide, 3840 × 2160"), { 3840, 2160 }, 288, FigureMedium::Screen, {} },
        { QStringLiteral("square"), tr("Square, 1080 × 1080"), { 1080, 1080 }, 144, FigureMedium::Screen, {} },
        { QStringLiteral("a1-poster"), tr("A1 poster, portrait"), { px(594, 150), px(841, 150) }, 150,
            FigureMedium::Paper, { 594, 841 } },
    };
}

std::optional<FigurePreset> FigurePreset::byName(const QString &name)
{
    for (const FigurePreset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

FigureSpec FigureSpec::fromPreset(const FigurePreset &preset)
{
    FigureSpec spec;
    spec.preset = preset.name;
    spec.sizePx = preset.sizePx;
    spec.dpi = preset.dpi;
    spec.medium = preset.medium;
    spec.sizeMm = preset.sizeMm;
    return spec;
}

bool FigureSpec::composed() const
{
    return medium != FigureMedium::Window;
}

QSizeF FigureSpec::physicalSizeMm() const
{
    if (!sizeMm.isEmpty())
        return sizeMm;
    return { sizePx.width() / dpi * 25.4, sizePx.height() / dpi * 25.4 };
}

double FigureSpec::labelPixels() const
{
    switch (medium) {
    case FigureMedium::Window:
        return baseLabelPixels() * dpi / 96.0;
    case FigureMedium::Screen:
        return std::min(sizePx.width(), sizePx.height()) / 45.0;
    case FigureMedium::Paper: {
        const QSizeF mm = physicalSizeMm();
        const double points = std::clamp(7.5 * std::min(mm.width(), mm.height()) / 210.0, 6.0, 72.0);
        return points * dpi / 72.0;
    }
    }
    return baseLabelPixels();
}

double FigureSpec::renderScale() const
{
    return labelPixels() / baseLabelPixels();
}

Figure::Figure(FigureSpec spec, FigureData data)
    : m_spec(std::move(spec))
    , m_data(std::move(data))
    , m_theme(figureTheme(m_spec))
{
    MapScene::Input input;
    input.dataset = m_data.dataset.get();
    input.filter = m_data.filter;
    input.selection = m_data.highlighted;
    if (m_data.dataset) {
        for (const EntityRef &ref : std::as_const(m_data.highlighted))
            input.related.unite(SharedSelection::linkedTo(*m_data.dataset, ref));
    }
    input.measure = m_spec.measure;
    input.language = m_spec.language;
    m_scene = MapScene::build(input, m_theme, m_data.basemap);
}

QDate Figure::asOf() const
{
    if (m_data.filter.asOf.isValid())
        return m_data.filter.asOf;
    return m_data.dataset ? m_data.dataset->asOf.first() : QDate();
}

QString Figure::defaultTitle() const
{
    return m_data.dataset ? m_data.dataset->title.text(m_spec.language) : QString();
}

FigureLayout Figure::layout() const
{
    FigureLayout layout;
    layout.page = QRectF(QPointF(0, 0), QSizeF(m_spec.sizePx));
    layout.labelPx = m_spec.labelPixels();
    if (!m_spec.composed()) {
        layout.map = layout.page;
        layout.margin = 0;
        layout.sourceLines = 0;
        return layout;
    }
    const double label = layout.labelPx;
    layout.margin = std::max(4.0, 2 * label);
    const QRectF inner = layout.page.adjusted(layout.margin, layout.margin, -layout.margin, -layout.margin);
    const double gap = 0.8 * label;

    double top = inner.top();
    QFont titleFont = fontOfPixels(m_theme.titleFont, 2.0 * label);
    const QFont subtitleFont = fontOfPixels(m_theme.uiFont, 1.3 * label);
    const int titleLines = static_cast<int>(wrapText(m_spec.title, titleFont, inner.width(), 2).size());
    const int subtitleLines = static_cast<int>(wrapText(m_spec.subtitle, subtitleFont, inner.width(), 2).size());
    const double titleHeight
        = titleLines * fontMetrics(titleFont).height() + subtitleLines * fontMetrics(subtitleFont).height() * 1.1;
    layout.titleBlock = QRectF(inner.left(), top, inner.width(), titleHeight);
    if (titleHeight > 0)
        top += titleHeight + gap;

    const QFont footerFont = fontOfPixels(m_theme.uiFont, 0.9 * label);
    const double lineHeight = fontMetrics(footerFont).height() * 1.15;
    const QSizeF mm = m_spec.physicalSizeMm();
    const bool poster = m_spec.medium == FigureMedium::Paper && std::min(mm.width(), mm.height()) > 400;
    layout.sourceLines = m_spec.sourceLine ? (poster ? 3 : 2) : 0;
    layout.noteLines = wrapText(m_spec.notes, footerFont, inner.width(), 4);
    const int footerLines = ((m_spec.asOfLine || m_spec.attribution) ? 1 : 0) + layout.sourceLines
        + static_cast<int>(layout.noteLines.size());
    const double footerHeight = footerLines * lineHeight;
    layout.footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const double bottom = footerLines > 0 ? layout.footer.top() - gap : inner.bottom();

    QRectF body(inner.left(), top, inner.width(), std::max(1.0, bottom - top));
    if (m_spec.charts != FigureCharts::None) {
        if (body.width() >= body.height() * 1.25) {
            const double width = std::round(body.width() * 0.3);
            layout.chart = QRectF(body.right() - width, body.top(), width, body.height());
            body.setRight(layout.chart.left() - label);
        } else {
            const qsizetype rows = m_data.dataset
                ? FigureChart::rows(*m_data.dataset, m_data.filter, m_spec.charts, m_theme, m_spec.language).size()
                : 0;
            const double height = std::round(
                std::min(body.height() * 0.32, FigureChart::preferredHeight(rows, m_theme, label, body.width())));
            layout.chart = QRectF(body.left(), body.bottom() - height, body.width(), height);
            body.setBottom(layout.chart.top() - label);
        }
    }
    // Whole pixels, so the map's own pixels line up with the figure's.
    layout.map = QRectF(QPointF(std::round(body.left()), std::round(body.top())),
        QPointF(std::round(body.right()), std::round(body.bottom())));
    if (layout.map.width() < 1 || layout.map.height() < 1)
        layout.map.setSize(QSizeF(1, 1));
    return layout;
}

MapViewport Figure::mapViewport() const
{
    const QRectF map = layout().map;
    const QSize size(static_cast<int>(map.width()), static_cast<int>(map.height()));
    if (m_spec.extent.isNull() || !m_spec.extent.isValid())
        return MapViewport::world(m_spec.projection, size);
    return MapViewport::fitting(m_spec.projection, m_spec.extent, size, 0);
}

FigureResult Figure::render(QPainter &painter, const std::atomic_bool *cancel) const
{
    FigureResult result;
    result.layout = layout();
    const FigureLayout &layout = result.layout;
    result.viewport = mapViewport();
    const double label = layout.labelPx;
    const bool composed = m_spec.composed();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (composed && !m_spec.transparent)
        painter.fillRect(layout.page, m_theme.window);

    // Title and subtitle.
    if (!layout.titleBlock.isEmpty()) {
        const QFont titleFont = fontOfPixels(m_theme.titleFont, 2.0 * label);
        const QFont subtitleFont = fontOfPixels(m_theme.uiFont, 1.3 * label);
        double y = layout.titleBlock.top();
        painter.setPen(m_theme.text);
        painter.setFont(titleFont);
        const QFontMetricsF titleMetrics = fontMetrics(titleFont);
        for (const QString &line : wrapText(m_spec.title, titleFont, layout.titleBlock.width(), 2)) {
            painter.drawText(QPointF(layout.titleBlock.left(), y + titleMetrics.ascent()), line);
            y += titleMetrics.height();
        }
        painter.setPen(m_theme.mutedText);
        painter.setFont(subtitleFont);
        const QFontMetricsF subtitleMetrics = fontMetrics(subtitleFont);
        for (const QString &line : wrapText(m_spec.subtitle, subtitleFont, layout.titleBlock.width(), 2)) {
            painter.drawText(QPointF(layout.titleBlock.left(), y + subtitleMetrics.ascent() * 1.05), line);
            y += subtitleMetrics.height() * 1.1;
        }
    }

    // The map, by the window's renderer, in its frame.
    RenderOptions options;
    options.graticule = m_spec.graticule;
    options.labels = m_spec.labels;
    options.legend = m_spec.legend;
    options.attribution = !composed && m_spec.attribution;
    options.scale = m_spec.renderScale();
    options.background = !m_spec.transparent;
    painter.save();
    painter.translate(layout.map.topLeft());
    result.map = MapRenderer::render(painter, result.viewport, m_scene, m_theme, options, cancel);
    if (!m_data.annotations.isEmpty()) {
        painter.setClipRect(QRectF(QPointF(0, 0), layout.map.size()), Qt::IntersectClip);
        SceneAnnotations::paint(painter, result.viewport, m_data.annotations, m_theme, options.scale, m_spec.language);
    }
    painter.restore();
    const QPointF mapOrigin = layout.map.topLeft();
    for (QList<DrawnItem> *items : { &result.map.sites, &result.map.flows }) {
        for (DrawnItem &item : *items) {
            item.anchorPx += mapOrigin;
            item.boundsPx = offset(item.boundsPx, mapOrigin);
            for (QPolygonF &line : item.linesPx)
                line.translate(mapOrigin);
        }
    }
    for (QRectF &rect : result.map.labelRectsPx)
        rect = offset(rect, mapOrigin);
    result.cancelled = result.map.cancelled;
    if (composed) {
        painter.setPen(QPen(m_theme.border, std::max(1.0, label / 14)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(layout.map);
    }

    // The chart panel.
    if (m_spec.charts != FigureCharts::None && m_data.dataset) {
        result.chartRows = FigureChart::rows(*m_data.dataset, m_data.filter, m_spec.charts, m_theme, m_spec.language);
        if (!layout.chart.isEmpty())
            result.chartRowsShown
                = FigureChart::paint(painter, layout.chart, m_spec.charts, result.chartRows, m_theme, label);
    }

    // Footer: as-of and attribution, the sources of what is shown, notes.
    result.sourceIds = sourcesShown(result.map, result.chartRows.mid(0, result.chartRowsShown));
    if (composed && !layout.footer.isEmpty()) {
        const QFont footerFont = fontOfPixels(m_theme.uiFont, 0.9 * label);
        const QFontMetricsF metrics = fontMetrics(footerFont);
        const double lineHeight = metrics.height() * 1.15;
        double y = layout.footer.top();
        painter.setFont(footerFont);
        painter.setPen(m_theme.mutedText);
        if (m_spec.asOfLine || m_spec.attribution) {
            if (m_spec.asOfLine && asOf().isValid()) {
                const QString date = Format::date(asOf(), Format::localeFor(m_spec.language));
                painter.drawText(QPointF(layout.footer.left(), y + metrics.ascent()),
                    tr("Data as of %1 · symbol sizes: %2").arg(date, siteMeasureName(m_spec.measure)));
            }
            if (m_spec.attribution) {
                const QString attribution = Basemap::attribution();
                painter.drawText(
                    QPointF(layout.footer.right() - metrics.horizontalAdvance(attribution), y + metrics.ascent()),
                    attribution);
            }
            y += lineHeight;
        }
        if (layout.sourceLines > 0) {
            result.sourceLine = sourceLineText(result.sourceIds);
            // Publishers are dropped from the end until the line fits, and counted instead.
            QStringList lines = wrapText(result.sourceLine, footerFont, layout.footer.width(), layout.sourceLines);
            painter.setPen(m_theme.text);
            for (const QString &line : std::as_const(lines)) {
                painter.drawText(QPointF(layout.footer.left(), y + metrics.ascent()), line);
                y += lineHeight;
            }
            y += (layout.sourceLines - lines.size()) * lineHeight;
        }
        painter.setPen(m_theme.mutedText);
        for (const QString &line : layout.noteLines) {
            painter.drawText(QPointF(layout.footer.left(), y + metrics.ascent()), line);
            y += lineHeight;
        }
    }
    painter.restore();
    return result;
}

QStringList Figure::sourcesShown(const RenderResult &map, const QList<FigureChartRow> &chartRows) const
{
    if (!m_data.dataset)
        return {};
    const Dataset &dataset = *m_data.dataset;
    QStringList ids;
    for (const DrawnItem &item : map.sites) {
        const Site *site = dataset.site(item.id);
        if (!site)
            continue;
        addSources(ids, site->sources);
        addSources(ids, site->location.sources);
        addSources(ids, site->statusClaimAt(m_data.filter.asOf).sources);
        addClaim(ids, site->capacityMw);
        for (const GpuDeployment &gpu : site->gpus) {
            addSources(ids, gpu.sources);
            addClaim(ids, gpu.count);
        }
    }
    for (const DrawnItem &item : map.flows) {
        if (const Investment *investment = dataset.investment(item.id)) {
            addSources(ids, investment->sources);
            addClaim(ids, investment->amount);
        }
    }
    for (const FigureChartRow &row : chartRows)
        addSources(ids, row.sources);
    // In the dataset's order (S1, S2, …), which is how its source table lists them.
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < dataset.sources.size(); ++i)
        order.insert(dataset.sources.at(i).id, i);
    std::stable_sort(ids.begin(), ids.end(), [&order](const QString &a, const QString &b) {
        return order.value(a, order.size()) < order.value(b, order.size());
    });
    return ids;
}

QString Figure::sourceLineText(const QStringList &sourceIds) const
{
    if (!m_data.dataset || sourceIds.isEmpty())
        return tr("Sources: none of the items shown cites a source.");
    // Publishers, the most cited first.
    QHash<QString, int> citations;
    QStringList publishers;
    for (const QString &id : sourceIds) {
        const Source *source = m_data.dataset->source(id);
        if (!source)
            continue;
        const QString publisher = source->publisher.isEmpty() ? source->title : source->publisher;
        if (!citations.contains(publisher))
            publishers.append(publisher);
        ++citations[publisher];
    }
    std::stable_sort(publishers.begin(), publishers.end(),
        [&citations](const QString &a, const QString &b) { return citations.value(a) > citations.value(b); });

    const FigureLayout figureLayout = layout();
    const QFont footerFont = fontOfPixels(m_theme.uiFont, 0.9 * figureLayout.labelPx);
    const QString head = tr("Sources (%n, listed in the dataset “%1”): ", nullptr, static_cast<int>(sourceIds.size()))
                             .arg(m_data.dataset->title.text(m_spec.language));
    // As many publishers as fit on the lines the layout gives the sources.
    for (qsizetype shown = publishers.size(); shown >= 1; --shown) {
        QString text = head + publishers.mid(0, shown).join(QStringLiteral("; "));
        if (shown < publishers.size())
            text += tr("; and %n more", nullptr, static_cast<int>(publishers.size() - shown));
        if (figureLayout.sourceLines <= 0
            || wrapText(text, footerFont, figureLayout.footer.width(), figureLayout.sourceLines + 1).size()
                <= figureLayout.sourceLines)
            return text;
    }
    return head + tr("publishers: %1").arg(publishers.size());
}

QString Figure::altText(const FigureResult &result) const
{
    QStringList paragraphs;
    // Numbers, amounts and dates as the figure's language writes them, whatever the window's.
    const QLocale locale = Format::localeFor(m_spec.language);
    const QString title = m_spec.title.isEmpty() ? defaultTitle() : m_spec.title;
    QString heading = title;
    if (!m_spec.subtitle.isEmpty())
        heading += QStringLiteral(". ") + m_spec.subtitle;
    paragraphs.append(heading + u'.');

    // The map: how many sites, where, and the largest.
    QMap<QString, int> perCountry;
    const Dataset *dataset = m_data.dataset.get();
    for (const DrawnItem &item : result.map.sites) {
        const Site *site = dataset ? dataset->site(item.id) : nullptr;
        ++perCountry[site ? Format::countryName(site->country) : QString()];
    }
    QStringList countries;
    for (auto it = perCountry.cbegin(); it != perCountry.cend(); ++it)
        countries.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    // Counts as "label: number", which reads right for one and many without plural forms.
    QString map = tr("A map in the %1 projection. Sites shown: %2")
                      .arg(result.viewport.projection.displayName())
                      .arg(result.map.sites.size());
    if (!countries.isEmpty())
        map += u' ' + tr("(%1)").arg(countries.join(QStringLiteral(", ")));
    map += tr(". Investment flows from investors' headquarters to sites shown: %1.").arg(result.map.flows.size());
    paragraphs.append(map);

    QList<const SiteMark *> sites;
    for (const DrawnItem &item : result.map.sites) {
        for (const SiteMark &mark : m_scene.sites) {
            if (mark.id == item.id && mark.measure > 0)
                sites.append(&mark);
        }
    }
    std::stable_sort(
        sites.begin(), sites.end(), [](const SiteMark *a, const SiteMark *b) { return a->measure > b->measure; });
    if (!sites.isEmpty()) {
        QStringList largest;
        for (const SiteMark *site : sites.mid(0, 3)) {
            QString value;
            switch (m_spec.measure) {
            case SiteMeasure::Gpus:
                value = tr("%1 GPUs").arg(Format::count(site->measure, locale));
                break;
            case SiteMeasure::CapacityMw:
                value = tr("%1 MW").arg(Format::count(site->measure, locale));
                break;
            case SiteMeasure::Investment:
                value = Format::money(site->measure, QStringLiteral("USD"), locale);
                break;
            }
            largest.append(QStringLiteral("%1 (%2)").arg(site->label, value));
        }
        paragraphs.append(tr("Symbol sizes show %1; the largest: %2.")
                              .arg(siteMeasureName(m_spec.measure), largest.join(QStringLiteral(", "))));
    }
    // The largest flows with their amounts, investors and sources.
    QList<const FlowMark *> flows;
    QSet<QString> drawnFlows;
    for (const DrawnItem &item : result.map.flows)
        drawnFlows.insert(item.id);
    QSet<QString> seen;
    for (const FlowMark &flow : m_scene.flows) {
        if (drawnFlows.contains(flow.investmentId) && flow.hasUsd && !seen.contains(flow.investmentId)) {
            flows.append(&flow);
            seen.insert(flow.investmentId);
        }
    }
    if (!flows.isEmpty()) {
        QStringList largest;
        for (const FlowMark *flow : flows.mid(0, 5)) {
            const Investment *investment = dataset ? dataset->investment(flow->investmentId) : nullptr;
            const QString amount = investment && investment->amount
                ? Format::claim(*investment->amount, QString(), locale)
                : Format::money(flow->usd, QStringLiteral("USD"), locale);
            largest.append(
                tr("%1, %2 %3")
                    .arg(flow->label, amount, investment ? Format::sourceTags(investment->sources) : QString()));
        }
        paragraphs.append(tr("Largest flows: %1.").arg(largest.join(QStringLiteral("; "))));
    }
    if (!result.chartRows.isEmpty()) {
        QStringList rows;
        for (const FigureChartRow &row : result.chartRows.mid(0, std::max<qsizetype>(result.chartRowsShown, 1)))
            rows.append(QStringLiteral("%1 %2").arg(row.label, row.valueText));
        paragraphs.append(tr("Chart, %1: %2.").arg(FigureChart::title(m_spec.charts), rows.join(QStringLiteral("; "))));
    }
    if (asOf().isValid())
        paragraphs.append(tr("Data as of %1.").arg(Format::date(asOf(), locale)));
    if (!m_spec.notes.isEmpty())
        paragraphs.append(m_spec.notes);
    if (dataset && !result.sourceIds.isEmpty()) {
        QStringList lines { tr("Sources:") };
        for (const QString &id : result.sourceIds) {
            if (const Source *source = dataset->source(id))
                lines.append(
                    QStringLiteral("[%1] %2. %3. %4").arg(source->id, source->title, source->publisher, source->url));
        }
        paragraphs.append(lines.join(u'\n'));
    }
    paragraphs.append(Basemap::attribution());
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace atlas
