#pragma once

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

/// A text in the dataset's two languages. English is required, Korean optional.
struct LocalizedText {
    QString en;
    QString ko;

    bool isEmpty() const { return en.isEmpty() && ko.isEmpty(); }
    /// The text in @p language ("en" or "ko"), falling back to English.
    QString text(const QString &language = QStringLiteral("en")) const;
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

/// How a stated figure relates to the true value.
enum class Qualifier { Exact, UpTo, AtLeast, About };

/// Where a figure comes from: printed by a source, computed from sourced figures, or not confirmed.
enum class Basis { Stated, Derived, Unverified };

/**
 * One quantitative claim with the sources that make it: a GPU count, a capacity in MW or an
 * amount of money (then with a currency and, when the source prints one, its USD equivalent).
 * Where sources disagree, the first value is the one the dataset shows and the others are kept
 * as alternatives, each with its own sources.
 */
struct Claim {
    double value = 0;
    QString currency;                ///< ISO 4217 code for amounts, empty for counts and capacities
    std::optional<double> usdStated; ///< USD equivalent as printed by the source, never converted by us
    Qualifier qualifier = Qualifier::Exact;
    Basis basis = Basis::Stated;
    QStringList sources;
    LocalizedText note;
    QList<Claim> alternatives;

    /// The USD value a source states: the value itself for USD amounts, else usdStated.
    std::optional<double> statedUsd() const;
    friend bool operator==(const Claim &, const Claim &) = default;
};

/// A date known to a year, a quarter, a month or a day: "2025", "2026-Q1", "2025-09", "2025-09-16".
struct PartialDate {
    QString text;

    bool isNull() const { return text.isEmpty(); }
    bool isValid() const;
    QDate first() const; ///< first day of the period, null if invalid
    QDate last() const;  ///< last day of the period, null if invalid
    friend bool operator==(const PartialDate &, const PartialDate &) = default;
};

enum class CoordinateBasis { Exact, Proxy, Approximate, Derived };

/// A WGS 84 position in lon-lat order with how it was obtained.
struct GeoLocation {
    double lonDeg = 0;
    double latDeg = 0;
    CoordinateBasis basis = CoordinateBasis::Exact;
    LocalizedText place; ///< what the coordinate is of, e.g. "Redmond, WA" or "Debden station"
    LocalizedText note;
    QStringList sources;
    friend bool operator==(const GeoLocation &, const GeoLocation &) = default;
};

struct Source {
    QString id;
    QString title;
    QString publisher;
    QString url;
    PartialDate date;
    QString reliability; ///< empty, or "low" for sources the fact sheet flags as weak
    friend bool operator==(const Source &, const Source &) = default;
};

struct Company {
    QString id;
    LocalizedText name;
    QString country; ///< ISO 3166-1 alpha-2
    QString colour;  ///< "#rrggbb"
    std::optional<GeoLocation> hq;
    QStringList sources;
    friend bool operator==(const Company &, const Company &) = default;
};

enum class SiteKind { DataCentre, AiGrowthZone, Supercomputer, QuantumAiCentre, AiFactory };
enum class SiteStatus { Announced, Planned, UnderConstruction, Operational, Stalled, Cancelled };

struct SiteStatusClaim {
    SiteStatus value = SiteStatus::Announced;
    PartialDate asOf;
    LocalizedText note;
    QStringList sources;
    friend bool operator==(const SiteStatusClaim &, const SiteStatusClaim &) = default;
};

struct GpuDeployment {
    QString model;              ///< e.g. "NVIDIA GB300"
    std::optional<Claim> count; ///< absent when no source states a count
    QString company;            ///< the company whose GPUs they are (owner or operator)
    QString customer;           ///< optional company that uses them
    PartialDate expected;
    LocalizedText note;
    QStringList sources;
    friend bool operator==(const GpuDeployment &, const GpuDeployment &) = default;
};

struct Site {
    QString id;
    LocalizedText name;
    SiteKind kind = SiteKind::DataCentre;
    GeoLocation location;
    QString country;
    LocalizedText region; ///< Admin-1 region, e.g. "Essex"
    QStringList operators;
    QStringList partners;
    SiteStatusClaim status; ///< the latest known status
    /// Earlier statuses, oldest first, each with its as-of date: what the timeline shows
    /// before the latest status was reached.
    QList<SiteStatusClaim> statusHistory;
    std::optional<Claim> capacityMw;
    QList<GpuDeployment> gpus;
    QStringList parts; ///< ids of the sites that make up a zone
    QStringList sources;

    /// The status as of @p date: the latest entry of the history and the current status whose
    /// as-of date had begun by then; the earliest known one before that. A null date: status.
    SiteStatus statusAt(const QDate &date) const { return statusClaimAt(date).value; }
    /// The whole status entry statusAt() picks, with its date, note and sources.
    const SiteStatusClaim &statusClaimAt(const QDate &date) const;
    friend bool operator==(const Site &, const Site &) = default;
};

enum class InvestmentKind { Pledge, Capex, Equity, Fund, Contract };

struct Investment {
    QString id;
    InvestmentKind kind = InvestmentKind::Pledge;
    QStringList investors; ///< company ids; the first is the lead the amount is attributed to
    QStringList targetSites;
    QStringList targetCountries;
    LocalizedText target;        ///< free text describing the destination
    std::optional<Claim> amount; ///< absent when no figure was disclosed
    PartialDate periodFrom;
    PartialDate periodTo;
    LocalizedText period;
    PartialDate announced;
    LocalizedText purpose;
    QList<LocalizedText> caveats;
    QStringList sources;
    friend bool operator==(const Investment &, const Investment &) = default;
};

/// What a scene's chart panel shows.
enum class SceneChart { None, Gpus, Spending };
enum class AnnotationKind { Callout, Arrow };

/**
 * Where a scene looks: the projection (a command-line name such as "equal-earth"), its centre
 * for projections that have one (the globe's rotation, in degrees), the point in the middle of
 * the screen, and how much is shown: the projected height in metres from the top of the screen
 * to the bottom (0: the whole world). Lon-lat order throughout.
 */
struct SceneCamera {
    QString projection = QStringLiteral("equal-earth");
    std::optional<QPointF> rotation; ///< (lon0, lat0) of the projection; absent: its default
    QPointF centre;                  ///< (lon, lat) at the middle of the screen
    double span = 0;                 ///< projected metres shown top to bottom; 0: the whole world
    friend bool operator==(const SceneCamera &, const SceneCamera &) = default;
};

/// A text callout at a point, or an arrow from one point to another with an optional label.
struct SceneAnnotation {
    AnnotationKind kind = AnnotationKind::Callout;
    QPointF at; ///< (lon, lat): the callout's point, or where the arrow starts
    QPointF to; ///< (lon, lat): where the arrow points (arrows only)
    LocalizedText text;
    friend bool operator==(const SceneAnnotation &, const SceneAnnotation &) = default;
};

/// What a scene narrows the data to; empty lists mean "any" (see DatasetFilter).
struct SceneFilter {
    QStringList companies;
    QStringList countries;
    QList<SiteStatus> statuses;
    QList<SiteKind> kinds;
    PartialDate from;
    PartialDate to;
    PartialDate asOf;
    QString text;
    bool isEmpty() const { return *this == SceneFilter(); }
    friend bool operator==(const SceneFilter &, const SceneFilter &) = default;
};

/// One step of a presentation: a view of the data with its words.
struct Scene {
    QString id;
    LocalizedText title;
    LocalizedText caption;
    LocalizedText notes; ///< for the presenter only
    SceneCamera camera;
    SceneFilter filter;
    QStringList highlight; ///< "type:id" (company:nscale, site:loughton_nscale, investment:…, source:S1)
    SceneChart chart = SceneChart::None;
    QList<SceneAnnotation> annotations;
    friend bool operator==(const Scene &, const Scene &) = default;
};

/// The whole document: what a dataset file holds.
struct Dataset {
    static constexpr int formatVersion = 1;

    QString id;
    LocalizedText title;
    LocalizedText description;
    PartialDate asOf;
    QList<Source> sources;
    QList<Company> companies;
    QList<Site> sites;
    QList<Investment> investments;
    QList<Scene> scenes; ///< a presentation, in order

    const Company *company(const QString &wanted) const;
    /// The position of @p company in companies, or -1 when it is null or not one of this
    /// dataset's companies. O(1): @p company is a pointer into companies, as company() returns.
    /// Company colours come from the theme's palette at this position.
    int companyIndex(const Company *company) const;
    const Site *site(const QString &wanted) const;
    const Investment *investment(const QString &wanted) const;
    const Source *source(const QString &wanted) const;
    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace atlas
