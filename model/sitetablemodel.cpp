#include "sitetablemodel.h"

#include "datasetfilter.h"

#include "enums.h"
#include "format.h"

#include <QGeoCoordinate>

namespace atlas {

namespace {
double gpuTotal(const Site &site)
{
    double total = 0;
    for (const GpuDeployment &gpu : site.gpus)
        total += gpu.count ? gpu.count->value : 0;
    return total;
}
} // namespace

SiteTableModel::SiteTableModel(
    DatasetDocument *document, SharedSelection *selection, FilterState *filter, QObject *parent)
    : EntityTableModel(EntityType::Site, document, selection, parent)
    , m_filter(filter)
{
    if (filter) {
        connect(filter, &FilterState::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, Status), index(rowCount() - 1, Status));
        });
    }
}

QString SiteTableModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? dataset().sites.at(row).id : QString();
}

int SiteTableModel::rows() const
{
    return static_cast<int>(dataset().sites.size());
}

QString SiteTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Site");
    case Kind:
        return tr("Kind");
    case Country:
        return tr("Country");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    case CapacityMw:
        return tr("Capacity (MW)");
    case Gpus:
        return tr("GPUs");
    case CoordinateBasisColumn:
        return tr("Position");
    default:
        return {};
    }
}

QVariant SiteTableModel::cell(int row, int column, int role) const
{
    const Site &site = dataset().sites.at(row);
    const QString lang = language();
    const SiteStatusClaim &statusClaim = site.statusClaimAt(m_filter ? m_filter->filter().asOf : QDate());
    const SiteStatus status = statusClaim.value;
    switch (role) {
    case Roles::Coordinate:
        return QVariant::fromValue(QGeoCoordinate(site.location.latDeg, site.location.lonDeg));
    case Roles::Colour: {
        const QString owner = site.operators.value(0);
        const Company *company = dataset().company(owner);
        return company ? company->colour : QString();
    }
    case Roles::CompanyIndex:
        return dataset().companyIndex(dataset().company(site.operators.value(0)));
    case Roles::Sources:
        return site.sources;
    case Roles::Value:
        return gpuTotal(site);
    case Qt::TextAlignmentRole:
        return column == CapacityMw || column == Gpus ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == Roles::Sort;
    switch (column) {
    case Name:
        if (role == Qt::ToolTipRole)
            return QString(site.name.text(lang) + u' ' + Format::sourceTags(site.sources));
        return site.name.text(lang);
    case Kind:
        return enumDisplay(site.kind);
    case Country:
        return sort ? site.country : Format::countryName(site.country);
    case Region:
        return site.region.text(lang);
    case Status:
        if (sort)
            return static_cast<int>(status);
        if (role == Qt::ToolTipRole) {
            QString tip = enumDisplay(status);
            if (!statusClaim.asOf.isNull())
                tip += u' ' + tr("(as of %1)").arg(statusClaim.asOf.text);
            tip += u' ' + Format::sourceTags(statusClaim.sources);
            if (!statusClaim.note.isEmpty())
                tip += u'\n' + statusClaim.note.text(lang);
            return tip;
        }
        return enumDisplay(status);
    case CapacityMw:
        if (!site.capacityMw)
            return sort ? QVariant(-1.0) : QVariant();
        if (sort)
            return site.capacityMw->value;
        return role == Qt::ToolTipRole ? Format::claimDetails(*site.capacityMw, lang, tr("MW"))
                                       : Format::claim(*site.capacityMw);
    case Gpus: {
        if (sort)
            return gpuTotal(site);
        QStringList parts;
        for (const GpuDeployment &gpu : site.gpus) {
            if (role == Qt::ToolTipRole)
                parts.append(gpu.model + QStringLiteral(": ")
                    + (gpu.count ? Format::claimDetails(*gpu.count, lang)
                                 : tr("count not stated %1").arg(Format::sourceTags(gpu.sources))));
            else if (gpu.count)
                parts.append(Format::claim(*gpu.count));
        }
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" + "));
    }
    case CoordinateBasisColumn:
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1, %2 (lon, lat)").arg(site.location.lonDeg).arg(site.location.latDeg);
            if (!site.location.place.isEmpty())
                tip += u'\n' + site.location.place.text(lang);
            if (!site.location.note.isEmpty())
                tip += u'\n' + site.location.note.text(lang);
            return QString(tip + u' ' + Format::sourceTags(site.location.sources));
        }
        return enumDisplay(site.location.basis);
    default:
        return {};
    }
}

QVariant SiteTableModel::editValue(int row, int column) const
{
    const Site &site = dataset().sites.at(row);
    switch (column) {
    case Name:
        return site.name.en;
    case Kind:
        return enumDisplay(site.kind);
    case Country:
        return site.country;
    case Region:
        return site.region.en;
    case Status:
        return enumDisplay(site.status.value);
    default:
        return {};
    }
}

QStringList SiteTableModel::choices(int column) const
{
    if (column == Kind)
        return enumDisplays<SiteKind>();
    if (column == Status)
        return enumDisplays<SiteStatus>();
    return {};
}

std::optional<EntityValue> SiteTableModel::edited(int row, int column, const QVariant &value, QString &error) const
{
    Site site = dataset().sites.at(row);
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        site.name.en = text;
        break;
    case Kind:
        if (const auto kind = enumFromText<SiteKind>(text))
            site.kind = *kind;
        else
            error = tr("\"%1\" is not a kind of site; use one of: %2")
                        .arg(text, enumDisplays<SiteKind>().join(QStringLiteral(", ")));
        break;
    case Country:
        site.country = text.toUpper();
        break;
    case Region:
        site.region.en = text;
        break;
    case Status:
        if (const auto status = enumFromText<SiteStatus>(text))
            site.status.value = *status;
        else
            error = tr("\"%1\" is not a status; use one of: %2")
                        .arg(text, enumDisplays<SiteStatus>().join(QStringLiteral(", ")));
        break;
    default:
        return std::nullopt;
    }
    if (!error.isEmpty())
        return std::nullopt;
    return site;
}

} // namespace atlas
