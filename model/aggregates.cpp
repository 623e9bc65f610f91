#include "aggregates.h"

#include <algorithm>

namespace atlas {

namespace {

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

template<typename T, typename Key>
T &entryFor(QList<T> &list, const QString &id, Key key)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const T &entry) { return entry.*key == id; });
    if (it != list.end())
        return *it;
    T entry;
    entry.*key = id;
    list.append(entry);
    return list.last();
}

} // namespace

QList<CompanyGpus> gpusByCompany(const Dataset &dataset, const DatasetFilter &filter)
{
    QList<CompanyGpus> result;
    for (const Site &site : dataset.sites) {
        if (!filter.acceptsSite(dataset, site))
            continue;
        for (const GpuDeployment &gpu : site.gpus) {
            CompanyGpus &entry = entryFor(result, gpu.company, &CompanyGpus::companyId);
            ++entry.deployments;
            if (gpu.count) {
                entry.gpus += gpu.count->value;
                appendUnique(entry.sources, gpu.count->sources);
            } else {
                ++entry.deploymentsWithoutCount;
                appendUnique(entry.sources, gpu.sources);
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const CompanyGpus &a, const CompanyGpus &b) {
        return a.gpus != b.gpus ? a.gpus > b.gpus : a.companyId < b.companyId;
    });
    return result;
}

QList<CompanySpending> spendingByCompany(const Dataset &dataset, const DatasetFilter &filter)
{
    QList<CompanySpending> result;
    for (const Investment &investment : dataset.investments) {
        if (!filter.acceptsInvestment(dataset, investment))
            continue;
        if (!investment.amount || investment.amount->basis != Basis::Stated || investment.investors.isEmpty())
            continue;
        const Claim &amount = *investment.amount;
        CompanySpending &entry = entryFor(result, investment.investors.first(), &CompanySpending::companyId);
        if (const auto usd = amount.statedUsd()) {
            entry.statedUsd += *usd;
            entry.investmentIds.append(investment.id);
        } else {
            entry.withoutUsd[amount.currency] += amount.value;
        }
        appendUnique(entry.sources, amount.sources);
    }
    std::sort(result.begin(), result.end(), [](const CompanySpending &a, const CompanySpending &b) {
        return a.statedUsd != b.statedUsd ? a.statedUsd > b.statedUsd : a.companyId < b.companyId;
    });
    return result;
}

QList<CountrySites> sitesByCountry(const Dataset &dataset, const DatasetFilter &filter)
{
    QList<CountrySites> result;
    for (const Site &site : dataset.sites) {
        if (filter.acceptsSite(dataset, site))
            entryFor(result, site.country, &CountrySites::country).siteIds.append(site.id);
    }
    std::sort(result.begin(), result.end(), [](const CountrySites &a, const CountrySites &b) {
        return a.siteIds.size() != b.siteIds.size() ? a.siteIds.size() > b.siteIds.size() : a.country < b.country;
    });
    return result;
}

} // namespace atlas
