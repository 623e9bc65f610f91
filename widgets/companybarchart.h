#pragma once

#include "itemmenu.h"
#include "theme.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedLayout;

namespace atlas {

class DatasetDocument;
class EntityTableModel;
class FilterState;
class SharedSelection;

/**
 * A horizontal bar chart of one per-company aggregate model (GpusByCompanyModel,
 * SpendingByCompanyModel): one bar per company with a non-zero value, largest at the top, in
 * the company's colour, with the model's formatted value at the bar's end. Linked to the shared
 * selection: clicking a bar selects its company (Ctrl toggles, Shift adds), bars of selected
 * companies are outlined in the theme's selection colour and, while anything is selected, bars
 * neither selected nor related are dimmed. Hovering a bar shows the model's tooltip.
 *
 * The project's own thin wrapper around Qt Charts (deprecated from Qt 6.10): no Qt Charts type
 * appears in this header. The model, document and selection belong to the application and must
 * outlive the widget.
 */
class CompanyBarChart : public QWidget
{
    Q_OBJECT

public:
    CompanyBarChart(EntityTableModel *model, int valueColumn, DatasetDocument *document, SharedSelection *selection,
        const Theme &theme, QWidget *parent = nullptr);
    ~CompanyBarChart() override;

    /// How each company's bar is split. GPUs: Total, ByGpuModel, BySite; spending: Total, ByDestinationCountry.
    enum class StackMode { Total, ByGpuModel, BySite, ByDestinationCountry };

    /// The shared filter the segments follow (the model follows its own); rebuilds on its changed().
    /// Without one, segments are computed over the whole dataset.
    void setFilterState(FilterState *filter);
    StackMode stackMode() const;
    /// Modes this chart does not offer are ignored.
    void setStackMode(StackMode mode);
    QList<StackMode> availableStackModes() const;

    /// Bars are indexed top to bottom (largest first).
    int barCount() const;
    QString barCompanyId(int index) const;
    /// The bar's value as the chart holds it (read from the bar set).
    double barValue(int index) const;
    /// The bar's fill colour as drawn (dimmed bars are blended towards the background).
    QColor barColour(int index) const;
    /// The label shown at the bar's end ("131,040", "$50.2bn").
    QString barLabel(int index) const;
    /// The tooltip hovering the bar shows.
    QString barToolTip(int index) const;
    bool isBarHighlighted(int index) const;
    bool isBarDimmed(int index) const;
    /// The bar's rectangle in this widget's coordinates (empty if it is not laid out).
    QRectF barRect(int index) const;
    /// Adds the composer's actions to the context menu of the bar under the pointer.
    void setItemMenuHook(ItemMenuHook hook);
    /// Does what clicking the bar does.
    void clickBar(int index, Qt::KeyboardModifiers modifiers = {});
    /// True while the "No data for this filter" text shows instead of the chart.
    bool isEmptyStateShown() const;

    /// The bar's segments, left to right: GPU model, site id or ISO country code; one empty key in
    /// Total mode.
    QStringList segmentKeys(int bar) const;
    /// The segments' values as the chart holds them (read from the bar sets); they sum to barValue().
    QList<double> segmentValues(int bar) const;
    /// The tooltip hovering the segment shows (its key and value, then the bar's tooltip).
    QString segmentToolTip(int bar, int segment) const;
    /// The segment is hatched: it comes from a disputed or qualified amount (spending only).
    bool isSegmentMarkedDisputed(int bar, int segment) const;
    /// Some part of the bar is hatched.
    bool isBarMarkedDisputed(int bar) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Private;

    void rebuild();
    void updateCategories();
    void updateHighlight();
    void layoutOverlays();
    void showToolTip(int setRow);
    void retranslate();
    int barIndexOfSetRow(int setRow) const;

    std::unique_ptr<Private> d;
};

} // namespace atlas
