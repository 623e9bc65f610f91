#include "maplegend.h"

#include "enums.h"
#include "format.h"
#include "maprenderer.h"
#include "sitesymbol.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atlas::MapLegend", text);
}

/// Round numbers for legend samples: 1, 2, 5 × 10^n at or below @p value.
double niceBelow(double value)
{
    if (value <= 0)
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 5.0, 2.0, 1.0 }) {
        if (step * magnitude <= value)
            return step * magnitude;
    }
    return magnitude;
}

QString measureValue(SiteMeasure measure, double value, const QLocale &locale)
{
    switch (measure) {
    case SiteMeasure::Gpus:
        return Format::count(value, locale);
    case SiteMeasure::CapacityMw:
        return QCoreApplication::translate("atlas::MapLegend", "%1 MW").arg(Format::count(value, locale));
    case SiteMeasure::Investment:
        return Format::money(value, QStringLiteral("USD"), locale);
    }
    return {};
}

struct Row {
    enum Kind { Heading, Symbol, Flow, Swatch, Status, KindShape } kind = Heading;
    QString text;
    double value = 0;
    QColor colour;
    SiteStatus status = SiteStatus::Operational;
    SiteKind siteKind = SiteKind::DataCentre;
};

Row makeRow(Row::Kind kind, const QString &text, double value = 0, const QColor &colour = {},
    SiteStatus status = SiteStatus::Operational, SiteKind siteKind = SiteKind::DataCentre)
{
    Row row;
    row.kind = kind;
    row.text = text;
    row.value = value;
    row.colour = colour;
    row.status = status;
    row.siteKind = siteKind;
    return row;
}

} // namespace

QSizeF MapLegend::size(const MapScene &scene, const Theme &theme, double scale, double maxHeight)
{
    return layout(scene, theme, scale, maxHeight, QPointF(), nullptr).size();
}

QRectF MapLegend::paint(QPainter &painter, const QRectF &imageRect, const MapScene &scene, const Theme &theme,
    double scale, Qt::Corner corner)
{
    const double maxHeight = imageRect.height() * 0.6;
    const QSizeF legendSize = size(scene, theme, scale, maxHeight);
    const double margin = 10 * scale;
    const double left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner
        ? imageRect.left() + margin
        : imageRect.right() - margin - legendSize.width();
    const double top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner
        ? imageRect.top() + margin
        : imageRect.bottom() - margin - legendSize.height();
    return layout(scene, theme, scale, maxHeight, QPointF(left, top), &painter);
}

QRectF MapLegend::layout(
    const MapScene &scene, const Theme &theme, double scale, double maxHeight, QPointF topLeft, QPainter *target)
{
    QFont font = theme.labelFont;
    font.setPointSizeF(theme.labelFont.pointSizeF() * scale);
    QFont heading = font;
    heading.setBold(true);
    const QFontMetricsF metrics = fontMetrics(font);
    const double line = metrics.height() * 1.35;

    QList<Row> rows;
    // Values as the scene's language writes them: a Korean figure says 억 in an English window.
    const QLocale locale = Format::localeFor(scene.language);
    const SymbolScale sizes = SymbolScale::of(scene, scale);
    const double maxMeasure = scene.maxSiteMeasure();
    if (maxMeasure > 0) {
        rows.append(makeRow(Row::Heading, tr("Site size: %1").arg(siteMeasureName(scene.measure))));
        const double large = niceBelow(maxMeasure);
        for (const double value : { large, niceBelow(large / 5), niceBelow(large / 25) }) {
            if (value > 0)
                rows.append(makeRow(Row::Symbol, measureValue(scene.measure, value, locale), value));
        }
    }
    const double maxUsd = scene.maxFlowUsd();
    if (!scene.flows.isEmpty()) {
        rows.append(makeRow(Row::Heading, tr("Flows: USD as stated")));
        const double large = niceBelow(maxUsd);
        for (const double value : { large, niceBelow(large / 10) }) {
            if (value > 0)
                rows.append(makeRow(Row::Flow, Format::money(value, QStringLiteral("USD"), locale), value));
        }
        rows.append(makeRow(Row::Flow, tr("no USD amount stated"), 0));
    }
    // Companies by the size of their flows, as many as stay readable.
    QList<QPair<QString, QColor>> companies;
    for (const FlowMark &flow : scene.flows) {
        const QPair<QString, QColor> entry(flow.companyName, flow.colour);
        if (!flow.companyName.isEmpty() && !companies.contains(entry))
            companies.append(entry);
    }
    constexpr qsizetype maxCompanies = 10;
    if (!companies.isEmpty()) {
        rows.append(makeRow(Row::Heading, tr("Investor")));
        for (qsizetype i = 0; i < std::min(companies.size(), maxCompanies); ++i)
            rows.append(makeRow(Row::Swatch, companies.at(i).first, 0, companies.at(i).second));
        if (companies.size() > maxCompanies)
            rows.append(
                makeRow(Row::Swatch, tr("and %1 more").arg(companies.size() - maxCompanies), 0, theme.mutedText));
    }
    rows.append(makeRow(Row::Heading, tr("Status")));
    for (const SiteStatus status : { SiteStatus::Announced, SiteStatus::Planned, SiteStatus::UnderConstruction,
             SiteStatus::Operational, SiteStatus::Stalled, SiteStatus::Cancelled })
        rows.append(makeRow(Row::Status, enumDisplay(status), 0, {}, status));
    // Kinds and companies present on the map only: a legend lists what the reader sees.
    QList<SiteKind> kinds;
    for (const SiteMark &site : scene.sites) {
        if (!kinds.contains(site.kind))
            kinds.append(site.kind);
    }
    if (kinds.size() > 1) {
        rows.append(makeRow(Row::Heading, tr("Kind")));
        for (const SiteKind kind : std::as_const(kinds))
            rows.append(makeRow(Row::KindShape, enumDisplay(kind), 0, {}, SiteStatus::Operational, kind));
    }

    const auto rowHeightOf = [&](const Row &row) {
        return row.kind == Row::Symbol ? std::max(line, 2 * sizes.siteRadius(row.value) + 4 * scale) : line;
    };
    const auto totalHeight = [&] {
        double total = 8 * scale;
        for (const Row &row : std::as_const(rows))
            total += rowHeightOf(row);
        return total;
    };
    // Too tall for the image: drop whole sections, least needed first, so the map stays visible.
    for (const QString &section : { tr("Kind"), tr("Investor"), tr("Status") }) {
        if (totalHeight() <= maxHeight)
            break;
        const auto start = std::find_if(
            rows.begin(), rows.end(), [&](const Row &row) { return row.kind == Row::Heading && row.text == section; });
        if (start == rows.end())
            continue;
        const auto end = std::find_if(start + 1, rows.end(), [](const Row &row) { return row.kind == Row::Heading; });
        rows.erase(start, end);
    }
    const double symbolColumn = 2 * sizes.siteRadius(maxMeasure) + 8 * scale;
    double textWidth = 0;
    for (const Row &row : std::as_const(rows))
        textWidth
            = std::max(textWidth, fontMetrics(row.kind == Row::Heading ? heading : font).horizontalAdvance(row.text));
    const double height = totalHeight();
    const double width = symbolColumn + textWidth + 16 * scale;
    const QRectF box(topLeft, QSizeF(width, height));
    if (!target)
        return box;
    QPainter &painter = *target;

    painter.save();
    QColor background = theme.window;
    background.setAlphaF(0.88);
    background = theme.flat(background, theme.land);
    painter.setPen(QPen(theme.border, 1 * scale));
    painter.setBrush(background);
    painter.drawRoundedRect(box, 4 * scale, 4 * scale);

    double y = box.top() + 4 * scale;
    const QColor neutral = theme.mutedText;
    for (const Row &row : std::as_const(rows)) {
        const double rowHeight
            = row.kind == Row::Symbol ? std::max(line, 2 * sizes.siteRadius(row.value) + 4 * scale) : line;
        const QPointF symbolCentre(box.left() + 6 * scale + symbolColumn / 2, y + rowHeight / 2);
        const QRectF textRect(box.left() + 8 * scale + symbolColumn, y, textWidth + 4 * scale, rowHeight);
        switch (row.kind) {
        case Row::Heading:
            painter.setFont(heading);
            painter.setPen(theme.text);
            painter.drawText(
                QRectF(box.left() + 8 * scale, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.text);
            y += rowHeight;
            continue;
        case Row::Symbol:
            SiteSymbol::paint(painter, symbolCentre, SiteKind::DataCentre, SiteStatus::Operational,
                sizes.siteRadius(row.value), neutral, theme, scale);
            break;
        case Row::Flow: {
            QPen pen(neutral, row.value > 0 ? sizes.flowWidth(row.value) : 1.5 * scale);
            pen.setCapStyle(Qt::FlatCap);
            if (row.value <= 0)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(symbolCentre.x() - symbolColumn / 2 + 2 * scale, symbolCentre.y()),
                QPointF(symbolCentre.x() + symbolColumn / 2 - 2 * scale, symbolCentre.y()));
            break;
        }
        case Row::Status:
            SiteSymbol::paint(
                painter, symbolCentre, SiteKind::DataCentre, row.status, 6 * scale, neutral, theme, scale);
            break;
        case Row::KindShape:
            SiteSymbol::paint(
                painter, symbolCentre, row.siteKind, SiteStatus::Operational, 6 * scale, neutral, theme, scale);
            break;
        case Row::Swatch:
            painter.setPen(Qt::NoPen);
            painter.setBrush(row.colour);
            painter.drawRect(QRectF(symbolCentre - QPointF(5 * scale, 5 * scale), QSizeF(10 * scale, 10 * scale)));
            break;
        }
        painter.setFont(font);
        painter.setPen(theme.text);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, row.text);
        y += rowHeight;
    }
    painter.restore();
    return box;
}

} // namespace atlas
