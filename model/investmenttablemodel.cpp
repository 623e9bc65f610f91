#include "investmenttablemodel.h"

#include "enums.h"
#include "format.h"

namespace atlas {

InvestmentTableModel::InvestmentTableModel(DatasetDocument *document, SharedSelection *selection, QObject *parent)
    : EntityTableModel(EntityType::Investment, document, selection, parent)
{
}

QString InvestmentTableModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? dataset().investments.at(row).id : QString();
}

int InvestmentTableModel::rows() const
{
    return static_cast<int>(dataset().investments.size());
}

QString InvestmentTableModel::columnTitle(int column) const
{
    switch (column) {
    case Investors:
        return tr("Investors");
    case Target:
        return tr("Target");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case StatedUsd:
        return tr("USD (as stated)");
    case Announced:
        return tr("Announced");
    case Caveats:
        return tr("Caveats");
    default:
        return {};
    }
}

QVariant InvestmentTableModel::cell(int row, int column, int role) const
{
    const Investment &investment = dataset().investments.at(row);
    const QString lang = language();
    // -1 marks "no USD stated" so that such rows sort below every real amount.
    const double usd = investment.amount ? investment.amount->statedUsd().value_or(-1.0) : -1.0;
    switch (role) {
    case Roles::Colour: {
        const Company *lead = dataset().company(investment.investors.value(0));
        return lead ? lead->colour : QString();
    }
    case Roles::CompanyIndex:
        return dataset().companyIndex(dataset().company(investment.investors.value(0)));
    case Roles::Sources:
        return investment.sources;
    case Roles::Value:
        return std::max(usd, 0.0);
    case Qt::TextAlignmentRole:
        return column == Amount || column == StatedUsd || column == Caveats
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    const bool sort = role == Roles::Sort;
    switch (column) {
    case Investors: {
        QStringList names;
        for (const QString &id : investment.investors) {
            const Company *company = dataset().company(id);
            names.append(company ? company->name.text(lang) : id);
        }
        return names.join(QStringLiteral(", "));
    }
    case Target: {
        if (!investment.target.isEmpty())
            return investment.target.text(lang);
        QStringList names;
        for (const QString &id : investment.targetSites) {
            const Site *site = dataset().site(id);
            names.append(site ? site->name.text(lang) : id);
        }
        for (const QString &code : investment.targetCountries)
            names.append(Format::countryName(code));
        return names.join(QStringLiteral(", "));
    }
    case Kind:
        return enumDisplay(investment.kind);
    case Amount:
        if (!investment.amount)
            return sort ? QVariant(-1.0)
                        : QVariant(role == Qt::ToolTipRole ? tr("No amount disclosed") : tr("not disclosed"));
        if (sort)
            return usd >= 0 ? usd : investment.amount->value;
        return role == Qt::ToolTipRole ? Format::claimDetails(*investment.amount, lang)
                                       : Format::claim(*investment.amount);
    case StatedUsd:
        if (sort)
            return usd;
        if (usd < 0)
            return role == Qt::ToolTipRole ? tr("No source states a USD equivalent") : QVariant();
        return Format::money(usd, QStringLiteral("USD"));
    case Announced:
        return investment.announced.text;
    case Caveats: {
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const LocalizedText &caveat : investment.caveats)
                lines.append(u"• " + caveat.text(lang));
            return lines.join(u'\n');
        }
        return static_cast<int>(investment.caveats.size());
    }
    default:
        return {};
    }
}

QVariant InvestmentTableModel::editValue(int row, int column) const
{
    const Investment &investment = dataset().investments.at(row);
    switch (column) {
    case Kind:
        return enumDisplay(investment.kind);
    case Amount:
        // Only a stated amount can be corrected here; adding one needs its sources (Edit…).
        return investment.amount ? QVariant(investment.amount->value) : QVariant();
    case Announced:
        return investment.announced.text;
    default:
        return {};
    }
}

QStringList InvestmentTableModel::choices(int column) const
{
    return column == Kind ? enumDisplays<InvestmentKind>() : QStringList();
}

std::optional<EntityValue> InvestmentTableModel::edited(
    int row, int column, const QVariant &value, QString &error) const
{
    Investment investment = dataset().investments.at(row);
    const QString text = value.toString().trimmed();
    switch (column) {
    case Kind:
        if (const auto kind = enumFromText<InvestmentKind>(text))
            investment.kind = *kind;
        else
            error = tr("\"%1\" is not a kind of investment; use one of: %2")
                        .arg(text, enumDisplays<InvestmentKind>().join(QStringLiteral(", ")));
        break;
    case Amount: {
        bool ok = false;
        const double amount = value.toDouble(&ok);
        if (!ok || !investment.amount)
            error = tr("\"%1\" is not an amount; type a number in full units, e.g. 1500000000").arg(text);
        else
            investment.amount->value = amount;
        break;
    }
    case Announced:
        investment.announced.text = text;
        if (!text.isEmpty() && !investment.announced.isValid())
            error = tr("\"%1\" is not a date; use 2025, 2025-Q3, 2025-09 or 2025-09-16").arg(text);
        break;
    default:
        return std::nullopt;
    }
    if (!error.isEmpty())
        return std::nullopt;
    return investment;
}

} // namespace atlas
