#pragma once

#include "aggregates.h"
#include "entitytablemodel.h"

namespace atlas {

class FilterState;

/// GPUs by company (aggregates.h: gpusByCompany), one row per company, largest first.
class GpusByCompanyModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Company, Gpus, Deployments, ColumnCount };

    /// With @p filter, the totals follow the shared filter (and its "as of" date).
    GpusByCompanyModel(DatasetDocument *document, SharedSelection *selection, FilterState *filter = nullptr,
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
    QList<CompanyGpus> m_rows;
};

} // namespace atlas
