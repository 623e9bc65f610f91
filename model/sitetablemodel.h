#pragma once

#include "entitytablemodel.h"

namespace atlas {

class FilterState;

/// One row per site: name, kind, country, region, status, capacity, GPUs, coordinate basis.
class SiteTableModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Country, Region, Status, CapacityMw, Gpus, CoordinateBasisColumn, ColumnCount };

    /// With @p filter, the Status column shows each site's status as of the filter's date.
    SiteTableModel(DatasetDocument *document, SharedSelection *selection, FilterState *filter = nullptr,
        QObject *parent = nullptr);
    QString idAt(int row) const override;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant editValue(int row, int column) const override;
    QStringList choices(int column) const override;
    std::optional<EntityValue> edited(int row, int column, const QVariant &value, QString &error) const override;

private:
    FilterState *m_filter = nullptr;
};

} // namespace atlas
