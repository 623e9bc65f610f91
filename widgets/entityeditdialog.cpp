#include "entityeditdialog.h"

#include "datasetvalidator.h"
#include "enums.h"
#include "format.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

constexpr int s_idRole = Qt::UserRole + 1;

QString geometryKey()
{
    return QStringLiteral("entityEditDialog/geometry");
}

/// "S1, S23 ,S4" → {"S1", "S23", "S4"}.
QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

template<typename E>
QComboBox *enumCombo(E current)
{
    auto *box = new QComboBox;
    for (const auto &entry : enumEntries<E>())
        box->addItem(enumDisplayText(entry.displayText), static_cast<int>(entry.value));
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(current))));
    return box;
}

template<typename E>
E enumValue(const QComboBox *box)
{
    return static_cast<E>(box->currentData().toInt());
}

QString listKey(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QStringLiteral("companies");
    case EntityType::Site:
        return QStringLiteral("sites");
    case EntityType::Investment:
        return QStringLiteral("investments");
    case EntityType::Source:
    case EntityType::Country:
        break;
    }
    return QStringLiteral("sources");
}

/// Where the current comma-separated item of @p edit starts and ends (the whole text for a
/// single-value field).
std::pair<qsizetype, qsizetype> currentItem(const QLineEdit *edit, bool list)
{
    const QString text = edit->text();
    if (!list)
        return { 0, text.size() };
    const qsizetype cursor = edit->cursorPosition();
    // lastIndexOf(…, -1) would search from the end, not before the start.
    const qsizetype start = cursor == 0 ? 0 : text.lastIndexOf(u',', cursor - 1) + 1;
    const qsizetype comma = text.indexOf(u',', cursor);
    return { start, comma < 0 ? text.size() : comma };
}

/**
 * Completes the item being typed in @p edit from @p model, whose rows show "S3 — title" and
 * carry the id in s_idRole: matching anywhere in the row, so a word of a title finds its source,
 * and inserting only the id. With @p list, the field holds comma-separated ids.
 */
void attachCompleter(QLineEdit *edit, QAbstractItemModel *model, bool list)
{
    auto *completer = new QCompleter(model, edit);
    completer->setWidget(edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    QObject::connect(edit, &QLineEdit::textEdited, completer, [edit, completer, list] {
        const auto [start, end] = currentItem(edit, list);
        const QString prefix = edit->text().mid(start, edit->cursorPosition() - start).trimmed();
        if (prefix.isEmpty()) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(prefix);
        if (completer->completionCount() == 0) {
            completer->popup()->hide();
            return;
        }
        // Titles are long: the popup may be wider than the field.
        QRect rect = edit->rect();
        QAbstractItemView *popup = completer->popup();
        rect.setWidth(std::max(rect.width(),
            std::min(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8, 640)));
        completer->complete(rect);
    });
    QObject::connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), edit,
        [edit, list](const QModelIndex &index) {
            const auto [start, end] = currentItem(edit, list);
            const QString text = edit->text();
            const QString item = (start > 0 ? QStringLiteral(" ") : QString()) + index.data(s_idRole).toString();
            edit->setText(text.left(start) + item + text.mid(end));
            edit->setCursorPosition(static_cast<int>(start + item.size()));
        });
}

QIcon swatch(const QColor &colour, const QColor &border)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(border);
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return { pixmap };
}

} // namespace

/// The form's widgets (null when the entity type has no such field) and what value() needs
/// besides them: the values the spin boxes started from, so that rounding to their decimals
/// does not change an untouched figure.
struct EntityEditDialog::Form {
    struct Location {
        QGroupBox *group = nullptr; ///< the company's "hq" box; null for a site
        QDoubleSpinBox *lon = nullptr;
        QDoubleSpinBox *lat = nullptr;
        QComboBox *basis = nullptr;
        QLineEdit *place = nullptr;
        QLineEdit *placeKo = nullptr;
        QLineEdit *sources = nullptr;
    };
    struct ClaimFields {
        QGroupBox *group = nullptr;
        QDoubleSpinBox *value = nullptr;
        QLineEdit *currency = nullptr;
        QCheckBox *usdKnown = nullptr;
        QDoubleSpinBox *usd = nullptr;
        QComboBox *qualifier = nullptr;
        QComboBox *basis = nullptr;
        QLineEdit *sources = nullptr;
    };

    EntityEditDialog *dialog = nullptr;
    QLineEdit *id = nullptr;
    QLineEdit *name = nullptr;
    QLineEdit *nameKo = nullptr;
    QLineEdit *country = nullptr;
    QLabel *countryName = nullptr;
    QLineEdit *sources = nullptr;
    // Site
    QComboBox *kind = nullptr;
    QComboBox *status = nullptr;
    QLineEdit *statusAsOf = nullptr;
    QLineEdit *statusSources = nullptr;
    QListWidget *operators = nullptr;
    QLineEdit *region = nullptr;
    QLineEdit *regionKo = nullptr;
    Location location;
    ClaimFields claim; ///< a site's capacity or an investment's amount
    // Company
    QPushButton *colour = nullptr;
    QString colourText;
    // Investment
    QComboBox *lead = nullptr;
    QListWidget *coInvestors = nullptr;
    QListWidget *targetSites = nullptr;
    QLineEdit *targetCountries = nullptr;
    QLineEdit *target = nullptr;
    QLineEdit *targetKo = nullptr;
    QLineEdit *announced = nullptr;
    QPlainTextEdit *purpose = nullptr;
    QPlainTextEdit *purposeKo = nullptr;
    // Source
    QLineEdit *title = nullptr;
    QLineEdit *publisher = nullptr;
    QLineEdit *url = nullptr;
    QLineEdit *date = nullptr;
    QCheckBox *lowReliability = nullptr;

    QWidget *content = nullptr;
    QHBoxLayout *columnRow = nullptr; ///< holds the columns of sections
    QList<QVBoxLayout *> columns;
    QScrollArea *scroll = nullptr;
    QListWidget *problems = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QStandardItemModel *sourceModel = nullptr;
    QStandardItemModel *countryModel = nullptr;

    bool filling = true;
    QString autoId; ///< the id the form proposed; it follows the name until the user edits it
    QHash<const QDoubleSpinBox *, std::pair<double, double>> numbers; ///< shown → original value
    QHash<QWidget *, QString> help;                                   ///< each field's own tooltip
    QHash<QWidget *, QString> labels;                                 ///< each field's label, without "&"
    QList<std::pair<QString, QWidget *>> paths;                       ///< a JSON path under the entity → its field
    QList<QLineEdit *> sourceFields;
    QList<QWidget *> focusOrder;
    QSet<QWidget *> marked; ///< fields shown in the error colour

    /// Names @p widget, gives it its tooltip and label, and lists it for problems at @p paths.
    template<typename W>
    W *add(QFormLayout *layout, const QString &label, W *widget, const char *objectName, const QString &tip,
        std::initializer_list<const char *> jsonPaths, QWidget *row = nullptr)
    {
        widget->setObjectName(QLatin1String(objectName));
        help.insert(widget, tip);
        QString plain = label;
        plain.remove(u'&');
        if (plain.endsWith(u':'))
            plain.chop(1);
        labels.insert(widget, plain);
        widget->setAccessibleName(plain);
        for (const char *path : jsonPaths)
            paths.append({ QLatin1String(path), widget });
        focusOrder.append(widget);
        watch(widget);
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setCursorPosition(0); // long titles and id lists show their start
        if (layout) {
            auto *labelWidget = new QLabel(label);
            labelWidget->setBuddy(widget);
            layout->addRow(labelWidget, row ? row : widget);
        }
        return widget;
    }

    void watch(QWidget *widget) const
    {
        auto *receiver = dialog;
        const auto changed = &EntityEditDialog::changed;
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            QObject::connect(edit, &QLineEdit::textChanged, receiver, changed);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            QObject::connect(combo, &QComboBox::currentIndexChanged, receiver, changed);
        else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
            QObject::connect(spin, &QDoubleSpinBox::valueChanged, receiver, changed);
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            QObject::connect(box, &QGroupBox::toggled, receiver, changed);
        else if (auto *check = qobject_cast<QCheckBox *>(widget))
            QObject::connect(check, &QCheckBox::toggled, receiver, changed);
        else if (auto *list = qobject_cast<QListWidget *>(widget))
            QObject::connect(list, &QListWidget::itemChanged, receiver, changed);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            QObject::connect(text, &QPlainTextEdit::textChanged, receiver, changed);
    }

    QDoubleSpinBox *spin(double minimum, double maximum, int decimals, double value)
    {
        auto *box = new QDoubleSpinBox;
        box->setRange(minimum, maximum);
        box->setDecimals(decimals);
        box->setGroupSeparatorShown(true);
        box->setValue(value);
        numbers.insert(box, { box->value(), value });
        return box;
    }

    /// The spin box's value; the value it was given while it still shows that value rounded.
    double number(const QDoubleSpinBox *box) const
    {
        const auto found = numbers.constFind(box);
        return found != numbers.cend() && found->first == box->value() ? found->second : box->value();
    }

    QLineEdit *sourceEdit(const QStringList &ids)
    {
        auto *edit = new QLineEdit(joinList(ids));
        edit->setPlaceholderText(QStringLiteral("S1, S23"));
        attachCompleter(edit, sourceModel, true);
        sourceFields.append(edit);
        return edit;
    }

    static QListWidget *checkList(const QList<std::pair<QString, QString>> &items, const QStringList &checked)
    {
        auto *list = new QListWidget;
        for (const auto &[id, label] : items) {
            auto *item = new QListWidgetItem(label, list);
            item->setData(s_idRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        const int row = list->fontMetrics().height() + 6;
        list->setMinimumHeight(row * 4);
        list->setMaximumHeight(row * 7);
        return list;
    }

    /// The ids checked in @p list: those of @p original in their order, then the newly checked.
    static QStringList checkedIds(const QListWidget *list, const QStringList &original, const QString &excluded = {})
    {
        QStringList checked;
        for (int row = 0; row < list->count(); ++row) {
            const QListWidgetItem *item = list->item(row);
            const QString id = item->data(s_idRole).toString();
            if (item->checkState() == Qt::Checked && id != excluded)
                checked.append(id);
        }
        QStringList result;
        for (const QString &id : original) {
            if (checked.contains(id) && !result.contains(id))
                result.append(id);
        }
        for (const QString &id : std::as_const(checked)) {
            if (!result.contains(id))
                result.append(id);
        }
        return result;
    }

    GeoLocation readLocation(GeoLocation value) const
    {
        value.lonDeg = number(location.lon);
        value.latDeg = number(location.lat);
        value.basis = enumValue<CoordinateBasis>(location.basis);
        value.place.en = location.place->text();
        value.place.ko = location.placeKo->text();
        value.sources = splitList(location.sources->text());
        return value;
    }

    std::optional<Claim> readClaim(const std::optional<Claim> &original) const
    {
        if (!claim.group->isChecked())
            return std::nullopt;
        Claim value = original.value_or(Claim());
        value.value = number(claim.value);
        if (claim.currency)
            value.currency = claim.currency->text().trimmed();
        if (claim.usdKnown)
            value.usdStated = claim.usdKnown->isChecked() ? std::optional(number(claim.usd)) : std::nullopt;
        value.qualifier = enumValue<Qualifier>(claim.qualifier);
        if (claim.basis)
            value.basis = enumValue<Basis>(claim.basis);
        value.sources = splitList(claim.sources->text());
        return value;
    }

    void read(Site &site) const
    {
        site.id = id->text().trimmed();
        site.name = { name->text(), nameKo->text() };
        site.kind = enumValue<SiteKind>(kind);
        site.status.value = enumValue<SiteStatus>(status);
        site.status.asOf.text = statusAsOf->text().trimmed();
        site.status.sources = splitList(statusSources->text());
        site.operators = checkedIds(operators, site.operators);
        site.country = country->text().trimmed();
        site.region = { region->text(), regionKo->text() };
        site.location = readLocation(site.location);
        site.capacityMw = readClaim(site.capacityMw);
        site.sources = splitList(sources->text());
    }

    void read(Company &company) const
    {
        company.id = id->text().trimmed();
        company.name = { name->text(), nameKo->text() };
        company.country = country->text().trimmed();
        company.colour = colourText;
        company.hq = location.group->isChecked() ? std::optional(readLocation(company.hq.value_or(GeoLocation())))
                                                 : std::nullopt;
        company.sources = splitList(sources->text());
    }

    void read(Investment &investment) const
    {
        investment.id = id->text().trimmed();
        investment.kind = enumValue<InvestmentKind>(kind);
        const QString leadId = lead->currentData().toString();
        QStringList investors;
        if (!leadId.isEmpty())
            investors.append(leadId);
        investors += checkedIds(coInvestors, investment.investors.mid(1), leadId);
        investment.investors = investors;
        investment.targetSites = checkedIds(targetSites, investment.targetSites);
        investment.targetCountries = splitList(targetCountries->text());
        investment.target = { target->text(), targetKo->text() };
        investment.amount = readClaim(investment.amount);
        investment.announced.text = announced->text().trimmed();
        investment.purpose = { purpose->toPlainText(), purposeKo->toPlainText() };
        investment.sources = splitList(sources->text());
    }

    void read(Source &source) const
    {
        source.id = id->text().trimmed();
        source.title = title->text();
        source.publisher = publisher->text();
        source.url = url->text().trimmed();
        source.date.text = date->text().trimmed();
        // An unexpected reliability stays as it was unless the box is toggled.
        if (lowReliability->isChecked() != (source.reliability == QLatin1String("low")))
            source.reliability = lowReliability->isChecked() ? QStringLiteral("low") : QString();
    }

    /// The field a diagnostic at @p relativePath (".location.lat", ".sources[2]") is about.
    QWidget *fieldFor(const QString &relativePath) const
    {
        QWidget *best = nullptr;
        qsizetype bestLength = -1;
        for (const auto &[path, widget] : paths) {
            const bool exact = relativePath == path;
            const bool under = !path.isEmpty() && relativePath.startsWith(path)
                && (relativePath.at(path.size()) == u'.' || relativePath.at(path.size()) == u'[');
            if ((exact || under) && path.size() > bestLength) {
                best = widget;
                bestLength = path.size();
            }
        }
        return best;
    }
};

EntityEditDialog::EntityEditDialog(Dataset dataset, EntityValue value, bool isNew, Theme theme, QWidget *parent)
    : QDialog(parent)
    , m_dataset(std::move(dataset))
    , m_original(std::move(value))
    , m_isNew(isNew)
    , m_theme(std::move(theme))
    , m_form(std::make_unique<Form>())
{
    Form &form = *m_form;
    form.dialog = this;
    form.sourceModel = new QStandardItemModel(this);
    for (const Source &source : m_dataset.sources) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(source.id, source.title));
        item->setData(source.id, s_idRole);
        form.sourceModel->appendRow(item);
    }
    form.countryModel = new QStandardItemModel(this);
    QStringList codes;
    for (int territory = 1; territory <= QLocale::LastTerritory; ++territory) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(territory));
        if (DatasetValidator::isKnownCountry(code) && !codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(code, Format::countryName(code)));
        item->setData(code, s_idRole);
        form.countryModel->appendRow(item);
    }

    form.content = new QWidget;
    form.columnRow = new QHBoxLayout(form.content);
    std::visit([this](const auto &entity) { build(entity); }, m_original);
    finish();
}

EntityEditDialog::~EntityEditDialog() = default;

QFormLayout *EntityEditDialog::section(int column, const QString &title, QGroupBox **checkable)
{
    Form &form = *m_form;
    while (form.columns.size() <= column) {
        auto *layout = new QVBoxLayout;
        form.columnRow->addLayout(layout, 1);
        form.columns.append(layout);
    }
    auto *box = new QGroupBox(title);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 48);
    auto *layout = new QFormLayout(box);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form.columns.at(column)->addWidget(box);
    if (checkable) {
        box->setCheckable(true);
        *checkable = box;
    }
    return layout;
}

void EntityEditDialog::addId(QFormLayout *layout, const QString &id)
{
    auto *edit = new QLineEdit(id);
    edit->setReadOnly(!m_isNew);
    m_form->id = m_form->add(layout, tr("&ID:"), edit, "id",
        m_isNew ? tr("A unique id of letters, digits, \"_\" and \"-\"; proposed from the name until you edit it")
                : tr("The id other entities and scenes refer to; it cannot be changed here"),
        { ".id" });
}

void EntityEditDialog::addNames(QFormLayout *layout, const LocalizedText &name)
{
    Form &form = *m_form;
    form.name = form.add(
        layout, tr("&Name:"), new QLineEdit(name.en), "name", tr("The name in English; required"), { ".name.en" });
    form.nameKo = form.add(layout, tr("Name (&Korean):"), new QLineEdit(name.ko), "nameKo",
        tr("The name in Korean; without it the Korean edition shows the English name"), { ".name" });
}

void EntityEditDialog::addCountry(QFormLayout *layout, const QString &code)
{
    Form &form = *m_form;
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(code);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")) + 16);
    attachCompleter(edit, form.countryModel, false);
    form.countryName = new QLabel;
    form.countryName->setObjectName(QStringLiteral("countryName"));
    QPalette muted = form.countryName->palette();
    muted.setColor(QPalette::WindowText, m_theme.mutedText);
    form.countryName->setPalette(muted);
    rowLayout->addWidget(edit);
    rowLayout->addWidget(form.countryName, 1);
    form.country = form.add(layout, tr("&Country:"), edit, "country",
        tr("ISO 3166-1 alpha-2 code such as GB; type a code or a country's name to pick from a list"), { ".country" },
        row);
}

void EntityEditDialog::addLocation(QFormLayout *layout, const GeoLocation &location, const QString &path)
{
    Form &form = *m_form;
    Form::Location &fields = form.location;
    fields.lon = form.add(layout, tr("&Longitude:"), form.spin(-180, 180, 6, location.lonDeg), "lon",
        tr("Degrees east of Greenwich, WGS 84; west is negative"), {});
    fields.lat = form.add(layout, tr("L&atitude:"), form.spin(-90, 90, 6, location.latDeg), "lat",
        tr("Degrees north of the equator, WGS 84; south is negative"), {});
    fields.lon->setSuffix(QStringLiteral("°"));
    fields.lat->setSuffix(QStringLiteral("°"));
    fields.basis = form.add(layout, tr("Coordinate &basis:"), enumCombo(location.basis), "coordinateBasis",
        tr("How the coordinate was found: exact, a proxy such as a nearby station, approximate or derived"), {});
    fields.place = form.add(layout, tr("&Place:"), new QLineEdit(location.place.en), "place",
        tr("What the coordinate is of, in English, e.g. \"Debden station\""), {});
    fields.placeKo = form.add(layout, tr("Place (Korean):"), new QLineEdit(location.place.ko), "placeKo",
        tr("What the coordinate is of, in Korean"), {});
    fields.sources = form.add(layout, tr("Location sources:"), form.sourceEdit(location.sources), "locationSources",
        tr("The sources of the coordinate, as comma-separated ids such as S1, S23"), {});
    form.paths.append({ path, fields.lon });
    form.paths.append({ path + QStringLiteral(".lon"), fields.lon });
    form.paths.append({ path + QStringLiteral(".lat"), fields.lat });
    form.paths.append({ path + QStringLiteral(".sources"), fields.sources });
}

void EntityEditDialog::addClaim(QFormLayout *layout, QGroupBox *group, const std::optional<Claim> &claim, bool money)
{
    Form &form = *m_form;
    Form::ClaimFields &fields = form.claim;
    const Claim shown = claim.value_or(Claim());
    fields.group = group;
    group->setChecked(claim.has_value());
    if (!money) {
        form.add(nullptr, tr("Capacity"), group, "capacity",
            tr("Whether a source states the site's capacity in megawatts"), {});
        fields.value = form.add(layout, tr("Capacit&y:"), form.spin(0, 1e6, 2, shown.value), "capacityValue",
            tr("The stated capacity in megawatts"), { ".capacityMw" });
        fields.value->setSuffix(tr(" MW"));
        fields.qualifier = form.add(layout, tr("Qualifier:"), enumCombo(shown.qualifier), "capacityQualifier",
            tr("How the stated figure relates to the real one: exact, up to, at least or about"), {});
        fields.sources = form.add(layout, tr("Capacity sources:"), form.sourceEdit(shown.sources), "capacitySources",
            tr("The sources that state the capacity, as comma-separated ids"), { ".capacityMw.sources" });
        return;
    }
    form.add(nullptr, tr("Amount"), group, "amount", tr("Whether an amount was disclosed"), {});
    fields.value = form.add(layout, tr("&Amount:"), form.spin(0, 1e15, 2, shown.value), "amountValue",
        tr("The amount in full units of its currency: 30,000,000,000 for $30bn"), { ".amount", ".amount.value" });
    fields.currency = form.add(layout, tr("C&urrency:"), new QLineEdit(shown.currency), "currency",
        tr("The ISO 4217 code of the amount, e.g. USD, GBP or EUR"), { ".amount.currency" });
    fields.currency->setMaximumWidth(fields.currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")) + 16);
    auto *usdRow = new QWidget;
    auto *usdLayout = new QHBoxLayout(usdRow);
    usdLayout->setContentsMargins(0, 0, 0, 0);
    fields.usdKnown = form.add(nullptr, tr("USD stated"), new QCheckBox(tr("Stated")), "usdStatedKnown",
        tr("Whether the source also prints the amount in US dollars"), {});
    fields.usdKnown->setChecked(shown.usdStated.has_value());
    fields.usd = form.spin(0, 1e15, 2, shown.usdStated.value_or(0));
    fields.usd->setEnabled(shown.usdStated.has_value());
    connect(fields.usdKnown, &QCheckBox::toggled, fields.usd, &QWidget::setEnabled);
    usdLayout->addWidget(fields.usdKnown);
    usdLayout->addWidget(fields.usd, 1);
    form.add(layout, tr("In US dollars:"), fields.usd, "usdStated",
        tr("The USD equivalent as the source prints it; never converted by us"), { ".amount.usdStated" }, usdRow);
    fields.qualifier = form.add(layout, tr("Qualifier:"), enumCombo(shown.qualifier), "qualifier",
        tr("How the stated figure relates to the real one: exact, up to, at least or about"), {});
    fields.basis = form.add(layout, tr("Basis:"), enumCombo(shown.basis), "basis",
        tr("Whether a source prints the figure, it is derived from sourced figures, or it is unverified"), {});
    fields.sources = form.add(layout, tr("Amount sources:"), form.sourceEdit(shown.sources), "amountSources",
        tr("The sources that state the amount, as comma-separated ids"), { ".amount.sources" });
}

QList<std::pair<QString, QString>> EntityEditDialog::companyItems(const QStringList &mentioned) const
{
    QList<std::pair<QString, QString>> items;
    for (const Company &company : m_dataset.companies)
        items.append({ company.id, tr("%1 (%2)").arg(company.name.en, company.id) });
    for (const QString &id : mentioned) {
        if (!m_dataset.company(id))
            items.append({ id, tr("%1 (not in the dataset)").arg(id) });
    }
    return items;
}

QList<std::pair<QString, QString>> EntityEditDialog::siteItems(const QStringList &mentioned) const
{
    QList<std::pair<QString, QString>> items;
    for (const Site &site : m_dataset.sites)
        items.append({ site.id, tr("%1 (%2)").arg(site.name.en, site.id) });
    for (const QString &id : mentioned) {
        if (!m_dataset.site(id))
            items.append({ id, tr("%1 (not in the dataset)").arg(id) });
    }
    return items;
}

void EntityEditDialog::build(const Site &site)
{
    Form &form = *m_form;
    QFormLayout *general = section(0, tr("Site"));
    addId(general, site.id);
    addNames(general, site.name);
    form.kind
        = form.add(general, tr("Kin&d:"), enumCombo(site.kind), "kind", tr("What sort of site it is"), { ".kind" });
    form.operators = form.add(general, tr("&Operators:"), Form::checkList(companyItems(site.operators), site.operators),
        "operators", tr("The companies that run the site; tick one or more"), { ".operators" });

    QFormLayout *status = section(0, tr("Status"));
    form.status = form.add(status, tr("&Status:"), enumCombo(site.status.value), "status",
        tr("The latest known status; earlier ones are kept as they are"), { ".status", ".statusHistory" });
    form.statusAsOf = form.add(status, tr("As o&f:"), new QLineEdit(site.status.asOf.text), "statusAsOf",
        tr("When the status was reported: 2025, 2026-Q1, 2025-09 or 2025-09-16"), { ".status.asOf" });
    form.statusAsOf->setPlaceholderText(QStringLiteral("2025-09"));
    form.statusSources = form.add(status, tr("Status sources:"), form.sourceEdit(site.status.sources), "statusSources",
        tr("The sources that report the status, as comma-separated ids"), { ".status.sources" });

    QFormLayout *cited = section(0, tr("Sources"));
    form.sources = form.add(cited, tr("Site so&urces:"), form.sourceEdit(site.sources), "sources",
        tr("Every source about the site, as comma-separated ids"), { ".sources" });

    QFormLayout *where = section(1, tr("Location"));
    addCountry(where, site.country);
    form.region = form.add(where, tr("&Region:"), new QLineEdit(site.region.en), "region",
        tr("The first-level region in English, e.g. Essex"), { ".region" });
    form.regionKo = form.add(where, tr("Region (Korean):"), new QLineEdit(site.region.ko), "regionKo",
        tr("The first-level region in Korean"), {});
    addLocation(where, site.location, QStringLiteral(".location"));

    QGroupBox *capacityBox = nullptr;
    QFormLayout *capacity = section(1, tr("Capacity stated"), &capacityBox);
    addClaim(capacity, capacityBox, site.capacityMw, false);
}

void EntityEditDialog::build(const Company &company)
{
    Form &form = *m_form;
    QFormLayout *general = section(0, tr("Company"));
    addId(general, company.id);
    addNames(general, company.name);
    addCountry(general, company.country);

    form.colourText = company.colour;
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    form.colour = new QPushButton;
    form.colour->setAutoDefault(false);
    auto *clear = new QToolButton;
    clear->setText(tr("Clear"));
    rowLayout->addWidget(form.colour);
    rowLayout->addWidget(clear);
    rowLayout->addStretch();
    form.add(general, tr("Co&lour:"), form.colour, "colour",
        tr("The colour the company's sites and bars are drawn in (data, not theme); click to choose"), { ".colour" },
        row);
    form.add(nullptr, tr("Clear colour"), clear, "colourClear",
        tr("No colour of its own: the theme's fallback colour is used"), {});
    connect(form.colour, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_form->colourText), this, tr("Company Colour"));
        if (chosen.isValid()) {
            m_form->colourText = chosen.name();
            changed();
        }
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        m_form->colourText.clear();
        changed();
    });
    form.sources = form.add(general, tr("So&urces:"), form.sourceEdit(company.sources), "sources",
        tr("The sources about the company, as comma-separated ids"), { ".sources" });

    QGroupBox *hqBox = nullptr;
    QFormLayout *hq = section(1, tr("Headquarters"), &hqBox);
    form.add(
        nullptr, tr("Headquarters"), hqBox, "hq", tr("Whether the headquarters is known; it is shown on the map"), {});
    hqBox->setChecked(company.hq.has_value());
    form.location.group = hqBox;
    addLocation(hq, company.hq.value_or(GeoLocation()), QStringLiteral(".hq"));
}

void EntityEditDialog::build(const Investment &investment)
{
    Form &form = *m_form;
    const QStringList coInvestors = investment.investors.mid(1);
    QFormLayout *general = section(0, tr("Investment"));
    addId(general, investment.id);
    form.kind = form.add(general, tr("Kin&d:"), enumCombo(investment.kind), "kind",
        tr("A pledge, capital spending, equity, a fund or a contract"), { ".kind" });
    auto *lead = new QComboBox;
    lead->addItem(tr("(none)"), QString());
    for (const auto &[id, label] : companyItems(investment.investors.mid(0, 1)))
        lead->addItem(label, id);
    lead->setCurrentIndex(std::max(0, lead->findData(investment.investors.value(0))));
    form.lead = form.add(
        general, tr("&Lead investor:"), lead, "lead", tr("The company the amount is attributed to"), { ".investors" });
    form.coInvestors = form.add(general, tr("&Co-investors:"), Form::checkList(companyItems(coInvestors), coInvestors),
        "coInvestors", tr("The other companies in the investment; tick one or more"), {});
    form.announced = form.add(general, tr("A&nnounced:"), new QLineEdit(investment.announced.text), "announced",
        tr("When it was announced: 2025, 2026-Q1, 2025-09 or 2025-09-16"), { ".announced" });
    form.announced->setPlaceholderText(QStringLiteral("2025-09-16"));
    const auto textEdit = [](const QString &text) {
        auto *edit = new QPlainTextEdit(text);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
        return edit;
    };
    form.purpose = form.add(general, tr("&Purpose:"), textEdit(investment.purpose.en), "purpose",
        tr("What the money is for, in English"), { ".purpose" });
    form.purposeKo = form.add(general, tr("Purpose (Korean):"), textEdit(investment.purpose.ko), "purposeKo",
        tr("What the money is for, in Korean"), {});
    form.sources = form.add(general, tr("So&urces:"), form.sourceEdit(investment.sources), "sources",
        tr("The sources about the investment, as comma-separated ids"), { ".sources" });

    QFormLayout *where = section(1, tr("Target"));
    form.targetSites = form.add(where, tr("&Sites:"),
        Form::checkList(siteItems(investment.targetSites), investment.targetSites), "targetSites",
        tr("The mapped sites the money goes to; give sites, countries or both"), { ".targetSites", "" });
    form.targetCountries = form.add(where, tr("Countr&ies:"), new QLineEdit(joinList(investment.targetCountries)),
        "targetCountries", tr("The ISO codes of the countries the money goes to, comma-separated, e.g. GB, US"),
        { ".targetCountries" });
    attachCompleter(form.targetCountries, form.countryModel, true);
    form.target = form.add(where, tr("Description:"), new QLineEdit(investment.target.en), "target",
        tr("Where the money goes, in words, in English"), { ".target" });
    form.targetKo = form.add(where, tr("Description (Korean):"), new QLineEdit(investment.target.ko), "targetKo",
        tr("Where the money goes, in words, in Korean"), {});

    QGroupBox *amountBox = nullptr;
    QFormLayout *amount = section(1, tr("Amount disclosed"), &amountBox);
    addClaim(amount, amountBox, investment.amount, true);
}

void EntityEditDialog::build(const Source &source)
{
    Form &form = *m_form;
    QFormLayout *general = section(0, tr("Source"));
    addId(general, source.id);
    form.title = form.add(general, tr("&Title:"), new QLineEdit(source.title), "title",
        tr("The title as the source prints it; required"), { ".title" });
    form.publisher = form.add(general, tr("&Publisher:"), new QLineEdit(source.publisher), "publisher",
        tr("Who published it: a newspaper, a company, a web site"), { ".publisher" });
    form.url = form.add(general, tr("&URL:"), new QLineEdit(source.url), "url",
        tr("The web address, starting with https://"), { ".url" });
    form.url->setPlaceholderText(QStringLiteral("https://"));
    form.date = form.add(general, tr("&Date:"), new QLineEdit(source.date.text), "date",
        tr("When it was published: 2025, 2026-Q1, 2025-09 or 2025-09-16"), { ".date" });
    form.date->setPlaceholderText(QStringLiteral("2025-09-16"));
    form.lowReliability = form.add(general, tr("Reliability:"), new QCheckBox(tr("&Low")), "lowReliability",
        tr("Tick for sources the fact sheet flags as weak; figures that rest on them only are marked"),
        { ".reliability" });
    form.lowReliability->setChecked(source.reliability == QLatin1String("low"));
}

void EntityEditDialog::finish()
{
    Form &form = *m_form;
    for (QVBoxLayout *column : std::as_const(form.columns))
        column->addStretch();
    // One column (a source) holds long titles and addresses: give it room.
    if (form.columns.size() == 1)
        form.content->setMinimumWidth(form.content->fontMetrics().averageCharWidth() * 72);
    form.scroll = new QScrollArea;
    form.scroll->setWidget(form.content);
    form.scroll->setWidgetResizable(true);
    form.scroll->setFrameShape(QFrame::NoFrame);

    form.problems = new QListWidget;
    form.problems->setObjectName(QStringLiteral("problems"));
    form.problems->setAccessibleName(tr("Problems"));
    form.problems->setToolTip(
        tr("What the checks find; errors must be fixed before OK. Double-click to go to the field."));
    connect(form.problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(s_idRole).toString();
        if (QWidget *field = m_form->fieldFor(path.mid(path.indexOf(u']') + 1))) {
            m_form->scroll->ensureWidgetVisible(field);
            field->setFocus(Qt::OtherFocusReason);
        }
    });

    form.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form.buttons->setObjectName(QStringLiteral("buttons"));
    connect(form.buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(form.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form.scroll, 1);
    layout->addWidget(form.problems);
    layout->addWidget(form.buttons);

    QWidget *previous = nullptr;
    for (QWidget *widget : std::as_const(form.focusOrder) + QList<QWidget *> { form.problems, form.buttons }) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }

    if (m_isNew && form.id->text().isEmpty()) {
        form.autoId = proposedId();
        form.id->setText(form.autoId);
    }
    form.filling = false;
    changed();

    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray())) {
        QSize wanted = form.content->sizeHint() + QSize(40, form.buttons->sizeHint().height() + 120);
        if (const QScreen *screen = this->screen())
            wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(wanted);
    }
}

void EntityEditDialog::done(int result)
{
    QSettings().setValue(geometryKey(), saveGeometry());
    QDialog::done(result);
}

EntityValue EntityEditDialog::value() const
{
    EntityValue result = m_original;
    std::visit([this](auto &entity) { m_form->read(entity); }, result);
    return result;
}

Diagnostics EntityEditDialog::problems() const
{
    const EntityValue current = value();
    return ownProblems(current) + DatasetEdits::check(m_dataset, current);
}

Diagnostics EntityEditDialog::ownProblems(const EntityValue &value) const
{
    const EntityRef ref = DatasetEdits::refOf(value);
    int index = DatasetEdits::indexOf(m_dataset, ref);
    // A new entity with the id of another would replace it: DatasetEdits::check cannot see that.
    const bool taken = m_isNew && index >= 0;
    if (index < 0)
        index = DatasetEdits::count(m_dataset, ref.type);
    const QString prefix = listKey(ref.type) + u'[' + QString::number(index) + u']';
    Diagnostics found;
    const auto error = [&](const char *member, const QString &message) {
        Diagnostic diagnostic;
        diagnostic.path = prefix + u'.' + QLatin1String(member);
        diagnostic.message = message;
        found.append(diagnostic);
    };
    const auto checkDate = [&](const PartialDate &date, const char *member) {
        if (!date.isNull() && !date.isValid())
            error(member, tr("\"%1\" is not a date like 2025, 2026-Q1, 2025-09 or 2025-09-16").arg(date.text));
    };
    if (ref.id.isEmpty())
        error("id", tr("needs an id"));
    else if (taken)
        error("id", tr("the id \"%1\" is already taken").arg(ref.id));
    if (const auto *site = std::get_if<Site>(&value)) {
        if (site->name.en.trimmed().isEmpty())
            error("name.en", tr("needs a name in English"));
        checkDate(site->status.asOf, "status.asOf");
    } else if (const auto *company = std::get_if<Company>(&value)) {
        if (company->name.en.trimmed().isEmpty())
            error("name.en", tr("needs a name in English"));
    } else if (const auto *investment = std::get_if<Investment>(&value)) {
        checkDate(investment->announced, "announced");
    } else if (const auto *source = std::get_if<Source>(&value)) {
        if (source->title.trimmed().isEmpty())
            error("title", tr("needs a title"));
        checkDate(source->date, "date");
    }
    return found;
}

QString EntityEditDialog::proposedId() const
{
    const Form &form = *m_form;
    const EntityType type = DatasetEdits::typeOf(m_original);
    switch (type) {
    case EntityType::Investment:
        return DatasetEdits::uniqueId(m_dataset, type, QStringLiteral("inv ") + form.lead->currentData().toString());
    case EntityType::Source: {
        // The dataset numbers its sources S1, S2 …, the tags the fact sheet cites: continue that.
        static const QRegularExpression s_numbered(QStringLiteral("^S(\\d+)$"));
        int highest = -1;
        for (const Source &source : m_dataset.sources) {
            const QRegularExpressionMatch match = s_numbered.match(source.id);
            if (match.hasMatch())
                highest = std::max(highest, match.captured(1).toInt());
        }
        if (highest >= 0)
            return QStringLiteral("S") + QString::number(highest + 1);
        return DatasetEdits::uniqueId(m_dataset, type, form.title->text());
    }
    case EntityType::Company:
    case EntityType::Site:
    case EntityType::Country:
        break;
    }
    return DatasetEdits::uniqueId(m_dataset, type, form.name->text());
}

void EntityEditDialog::changed()
{
    Form &form = *m_form;
    if (form.filling)
        return;
    if (m_isNew && form.id->text() == form.autoId) {
        const QString proposed = proposedId();
        if (proposed != form.autoId) {
            form.autoId = proposed;
            const QSignalBlocker blocker(form.id);
            form.id->setText(proposed);
        }
    }
    if (form.countryName) {
        const QString code = form.country->text().trimmed();
        form.countryName->setText(DatasetValidator::isKnownCountry(code) ? Format::countryName(code) : QString());
    }
    if (form.colour) {
        form.colour->setIcon(swatch(QColor(form.colourText), m_theme.border));
        form.colour->setText(form.colourText.isEmpty() ? tr("None") : form.colourText);
    }
    if (form.lead) {
        // The lead is not also a co-investor.
        const QString lead = form.lead->currentData().toString();
        const QSignalBlocker blocker(form.coInvestors);
        for (int row = 0; row < form.coInvestors->count(); ++row) {
            QListWidgetItem *item = form.coInvestors->item(row);
            const bool isLead = item->data(s_idRole).toString() == lead;
            item->setFlags(isLead ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
        }
    }
    updateTitle();
    updateProblems();
}

void EntityEditDialog::updateTitle()
{
    const Form &form = *m_form;
    const QString name = form.name ? form.name->text().trimmed() : QString();
    const QString label = name.isEmpty() ? form.id->text() : name;
    switch (DatasetEdits::typeOf(m_original)) {
    case EntityType::Site:
        setWindowTitle(m_isNew ? tr("New Site") : tr("Edit Site — %1").arg(label));
        break;
    case EntityType::Company:
        setWindowTitle(m_isNew ? tr("New Company") : tr("Edit Company — %1").arg(label));
        break;
    case EntityType::Investment:
        setWindowTitle(m_isNew ? tr("New Investment") : tr("Edit Investment — %1").arg(label));
        break;
    case EntityType::Source:
    case EntityType::Country:
        setWindowTitle(m_isNew ? tr("New Source") : tr("Edit Source — %1").arg(label));
        break;
    }
}

void EntityEditDialog::updateProblems()
{
    Form &form = *m_form;
    const Diagnostics found = problems();
    form.problems->clear();
    QHash<QWidget *, QStringList> messages;
    QSet<QWidget *> wrong;
    for (const Diagnostic &diagnostic : found) {
        const QString relative = diagnostic.path.mid(diagnostic.path.indexOf(u']') + 1);
        QWidget *field = form.fieldFor(relative);
        const QString where = field ? form.labels.value(field) : relative.mid(1);
        const bool isError = diagnostic.severity == Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            where.isEmpty() ? diagnostic.message : tr("%1: %2").arg(where, diagnostic.message), form.problems);
        item->setForeground(isError ? m_theme.error : m_theme.warning);
        item->setData(s_idRole, diagnostic.path);
        item->setToolTip(diagnostic.path);
        if (field) {
            messages[field].append(diagnostic.message);
            if (isError)
                wrong.insert(field);
        }
    }
    form.problems->setVisible(!found.isEmpty());
    // As tall as its messages, up to five; the form above keeps the rest of the height.
    const int rowHeight = std::max(form.problems->sizeHintForRow(0), form.problems->fontMetrics().height());
    form.problems->setFixedHeight(
        rowHeight * std::clamp(static_cast<int>(found.size()), 1, 5) + 2 * form.problems->frameWidth() + 4);

    for (auto it = form.help.cbegin(); it != form.help.cend(); ++it) {
        QWidget *field = it.key();
        QStringList tip { it.value() };
        if (auto *edit = qobject_cast<QLineEdit *>(field); edit && form.sourceFields.contains(edit)) {
            for (const QString &id : splitList(edit->text())) {
                const Source *source = m_dataset.source(id);
                tip.append(
                    source ? tr("%1 — %2").arg(id, source->title) : tr("%1 — not a source of this dataset").arg(id));
            }
        }
        tip += messages.value(field);
        field->setToolTip(tip.join(u'\n'));
        const bool isWrong = wrong.contains(field);
        if (isWrong == form.marked.contains(field))
            continue;
        if (isWrong) {
            QPalette palette = field->palette();
            for (const QPalette::ColorRole role : { QPalette::Text, QPalette::ButtonText, QPalette::WindowText })
                palette.setColor(role, m_theme.error);
            field->setPalette(palette);
            form.marked.insert(field);
        } else {
            field->setPalette(QPalette());
            form.marked.remove(field);
        }
    }
    form.buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(found));
}

} // namespace atlas
