#pragma once

#include <QTableView>

namespace atlas {

class EntityTableModel;
class SharedSelection;

/**
 * The table alternative of a chart (CompanyBarChart's "Table" toggle): the rows of a per-company
 * aggregate model that have a value, largest first, as the chart's bars are, linked to the shared
 * selection both ways. Fully keyboard navigable like any table; Ctrl+C copies the selected rows as
 * tab-separated text. Lives on the GUI thread; the model and selection belong to the application
 * and must outlive the view.
 */
class ChartTableView : public QTableView
{
    Q_OBJECT

public:
    ChartTableView(EntityTableModel *model, int valueColumn, SharedSelection *selection, QWidget *parent = nullptr);

    /// The company id of row @p row as the table shows it (sorted, zero rows hidden).
    QString companyId(int row) const;
    /// The selected rows as tab-separated text with a header line.
    QString selectedRowsAsText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace atlas
