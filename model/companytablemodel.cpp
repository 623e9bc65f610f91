#include "companytablemodel.h"

#include "format.h"

#include <QGeoCoordinate>

#include <algorithm>

namespace atlas {

CompanyTableModel::CompanyTableModel(DatasetDocument *document, SharedSelection *selection, QObject *parent)
    : EntityTableModel(EntityType::Company, document, selection, parent)
{
}

QString CompanyTableModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? dataset().companies.at(row).id : QString();
}

int CompanyTableModel::rows() const
{
    return static_cast<int>(dataset().companies.size());
}

QString CompanyTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Company");
    case Country:
        return tr("Country");
    case Headquarters:
        return tr("Headquarters");
    case Investments:
        return tr("Investments led");
    default:
        return {};
    }
}

QVariant CompanyTableModel::cell(int row, int column, int role) const
{
    const Company &company = dataset().companies.at(row);
    const QString lang = language();
    const auto led = [&] {
        return static_cast<int>(std::count_if(dataset().investments.cbegin(), dataset().investments.cend(),
            [&](const Investment &investment) { return investment.investors.value(0) == company.id; }));
    };
    switch (role) {
    case Roles::Coordinate:
        return company.hq ? QVariant::fromValue(QGeoCoordinate(company.hq->latDeg, company.hq->lonDeg)) : QVariant();
    case Roles::Colour:
        return company.colour;
    case Roles::CompanyIndex:
        return row;
    case Roles::Sources:
        return company.hq ? company.hq->sources : company.sources;
    case Roles::Value:
        return led();
    case Qt::TextAlignmentRole:
        return column == Investments ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return company.name.text(lang);
    case Country:
        return role == Roles::Sort ? company.country : Format::countryName(company.country);
    case Headquarters:
        if (!company.hq)
            return role == Qt::ToolTipRole ? tr("Headquarters location not known") : QString();
        if (role == Qt::ToolTipRole) {
            QString tip = tr("%1, %2 (lon, lat)").arg(company.hq->lonDeg).arg(company.hq->latDeg);
            if (!company.hq->note.isEmpty())
                tip += u'\n' + company.hq->note.text(lang);
            return QString(tip + u' ' + Format::sourceTags(company.hq->sources));
        }
        return company.hq->place.text(lang);
    case Investments:
        return led();
    default:
        return {};
    }
}

QVariant CompanyTableModel::editValue(int row, int column) const
{
    const Company &company = dataset().companies.at(row);
    switch (column) {
    case Name:
        return company.name.en;
    case Country:
        return company.country;
    default:
        return {};
    }
}

std::optional<EntityValue> CompanyTableModel::edited(int row, int column, const QVariant &value, QString &error) const
{
    Q_UNUSED(error)
    Company company = dataset().companies.at(row);
    const QString text = value.toString().trimmed();
    switch (column) {
    case Name:
        company.name.en = text;
        break;
    case Country:
        company.country = text.toUpper();
        break;
    default:
        return std::nullopt;
    }
    return company;
}

} // namespace atlas
