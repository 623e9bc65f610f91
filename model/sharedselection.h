#pragma once

#include "dataset.h"
#include "entity.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace atlas {

class DatasetDocument;

/**
 * The one selection every view shares: a set of typed ids (companies, sites, investments,
 * sources). Views write into it and follow it; models expose it through Roles::Selected and
 * Roles::Related. Lives on the GUI thread, owned by the composer of the application; changed()
 * fires once per actual change. The selection is cleared when the dataset is replaced.
 */
class SharedSelection : public QObject
{
    Q_OBJECT

public:
    explicit SharedSelection(DatasetDocument *document, QObject *parent = nullptr);

    QSet<EntityRef> selection() const { return m_selection; }
    bool isEmpty() const { return m_selection.isEmpty(); }
    bool isSelected(const EntityRef &ref) const { return m_selection.contains(ref); }
    QStringList selectedIds(EntityType type) const;

    /// True when @p ref is linked to a selected entity (an investor of a selected investment,
    /// a site a selected company operates or funds, …), but not itself selected.
    bool isRelated(const EntityRef &ref) const { return m_related.contains(ref); }

    /// The entity the details panel shows: the one selected last, while it stays selected.
    std::optional<EntityRef> current() const { return m_current; }
    /// Selects @p ref alone and makes it current (a click in a list of related items).
    void setCurrent(const EntityRef &ref);

    void setSelection(const QSet<EntityRef> &selection);
    /// Replaces the selected entities of @p type only, keeping the others.
    void setSelectedIds(EntityType type, const QStringList &ids);
    void clear();
    /// What a click on a map does: selects @p ref alone, or with @p additive (Ctrl or Shift)
    /// toggles it in the selection; a click on nothing clears the selection unless additive.
    void click(const std::optional<EntityRef> &ref, bool additive);

    /// Everything directly linked to @p ref in @p dataset.
    static QSet<EntityRef> linkedTo(const Dataset &dataset, const EntityRef &ref);

Q_SIGNALS:
    void changed();
    void currentChanged();

private:
    void update(const QSet<EntityRef> &selection, std::optional<EntityRef> current = std::nullopt);

    DatasetDocument *m_document;
    QSet<EntityRef> m_selection;
    QSet<EntityRef> m_related;
    std::optional<EntityRef> m_current;
};

} // namespace atlas
