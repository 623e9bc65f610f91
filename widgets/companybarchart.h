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
class QTableView;

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
 * Keyboard and screen readers (docs/accessibility.md): the chart takes focus with Tab; the arrow
 * keys move between the bars and select the company (Up/Left the bar above, Down/Right the one
 * below, Home/End the first/last, Space toggles the bar in the selection); a dashed ring in the
 * selection colour marks the current bar, and the accessible description reads it ("Company:
 * value [sources]"). The "Table" button, or T while the chart has focus, shows a table of the same
 * model (largest first, linked to the shared selection) in place of the chart, and back.
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

    /// Whether the table alternative shows in place of the chart.
    bool isTableShown() const;
    /// Shows the table alternative (true) or the chart; what had the focus in one moves to the other.
    void setTableShown(bool shown);
    /// The table alternative: the model's companies with a value, largest first, linked to the
    /// shared selection.
    QTableView *table() const;
    /// The bar keyboard navigation stands on: the last one moved to, or whose company was made
    /// current in any view; -1 before there is one.
    int currentBar() const;
    /// Makes bar @p index current and selects its company alone, as the arrow keys do.
    void selectBar(int index);
    /// What a screen reader reads for bar @p index: "Company: value [sources]".
    QString barDescription(int index) const;

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
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Private;

    void rebuild();
    void updateCategories();
    void updateHighlight();
    void layoutOverlays();
    void showToolTip(int setRow);
    void retranslate();
    int barIndexOfSetRow(int setRow) const;
    /// Places the focus ring and describes the current bar, or the chart, for screen readers.
    void updateAccessibility();

    std::unique_ptr<Private> d;
};

} // namespace atlas
