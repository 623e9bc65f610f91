#include "figurechart.h"

#include "aggregates.h"
#include "format.h"

#include <QPainter>

#include <algorithm>

namespace atlas {

QFont fontOfPixels(QFont font, double pixels)
{
    font.setPointSizeF(std::max(1.0, pixels * 72.0 / 96.0));
    return font;
}

QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics = fontMetrics(font);
    QStringList lines;
    if (maxLines <= 0 || text.isEmpty())
        return lines;
    const QString ellipsis = QStringLiteral("…");
    QString current;
    qsizetype position = 0;
    while (position < text.size()) {
        // The next word with the spaces before it, or one character of text without spaces.
        qsizetype end = position;
        while (end < text.size() && text.at(end) == u' ')
            ++end;
        const bool hasSpaces = text.indexOf(u' ', end) >= 0 || end > position;
        while (end < text.size() && text.at(end) != u' ' && text.at(end) != u'\n')
            ++end;
        if (!hasSpaces && end - position > 1 && metrics.horizontalAdvance(text.mid(position, end - position)) > width)
            end = position + 1; // unbreakable run wider than a line: break between characters
        const QString word = text.mid(position, end - position);
        const bool newline = end < text.size() && text.at(end) == u'\n';
        const QString candidate = current + word;
        if (!current.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(current);
            current = word.trimmed();
        } else {
            current = candidate;
        }
        position = newline ? end + 1 : end;
        if (newline) {
            lines.append(current);
            current.clear();
        }
        if (lines.size() >= maxLines)
            break;
    }
    if (!current.isEmpty() && lines.size() < maxLines)
        lines.append(current);
    const bool truncated = position < text.size() && !text.mid(position).trimmed().isEmpty();
    if (truncated && !lines.isEmpty()) {
        QString last = lines.last();
        while (!last.isEmpty() && metrics.horizontalAdvance(last + ellipsis) > width)
            last.chop(1);
        lines.last() = last.trimmed() + ellipsis;
    }
    // Lines wider than the width (one long word) are cut with an ellipsis too.
    for (QString &line : lines) {
        if (metrics.horizontalAdvance(line) > width)
            line = metrics.elidedText(line, Qt::ElideRight, width);
    }
    return lines;
}

QList<FigureChartRow> FigureChart::rows(
    const Dataset &dataset, const DatasetFilter &filter, FigureCharts kind, const Theme &theme, const QString &language)
{
    QList<FigureChartRow> rows;
    const QLocale locale = Format::localeFor(language);
    const auto row = [&](const QString &companyId, double value, const QString &text, const QStringList &sources) {
        const Company *company = dataset.company(companyId);
        rows.append({ companyId, company ? company->name.text(language) : companyId, value, text,
            theme.companyColour(dataset, company), sources });
    };
    if (kind == FigureCharts::Gpus) {
        for (const CompanyGpus &gpus : gpusByCompany(dataset, filter)) {
            if (gpus.gpus > 0)
                row(gpus.companyId, gpus.gpus, Format::count(gpus.gpus, locale), gpus.sources);
        }
    } else if (kind == FigureCharts::Spending) {
        for (const CompanySpending &spending : spendingByCompany(dataset, filter)) {
            if (spending.statedUsd > 0)
                row(spending.companyId, spending.statedUsd,
                    Format::money(spending.statedUsd, QStringLiteral("USD"), locale), spending.sources);
        }
    }
    return rows;
}

QString FigureChart::title(FigureCharts kind)
{
    switch (kind) {
    case FigureCharts::Gpus:
        return tr("GPUs by company");
    case FigureCharts::Spending:
        return tr("Spending by lead investor (USD as stated)");
    case FigureCharts::None:
        break;
    }
    return {};
}

namespace {

double rowHeightFor(const QFontMetricsF &metrics, double labelPx)
{
    return std::max(metrics.height() * 1.5, labelPx * 1.8);
}

} // namespace

double FigureChart::preferredHeight(qsizetype rowCount, const Theme &theme, double labelPx, double width)
{
    const QFont font = fontOfPixels(theme.labelFont, labelPx);
    QFont heading = fontOfPixels(theme.labelFont, labelPx * 1.2);
    heading.setBold(true);
    // The longest title, so the height does not depend on which chart it is.
    const auto titleLines = static_cast<double>(wrapText(title(FigureCharts::Spending), heading, width, 2).size());
    const auto rows = static_cast<double>(std::clamp<qsizetype>(rowCount, 1, 15));
    return titleLines * fontMetrics(heading).height() + labelPx * 0.6 + rows * rowHeightFor(fontMetrics(font), labelPx)
        + labelPx;
}

qsizetype FigureChart::paint(QPainter &painter, const QRectF &rect, FigureCharts kind,
    const QList<FigureChartRow> &rows, const Theme &theme, double labelPx)
{
    painter.save();
    const QFont font = fontOfPixels(theme.labelFont, labelPx);
    QFont heading = fontOfPixels(theme.labelFont, labelPx * 1.2);
    heading.setBold(true);
    const QFontMetricsF metrics = fontMetrics(font);
    const QFontMetricsF headingMetrics = fontMetrics(heading);

    double y = rect.top();
    painter.setPen(theme.text);
    painter.setFont(heading);
    for (const QString &line : wrapText(title(kind), heading, rect.width(), 2)) {
        painter.drawText(QPointF(rect.left(), y + headingMetrics.ascent()), line);
        y += headingMetrics.height();
    }
    y += labelPx * 0.6;

    painter.setFont(font);
    if (rows.isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(rect.left(), y + metrics.ascent()), tr("Nothing to show for this selection."));
        painter.restore();
        return 0;
    }
    const double rowHeight = rowHeightFor(metrics, labelPx);
    const auto fitting = static_cast<qsizetype>(std::max(0.0, (rect.bottom() - y) / rowHeight));
    qsizetype shown = std::min<qsizetype>(rows.size(), std::min<qsizetype>(fitting, 15));
    if (shown < rows.size() && shown > 0)
        --shown; // room for the "and N more" line
    double labelWidth = 0;
    for (qsizetype i = 0; i < shown; ++i)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(rows.at(i).label));
    labelWidth = std::min(labelWidth, rect.width() * 0.38);
    double valueWidth = 0;
    for (qsizetype i = 0; i < shown; ++i)
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(rows.at(i).valueText));
    const double rowsTop = y;
    const double gap = labelPx * 0.5;
    const double barLeft = rect.left() + labelWidth + gap;
    const double barSpace = std::max(1.0, rect.right() - barLeft - gap - valueWidth);
    const double maxValue = rows.isEmpty() ? 1 : std::max(1e-9, rows.first().value);

    for (qsizetype i = 0; i < shown; ++i) {
        const FigureChartRow &row = rows.at(i);
        const double middle = y + rowHeight / 2;
        painter.setPen(theme.text);
        const QString label = metrics.elidedText(row.label, Qt::ElideRight, labelWidth);
        painter.drawText(
            QPointF(barLeft - gap - metrics.horizontalAdvance(label), middle - metrics.height() / 2 + metrics.ascent()),
            label);
        const double barWidth = std::max(1.0, barSpace * row.value / maxValue);
        const QRectF bar(barLeft, middle - rowHeight * 0.32, barWidth, rowHeight * 0.64);
        painter.setPen(Qt::NoPen);
        painter.setBrush(row.colour);
        painter.drawRect(bar);
        painter.setPen(theme.text);
        painter.drawText(QPointF(bar.right() + gap, middle - metrics.height() / 2 + metrics.ascent()), row.valueText);
        y += rowHeight;
    }
    if (shown < rows.size()) {
        painter.setPen(theme.mutedText);
        painter.drawText(QPointF(barLeft, y + rowHeight / 2 - metrics.height() / 2 + metrics.ascent()),
            tr("and %n more", nullptr, static_cast<int>(rows.size() - shown)));
    }
    // The axis line the bars start from.
    painter.setPen(QPen(theme.border, std::max(1.0, labelPx / 12)));
    painter.drawLine(QPointF(barLeft, rowsTop), QPointF(barLeft, rowsTop + static_cast<double>(shown) * rowHeight));
    painter.restore();
    return shown;
}

} // namespace atlas
