#include "datasetfilter.h"

#include "datasetdocument.h"

namespace atlas {

namespace {
bool mentions(const LocalizedText &text, const QString &needle)
{
    return text.en.contains(needle, Qt::CaseInsensitive) || text.ko.contains(needle, Qt::CaseInsensitive);
}

QString companyNames(const Dataset &dataset, const QStringList &ids)
{
    QString names;
    for (const QString &id : ids) {
        if (const Company *company = dataset.company(id))
            names += company->name.en + u' ' + company->name.ko + u' ';
    }
    return names;
}

bool intersects(const QSet<QString> &wanted, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (wanted.contains(id))
            return true;
    }
    return false;
}
} // namespace

DatasetFilter DatasetFilter::fromScene(const SceneFilter &scene)
{
    DatasetFilter filter;
    filter.companies = QSet<QString>(scene.companies.cbegin(), scene.companies.cend());
    filter.countries = QSet<QString>(scene.countries.cbegin(), scene.countries.cend());
    filter.statuses = QSet<SiteStatus>(scene.statuses.cbegin(), scene.statuses.cend());
    filter.kinds = QSet<SiteKind>(scene.kinds.cbegin(), scene.kinds.cend());
    filter.from = scene.from.first();
    filter.to = scene.to.last();
    filter.asOf = scene.asOf.last();
    filter.text = scene.text;
    return filter;
}

SceneFilter DatasetFilter::toScene() const
{
    SceneFilter scene;
    scene.companies = QStringList(companies.cbegin(), companies.cend());
    scene.companies.sort();
    scene.countries = QStringList(countries.cbegin(), countries.cend());
    scene.countries.sort();
    scene.statuses = QList<SiteStatus>(statuses.cbegin(), statuses.cend());
    std::sort(scene.statuses.begin(), scene.statuses.end());
    scene.kinds = QList<SiteKind>(kinds.cbegin(), kinds.cend());
    std::sort(scene.kinds.begin(), scene.kinds.end());
    scene.from = PartialDate { from.isValid() ? from.toString(Qt::ISODate) : QString() };
    scene.to = PartialDate { to.isValid() ? to.toString(Qt::ISODate) : QString() };
    scene.asOf = PartialDate { asOf.isValid() ? asOf.toString(Qt::ISODate) : QString() };
    scene.text = text;
    return scene;
}

bool DatasetFilter::isEmpty() const
{
    return *this == DatasetFilter();
}

bool DatasetFilter::acceptsCompany(const Company &company) const
{
    if (!text.isEmpty() && !mentions(company.name, text) && !company.id.contains(text, Qt::CaseInsensitive)
        && !company.country.contains(text, Qt::CaseInsensitive))
        return false;
    return (companies.isEmpty() || companies.contains(company.id))
        && (countries.isEmpty() || countries.contains(company.country));
}

bool DatasetFilter::acceptsSite(const Dataset &dataset, const Site &site) const
{
    if (!acceptsSite(site))
        return false;
    if (!asOf.isValid())
        return true;
    // Known as of the date when an investment had named it by then; sites no investment names
    // have no announcement date and are always shown.
    bool named = false;
    for (const Investment &investment : dataset.investments) {
        if (!investment.targetSites.contains(site.id))
            continue;
        named = true;
        if (investment.announced.isValid() && investment.announced.first() <= asOf)
            return true;
    }
    return !named;
}

bool DatasetFilter::acceptsSite(const Site &site) const
{
    if (!countries.isEmpty() && !countries.contains(site.country))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(site.statusAt(asOf)))
        return false;
    if (!kinds.isEmpty() && !kinds.contains(site.kind))
        return false;
    if (!text.isEmpty() && !mentions(site.name, text) && !mentions(site.region, text)
        && !site.id.contains(text, Qt::CaseInsensitive) && !site.country.contains(text, Qt::CaseInsensitive))
        return false;
    if (companies.isEmpty())
        return true;
    QStringList involved = site.operators + site.partners;
    for (const GpuDeployment &gpu : site.gpus)
        involved << gpu.company << gpu.customer;
    return intersects(companies, involved);
}

bool DatasetFilter::acceptsInvestment(const Dataset &dataset, const Investment &investment) const
{
    if (!companies.isEmpty() && !intersects(companies, investment.investors))
        return false;
    if (!countries.isEmpty()) {
        QStringList targetCountries = investment.targetCountries;
        for (const QString &id : investment.targetSites) {
            if (const Site *site = dataset.site(id))
                targetCountries.append(site->country);
        }
        if (!intersects(countries, targetCountries))
            return false;
    }
    const QDate announced = investment.announced.first();
    if (from.isValid() && (!announced.isValid() || investment.announced.last() < from))
        return false;
    if (to.isValid() && (!announced.isValid() || announced > to))
        return false;
    if (asOf.isValid() && (!announced.isValid() || announced > asOf))
        return false;
    if (!text.isEmpty()) {
        QString haystack = investment.id + u' ' + companyNames(dataset, investment.investors) + investment.target.en
            + u' ' + investment.target.ko + u' ' + investment.purpose.en + u' ' + investment.purpose.ko;
        for (const QString &id : investment.targetSites) {
            if (const Site *site = dataset.site(id))
                haystack += u' ' + site->name.en + u' ' + site->name.ko;
        }
        if (!haystack.contains(text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DatasetFilter::accepts(const Dataset &dataset, const EntityRef &ref) const
{
    switch (ref.type) {
    case EntityType::Company:
        if (const Company *company = dataset.company(ref.id))
            return acceptsCompany(*company);
        return companies.isEmpty() || companies.contains(ref.id);
    case EntityType::Site:
        if (const Site *site = dataset.site(ref.id))
            return acceptsSite(dataset, *site);
        return false;
    case EntityType::Investment:
        if (const Investment *investment = dataset.investment(ref.id))
            return acceptsInvestment(dataset, *investment);
        return false;
    case EntityType::Country:
        return countries.isEmpty() || countries.contains(ref.id);
    case EntityType::Source:
        if (text.isEmpty())
            return true;
        if (const Source *source = dataset.source(ref.id))
            return source->id.contains(text, Qt::CaseInsensitive) || source->title.contains(text, Qt::CaseInsensitive)
                || source->publisher.contains(text, Qt::CaseInsensitive);
        return false;
    }
    return true;
}

FilterState::FilterState(QObject *parent)
    : QObject(parent)
{
}

void FilterState::setFilter(const DatasetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT changed();
}

DatasetFilterProxy::DatasetFilterProxy(DatasetDocument *document, FilterState *filter, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_document(document)
    , m_filter(filter)
{
    setSortRole(Roles::Sort);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    connect(filter, &FilterState::changed, this, &DatasetFilterProxy::invalidateFilter);
}

bool DatasetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QVariant type = index.data(Roles::Entity);
    if (!type.isValid())
        return true;
    const EntityRef ref { static_cast<EntityType>(type.toInt()), index.data(Roles::Id).toString() };
    return m_filter->filter().accepts(m_document->dataset(), ref);
}

} // namespace atlas
