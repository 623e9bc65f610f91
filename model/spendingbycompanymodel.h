#pragma once

#include "aggregates.h"
#include "entitytablemodel.h"

namespace atlas {

class FilterState;

/// Spending by lead investor in USD as stated (aggregates.h: spendingByCompany), largest first.
class SpendingByCompanyModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Company, StatedUsd, Investments, WithoutUsd, ColumnCount };

    /// With @p filter, the totals follow the shared filter (and its "as of" date).
    SpendingByCompanyModel(DatasetDocument *document, SharedSelection *selection, FilterState *filter = nullptr,
        QObject *parent = nullptr);
    QString idAt(int row) const override;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    FilterState *m_filter = nullptr;
    QList<CompanySpending> m_rows;
};

} // namespace atlas
