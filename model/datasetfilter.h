#pragma once

#include "dataset.h"
#include "entity.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QSortFilterProxyModel>

namespace atlas {

class DatasetDocument;

/**
 * What the user has narrowed the data to. An empty set means "any". The date range applies to
 * investments (by announcement date); status and kind to sites; company and country to
 * everything they can apply to (a site's operators, partners and GPU owners; an investment's
 * investors and target sites' countries; a company's headquarters country).
 */
struct DatasetFilter {
    QSet<QString> companies;
    QSet<QString> countries;
    QSet<SiteStatus> statuses;
    QSet<SiteKind> kinds;
    QDate from; ///< null: open
    QDate to;   ///< null: open
    /// "As of" this date (the timeline): only investments announced by then, and only sites that
    /// some investment named by then (sites no investment names are always shown). Null: today.
    QDate asOf;
    /// Case-insensitive text every shown entity must contain in a name (English or Korean), id,
    /// region, country or, for investments, an investor's, target's or purpose's words. Empty: any.
    QString text;

    bool isEmpty() const;
    /// The filter a scene stores, and back: the same narrowing in the file's terms.
    static DatasetFilter fromScene(const SceneFilter &scene);
    SceneFilter toScene() const;
    bool accepts(const Dataset &dataset, const EntityRef &ref) const;
    bool acceptsCompany(const Company &company) const;
    bool acceptsSite(const Site &site) const;
    /// As acceptsSite(), also applying asOf, which needs the investments.
    bool acceptsSite(const Dataset &dataset, const Site &site) const;
    bool acceptsInvestment(const Dataset &dataset, const Investment &investment) const;
    friend bool operator==(const DatasetFilter &, const DatasetFilter &) = default;
};

/**
 * The one filter every view shares. Lives on the GUI thread next to SharedSelection;
 * changed() fires once per actual change.
 */
class FilterState : public QObject
{
    Q_OBJECT

public:
    explicit FilterState(QObject *parent = nullptr);

    const DatasetFilter &filter() const { return m_filter; }
    void setFilter(const DatasetFilter &filter);

Q_SIGNALS:
    void changed();

private:
    DatasetFilter m_filter;
};

/**
 * A sort/filter proxy over any EntityTableModel: hides the rows the shared filter rejects
 * and sorts by Roles::Sort (numbers as numbers).
 */
class DatasetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    DatasetFilterProxy(DatasetDocument *document, FilterState *filter, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DatasetDocument *m_document;
    FilterState *m_filter;
};

} // namespace atlas
