#include "spendingbycompanymodel.h"

#include "datasetfilter.h"

#include "format.h"

namespace atlas {

SpendingByCompanyModel::SpendingByCompanyModel(
    DatasetDocument *document, SharedSelection *selection, FilterState *filter, QObject *parent)
    : EntityTableModel(EntityType::Company, document, selection, parent)
    , m_filter(filter)
{
    if (filter)
        connect(filter, &FilterState::changed, this, [this] { reset(); });
    rebuild();
}

void SpendingByCompanyModel::rebuild()
{
    m_rows = spendingByCompany(dataset(), m_filter ? m_filter->filter() : DatasetFilter());
}

QString SpendingByCompanyModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? m_rows.at(row).companyId : QString();
}

QString SpendingByCompanyModel::columnTitle(int column) const
{
    switch (column) {
    case Company:
        return tr("Company");
    case StatedUsd:
        return tr("USD (as stated)");
    case Investments:
        return tr("Investments");
    case WithoutUsd:
        return tr("Other amounts");
    default:
        return {};
    }
}

QVariant SpendingByCompanyModel::cell(int row, int column, int role) const
{
    const CompanySpending &entry = m_rows.at(row);
    const atlas::Company *company = dataset().company(entry.companyId);
    switch (role) {
    case Roles::Colour:
        return company ? company->colour : QString();
    case Roles::CompanyIndex:
        return dataset().companyIndex(company);
    case Roles::Sources:
        return entry.sources;
    case Roles::Value:
        return entry.statedUsd;
    case Qt::TextAlignmentRole:
        return column == Company ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Company:
        return company ? company->name.text(language()) : entry.companyId;
    case StatedUsd:
        if (role == Roles::Sort)
            return entry.statedUsd;
        if (role == Qt::ToolTipRole)
            return tr("%1 as stated by the sources %2")
                .arg(Format::money(entry.statedUsd, QStringLiteral("USD")), Format::sourceTags(entry.sources));
        return Format::money(entry.statedUsd, QStringLiteral("USD"));
    case Investments:
        return static_cast<int>(entry.investmentIds.size());
    case WithoutUsd: {
        QStringList amounts;
        for (auto it = entry.withoutUsd.cbegin(); it != entry.withoutUsd.cend(); ++it)
            amounts.append(Format::money(it.value(), it.key()));
        return amounts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace atlas
