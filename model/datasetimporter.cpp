#include "datasetimporter.h"

#include "gdalutils.h"
#include "importrowreader.h"
#include "importsource.h"
#include "importtext.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <string_view>

// The import is spread over a few internal files: importsource (opening the source),
// importfields (the field table, mapping guesses and value parsers; targetFields(),
// requiredFields() and guessMapping() are defined there), importrowreader (reading the rows) and
// importtext (text helpers). GDAL plumbing shared with the exporter is in gdalutils.

namespace atlas {

namespace {

QStringList mappedIds(const QStringList &ids, const QHash<QString, QString> &map)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(map.value(id, id));
    return result;
}

} // namespace

ImportPreview DatasetImporter::preview(
    const QString &source, const QString &layer, int rowCount, Diagnostics &diagnostics)
{
    ImportPreview preview;
    std::optional<detail::OpenedLayer> opened = detail::openLayer(source, layer, diagnostics);
    if (!opened)
        return preview;
    preview.source = source;
    for (OGRLayer *each : opened->dataset->GetLayers())
        preview.layers.append(QString::fromUtf8(each->GetName()));
    preview.layer = QString::fromUtf8(opened->layer->GetName());
    preview.fields = detail::fieldNames(opened->layer);
    preview.hasGeometry = opened->layer->GetGeomType() != wkbNone;
    preview.crs = crsName(opened->layer->GetSpatialRef());
    if (opened->layer->TestCapability(OLCFastFeatureCount))
        preview.featureCount = opened->layer->GetFeatureCount(TRUE);
    opened->layer->ResetReading();
    for (int row = 0; row < rowCount; ++row) {
        const OGRFeatureUniquePtr feature(opened->layer->GetNextFeature());
        if (!feature)
            break;
        QStringList values;
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            const std::string_view bytes
                = feature->IsFieldSetAndNotNull(i) ? detail::trimmed(feature->GetFieldAsString(i)) : std::string_view();
            const auto size = static_cast<qsizetype>(bytes.size());
            values.append(detail::isValidUtf8(bytes) ? QString::fromUtf8(bytes.data(), size)
                                                     : QString::fromLatin1(bytes.data(), size));
        }
        preview.rows.append(values);
    }
    return preview;
}

QString DatasetImporter::displayName(const QString &source)
{
    return detail::redacted(source);
}

ImportResult DatasetImporter::import(const QString &source, const ImportOptions &options, const Progress &progress)
{
    ImportResult result;
    detail::importRows(source, options, result, progress);
    return result;
}

Dataset DatasetImporter::merge(Dataset base, const Dataset &imported)
{
    QHash<QString, QString> sourceIds;
    for (const Source &source : imported.sources) {
        if (base.source(source.id))
            continue;
        const auto sameUrl = std::find_if(base.sources.cbegin(), base.sources.cend(),
            [&source](const Source &known) { return !source.url.isEmpty() && known.url == source.url; });
        if (sameUrl != base.sources.cend())
            sourceIds.insert(source.id, sameUrl->id);
        else
            base.sources.append(source);
    }
    QHash<QString, QString> companyIds;
    for (const Company &company : imported.companies) {
        if (base.company(company.id))
            continue;
        const auto sameName
            = std::find_if(base.companies.cbegin(), base.companies.cend(), [&company](const Company &known) {
                  return known.name.en.compare(company.name.en, Qt::CaseInsensitive) == 0;
              });
        if (sameName != base.companies.cend()) {
            companyIds.insert(company.id, sameName->id);
            continue;
        }
        Company added = company;
        added.sources = mappedIds(added.sources, sourceIds);
        if (added.hq)
            added.hq->sources = mappedIds(added.hq->sources, sourceIds);
        base.companies.append(added);
    }
    const auto sourcesOf = [&sourceIds](Claim &claim) {
        claim.sources = mappedIds(claim.sources, sourceIds);
        for (Claim &alternative : claim.alternatives)
            alternative.sources = mappedIds(alternative.sources, sourceIds);
    };

    QSet<QString> baseSiteIds;
    for (const Site &site : std::as_const(base.sites))
        baseSiteIds.insert(site.id);
    QSet<QString> siteIds = baseSiteIds;
    for (const Site &site : imported.sites)
        siteIds.insert(site.id);
    QHash<QString, QString> newSiteIds;
    const qsizetype baseSiteCount = base.sites.size();
    for (const Site &site : imported.sites) {
        if (baseSiteIds.contains(site.id) && !newSiteIds.contains(site.id)) {
            const QString id = detail::uniqueId(site.id, siteIds);
            siteIds.insert(id);
            newSiteIds.insert(site.id, id);
        }
    }
    base.sites.reserve(baseSiteCount + imported.sites.size());
    for (Site site : imported.sites) {
        site.id = newSiteIds.value(site.id, site.id);
        site.operators = mappedIds(site.operators, companyIds);
        site.partners = mappedIds(site.partners, companyIds);
        site.parts = mappedIds(site.parts, newSiteIds);
        site.sources = mappedIds(site.sources, sourceIds);
        site.location.sources = mappedIds(site.location.sources, sourceIds);
        site.status.sources = mappedIds(site.status.sources, sourceIds);
        for (SiteStatusClaim &earlier : site.statusHistory)
            earlier.sources = mappedIds(earlier.sources, sourceIds);
        if (site.capacityMw)
            sourcesOf(*site.capacityMw);
        for (GpuDeployment &deployment : site.gpus) {
            deployment.company = companyIds.value(deployment.company, deployment.company);
            deployment.customer = companyIds.value(deployment.customer, deployment.customer);
            deployment.sources = mappedIds(deployment.sources, sourceIds);
            if (deployment.count)
                sourcesOf(*deployment.count);
        }
        base.sites.append(std::move(site));
    }

    // Investments name their target sites by id or by name: resolve names against every site.
    QHash<QString, QString> siteByName;
    for (const Site &site : std::as_const(base.sites)) {
        siteByName.insert(site.name.en.toLower(), site.id);
        if (!site.name.ko.isEmpty())
            siteByName.insert(site.name.ko, site.id);
    }
    QSet<QString> baseInvestmentIds;
    for (const Investment &investment : std::as_const(base.investments))
        baseInvestmentIds.insert(investment.id);
    QSet<QString> investmentIds = baseInvestmentIds;
    for (const Investment &investment : imported.investments)
        investmentIds.insert(investment.id);
    for (Investment investment : imported.investments) {
        if (baseInvestmentIds.contains(investment.id)) {
            investment.id = detail::uniqueId(investment.id, investmentIds);
            investmentIds.insert(investment.id);
        }
        investment.investors = mappedIds(investment.investors, companyIds);
        investment.sources = mappedIds(investment.sources, sourceIds);
        for (QString &target : investment.targetSites) {
            target = newSiteIds.value(target, target);
            if (!siteIds.contains(target))
                target = siteByName.value(target.toLower(), siteByName.value(target, target));
        }
        if (investment.amount)
            sourcesOf(*investment.amount);
        base.investments.append(std::move(investment));
    }
    return base;
}

} // namespace atlas
