#pragma once

#include "dataset.h"
#include "datasetfilter.h"
#include "theme.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace atlas {

/// What a figure's chart panel shows.
enum class FigureCharts { None, Gpus, Spending };

/// One bar of a figure's chart: a company and its total.
struct FigureChartRow {
    QString companyId;
    QString label;
    double value = 0;
    QString valueText; ///< "131,040", "$50.2bn"
    QColor colour;
    QStringList sources;
};

/**
 * The chart panel of a report figure: GPUs or stated USD spending by company as horizontal bars,
 * drawn with QPainter so it is vector in SVG and PDF and needs no widgets. The figures are those
 * of the window's charts (model/aggregates.h) under the same filter.
 */
class FigureChart
{
    Q_DECLARE_TR_FUNCTIONS(atlas::FigureChart)

public:
    /// The rows for @p kind, largest first, companies with nothing to show left out; names and
    /// values as @p language ("en" or "ko") writes them (Format::localeFor()).
    static QList<FigureChartRow> rows(const Dataset &dataset, const DatasetFilter &filter, FigureCharts kind,
        const Theme &theme, const QString &language);
    /// "GPUs by company", "Spending by lead investor (USD as stated)".
    static QString title(FigureCharts kind);

    /// The height the panel needs for @p rowCount rows (at most the 15 it ever shows).
    static double preferredHeight(qsizetype rowCount, const Theme &theme, double labelPx, double width);
    /// Paints the panel into @p rect with text of @p labelPx pixels; returns how many rows it
    /// showed (the rest are summed up in an "and N more" line).
    static qsizetype paint(QPainter &painter, const QRectF &rect, FigureCharts kind, const QList<FigureChartRow> &rows,
        const Theme &theme, double labelPx);
};

/// @p font at @p pixels high on the map engine's 96 dpi devices.
QFont fontOfPixels(QFont font, double pixels);

/// Greedy word wrap of @p text into at most @p maxLines lines of @p width; a last line that does
/// not fit ends with "…". Breaks at spaces, or anywhere for text without spaces (Korean fits).
QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines);

} // namespace atlas
