#pragma once

#include "aggregates.h"
#include "entitytablemodel.h"

namespace atlas {

class FilterState;

/// Number of sites per country (aggregates.h: sitesByCountry); rows are EntityType::Country.
class SitesByCountryModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Country, Sites, ColumnCount };

    /// With @p filter, the totals follow the shared filter (and its "as of" date).
    SitesByCountryModel(DatasetDocument *document, SharedSelection *selection, FilterState *filter = nullptr,
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
    QList<CountrySites> m_rows;
};

} // namespace atlas
