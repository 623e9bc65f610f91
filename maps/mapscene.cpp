#include "mapscene.h"

#include "basemap.h"
#include "datasetdocument.h"
#include "enums.h"
#include "format.h"
#include "sharedselection.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace atlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atlas::MapScene", text);
}

double siteMeasure(const Dataset &dataset, const Site &site, SiteMeasure measure)
{
    switch (measure) {
    case SiteMeasure::Gpus: {
        double total = 0;
        for (const GpuDeployment &gpu : site.gpus)
            total += gpu.count ? gpu.count->value : 0;
        return total;
    }
    case SiteMeasure::CapacityMw:
        return site.capacityMw ? site.capacityMw->value : 0;
    case SiteMeasure::Investment: {
        // Each investment's stated USD is shared equally among the sites it names.
        double total = 0;
        for (const Investment &investment : dataset.investments) {
            if (!investment.targetSites.contains(site.id) || !investment.amount)
                continue;
            if (const auto usd = investment.amount->statedUsd())
                total += *usd / static_cast<double>(investment.targetSites.size());
        }
        return total;
    }
    }
    return 0;
}

QString siteTooltip(const Dataset &dataset, const Site &site, const QString &language)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(site.name.text(language).toHtmlEscaped());
    lines << QStringLiteral("%1 · %2").arg(enumDisplay(site.kind), enumDisplay(site.status.value));
    if (site.capacityMw)
        lines << QCoreApplication::translate("atlas::MapScene", "Capacity: %1")
                     .arg(Format::claimDetails(
                         *site.capacityMw, language, QCoreApplication::translate("atlas::MapScene", "MW"))
                              .toHtmlEscaped());
    for (const GpuDeployment &gpu : site.gpus) {
        const QString count = gpu.count ? Format::claimDetails(*gpu.count, language)
                                        : QCoreApplication::translate("atlas::MapScene", "count not stated %1")
                                              .arg(Format::sourceTags(gpu.sources));
        lines << QCoreApplication::translate("atlas::MapScene", "GPUs: %1 %2").arg(gpu.model, count).toHtmlEscaped();
    }
    QString position
        = QCoreApplication::translate("atlas::MapScene", "Position: %1").arg(enumDisplay(site.location.basis));
    if (!site.location.place.isEmpty())
        position += QStringLiteral(" (%1)").arg(site.location.place.text(language));
    lines << QString(position + u' ' + Format::sourceTags(site.location.sources)).toHtmlEscaped();
    Q_UNUSED(dataset);
    return lines.join(QStringLiteral("<br>")).replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QString siteMeasureName(SiteMeasure measure)
{
    switch (measure) {
    case SiteMeasure::Gpus:
        return QCoreApplication::translate("atlas::MapScene", "GPUs");
    case SiteMeasure::CapacityMw:
        return QCoreApplication::translate("atlas::MapScene", "Capacity (MW)");
    case SiteMeasure::Investment:
        return QCoreApplication::translate("atlas::MapScene", "Investment (USD as stated)");
    }
    return {};
}

double MapScene::maxSiteMeasure() const
{
    double result = 0;
    for (const SiteMark &site : sites)
        result = std::max(result, site.measure);
    return result;
}

double MapScene::maxFlowUsd() const
{
    double result = 0;
    for (const FlowMark &flow : flows)
        result = std::max(result, flow.usd);
    return result;
}

MapScene::Input MapScene::Input::current(
    const DatasetDocument &document, const FilterState &filter, const SharedSelection &selection, SiteMeasure measure)
{
    Input input;
    input.dataset = &document.dataset();
    input.filter = filter.filter();
    input.selection = selection.selection();
    for (const EntityRef &ref : std::as_const(input.selection))
        input.related.unite(SharedSelection::linkedTo(document.dataset(), ref));
    input.measure = measure;
    input.language = document.language();
    return input;
}

MapScene MapScene::build(const Input &input, const Theme &theme, std::shared_ptr<const Basemap> basemap)
{
    MapScene scene;
    scene.measure = input.measure;
    scene.basemap = std::move(basemap);
    scene.language = input.language;
    scene.hasSelection = !input.selection.isEmpty();
    if (!input.dataset)
        return scene;
    const Dataset &dataset = *input.dataset;

    for (const Site &site : dataset.sites) {
        if (!input.filter.acceptsSite(dataset, site))
            continue;
        SiteMark mark;
        mark.id = site.id;
        mark.label = site.name.text(input.language);
        mark.lonLat = QPointF(site.location.lonDeg, site.location.latDeg);
        mark.kind = site.kind;
        mark.status = site.statusAt(input.filter.asOf);
        mark.basis = site.location.basis;
        const Company *operatorCompany = dataset.company(site.operators.value(0));
        mark.colour = theme.companyColour(dataset, operatorCompany);
        mark.measure = siteMeasure(dataset, site, input.measure);
        mark.selected = input.selection.contains({ EntityType::Site, site.id });
        mark.related = input.related.contains({ EntityType::Site, site.id });
        mark.tooltip = siteTooltip(dataset, site, input.language);
        scene.sites.append(mark);
    }

    // Flows between the same two places share a pair key, so they can be drawn side by side.
    QHash<QString, int> lanesPerPair;
    for (const Investment &investment : dataset.investments) {
        if (!input.filter.acceptsInvestment(dataset, investment))
            continue;
        const Company *lead = dataset.company(investment.investors.value(0));
        if (!lead || !lead->hq)
            continue;
        struct Target {
            QString key;
            QString name;
            QPointF lonLat;
        };
        QList<Target> targets;
        for (const QString &siteId : investment.targetSites) {
            if (const Site *site = dataset.site(siteId))
                targets.append(
                    { siteId, site->name.text(input.language), QPointF(site->location.lonDeg, site->location.latDeg) });
        }
        if (targets.isEmpty() && scene.basemap) {
            for (const QString &country : investment.targetCountries) {
                if (const BasemapFeature *feature = scene.basemap->country(country))
                    targets.append({ country, Format::countryName(country), feature->labelLonLat });
            }
        }
        const std::optional<double> usd = investment.amount ? investment.amount->statedUsd() : std::nullopt;
        for (const Target &target : std::as_const(targets)) {
            FlowMark flow;
            flow.investmentId = investment.id;
            flow.id = targets.size() == 1 ? investment.id : investment.id + u':' + target.key;
            flow.fromLonLat = QPointF(lead->hq->lonDeg, lead->hq->latDeg);
            flow.toLonLat = target.lonLat;
            flow.colour = theme.companyColour(dataset, lead);
            flow.companyName = lead->name.text(input.language);
            flow.hasUsd = usd.has_value();
            flow.usd = usd ? *usd / static_cast<double>(targets.size()) : 0;
            flow.label = tr("%1 → %2").arg(lead->name.text(input.language), target.name);
            flow.selected = input.selection.contains({ EntityType::Investment, investment.id });
            flow.related = input.related.contains({ EntityType::Investment, investment.id });
            QString tip = QStringLiteral("<b>%1</b>").arg(flow.label.toHtmlEscaped());
            if (investment.amount)
                tip += QStringLiteral("<br>")
                    + Format::claimDetails(*investment.amount, input.language).toHtmlEscaped();
            else
                tip += QStringLiteral("<br>") + tr("No amount disclosed");
            tip += QStringLiteral("<br>") + Format::sourceTags(investment.sources);
            for (const LocalizedText &caveat : investment.caveats)
                tip += QStringLiteral("<br>• ") + caveat.text(input.language).toHtmlEscaped();
            flow.tooltip = tip.replace(u'\n', QStringLiteral("<br>"));
            const QString pair = QStringLiteral("%1,%2>%3,%4")
                                     .arg(flow.fromLonLat.x())
                                     .arg(flow.fromLonLat.y())
                                     .arg(flow.toLonLat.x())
                                     .arg(flow.toLonLat.y());
            flow.lane = lanesPerPair[pair]++;
            scene.flows.append(flow);
        }
    }
    for (FlowMark &flow : scene.flows) {
        const QString pair = QStringLiteral("%1,%2>%3,%4")
                                 .arg(flow.fromLonLat.x())
                                 .arg(flow.fromLonLat.y())
                                 .arg(flow.toLonLat.x())
                                 .arg(flow.toLonLat.y());
        flow.lanes = lanesPerPair.value(pair, 1);
    }
    // Draw large flows first so small ones stay visible on top.
    std::stable_sort(
        scene.flows.begin(), scene.flows.end(), [](const FlowMark &a, const FlowMark &b) { return a.usd > b.usd; });
    return scene;
}

} // namespace atlas
