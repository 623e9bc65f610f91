#include "sitesbycountrymodel.h"

#include "datasetfilter.h"

#include "format.h"

namespace atlas {

SitesByCountryModel::SitesByCountryModel(
    DatasetDocument *document, SharedSelection *selection, FilterState *filter, QObject *parent)
    : EntityTableModel(EntityType::Country, document, selection, parent)
    , m_filter(filter)
{
    if (filter)
        connect(filter, &FilterState::changed, this, [this] { reset(); });
    rebuild();
}

void SitesByCountryModel::rebuild()
{
    m_rows = sitesByCountry(dataset(), m_filter ? m_filter->filter() : DatasetFilter());
}

QString SitesByCountryModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? m_rows.at(row).country : QString();
}

QString SitesByCountryModel::columnTitle(int column) const
{
    switch (column) {
    case Country:
        return tr("Country");
    case Sites:
        return tr("Sites");
    default:
        return {};
    }
}

QVariant SitesByCountryModel::cell(int row, int column, int role) const
{
    const CountrySites &entry = m_rows.at(row);
    if (role == Roles::Value)
        return static_cast<int>(entry.siteIds.size());
    if (role == Qt::TextAlignmentRole)
        return column == Sites ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Country:
        return role == Roles::Sort ? entry.country : Format::countryName(entry.country);
    case Sites:
        if (role == Qt::ToolTipRole) {
            QStringList names;
            for (const QString &id : entry.siteIds) {
                const Site *site = dataset().site(id);
                names.append(site ? site->name.text(language()) : id);
            }
            return names.join(u'\n');
        }
        return static_cast<int>(entry.siteIds.size());
    default:
        return {};
    }
}

} // namespace atlas
