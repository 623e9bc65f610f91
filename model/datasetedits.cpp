#include "datasetedits.h"

#include "datasetvalidator.h"

#include <QRegularExpression>

namespace atlas {

namespace {

template<typename T>
QList<T> &listOf(Dataset &dataset)
{
    if constexpr (std::is_same_v<T, Company>)
        return dataset.companies;
    else if constexpr (std::is_same_v<T, Site>)
        return dataset.sites;
    else if constexpr (std::is_same_v<T, Investment>)
        return dataset.investments;
    else
        return dataset.sources;
}

template<typename T>
int indexIn(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

QString highlightKey(const EntityRef &ref)
{
    return entityTypeKey(ref.type) + u':' + ref.id;
}

bool claimCites(const std::optional<Claim> &claim, const QString &source)
{
    if (!claim)
        return false;
    if (claim->sources.contains(source))
        return true;
    for (const Claim &alternative : claim->alternatives) {
        if (claimCites(alternative, source))
            return true;
    }
    return false;
}

bool siteCites(const Site &site, const QString &source)
{
    if (site.sources.contains(source) || site.location.sources.contains(source) || site.status.sources.contains(source)
        || claimCites(site.capacityMw, source))
        return true;
    for (const SiteStatusClaim &status : site.statusHistory) {
        if (status.sources.contains(source))
            return true;
    }
    for (const GpuDeployment &gpu : site.gpus) {
        if (gpu.sources.contains(source) || claimCites(gpu.count, source))
            return true;
    }
    return false;
}

} // namespace

QString DatasetEdits::listKey(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QStringLiteral("companies");
    case EntityType::Site:
        return QStringLiteral("sites");
    case EntityType::Investment:
        return QStringLiteral("investments");
    case EntityType::Source:
        return QStringLiteral("sources");
    case EntityType::Country:
        break;
    }
    return {};
}

EntityType DatasetEdits::typeOf(const EntityValue &value)
{
    switch (value.index()) {
    case 0:
        return EntityType::Company;
    case 1:
        return EntityType::Site;
    case 2:
        return EntityType::Investment;
    default:
        return EntityType::Source;
    }
}

QString DatasetEdits::idOf(const EntityValue &value)
{
    return std::visit([](const auto &entity) { return entity.id; }, value);
}

int DatasetEdits::indexOf(const Dataset &dataset, const EntityRef &ref)
{
    switch (ref.type) {
    case EntityType::Company:
        return indexIn(dataset.companies, ref.id);
    case EntityType::Site:
        return indexIn(dataset.sites, ref.id);
    case EntityType::Investment:
        return indexIn(dataset.investments, ref.id);
    case EntityType::Source:
        return indexIn(dataset.sources, ref.id);
    case EntityType::Country:
        break;
    }
    return -1;
}

std::optional<EntityValue> DatasetEdits::find(const Dataset &dataset, const EntityRef &ref)
{
    const int index = indexOf(dataset, ref);
    if (index < 0)
        return std::nullopt;
    switch (ref.type) {
    case EntityType::Company:
        return dataset.companies.at(index);
    case EntityType::Site:
        return dataset.sites.at(index);
    case EntityType::Investment:
        return dataset.investments.at(index);
    case EntityType::Source:
        return dataset.sources.at(index);
    case EntityType::Country:
        break;
    }
    return std::nullopt;
}

int DatasetEdits::count(const Dataset &dataset, EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return static_cast<int>(dataset.companies.size());
    case EntityType::Site:
        return static_cast<int>(dataset.sites.size());
    case EntityType::Investment:
        return static_cast<int>(dataset.investments.size());
    case EntityType::Source:
        return static_cast<int>(dataset.sources.size());
    case EntityType::Country:
        break;
    }
    return 0;
}

QList<EntityReference> DatasetEdits::referencesTo(const Dataset &dataset, const EntityRef &ref)
{
    QList<EntityReference> found;
    const auto add = [&found](EntityType type, const QString &id, const QString &text) {
        found.append({ EntityRef { type, id }, text });
    };
    const QString &id = ref.id;
    switch (ref.type) {
    case EntityType::Company:
        for (const Investment &investment : dataset.investments) {
            if (investment.investors.contains(id))
                add(EntityType::Investment, investment.id,
                    tr("investment \"%1\" names it as an investor").arg(investment.id));
        }
        for (const Site &site : dataset.sites) {
            if (site.operators.contains(id) || site.partners.contains(id))
                add(EntityType::Site, site.id, tr("site \"%1\" names it as an operator or partner").arg(site.id));
            for (const GpuDeployment &gpu : site.gpus) {
                if (gpu.company == id || gpu.customer == id) {
                    add(EntityType::Site, site.id, tr("site \"%1\" lists its GPUs").arg(site.id));
                    break;
                }
            }
        }
        break;
    case EntityType::Site:
        for (const Investment &investment : dataset.investments) {
            if (investment.targetSites.contains(id))
                add(EntityType::Investment, investment.id, tr("investment \"%1\" targets it").arg(investment.id));
        }
        for (const Site &site : dataset.sites) {
            if (site.parts.contains(id))
                add(EntityType::Site, site.id, tr("site \"%1\" has it as a part").arg(site.id));
        }
        break;
    case EntityType::Source:
        for (const Company &company : dataset.companies) {
            if (company.sources.contains(id) || (company.hq && company.hq->sources.contains(id)))
                add(EntityType::Company, company.id, tr("company \"%1\" cites it").arg(company.id));
        }
        for (const Site &site : dataset.sites) {
            if (siteCites(site, id))
                add(EntityType::Site, site.id, tr("site \"%1\" cites it").arg(site.id));
        }
        for (const Investment &investment : dataset.investments) {
            if (investment.sources.contains(id) || claimCites(investment.amount, id))
                add(EntityType::Investment, investment.id, tr("investment \"%1\" cites it").arg(investment.id));
        }
        break;
    case EntityType::Investment:
    case EntityType::Country:
        break;
    }
    const QString highlight = highlightKey(ref);
    for (const Scene &scene : dataset.scenes) {
        const bool filtered = ref.type == EntityType::Company && scene.filter.companies.contains(id);
        if (filtered || scene.highlight.contains(highlight))
            found.append({ std::nullopt, tr("scene \"%1\" shows it").arg(scene.id) });
    }
    return found;
}

QString DatasetEdits::uniqueId(const Dataset &dataset, EntityType type, const QString &text)
{
    static const QRegularExpression s_notAllowed(QStringLiteral("[^a-z0-9_-]+"));
    QString base = text.normalized(QString::NormalizationForm_KD).toLower();
    base.replace(s_notAllowed, QStringLiteral("-"));
    while (base.contains(QLatin1String("--")))
        base.replace(QLatin1String("--"), QLatin1String("-"));
    base = base.mid(base.startsWith(u'-') ? 1 : 0);
    if (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = entityTypeKey(type);
    base.truncate(48);
    QString candidate = base;
    for (int suffix = 2; indexOf(dataset, { type, candidate }) >= 0; ++suffix)
        candidate = base + u'-' + QString::number(suffix);
    return candidate;
}

Dataset DatasetEdits::with(Dataset dataset, const EntityValue &value)
{
    std::visit(
        [&dataset](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            QList<T> &list = listOf<T>(dataset);
            const int index = indexIn(list, entity.id);
            if (index < 0)
                list.append(entity);
            else
                list[index] = entity;
        },
        value);
    return dataset;
}

Diagnostics DatasetEdits::check(const Dataset &dataset, const EntityValue &value)
{
    const Dataset edited = with(dataset, value);
    const EntityRef ref = refOf(value);
    const QString prefix = listKey(ref.type) + u'[' + QString::number(indexOf(edited, ref)) + u']';
    Diagnostics result;
    for (const Diagnostic &diagnostic : DatasetValidator::validate(edited)) {
        if (diagnostic.path == prefix || diagnostic.path.startsWith(prefix + u'.')
            || diagnostic.path.startsWith(prefix + u'['))
            result.append(diagnostic);
    }
    return result;
}

} // namespace atlas
