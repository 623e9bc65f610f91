#include "sharedselection.h"

#include "datasetdocument.h"

namespace atlas {

SharedSelection::SharedSelection(DatasetDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &DatasetDocument::datasetChanged, this, &SharedSelection::clear);
    // An entity that an edit removed leaves the selection; everything else stays selected.
    connect(document, &DatasetDocument::contentChanged, this, [this](const EntityRef &ref) {
        QSet<EntityRef> selection = m_selection;
        selection.removeIf([this, &ref](const EntityRef &selected) {
            const bool affected = ref.id.isEmpty() || selected == ref;
            return affected && selected.type != EntityType::Country
                && !DatasetEdits::find(m_document->dataset(), selected);
        });
        if (selection != m_selection)
            update(selection);
    });
}

QStringList SharedSelection::selectedIds(EntityType type) const
{
    QStringList ids;
    for (const EntityRef &ref : m_selection) {
        if (ref.type == type)
            ids.append(ref.id);
    }
    ids.sort();
    return ids;
}

void SharedSelection::setSelection(const QSet<EntityRef> &selection)
{
    update(selection);
}

void SharedSelection::setSelectedIds(EntityType type, const QStringList &ids)
{
    QSet<EntityRef> selection;
    for (const EntityRef &ref : std::as_const(m_selection)) {
        if (ref.type != type)
            selection.insert(ref);
    }
    for (const QString &id : ids)
        selection.insert({ type, id });
    update(selection);
}

void SharedSelection::click(const std::optional<EntityRef> &ref, bool additive)
{
    if (!ref) {
        if (!additive)
            clear();
        return;
    }
    QSet<EntityRef> refs = additive ? m_selection : QSet<EntityRef>();
    if (additive && refs.contains(*ref))
        refs.remove(*ref);
    else
        refs.insert(*ref);
    setSelection(refs);
}

void SharedSelection::clear()
{
    update({});
}

void SharedSelection::setCurrent(const EntityRef &ref)
{
    update({ ref }, ref);
}

void SharedSelection::update(const QSet<EntityRef> &selection, std::optional<EntityRef> current)
{
    // What was just added becomes current; the current one stays while it remains selected.
    if (!current) {
        for (const EntityRef &ref : selection) {
            if (!m_selection.contains(ref)) {
                current = ref;
                break;
            }
        }
    }
    if (!current && m_current && selection.contains(*m_current))
        current = m_current;
    if (!current && !selection.isEmpty())
        current = *selection.cbegin();
    const bool currentMoved = current != m_current;
    m_current = current;
    if (selection == m_selection) {
        if (currentMoved)
            Q_EMIT currentChanged();
        return;
    }
    m_selection = selection;
    m_related.clear();
    for (const EntityRef &ref : std::as_const(m_selection))
        m_related.unite(linkedTo(m_document->dataset(), ref));
    m_related.subtract(m_selection);
    Q_EMIT changed();
    if (currentMoved)
        Q_EMIT currentChanged();
}

QSet<EntityRef> SharedSelection::linkedTo(const Dataset &dataset, const EntityRef &ref)
{
    QSet<EntityRef> linked;
    const auto addAll = [&linked](EntityType type, const QStringList &ids) {
        for (const QString &id : ids)
            linked.insert({ type, id });
    };
    switch (ref.type) {
    case EntityType::Company:
        for (const Site &site : dataset.sites) {
            bool involved = site.operators.contains(ref.id) || site.partners.contains(ref.id);
            for (const GpuDeployment &gpu : site.gpus)
                involved = involved || gpu.company == ref.id || gpu.customer == ref.id;
            if (involved)
                linked.insert({ EntityType::Site, site.id });
        }
        for (const Investment &investment : dataset.investments) {
            if (investment.investors.contains(ref.id)) {
                linked.insert({ EntityType::Investment, investment.id });
                addAll(EntityType::Site, investment.targetSites);
            }
        }
        break;
    case EntityType::Site:
        if (const Site *site = dataset.site(ref.id)) {
            addAll(EntityType::Company, site->operators);
            addAll(EntityType::Company, site->partners);
            addAll(EntityType::Site, site->parts);
            addAll(EntityType::Source, site->sources);
        }
        for (const Investment &investment : dataset.investments) {
            if (investment.targetSites.contains(ref.id)) {
                linked.insert({ EntityType::Investment, investment.id });
                addAll(EntityType::Company, investment.investors);
            }
        }
        break;
    case EntityType::Investment:
        if (const Investment *investment = dataset.investment(ref.id)) {
            addAll(EntityType::Company, investment->investors);
            addAll(EntityType::Site, investment->targetSites);
            addAll(EntityType::Source, investment->sources);
        }
        break;
    case EntityType::Source:
    case EntityType::Country:
        break;
    }
    return linked;
}

} // namespace atlas
