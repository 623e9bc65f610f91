#include "dataseteditor.h"

#include "datasetdocument.h"
#include "datasetimporter.h"
#include "datasetvalidator.h"
#include "sharedselection.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace atlas {

/**
 * One entity inserted (no "before"), replaced, or removed (no "after"), at the index it had.
 * A removal of several entities is a parent command with one child per entity, ordered so that
 * every recorded index is right when its child runs, in either direction.
 */
class DatasetEditor::EntityCommand : public QUndoCommand
{
public:
    EntityCommand(DatasetDocument *document, std::optional<EntityValue> before, std::optional<EntityValue> after,
        int index, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_index(index)
    {
    }

    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const std::optional<EntityValue> &from, const std::optional<EntityValue> &to)
    {
        if (from && to)
            m_document->replaceEntity(*to);
        else if (to)
            m_document->insertEntity(m_index, *to);
        else if (from)
            m_document->removeEntity(DatasetEdits::refOf(*from));
    }

    DatasetDocument *m_document;
    std::optional<EntityValue> m_before;
    std::optional<EntityValue> m_after;
    int m_index;
};

namespace {

/// Many entities at once (an import): the entity lists before and after. Qt's implicit sharing
/// keeps this to one copy of each list that changed.
class ContentCommand : public QUndoCommand
{
public:
    ContentCommand(DatasetDocument *document, Dataset before, Dataset after, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override { m_document->setContent(m_after); }
    void undo() override { m_document->setContent(m_before); }

private:
    DatasetDocument *m_document;
    Dataset m_before;
    Dataset m_after;
};

QString firstError(const Diagnostics &diagnostics)
{
    QStringList messages;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            messages.append(diagnostic.path.isEmpty() ? diagnostic.message
                                                      : diagnostic.path + QStringLiteral(": ") + diagnostic.message);
    }
    return messages.join(u'\n');
}

template<typename T>
QStringList newIds(const QList<T> &before, const QList<T> &after)
{
    QSet<QString> old;
    for (const T &entity : before)
        old.insert(entity.id);
    QStringList ids;
    for (const T &entity : after) {
        if (!old.contains(entity.id))
            ids.append(entity.id);
    }
    return ids;
}

} // namespace

DatasetEditor::DatasetEditor(
    DatasetDocument *document, QUndoStack *undoStack, SharedSelection *selection, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_selection(selection)
{
}

QString DatasetEditor::describe(const EntityValue &value)
{
    return std::visit(
        [](const auto &entity) -> QString {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Source>)
                return entity.title.isEmpty() ? entity.id : entity.id + QStringLiteral(" (") + entity.title + u')';
            else if constexpr (std::is_same_v<T, Investment>)
                return entity.id;
            else
                return entity.name.en.isEmpty() ? entity.id : entity.name.en;
        },
        value);
}

QString DatasetEditor::add(EntityValue value)
{
    const Dataset &dataset = m_document->dataset();
    const EntityType type = DatasetEdits::typeOf(value);
    const QString wanted = DatasetEdits::idOf(value);
    if (wanted.isEmpty() || DatasetEdits::indexOf(dataset, { type, wanted }) >= 0) {
        const QString id = DatasetEdits::uniqueId(dataset, type, wanted.isEmpty() ? describe(value) : wanted);
        std::visit([&id](auto &entity) { entity.id = id; }, value);
    }
    const QString errors = firstError(DatasetEdits::check(dataset, value));
    if (!errors.isEmpty())
        return tr("\"%1\" was not added:\n%2").arg(describe(value), errors);

    QString text;
    switch (type) {
    case EntityType::Company:
        text = tr("Add company %1");
        break;
    case EntityType::Site:
        text = tr("Add site %1");
        break;
    case EntityType::Investment:
        text = tr("Add investment %1");
        break;
    default:
        text = tr("Add source %1");
        break;
    }
    const EntityRef ref = DatasetEdits::refOf(value);
    m_undoStack->push(new EntityCommand(
        m_document, std::nullopt, value, DatasetEdits::count(dataset, type), text.arg(describe(value))));
    m_selection->setCurrent(ref);
    return {};
}

QString DatasetEditor::change(const EntityValue &value)
{
    const Dataset &dataset = m_document->dataset();
    const EntityRef ref = DatasetEdits::refOf(value);
    const std::optional<EntityValue> before = DatasetEdits::find(dataset, ref);
    if (!before)
        return tr("\"%1\" is no longer in the dataset").arg(ref.id);
    if (*before == value)
        return {};
    const QString errors = firstError(DatasetEdits::check(dataset, value));
    if (!errors.isEmpty())
        return tr("\"%1\" was not changed:\n%2").arg(describe(*before), errors);
    m_undoStack->push(new EntityCommand(
        m_document, before, value, DatasetEdits::indexOf(dataset, ref), tr("Edit %1").arg(describe(value))));
    return {};
}

QString DatasetEditor::remove(const QList<EntityRef> &refs)
{
    const Dataset &dataset = m_document->dataset();
    const QSet<EntityRef> removing(refs.cbegin(), refs.cend());
    struct Removal {
        EntityValue value;
        int index;
    };
    QList<Removal> removals;
    QStringList blocked;
    for (const EntityRef &ref : refs) {
        const std::optional<EntityValue> value = DatasetEdits::find(dataset, ref);
        if (!value)
            continue;
        for (const EntityReference &reference : DatasetEdits::referencesTo(dataset, ref)) {
            // References from entities that go in the same step do not count.
            if (!reference.from || !removing.contains(*reference.from))
                blocked.append(tr("%1: %2").arg(describe(*value), reference.text));
        }
        removals.append({ *value, DatasetEdits::indexOf(dataset, ref) });
    }
    if (!blocked.isEmpty())
        return tr("Nothing was deleted, because other entries still refer to what you chose:\n%1")
            .arg(blocked.join(u'\n'));
    if (removals.isEmpty())
        return {};

    // Highest index first within each list, so the indices stay right both ways.
    std::sort(removals.begin(), removals.end(), [](const Removal &a, const Removal &b) {
        return a.value.index() != b.value.index() ? a.value.index() < b.value.index() : a.index > b.index;
    });
    QUndoCommand *command = removals.size() == 1
        ? new EntityCommand(m_document, removals.first().value, std::nullopt, removals.first().index,
            tr("Delete %1").arg(describe(removals.first().value)))
        : new QUndoCommand(tr("Delete %n entries", nullptr, static_cast<int>(removals.size())));
    if (removals.size() > 1) {
        for (const Removal &removal : std::as_const(removals))
            new EntityCommand(m_document, removal.value, std::nullopt, removal.index, {}, command);
    }
    m_undoStack->push(command);
    return {};
}

QString DatasetEditor::moveSite(const QString &siteId, QPointF lonLat)
{
    const Site *site = m_document->dataset().site(siteId);
    if (!site)
        return tr("\"%1\" is no longer in the dataset").arg(siteId);
    Site moved = *site;
    moved.location.lonDeg = lonLat.x();
    moved.location.latDeg = lonLat.y();
    moved.location.basis = CoordinateBasis::Approximate;
    if (moved == *site)
        return {};
    const QString errors = firstError(DatasetEdits::check(m_document->dataset(), moved));
    if (!errors.isEmpty())
        return tr("\"%1\" was not moved:\n%2").arg(site->name.en, errors);
    m_undoStack->push(new EntityCommand(m_document, *site, moved,
        DatasetEdits::indexOf(m_document->dataset(), { EntityType::Site, siteId }), tr("Move %1").arg(site->name.en)));
    return {};
}

QString DatasetEditor::addImported(const Dataset &imported, const QString &what)
{
    const Dataset before = m_document->dataset();
    const Dataset after = DatasetImporter::merge(before, imported);
    const QStringList sites = newIds(before.sites, after.sites);
    const QStringList investments = newIds(before.investments, after.investments);
    if (sites.isEmpty() && investments.isEmpty() && after == before)
        return tr("The import brought nothing new");
    // What is imported must leave a dataset that opens again, as every other edit does.
    const Diagnostics errorsBefore = DatasetValidator::validate(before);
    Diagnostics added;
    for (const Diagnostic &diagnostic : DatasetValidator::validate(after)) {
        if (diagnostic.severity == Severity::Error && !errorsBefore.contains(diagnostic))
            added.append(diagnostic);
    }
    if (!added.isEmpty()) {
        constexpr qsizetype shown = 5;
        QString message = firstError(added.mid(0, shown));
        if (added.size() > shown)
            message += u'\n' + tr("and %n more", nullptr, static_cast<int>(added.size() - shown));
        return tr("Nothing was added, because the imported rows are incomplete:\n%1").arg(message);
    }
    m_undoStack->push(new ContentCommand(m_document, before, after, what));
    QSet<EntityRef> selection;
    for (const QString &id : sites)
        selection.insert({ EntityType::Site, id });
    for (const QString &id : investments)
        selection.insert({ EntityType::Investment, id });
    m_selection->setSelection(selection);
    return {};
}

} // namespace atlas
