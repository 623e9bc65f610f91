#pragma once

#include "dataset.h"
#include "datasetfilter.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace atlas {

/// GPUs of one company summed over the site deployments it owns or operates.
struct CompanyGpus {
    QString companyId;
    double gpus = 0; ///< sum of the shown counts
    int deployments = 0;
    int deploymentsWithoutCount = 0; ///< deployments no source gives a count for
    QStringList sources;
};

/// Money attributed to one company as lead investor, in USD as the sources state it.
struct CompanySpending {
    QString companyId;
    double statedUsd = 0;
    QStringList investmentIds;        ///< investments whose amount counts toward statedUsd
    QMap<QString, double> withoutUsd; ///< stated amounts with no USD equivalent, by currency
    QStringList sources;
};

struct CountrySites {
    QString country;
    QStringList siteIds;
};

/// Pure functions over a dataset; the rules are in docs/dataset-format.md ("Aggregates").
/// Results are sorted by value, largest first, then by id.
/// With @p filter, only the sites (for GPUs and countries) and investments (for spending) it accepts count.
QList<CompanyGpus> gpusByCompany(const Dataset &dataset, const DatasetFilter &filter = {});
QList<CompanySpending> spendingByCompany(const Dataset &dataset, const DatasetFilter &filter = {});
QList<CountrySites> sitesByCountry(const Dataset &dataset, const DatasetFilter &filter = {});

} // namespace atlas
