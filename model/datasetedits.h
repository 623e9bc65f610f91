#pragma once

#include "dataset.h"
#include "diagnostic.h"
#include "entity.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <variant>

namespace atlas {

/// One editable entity of a dataset, whole: what an edit replaces, inserts or removes.
using EntityValue = std::variant<Company, Site, Investment, Source>;

/// A place that names an entity: another entity (from) or, when from is empty, a scene.
struct EntityReference {
    std::optional<EntityRef> from;
    QString text; ///< e.g. "investment \"msft-uk\" names it as an investor"
};

/**
 * The rules edits follow, as pure functions over a Dataset: what refers to an entity (so that
 * deleting it would leave dangling ids), fresh ids, and the diagnostics an edited entity would
 * get. Stateless and thread-safe.
 */
class DatasetEdits
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetEdits)

public:
    static EntityType typeOf(const EntityValue &value);
    static QString idOf(const EntityValue &value);
    static EntityRef refOf(const EntityValue &value) { return { typeOf(value), idOf(value) }; }

    /// The key of @p type's list in the dataset file, as diagnostics' paths start:
    /// "companies", "sites", "investments" or "sources" (empty for countries).
    static QString listKey(EntityType type);
    /// The index of @p ref in its list, or -1.
    static int indexOf(const Dataset &dataset, const EntityRef &ref);
    /// The entity @p ref names, or nothing.
    static std::optional<EntityValue> find(const Dataset &dataset, const EntityRef &ref);
    /// How many entities of @p type the dataset has.
    static int count(const Dataset &dataset, EntityType type);

    /// Every place that names @p ref: empty when it can be deleted without leaving a dangling
    /// reference.
    static QList<EntityReference> referencesTo(const Dataset &dataset, const EntityRef &ref);

    /// An id for a new entity of @p type made from @p text ("Nscale Loughton" → "nscale-loughton"),
    /// with "-2", "-3" … appended until no entity of that type has it.
    static QString uniqueId(const Dataset &dataset, EntityType type, const QString &text);

    /// The errors and warnings @p value would have in @p dataset, in place of the entity with the
    /// same id, or appended when there is none; paths are those of the dataset file.
    static Diagnostics check(const Dataset &dataset, const EntityValue &value);

    /// A copy of @p dataset with @p value in place of the entity with its id (appended when new).
    static Dataset with(Dataset dataset, const EntityValue &value);
};

} // namespace atlas
