#pragma once

#include "aggregates.h"
#include "entitytablemodel.h"

namespace atlas {

/// Spending by lead investor in USD as stated (aggregates.h: spendingByCompany), largest first.
class SpendingByCompanyModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Company, StatedUsd, Investments, WithoutUsd, ColumnCount };

    SpendingByCompanyModel(DatasetDocument *document, SharedSelection *selection, QObject *parent = nullptr);
    QString idAt(int row) const override;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<CompanySpending> m_rows;
};

} // namespace atlas
