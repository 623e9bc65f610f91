#include "datasetvalidator.h"

#include "jsonlocator.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>

namespace atlas {

namespace {

// Figures beyond these are almost certainly a unit mistake (pounds typed as pence, MW as W).
constexpr double s_implausibleAmount = 1e13;
constexpr double s_implausibleGpuCount = 1e8;
constexpr double s_implausibleMegawatts = 1e5;

using Path = QString;

Path member(const Path &parent, const char *key)
{
    return JsonLocator::memberPath(parent, QString::fromLatin1(key));
}

Path element(const Path &parent, qsizetype index)
{
    return JsonLocator::elementPath(parent, index);
}

enum class ClaimUnit { Money, Count, Megawatts };

class Checker
{
public:
    explicit Checker(const Dataset &dataset)
        : m_dataset(dataset)
    {
        for (const Source &source : dataset.sources)
            m_sourceIds.insert(source.id);
        for (const Company &company : dataset.companies)
            m_companyIds.insert(company.id);
        for (const Site &site : dataset.sites)
            m_siteIds.insert(site.id);
    }

    Diagnostics run()
    {
        checkIds(m_dataset.sources, QStringLiteral("sources"));
        checkIds(m_dataset.companies, QStringLiteral("companies"));
        checkIds(m_dataset.sites, QStringLiteral("sites"));
        checkIds(m_dataset.investments, QStringLiteral("investments"));
        for (qsizetype i = 0; i < m_dataset.sources.size(); ++i)
            checkSource(m_dataset.sources.at(i), element(QStringLiteral("sources"), i));
        for (qsizetype i = 0; i < m_dataset.companies.size(); ++i)
            checkCompany(m_dataset.companies.at(i), element(QStringLiteral("companies"), i));
        for (qsizetype i = 0; i < m_dataset.sites.size(); ++i)
            checkSite(m_dataset.sites.at(i), element(QStringLiteral("sites"), i));
        for (qsizetype i = 0; i < m_dataset.investments.size(); ++i)
            checkInvestment(m_dataset.investments.at(i), element(QStringLiteral("investments"), i));
        checkIds(m_dataset.scenes, QStringLiteral("scenes"));
        for (qsizetype i = 0; i < m_dataset.scenes.size(); ++i)
            checkScene(m_dataset.scenes.at(i), element(QStringLiteral("scenes"), i));
        return m_diagnostics;
    }

private:
    void error(const Path &path, const QString &message) { add(path, Severity::Error, message); }
    void warning(const Path &path, const QString &message) { add(path, Severity::Warning, message); }

    void add(const Path &path, Severity severity, const QString &message)
    {
        Diagnostic diagnostic;
        diagnostic.path = path;
        diagnostic.severity = severity;
        diagnostic.message = message;
        m_diagnostics.append(diagnostic);
    }

    template<typename T>
    void checkIds(const QList<T> &items, const QString &listName)
    {
        static const QRegularExpression s_idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QHash<QString, qsizetype> firstIndex;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &id = items.at(i).id;
            const Path path = member(element(listName, i), "id");
            if (id.isEmpty())
                continue; // the reader has reported the missing id
            if (!s_idPattern.match(id).hasMatch()) {
                error(
                    path, DatasetValidator::tr("id \"%1\" may only contain letters, digits, \"_\" and \"-\"").arg(id));
                continue;
            }
            const auto previous = firstIndex.constFind(id);
            if (previous != firstIndex.cend())
                error(path,
                    DatasetValidator::tr("duplicate id \"%1\" (first used at %2)")
                        .arg(id, element(listName, *previous)));
            else
                firstIndex.insert(id, i);
        }
    }

    void checkSourceRefs(const QStringList &sources, const Path &path, bool required)
    {
        if (sources.isEmpty() && required)
            error(path, DatasetValidator::tr("cites no source; every figure needs at least one"));
        for (qsizetype i = 0; i < sources.size(); ++i) {
            if (!m_sourceIds.contains(sources.at(i)))
                error(element(path, i), DatasetValidator::tr("unknown source \"%1\"").arg(sources.at(i)));
        }
    }

    void checkCompanyRef(const QString &id, const Path &path)
    {
        if (!id.isEmpty() && !m_companyIds.contains(id))
            error(path, DatasetValidator::tr("unknown company \"%1\"").arg(id));
    }

    void checkCompanyRefs(const QStringList &ids, const Path &path)
    {
        for (qsizetype i = 0; i < ids.size(); ++i)
            checkCompanyRef(ids.at(i), element(path, i));
    }

    void checkSiteRefs(const QStringList &ids, const Path &path)
    {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!m_siteIds.contains(ids.at(i)))
                error(element(path, i), DatasetValidator::tr("unknown site \"%1\"").arg(ids.at(i)));
        }
    }

    void checkCountry(const QString &code, const Path &path)
    {
        if (!code.isEmpty() && !DatasetValidator::isKnownCountry(code))
            error(path, DatasetValidator::tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(code));
    }

    void checkName(const LocalizedText &name, const Path &path)
    {
        if (!name.en.isEmpty() && name.ko.isEmpty())
            warning(path, DatasetValidator::tr("has no Korean name (\"ko\")"));
    }

    void checkLocation(const GeoLocation &location, const Path &path)
    {
        if (std::abs(location.lonDeg) > 180)
            error(member(path, "lon"), DatasetValidator::tr("longitude %1 is outside -180…180").arg(location.lonDeg));
        if (std::abs(location.latDeg) > 90)
            error(member(path, "lat"), DatasetValidator::tr("latitude %1 is outside -90…90").arg(location.latDeg));
        checkSourceRefs(location.sources, member(path, "sources"), true);
    }

    void checkClaim(const Claim &claim, const Path &path, ClaimUnit unit)
    {
        if (claim.value < 0)
            error(member(path, "value"), DatasetValidator::tr("must not be negative (%1)").arg(claim.value));
        if (claim.usdStated && *claim.usdStated < 0)
            error(member(path, "usdStated"), DatasetValidator::tr("must not be negative (%1)").arg(*claim.usdStated));
        if (unit == ClaimUnit::Money) {
            if (claim.currency.isEmpty())
                error(path, DatasetValidator::tr("an amount needs a \"currency\""));
            else if (!DatasetValidator::isKnownCurrency(claim.currency))
                error(member(path, "currency"),
                    DatasetValidator::tr("unknown currency \"%1\"; use an ISO 4217 code such as USD, GBP or EUR")
                        .arg(claim.currency));
            if (claim.value > s_implausibleAmount)
                warning(member(path, "value"),
                    DatasetValidator::tr("%1 is implausibly large for an amount; amounts are in full units")
                        .arg(claim.value, 0, 'g', 6));
        } else {
            if (!claim.currency.isEmpty())
                error(member(path, "currency"), DatasetValidator::tr("a count or capacity has no currency"));
            if (claim.usdStated)
                error(member(path, "usdStated"), DatasetValidator::tr("a count or capacity has no USD value"));
            const double limit = unit == ClaimUnit::Count ? s_implausibleGpuCount : s_implausibleMegawatts;
            if (claim.value > limit)
                warning(member(path, "value"),
                    DatasetValidator::tr("%1 is implausibly large here").arg(claim.value, 0, 'g', 6));
            if (unit == ClaimUnit::Count && claim.value != std::floor(claim.value))
                error(member(path, "value"), DatasetValidator::tr("a count must be a whole number"));
        }
        checkSourceRefs(claim.sources, member(path, "sources"), true);
        for (qsizetype i = 0; i < claim.alternatives.size(); ++i)
            checkClaim(claim.alternatives.at(i), element(member(path, "alternatives"), i), unit);
    }

    void checkSource(const Source &source, const Path &path)
    {
        if (!source.url.isEmpty() && !source.url.startsWith(QLatin1String("https://"))
            && !source.url.startsWith(QLatin1String("http://")))
            error(member(path, "url"), DatasetValidator::tr("\"%1\" is not an http(s) address").arg(source.url));
        if (!source.reliability.isEmpty() && source.reliability != QLatin1String("low"))
            error(member(path, "reliability"),
                DatasetValidator::tr("\"%1\" is not a reliability; the only one is \"low\"").arg(source.reliability));
    }

    void checkCompany(const Company &company, const Path &path)
    {
        static const QRegularExpression s_colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        checkName(company.name, member(path, "name"));
        checkCountry(company.country, member(path, "country"));
        if (!company.colour.isEmpty() && !s_colourPattern.match(company.colour).hasMatch())
            error(member(path, "colour"),
                DatasetValidator::tr("\"%1\" is not a colour like #1f77b4").arg(company.colour));
        if (company.hq)
            checkLocation(*company.hq, member(path, "hq"));
        checkSourceRefs(company.sources, member(path, "sources"), false);
    }

    void checkSite(const Site &site, const Path &path)
    {
        checkName(site.name, member(path, "name"));
        checkLocation(site.location, member(path, "location"));
        if (site.country.trimmed().isEmpty())
            error(member(path, "country"),
                DatasetValidator::tr("a site needs its country, as an ISO 3166-1 alpha-2 code"));
        checkCountry(site.country, member(path, "country"));
        checkCompanyRefs(site.operators, member(path, "operators"));
        checkCompanyRefs(site.partners, member(path, "partners"));
        checkSourceRefs(site.status.sources, member(member(path, "status"), "sources"), true);
        for (qsizetype i = 0; i < site.statusHistory.size(); ++i) {
            const SiteStatusClaim &earlier = site.statusHistory.at(i);
            const Path entry = element(member(path, "statusHistory"), i);
            checkSourceRefs(earlier.sources, member(entry, "sources"), true);
            if (!earlier.asOf.isValid())
                error(entry, DatasetValidator::tr("an earlier status needs its \"asOf\" date"));
            const PartialDate &next
                = i + 1 < site.statusHistory.size() ? site.statusHistory.at(i + 1).asOf : site.status.asOf;
            if (earlier.asOf.isValid() && next.isValid() && next.first() < earlier.asOf.first())
                error(member(entry, "asOf"), DatasetValidator::tr("the status history must run from oldest to newest"));
        }
        if (site.capacityMw)
            checkClaim(*site.capacityMw, member(path, "capacityMw"), ClaimUnit::Megawatts);
        for (qsizetype i = 0; i < site.gpus.size(); ++i) {
            const GpuDeployment &gpu = site.gpus.at(i);
            const Path gpuPath = element(member(path, "gpus"), i);
            if (gpu.count)
                checkClaim(*gpu.count, member(gpuPath, "count"), ClaimUnit::Count);
            if (gpu.company.isEmpty())
                error(member(gpuPath, "company"), DatasetValidator::tr("GPUs need the company whose they are"));
            if (gpu.model.trimmed().isEmpty())
                error(member(gpuPath, "model"), DatasetValidator::tr("GPUs need their model, or \"unspecified\""));
            checkCompanyRef(gpu.company, member(gpuPath, "company"));
            checkCompanyRef(gpu.customer, member(gpuPath, "customer"));
            checkSourceRefs(gpu.sources, member(gpuPath, "sources"), true);
        }
        checkSiteRefs(site.parts, member(path, "parts"));
        if (site.parts.contains(site.id))
            error(member(path, "parts"), DatasetValidator::tr("a site cannot be a part of itself"));
        checkSourceRefs(site.sources, member(path, "sources"), true);
    }

    void checkScene(const Scene &scene, const Path &path)
    {
        checkName(scene.title, member(path, "title"));
        const Path camera = member(path, "camera");
        if (!DatasetValidator::projectionNames().contains(scene.camera.projection))
            error(member(camera, "projection"),
                DatasetValidator::tr("unknown projection \"%1\"; use one of %2")
                    .arg(scene.camera.projection, DatasetValidator::projectionNames().join(QStringLiteral(", "))));
        // A span beyond the Earth's circumference is a unit mistake (kilometres typed as metres ×1000).
        constexpr double s_maxSpanMetres = 1e8;
        if (scene.camera.span > s_maxSpanMetres)
            error(member(camera, "span"),
                DatasetValidator::tr("a span of %1 m is more than the whole Earth; the span is in metres")
                    .arg(scene.camera.span));
        const Path filter = member(path, "filter");
        checkCompanyRefs(scene.filter.companies, member(filter, "companies"));
        for (qsizetype i = 0; i < scene.filter.countries.size(); ++i)
            checkCountry(scene.filter.countries.at(i), element(member(filter, "countries"), i));
        for (qsizetype i = 0; i < scene.highlight.size(); ++i) {
            const Path itemPath = element(member(path, "highlight"), i);
            const std::optional<EntityRef> ref = DatasetValidator::highlightRef(scene.highlight.at(i));
            if (!ref) {
                error(itemPath,
                    DatasetValidator::tr("\"%1\" is not type:id with a type of company, site, investment, source "
                                         "or country")
                        .arg(scene.highlight.at(i)));
                continue;
            }
            const bool known = [&] {
                switch (ref->type) {
                case EntityType::Company:
                    return m_companyIds.contains(ref->id);
                case EntityType::Site:
                    return m_siteIds.contains(ref->id);
                case EntityType::Investment:
                    return m_dataset.investment(ref->id) != nullptr;
                case EntityType::Source:
                    return m_sourceIds.contains(ref->id);
                case EntityType::Country:
                    return DatasetValidator::isKnownCountry(ref->id);
                }
                return false;
            }();
            if (!known)
                error(
                    itemPath, DatasetValidator::tr("\"%1\" names nothing in this dataset").arg(scene.highlight.at(i)));
        }
    }

    void checkInvestment(const Investment &investment, const Path &path)
    {
        if (investment.investors.isEmpty())
            error(member(path, "investors"), DatasetValidator::tr("names no investor"));
        if (investment.announced.isNull())
            error(member(path, "announced"), DatasetValidator::tr("needs the date it was announced"));
        checkCompanyRefs(investment.investors, member(path, "investors"));
        checkSiteRefs(investment.targetSites, member(path, "targetSites"));
        for (qsizetype i = 0; i < investment.targetCountries.size(); ++i)
            checkCountry(investment.targetCountries.at(i), element(member(path, "targetCountries"), i));
        if (investment.targetSites.isEmpty() && investment.targetCountries.isEmpty())
            error(path, DatasetValidator::tr("names no target: give \"targetSites\" or \"targetCountries\""));
        if (investment.amount)
            checkClaim(*investment.amount, member(path, "amount"), ClaimUnit::Money);
        if (investment.periodFrom.isValid() && investment.periodTo.isValid()
            && investment.periodTo.last() < investment.periodFrom.first())
            error(member(path, "periodTo"), DatasetValidator::tr("the period ends before it starts"));
        checkSourceRefs(investment.sources, member(path, "sources"), true);
    }

    const Dataset &m_dataset;
    QSet<QString> m_sourceIds;
    QSet<QString> m_companyIds;
    QSet<QString> m_siteIds;
    Diagnostics m_diagnostics;
};

} // namespace

Diagnostics DatasetValidator::validate(const Dataset &dataset)
{
    return Checker(dataset).run();
}

bool DatasetValidator::isKnownCurrency(const QString &code)
{
    // The currencies of the economies that build or fund AI infrastructure; extend as datasets need.
    static const std::array<const char *, 30> s_codes { "AED", "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP",
        "HKD", "IDR", "ILS", "INR", "JPY", "KRW", "MXN", "MYR", "NOK", "NZD", "PLN", "QAR", "SAR", "SEK", "SGD", "THB",
        "TRY", "TWD", "USD", "VND", "ZAR" };
    for (const char *known : s_codes) {
        if (code == QLatin1String(known))
            return true;
    }
    return false;
}

bool DatasetValidator::isKnownCountry(const QString &code)
{
    static const QRegularExpression s_alpha2(QStringLiteral("^[A-Z]{2}$"));
    // Qt also knows these, but they are reserved or user-assigned codes, not ISO 3166-1 countries.
    static const QStringList s_notCountries { QStringLiteral("AC"), QStringLiteral("CP"), QStringLiteral("DG"),
        QStringLiteral("EA"), QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("IC"), QStringLiteral("QO"),
        QStringLiteral("TA"), QStringLiteral("UN"), QStringLiteral("XA"), QStringLiteral("XB"), QStringLiteral("XK") };
    return s_alpha2.match(code).hasMatch() && !s_notCountries.contains(code)
        && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QStringList DatasetValidator::projectionNames()
{
    // The map engine's names (ProjectionSpec::names(); a test keeps the two lists equal).
    return { QStringLiteral("equal-earth"), QStringLiteral("robinson"), QStringLiteral("natural-earth"),
        QStringLiteral("web-mercator"), QStringLiteral("globe"), QStringLiteral("laea") };
}

std::optional<EntityRef> DatasetValidator::highlightRef(const QString &item)
{
    static const std::pair<const char *, EntityType> s_types[] = {
        { "company", EntityType::Company },
        { "site", EntityType::Site },
        { "investment", EntityType::Investment },
        { "source", EntityType::Source },
        { "country", EntityType::Country },
    };
    const qsizetype colon = item.indexOf(u':');
    if (colon <= 0 || colon == item.size() - 1)
        return std::nullopt;
    const QString type = item.left(colon);
    for (const auto &[key, value] : s_types) {
        if (type == QLatin1String(key))
            return EntityRef { value, item.mid(colon + 1) };
    }
    return std::nullopt;
}

} // namespace atlas
