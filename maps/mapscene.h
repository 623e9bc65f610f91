#pragma once

#include "dataset.h"
#include "datasetfilter.h"
#include "entity.h"
#include "theme.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

#include <memory>

namespace atlas {

class Basemap;
class DatasetDocument;
class FilterState;
class SharedSelection;

/// What a site's symbol area is proportional to.
enum class SiteMeasure { Gpus, CapacityMw, Investment };

/// One site as the map draws it: a snapshot, independent of the dataset it came from.
struct SiteMark {
    QString id;
    QString label;
    QPointF lonLat; ///< x = lon, y = lat
    SiteKind kind = SiteKind::DataCentre;
    SiteStatus status = SiteStatus::Announced;
    CoordinateBasis basis = CoordinateBasis::Exact;
    QColor colour;
    double measure = 0; ///< in the unit of the scene's SiteMeasure; 0 when unknown
    bool selected = false;
    bool related = false;
    QString tooltip; ///< rich enough to stand alone: value, sources, position basis
};

/// One investment flow from a company's headquarters to a site or a country.
struct FlowMark {
    QString id; ///< "<investment id>" or "<investment id>:<target>" when it has several targets
    QString investmentId;
    QString label;
    QString companyName; ///< the lead investor, for the legend
    QPointF fromLonLat;
    QPointF toLonLat;
    QColor colour;
    double usd = 0; ///< USD as stated, shared equally among the investment's targets; 0 if none stated
    bool hasUsd = false;
    int lane = 0; ///< index among flows between the same two places, for offsetting
    int lanes = 1;
    bool selected = false;
    bool related = false;
    QString tooltip;
};

/**
 * Everything the renderer draws besides the basemap, built on the GUI thread from the dataset,
 * the shared filter and selection, and handed to render jobs by value. The basemap is shared,
 * read-only, between all jobs.
 */
struct MapScene {
    QList<SiteMark> sites;
    QList<FlowMark> flows;
    SiteMeasure measure = SiteMeasure::Gpus;
    /// Something is selected anywhere (a company, a source…): what is not linked to it is dimmed.
    bool hasSelection = false;
    std::shared_ptr<const Basemap> basemap;
    QString language = QStringLiteral("en");

    /// The largest measure of any site and the largest flow, for the legend's scales.
    double maxSiteMeasure() const;
    double maxFlowUsd() const;

    struct Input {
        const Dataset *dataset = nullptr;
        DatasetFilter filter;
        QSet<EntityRef> selection;
        QSet<EntityRef> related;
        SiteMeasure measure = SiteMeasure::Gpus;
        QString language = QStringLiteral("en");

        /// What a view of the application shows now: the document's dataset and language, the
        /// shared filter, the shared selection and everything linked to it. The dataset is
        /// referred to, not copied: build the scene before the document changes.
        static Input current(const DatasetDocument &document, const FilterState &filter,
            const SharedSelection &selection, SiteMeasure measure);
    };
    static MapScene build(const Input &input, const Theme &theme, std::shared_ptr<const Basemap> basemap);
};

QString siteMeasureName(SiteMeasure measure);

} // namespace atlas
