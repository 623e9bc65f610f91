#include "gpusbycompanymodel.h"

#include "datasetfilter.h"

#include "format.h"

namespace atlas {

GpusByCompanyModel::GpusByCompanyModel(
    DatasetDocument *document, SharedSelection *selection, FilterState *filter, QObject *parent)
    : EntityTableModel(EntityType::Company, document, selection, parent)
    , m_filter(filter)
{
    if (filter)
        connect(filter, &FilterState::changed, this, [this] { reset(); });
    rebuild();
}

void GpusByCompanyModel::rebuild()
{
    m_rows = gpusByCompany(dataset(), m_filter ? m_filter->filter() : DatasetFilter());
}

QString GpusByCompanyModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? m_rows.at(row).companyId : QString();
}

QString GpusByCompanyModel::columnTitle(int column) const
{
    switch (column) {
    case Company:
        return tr("Company");
    case Gpus:
        return tr("GPUs");
    case Deployments:
        return tr("Deployments");
    default:
        return {};
    }
}

QVariant GpusByCompanyModel::cell(int row, int column, int role) const
{
    const CompanyGpus &entry = m_rows.at(row);
    const atlas::Company *company = dataset().company(entry.companyId);
    switch (role) {
    case Roles::Colour:
        return company ? company->colour : QString();
    case Roles::CompanyIndex:
        return dataset().companyIndex(company);
    case Roles::Sources:
        return entry.sources;
    case Roles::Value:
        return entry.gpus;
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
    case Gpus:
        if (role == Qt::DisplayRole)
            return Format::count(entry.gpus);
        if (role == Qt::ToolTipRole)
            return tr("%1 GPUs %2").arg(Format::count(entry.gpus), Format::sourceTags(entry.sources));
        return entry.gpus;
    case Deployments:
        if (role == Qt::ToolTipRole && entry.deploymentsWithoutCount > 0)
            return tr("%n deployment(s) with no stated count", nullptr, entry.deploymentsWithoutCount);
        return entry.deployments;
    default:
        return {};
    }
}

} // namespace atlas
