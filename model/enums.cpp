#include "enums.h"

#include <QCoreApplication>

#include <array>

namespace atlas {

QString enumDisplayText(const char *englishText)
{
    return QCoreApplication::translate("atlas::Enums", englishText);
}

namespace {

constexpr std::array<EnumEntry<Qualifier>, 4> s_qualifiers { {
    { Qualifier::Exact, "exact", QT_TRANSLATE_NOOP("atlas::Enums", "exactly") },
    { Qualifier::UpTo, "up-to", QT_TRANSLATE_NOOP("atlas::Enums", "up to") },
    { Qualifier::AtLeast, "at-least", QT_TRANSLATE_NOOP("atlas::Enums", "at least") },
    { Qualifier::About, "about", QT_TRANSLATE_NOOP("atlas::Enums", "about") },
} };

constexpr std::array<EnumEntry<Basis>, 3> s_bases { {
    { Basis::Stated, "stated", QT_TRANSLATE_NOOP("atlas::Enums", "stated by the source") },
    { Basis::Derived, "derived", QT_TRANSLATE_NOOP("atlas::Enums", "derived from sourced figures") },
    { Basis::Unverified, "unverified", QT_TRANSLATE_NOOP("atlas::Enums", "unverified") },
} };

constexpr std::array<EnumEntry<CoordinateBasis>, 4> s_coordinateBases { {
    { CoordinateBasis::Exact, "exact", QT_TRANSLATE_NOOP("atlas::Enums", "exact") },
    { CoordinateBasis::Proxy, "proxy", QT_TRANSLATE_NOOP("atlas::Enums", "proxy (a nearby known point)") },
    { CoordinateBasis::Approximate, "approximate", QT_TRANSLATE_NOOP("atlas::Enums", "approximate") },
    { CoordinateBasis::Derived, "derived", QT_TRANSLATE_NOOP("atlas::Enums", "derived") },
} };

constexpr std::array<EnumEntry<SiteKind>, 5> s_siteKinds { {
    { SiteKind::DataCentre, "data-centre", QT_TRANSLATE_NOOP("atlas::Enums", "Data centre") },
    { SiteKind::AiGrowthZone, "ai-growth-zone", QT_TRANSLATE_NOOP("atlas::Enums", "AI growth zone") },
    { SiteKind::Supercomputer, "supercomputer", QT_TRANSLATE_NOOP("atlas::Enums", "Supercomputer") },
    { SiteKind::QuantumAiCentre, "quantum-ai-centre", QT_TRANSLATE_NOOP("atlas::Enums", "Quantum-AI centre") },
    { SiteKind::AiFactory, "ai-factory", QT_TRANSLATE_NOOP("atlas::Enums", "AI factory") },
} };

constexpr std::array<EnumEntry<SiteStatus>, 6> s_siteStatuses { {
    { SiteStatus::Announced, "announced", QT_TRANSLATE_NOOP("atlas::Enums", "Announced") },
    { SiteStatus::Planned, "planned", QT_TRANSLATE_NOOP("atlas::Enums", "Planned") },
    { SiteStatus::UnderConstruction, "under-construction", QT_TRANSLATE_NOOP("atlas::Enums", "Under construction") },
    { SiteStatus::Operational, "operational", QT_TRANSLATE_NOOP("atlas::Enums", "Operational") },
    { SiteStatus::Stalled, "stalled", QT_TRANSLATE_NOOP("atlas::Enums", "Stalled") },
    { SiteStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("atlas::Enums", "Cancelled") },
} };

constexpr std::array<EnumEntry<InvestmentKind>, 5> s_investmentKinds { {
    { InvestmentKind::Pledge, "pledge", QT_TRANSLATE_NOOP("atlas::Enums", "Pledge") },
    { InvestmentKind::Capex, "capex", QT_TRANSLATE_NOOP("atlas::Enums", "Capital expenditure") },
    { InvestmentKind::Equity, "equity", QT_TRANSLATE_NOOP("atlas::Enums", "Equity investment") },
    { InvestmentKind::Fund, "fund", QT_TRANSLATE_NOOP("atlas::Enums", "Fund") },
    { InvestmentKind::Contract, "contract", QT_TRANSLATE_NOOP("atlas::Enums", "Contract") },
} };

constexpr std::array<EnumEntry<SceneChart>, 3> s_sceneCharts { {
    { SceneChart::None, "none", QT_TRANSLATE_NOOP("atlas::Enums", "No chart") },
    { SceneChart::Gpus, "gpus", QT_TRANSLATE_NOOP("atlas::Enums", "GPUs by company") },
    { SceneChart::Spending, "spending", QT_TRANSLATE_NOOP("atlas::Enums", "Spending by company") },
} };

constexpr std::array<EnumEntry<AnnotationKind>, 2> s_annotationKinds { {
    { AnnotationKind::Callout, "callout", QT_TRANSLATE_NOOP("atlas::Enums", "Callout") },
    { AnnotationKind::Arrow, "arrow", QT_TRANSLATE_NOOP("atlas::Enums", "Arrow") },
} };

} // namespace

template<>
std::span<const EnumEntry<Qualifier>> enumEntries<Qualifier>()
{
    return s_qualifiers;
}

template<>
std::span<const EnumEntry<Basis>> enumEntries<Basis>()
{
    return s_bases;
}

template<>
std::span<const EnumEntry<CoordinateBasis>> enumEntries<CoordinateBasis>()
{
    return s_coordinateBases;
}

template<>
std::span<const EnumEntry<SiteKind>> enumEntries<SiteKind>()
{
    return s_siteKinds;
}

template<>
std::span<const EnumEntry<SiteStatus>> enumEntries<SiteStatus>()
{
    return s_siteStatuses;
}

template<>
std::span<const EnumEntry<InvestmentKind>> enumEntries<InvestmentKind>()
{
    return s_investmentKinds;
}

template<>
std::span<const EnumEntry<SceneChart>> enumEntries<SceneChart>()
{
    return s_sceneCharts;
}

template<>
std::span<const EnumEntry<AnnotationKind>> enumEntries<AnnotationKind>()
{
    return s_annotationKinds;
}

} // namespace atlas
