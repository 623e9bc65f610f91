#pragma once

#include "dataset.h"
#include "theme.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QAction;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace atlas {

class DatasetDocument;
class FilterState;
struct DatasetFilter;

/**
 * The bar above the views that edits the one shared FilterState: a search field (debounced),
 * drop-down menus of companies, countries, statuses and kinds, a from/to date range, and a
 * "chip" for every active condition that removes it with one click, plus "Clear all".
 * It shows whatever the filter holds, whoever changed it (the timeline sets "as of").
 * Tab goes through it in the order it shows, the chips before "Clear all"; a date field showing
 * "any" lets Tab through instead of keeping it (docs/accessibility.md).
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(DatasetDocument *document, FilterState *filter, const Theme &theme, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /// Applies the search field's text now instead of after the debounce delay.
    void applyTextNow();
    /// Resets the filter to DatasetFilter(): nothing narrowed, as-of included.
    void clearAll();

    /// The chips as shown, e.g. "Company: Microsoft ×", in display order.
    QStringList chipTexts() const;
    /// The chip buttons, in the order of chipTexts(); clicking one removes its condition.
    QList<QAbstractButton *> chipButtons() const;

    /// Toggle a menu entry as a click would; false if the menu has no such entry.
    bool setCompanyChecked(const QString &companyId, bool checked);
    bool setCountryChecked(const QString &countryCode, bool checked);
    bool setStatusChecked(SiteStatus status, bool checked);
    bool setKindChecked(SiteKind kind, bool checked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chip {
        QString text;
        std::function<void(DatasetFilter &)> remove;
    };

    void rebuildMenus();
    void updateFromFilter();
    void updateDateEdits();
    void rebuildChips();
    QList<Chip> chips() const;
    void applyDates();
    void modifyFilter(const std::function<void(DatasetFilter &)> &change);
    bool setChecked(QMenu *menu, const QString &key, bool checked);
    QString companyName(const QString &id) const;

    DatasetDocument *m_document;
    FilterState *m_filter;
    Theme m_theme;
    bool m_updating = false;

    QLineEdit *m_search;
    QTimer *m_textTimer;
    QToolButton *m_companyButton;
    QToolButton *m_countryButton;
    QToolButton *m_statusButton;
    QToolButton *m_kindButton;
    QMenu *m_companyMenu;
    QMenu *m_countryMenu;
    QMenu *m_statusMenu;
    QMenu *m_kindMenu;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QWidget *m_chipArea;
    QHBoxLayout *m_chipLayout;
    QList<QToolButton *> m_chips;
    QToolButton *m_clearAll;
};

} // namespace atlas
