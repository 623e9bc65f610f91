#include "filterbar.h"

#include "accessibility.h"
#include "datasetdocument.h"
#include "datasetfilter.h"
#include "enums.h"
#include "format.h"

#include <QAction>
#include <QCollator>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace atlas {

namespace {

constexpr int TextDebounceMs = 200;
const char *const KeyProperty = "filterKey";

/// A menu of checkable entries that stays open while the user ticks several of them.
class MultiSelectMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = actionAt(event->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            event->accept();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

QToolButton *makeMenuButton(const QString &objectName, QMenu *menu, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QString buttonText(const QString &title, qsizetype count)
{
    return count == 0 ? title : FilterBar::tr("%1 (%2)").arg(title).arg(count);
}

void checkKeys(QMenu *menu, const QSet<QString> &keys)
{
    for (QAction *action : menu->actions()) {
        if (action->isCheckable())
            action->setChecked(keys.contains(action->property(KeyProperty).toString()));
    }
}

template<typename E>
QSet<QString> keysOf(const QSet<E> &values)
{
    QSet<QString> keys;
    for (E value : values)
        keys.insert(enumKey(value));
    return keys;
}

template<typename E>
void toggle(QSet<E> &set, E value, bool on)
{
    if (on)
        set.insert(value);
    else
        set.remove(value);
}

QDate earliestDate(const Dataset &dataset)
{
    QDate earliest;
    const auto consider = [&earliest](const PartialDate &date) {
        const QDate first = date.first();
        if (first.isValid() && (!earliest.isValid() || first < earliest))
            earliest = first;
    };
    for (const Investment &investment : dataset.investments)
        consider(investment.announced);
    for (const Site &site : dataset.sites)
        consider(site.status.asOf);
    return earliest;
}

} // namespace

FilterBar::FilterBar(DatasetDocument *document, FilterState *filter, const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_theme(theme)
    , m_search(new QLineEdit(this))
    , m_textTimer(new QTimer(this))
    , m_companyMenu(new MultiSelectMenu(this))
    , m_countryMenu(new MultiSelectMenu(this))
    , m_statusMenu(new MultiSelectMenu(this))
    , m_kindMenu(new MultiSelectMenu(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_chipArea(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipArea))
    , m_clearAll(new QToolButton(this))
{
    setFont(theme.uiFont);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, theme.window);
    palette.setColor(QPalette::WindowText, theme.text);
    setPalette(palette);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Filter by text"));
    m_search->setPlaceholderText(tr("Filter by text…"));
    Accessibility::enableClearButton(m_search);
    m_search->setToolTip(tr("Show only what mentions this text in a name, id, region or purpose (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(240);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDebounceMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_textTimer->start();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyTextNow);
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::applyTextNow);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_companyButton = makeMenuButton(QStringLiteral("companyButton"), m_companyMenu, this);
    m_countryButton = makeMenuButton(QStringLiteral("countryButton"), m_countryMenu, this);
    m_statusButton = makeMenuButton(QStringLiteral("statusButton"), m_statusMenu, this);
    m_kindButton = makeMenuButton(QStringLiteral("kindButton"), m_kindMenu, this);
    m_companyButton->setToolTip(tr("Show only what these companies invest in, operate or own"));
    m_countryButton->setToolTip(tr("Show only sites, investments and companies in these countries"));
    m_statusButton->setToolTip(tr("Show only sites with these statuses"));
    m_kindButton->setToolTip(tr("Show only sites of these kinds"));

    const auto onMenu = [this](QMenu *menu, const std::function<void(DatasetFilter &, const QString &, bool)> &apply) {
        connect(menu, &QMenu::triggered, this, [this, apply](QAction *action) {
            if (m_updating || !action->isCheckable())
                return;
            const QString key = action->property(KeyProperty).toString();
            const bool on = action->isChecked();
            modifyFilter([&](DatasetFilter &narrowed) { apply(narrowed, key, on); });
        });
    };
    onMenu(m_companyMenu, [](DatasetFilter &narrowed, const QString &key, bool on) {
        if (on)
            narrowed.companies.insert(key);
        else
            narrowed.companies.remove(key);
    });
    onMenu(m_countryMenu, [](DatasetFilter &narrowed, const QString &key, bool on) {
        if (on)
            narrowed.countries.insert(key);
        else
            narrowed.countries.remove(key);
    });
    onMenu(m_statusMenu, [](DatasetFilter &narrowed, const QString &key, bool on) {
        if (const auto status = enumFromKey<SiteStatus>(key))
            toggle(narrowed.statuses, *status, on);
    });
    onMenu(m_kindMenu, [](DatasetFilter &narrowed, const QString &key, bool on) {
        if (const auto kind = enumFromKey<SiteKind>(key))
            toggle(narrowed.kinds, *kind, on);
    });

    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setSpecialValueText(tr("any"));
        edit->setMaximumDate(QDate(2100, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::applyDates);
        edit->installEventFilter(this); // Tab out of "any"
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_from->setToolTip(tr("Show only investments announced on or after this date (\"any\": no limit)"));
    m_to->setToolTip(tr("Show only investments announced on or before this date (\"any\": no limit)"));
    auto *fromLabel = new QLabel(tr("From"), this);
    auto *toLabel = new QLabel(tr("to"), this);
    for (QLabel *label : { fromLabel, toLabel }) {
        QPalette muted = label->palette();
        muted.setColor(QPalette::WindowText, theme.mutedText);
        label->setPalette(muted);
    }
    fromLabel->setBuddy(m_from);
    toLabel->setBuddy(m_to);
    // The labels are lower-case fragments of one phrase ("From … to …"): names that stand alone.
    m_from->setAccessibleName(tr("Announced from"));
    m_to->setAccessibleName(tr("Announced to"));

    m_chipArea->setObjectName(QStringLiteral("chipArea"));
    m_chipArea->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_chipLayout->addStretch(1);

    m_clearAll->setObjectName(QStringLiteral("clearAllButton"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Remove every filter and show everything"));
    connect(m_clearAll, &QToolButton::clicked, this, &FilterBar::clearAll);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_companyButton);
    layout->addWidget(m_countryButton);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_kindButton);
    layout->addSpacing(6);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(m_chipArea, 1);
    layout->addWidget(m_clearAll);
    // Tab follows the layout; the members were made in another order (rebuildChips() adds the chips).
    setTabOrder(m_search, m_companyButton);
    setTabOrder(m_companyButton, m_countryButton);
    setTabOrder(m_countryButton, m_statusButton);
    setTabOrder(m_statusButton, m_kindButton);
    setTabOrder(m_kindButton, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clearAll);

    connect(document, &DatasetDocument::datasetChanged, this, &FilterBar::rebuildMenus);
    connect(document, &DatasetDocument::contentChanged, this, &FilterBar::rebuildMenus);
    connect(document, &DatasetDocument::languageChanged, this, &FilterBar::rebuildMenus);
    connect(filter, &FilterState::changed, this, &FilterBar::updateFromFilter);
    rebuildMenus();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Showing "any" (its special value), a date edit swallows Tab: QDateTimeEdit moves between its
    // sections, and "any" has none. Pass it on, so that the keyboard is not caught there.
    if ((watched == m_from || watched == m_to) && event->type() == QEvent::KeyPress) {
        const auto *edit = static_cast<const QDateEdit *>(watched);
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            && edit->date() == edit->minimumDate()) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::applyTextNow()
{
    m_textTimer->stop();
    const QString text = m_search->text().trimmed();
    modifyFilter([&text](DatasetFilter &filter) { filter.text = text; });
}

void FilterBar::clearAll()
{
    m_textTimer->stop();
    m_filter->setFilter(DatasetFilter());
    updateFromFilter(); // also when the filter was empty but the search field was not
}

QStringList FilterBar::chipTexts() const
{
    QStringList texts;
    for (const QToolButton *chip : m_chips)
        texts.append(chip->text());
    return texts;
}

QList<QAbstractButton *> FilterBar::chipButtons() const
{
    QList<QAbstractButton *> buttons;
    for (QToolButton *chip : m_chips)
        buttons.append(chip);
    return buttons;
}

bool FilterBar::setCompanyChecked(const QString &companyId, bool checked)
{
    return setChecked(m_companyMenu, companyId, checked);
}

bool FilterBar::setCountryChecked(const QString &countryCode, bool checked)
{
    return setChecked(m_countryMenu, countryCode, checked);
}

bool FilterBar::setStatusChecked(SiteStatus status, bool checked)
{
    return setChecked(m_statusMenu, enumKey(status), checked);
}

bool FilterBar::setKindChecked(SiteKind kind, bool checked)
{
    return setChecked(m_kindMenu, enumKey(kind), checked);
}

bool FilterBar::setChecked(QMenu *menu, const QString &key, bool checked)
{
    for (QAction *action : menu->actions()) {
        if (action->isCheckable() && action->property(KeyProperty).toString() == key) {
            if (action->isChecked() != checked)
                action->trigger(); // toggles and emits triggered(), as a click does
            return true;
        }
    }
    return false;
}

void FilterBar::modifyFilter(const std::function<void(DatasetFilter &)> &change)
{
    if (m_updating)
        return;
    DatasetFilter filter = m_filter->filter();
    change(filter);
    m_filter->setFilter(filter);
}

QString FilterBar::companyName(const QString &id) const
{
    if (const Company *company = m_document->dataset().company(id))
        return company->name.text(m_document->language());
    return id;
}

void FilterBar::rebuildMenus()
{
    const Dataset &dataset = m_document->dataset();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    const auto addAnyEntry
        = [this](QMenu *menu, const QString &text, const std::function<void(DatasetFilter &)> &clear) {
              QAction *any = menu->addAction(text);
              connect(any, &QAction::triggered, this, [this, clear] { modifyFilter(clear); });
              menu->addSeparator();
          };
    const auto addEntry = [](QMenu *menu, const QString &text, const QString &key) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setProperty(KeyProperty, key);
    };

    m_companyMenu->clear();
    addAnyEntry(m_companyMenu, tr("Any company"), [](DatasetFilter &filter) { filter.companies.clear(); });
    QList<QPair<QString, QString>> companies;
    for (const Company &company : dataset.companies)
        companies.append({ company.name.text(m_document->language()), company.id });
    std::sort(companies.begin(), companies.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, id] : companies)
        addEntry(m_companyMenu, name, id);

    m_countryMenu->clear();
    addAnyEntry(m_countryMenu, tr("Any country"), [](DatasetFilter &filter) { filter.countries.clear(); });
    QSet<QString> codes;
    for (const Site &site : dataset.sites)
        codes.insert(site.country);
    for (const Company &company : dataset.companies)
        codes.insert(company.country);
    codes.remove(QString());
    QList<QPair<QString, QString>> countries;
    for (const QString &code : std::as_const(codes))
        countries.append({ Format::countryName(code), code });
    std::sort(countries.begin(), countries.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, code] : countries)
        addEntry(m_countryMenu, name, code);

    m_statusMenu->clear();
    addAnyEntry(m_statusMenu, tr("Any status"), [](DatasetFilter &filter) { filter.statuses.clear(); });
    for (const auto &entry : enumEntries<SiteStatus>())
        addEntry(m_statusMenu, enumDisplay(entry.value), QString::fromLatin1(entry.key));

    m_kindMenu->clear();
    addAnyEntry(m_kindMenu, tr("Any kind"), [](DatasetFilter &filter) { filter.kinds.clear(); });
    for (const auto &entry : enumEntries<SiteKind>())
        addEntry(m_kindMenu, enumDisplay(entry.value), QString::fromLatin1(entry.key));

    updateFromFilter();
}

void FilterBar::updateFromFilter()
{
    if (m_updating)
        return;
    m_updating = true;
    const DatasetFilter &filter = m_filter->filter();

    // A pending edit wins over the filter's text until it is applied.
    if (!m_textTimer->isActive() && m_search->text().trimmed() != filter.text)
        m_search->setText(filter.text);

    checkKeys(m_companyMenu, filter.companies);
    checkKeys(m_countryMenu, filter.countries);
    checkKeys(m_statusMenu, keysOf(filter.statuses));
    checkKeys(m_kindMenu, keysOf(filter.kinds));
    m_companyButton->setText(buttonText(tr("Company"), filter.companies.size()));
    m_countryButton->setText(buttonText(tr("Country"), filter.countries.size()));
    m_statusButton->setText(buttonText(tr("Status"), filter.statuses.size()));
    m_kindButton->setText(buttonText(tr("Kind"), filter.kinds.size()));

    updateDateEdits();
    rebuildChips();
    m_clearAll->setEnabled(!filter.isEmpty());
    m_updating = false;
}

void FilterBar::updateDateEdits()
{
    const DatasetFilter &filter = m_filter->filter();
    // The minimum date is the "any" state; one step up from it is the dataset's first date.
    QDate any = earliestDate(m_document->dataset());
    any = any.isValid() ? any.addDays(-1) : QDate(2000, 1, 1);
    for (const QDate &date : { filter.from, filter.to }) {
        if (date.isValid() && date <= any)
            any = date.addDays(-1);
    }
    for (QDateEdit *edit : { m_from, m_to })
        edit->setMinimumDate(any);
    m_from->setDate(filter.from.isValid() ? filter.from : any);
    m_to->setDate(filter.to.isValid() ? filter.to : any);
}

void FilterBar::applyDates()
{
    if (m_updating)
        return;
    const QDate from = m_from->date() == m_from->minimumDate() ? QDate() : m_from->date();
    const QDate to = m_to->date() == m_to->minimumDate() ? QDate() : m_to->date();
    modifyFilter([&](DatasetFilter &filter) {
        filter.from = from;
        filter.to = to;
    });
}

QList<FilterBar::Chip> FilterBar::chips() const
{
    const DatasetFilter &filter = m_filter->filter();
    const Dataset &dataset = m_document->dataset();
    QList<Chip> chips;

    // Companies in dataset order, then any the dataset does not know.
    QStringList companies;
    for (const Company &company : dataset.companies) {
        if (filter.companies.contains(company.id))
            companies.append(company.id);
    }
    QStringList unknown;
    for (const QString &id : filter.companies) {
        if (!companies.contains(id))
            unknown.append(id);
    }
    unknown.sort();
    for (const QString &id : companies + unknown) {
        chips.append(
            { tr("Company: %1").arg(companyName(id)), [id](DatasetFilter &changed) { changed.companies.remove(id); } });
    }

    QStringList countries(filter.countries.begin(), filter.countries.end());
    QCollator collator;
    std::sort(countries.begin(), countries.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(Format::countryName(a), Format::countryName(b)) < 0;
    });
    for (const QString &code : countries) {
        chips.append({ tr("Country: %1").arg(Format::countryName(code)),
            [code](DatasetFilter &changed) { changed.countries.remove(code); } });
    }
    for (const auto &entry : enumEntries<SiteStatus>()) {
        const SiteStatus status = entry.value;
        if (filter.statuses.contains(status)) {
            chips.append({ tr("Status: %1").arg(enumDisplay(status)),
                [status](DatasetFilter &changed) { changed.statuses.remove(status); } });
        }
    }
    for (const auto &entry : enumEntries<SiteKind>()) {
        const SiteKind kind = entry.value;
        if (filter.kinds.contains(kind)) {
            chips.append({ tr("Kind: %1").arg(enumDisplay(kind)),
                [kind](DatasetFilter &changed) { changed.kinds.remove(kind); } });
        }
    }
    if (!filter.text.isEmpty()) {
        chips.append({ tr("Text: “%1”").arg(filter.text), [](DatasetFilter &changed) { changed.text.clear(); } });
    }
    if (filter.from.isValid()) {
        chips.append(
            { tr("From %1").arg(Format::date(filter.from)), [](DatasetFilter &changed) { changed.from = QDate(); } });
    }
    if (filter.to.isValid()) {
        chips.append(
            { tr("To %1").arg(Format::date(filter.to)), [](DatasetFilter &changed) { changed.to = QDate(); } });
    }
    if (filter.asOf.isValid()) {
        chips.append(
            { tr("As of %1").arg(Format::date(filter.asOf)), [](DatasetFilter &changed) { changed.asOf = QDate(); } });
    }
    return chips;
}

void FilterBar::rebuildChips()
{
    // Chips may be rebuilt from a chip's own click: delete them later, not now.
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();

    const QString style = QStringLiteral(
        "QToolButton#chip { color: %1; background: %2; border: 1px solid %3; border-radius: 9px; padding: 1px 7px; }"
        "QToolButton#chip:hover { border-color: %4; }")
                              .arg(m_theme.text.name(), m_theme.related.name(), m_theme.border.name(),
                                  m_theme.selection.name());
    const QList<Chip> list = chips();
    for (int i = 0; i < list.size(); ++i) {
        const Chip &chip = list.at(i);
        auto *button = new QToolButton(m_chipArea);
        button->setObjectName(QStringLiteral("chip"));
        button->setStyleSheet(style);
        //: A filter chip: the condition, then the sign that removes it.
        button->setText(tr("%1 ×").arg(chip.text));
        button->setAccessibleName(tr("Remove filter %1").arg(chip.text));
        button->setToolTip(tr("Remove this filter"));
        button->setCursor(Qt::PointingHandCursor);
        const auto remove = chip.remove;
        connect(button, &QToolButton::clicked, this, [this, remove] {
            DatasetFilter filter = m_filter->filter();
            remove(filter);
            if (filter.text != m_filter->filter().text)
                m_textTimer->stop(); // the search field follows the filter again
            m_filter->setFilter(filter);
        });
        m_chipLayout->insertWidget(i, button);
        // Between the date fields and Clear all, in the order shown.
        setTabOrder(m_chips.isEmpty() ? static_cast<QWidget *>(m_to) : m_chips.last(), button);
        m_chips.append(button);
    }
}

} // namespace atlas
