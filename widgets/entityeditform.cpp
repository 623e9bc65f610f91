#include "entityeditform.h"

#include "datasetvalidator.h"
#include "entityfields.h"
#include "format.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

/// The form's widgets (null when the entity type has no such field) and how to read them back;
/// the field set it derives from keeps their labels, tooltips, paths and the spin boxes' original values.
struct EntityEditForm::Fields : EntityFields {
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

    QHBoxLayout *columnRow = nullptr; ///< holds the columns of sections
    QList<QVBoxLayout *> columns;
    QStandardItemModel *countryModel = nullptr;

    GeoLocation readLocation(GeoLocation value) const
    {
        value.lonDeg = number(location.lon);
        value.latDeg = number(location.lat);
        value.basis = EntityFields::enumValue<CoordinateBasis>(location.basis);
        value.place.en = location.place->text();
        value.place.ko = location.placeKo->text();
        value.sources = EntityFields::splitList(location.sources->text());
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
        value.qualifier = EntityFields::enumValue<Qualifier>(claim.qualifier);
        if (claim.basis)
            value.basis = EntityFields::enumValue<Basis>(claim.basis);
        value.sources = EntityFields::splitList(claim.sources->text());
        return value;
    }

    void read(Site &site) const
    {
        site.id = id->text().trimmed();
        site.name = { name->text(), nameKo->text() };
        site.kind = EntityFields::enumValue<SiteKind>(kind);
        site.status.value = EntityFields::enumValue<SiteStatus>(status);
        site.status.asOf.text = statusAsOf->text().trimmed();
        site.status.sources = EntityFields::splitList(statusSources->text());
        site.operators = EntityFields::checkedIds(operators, site.operators);
        site.country = country->text().trimmed();
        site.region = { region->text(), regionKo->text() };
        site.location = readLocation(site.location);
        site.capacityMw = readClaim(site.capacityMw);
        site.sources = EntityFields::splitList(sources->text());
    }

    void read(Company &company) const
    {
        company.id = id->text().trimmed();
        company.name = { name->text(), nameKo->text() };
        company.country = country->text().trimmed();
        company.colour = colourText;
        company.hq = location.group->isChecked() ? std::optional(readLocation(company.hq.value_or(GeoLocation())))
                                                 : std::nullopt;
        company.sources = EntityFields::splitList(sources->text());
    }

    void read(Investment &investment) const
    {
        investment.id = id->text().trimmed();
        investment.kind = EntityFields::enumValue<InvestmentKind>(kind);
        const QString leadId = lead->currentData().toString();
        QStringList investors;
        if (!leadId.isEmpty())
            investors.append(leadId);
        investors += EntityFields::checkedIds(coInvestors, investment.investors.mid(1), leadId);
        investment.investors = investors;
        investment.targetSites = EntityFields::checkedIds(targetSites, investment.targetSites);
        investment.targetCountries = EntityFields::splitList(targetCountries->text());
        investment.target = { target->text(), targetKo->text() };
        investment.amount = readClaim(investment.amount);
        investment.announced.text = announced->text().trimmed();
        investment.purpose = { purpose->toPlainText(), purposeKo->toPlainText() };
        investment.sources = EntityFields::splitList(sources->text());
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
};

EntityEditForm::EntityEditForm(
    const Dataset &dataset, const EntityValue &value, bool isNew, Theme theme, QWidget *parent)
    : QWidget(parent)
    , m_dataset(&dataset)
    , m_isNew(isNew)
    , m_theme(std::move(theme))
    , m_fields(std::make_unique<Fields>())
{
    Fields &form = *m_fields;
    connect(m_fields.get(), &EntityFields::changed, this, &EntityEditForm::changed);
    auto *sourceModel = new QStandardItemModel(this);
    for (const Source &source : dataset.sources) {
        auto *item = new QStandardItem(tr("%1 — %2").arg(source.id, source.title));
        item->setData(source.id, EntityFields::IdRole);
        sourceModel->appendRow(item);
    }
    form.setSourceModel(sourceModel);
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
        item->setData(code, EntityFields::IdRole);
        form.countryModel->appendRow(item);
    }

    form.columnRow = new QHBoxLayout(this);
    std::visit([this](const auto &entity) { build(entity); }, value);
    for (QVBoxLayout *column : std::as_const(form.columns))
        column->addStretch();
    // One column (a source) holds long titles and addresses: give it room.
    if (form.columns.size() == 1)
        setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_dataset = nullptr;
}

EntityEditForm::~EntityEditForm() = default;

void EntityEditForm::read(EntityValue &value) const
{
    std::visit([this](auto &entity) { m_fields->read(entity); }, value);
}

QList<QWidget *> EntityEditForm::fields() const
{
    return m_fields->fields();
}

QWidget *EntityEditForm::fieldFor(const QString &relativePath) const
{
    return m_fields->fieldFor(relativePath);
}

QString EntityEditForm::label(QWidget *field) const
{
    return m_fields->label(field);
}

QLineEdit *EntityEditForm::idField() const
{
    return m_fields->id;
}

QString EntityEditForm::nameText() const
{
    return m_fields->name ? m_fields->name->text() : QString();
}

QString EntityEditForm::titleText() const
{
    return m_fields->title ? m_fields->title->text() : QString();
}

QString EntityEditForm::leadId() const
{
    return m_fields->lead ? m_fields->lead->currentData().toString() : QString();
}

QFormLayout *EntityEditForm::section(int column, const QString &title, QGroupBox **checkable)
{
    Fields &form = *m_fields;
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

void EntityEditForm::addId(QFormLayout *layout, const QString &id)
{
    auto *edit = new QLineEdit(id);
    edit->setReadOnly(!m_isNew);
    m_fields->id = m_fields->add(layout, tr("&ID:"), edit, "id",
        m_isNew ? tr("A unique id of letters, digits, \"_\" and \"-\"; proposed from the name until you edit it")
                : tr("The id other entities and scenes refer to; it cannot be changed here"),
        { ".id" });
}

void EntityEditForm::addNames(QFormLayout *layout, const LocalizedText &name)
{
    Fields &form = *m_fields;
    form.name = form.add(
        layout, tr("&Name:"), new QLineEdit(name.en), "name", tr("The name in English; required"), { ".name.en" });
    form.nameKo = form.add(layout, tr("Name (&Korean):"), new QLineEdit(name.ko), "nameKo",
        tr("The name in Korean; without it the Korean edition shows the English name"), { ".name" });
}

void EntityEditForm::addCountry(QFormLayout *layout, const QString &code)
{
    Fields &form = *m_fields;
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(code);
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("WWWWWW")) + 16);
    EntityFields::attachCompleter(edit, form.countryModel, false);
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

void EntityEditForm::addLocation(QFormLayout *layout, const GeoLocation &location, const QString &path)
{
    Fields &form = *m_fields;
    Fields::Location &fields = form.location;
    fields.lon = form.add(layout, tr("&Longitude:"), form.spin(-180, 180, 6, location.lonDeg), "lon",
        tr("Degrees east of Greenwich, WGS 84; west is negative"), {});
    fields.lat = form.add(layout, tr("L&atitude:"), form.spin(-90, 90, 6, location.latDeg), "lat",
        tr("Degrees north of the equator, WGS 84; south is negative"), {});
    fields.lon->setSuffix(QStringLiteral("°"));
    fields.lat->setSuffix(QStringLiteral("°"));
    fields.basis
        = form.add(layout, tr("Coordinate &basis:"), EntityFields::enumCombo(location.basis), "coordinateBasis",
            tr("How the coordinate was found: exact, a proxy such as a nearby station, approximate or derived"), {});
    fields.place = form.add(layout, tr("&Place:"), new QLineEdit(location.place.en), "place",
        tr("What the coordinate is of, in English, e.g. \"Debden station\""), {});
    fields.placeKo = form.add(layout, tr("Place (Korean):"), new QLineEdit(location.place.ko), "placeKo",
        tr("What the coordinate is of, in Korean"), {});
    fields.sources = form.add(layout, tr("Location sources:"), form.sourceEdit(location.sources), "locationSources",
        tr("The sources of the coordinate, as comma-separated ids such as S1, S23"), {});
    form.addPath(path, fields.lon);
    form.addPath(path + QStringLiteral(".lon"), fields.lon);
    form.addPath(path + QStringLiteral(".lat"), fields.lat);
    form.addPath(path + QStringLiteral(".sources"), fields.sources);
}

void EntityEditForm::addClaim(QFormLayout *layout, QGroupBox *group, const std::optional<Claim> &claim, bool money)
{
    Fields &form = *m_fields;
    Fields::ClaimFields &fields = form.claim;
    const Claim shown = claim.value_or(Claim());
    fields.group = group;
    group->setChecked(claim.has_value());
    if (!money) {
        form.add(nullptr, tr("Capacity"), group, "capacity",
            tr("Whether a source states the site's capacity in megawatts"), {});
        fields.value = form.add(layout, tr("Capacit&y:"), form.spin(0, 1e6, 2, shown.value), "capacityValue",
            tr("The stated capacity in megawatts"), { ".capacityMw" });
        fields.value->setSuffix(tr(" MW"));
        fields.qualifier
            = form.add(layout, tr("Qualifier:"), EntityFields::enumCombo(shown.qualifier), "capacityQualifier",
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
    fields.qualifier = form.add(layout, tr("Qualifier:"), EntityFields::enumCombo(shown.qualifier), "qualifier",
        tr("How the stated figure relates to the real one: exact, up to, at least or about"), {});
    fields.basis = form.add(layout, tr("Basis:"), EntityFields::enumCombo(shown.basis), "basis",
        tr("Whether a source prints the figure, it is derived from sourced figures, or it is unverified"), {});
    fields.sources = form.add(layout, tr("Amount sources:"), form.sourceEdit(shown.sources), "amountSources",
        tr("The sources that state the amount, as comma-separated ids"), { ".amount.sources" });
}

QList<std::pair<QString, QString>> EntityEditForm::companyItems(const QStringList &mentioned) const
{
    QList<std::pair<QString, QString>> items;
    for (const Company &company : m_dataset->companies)
        items.append({ company.id, tr("%1 (%2)").arg(company.name.en, company.id) });
    for (const QString &id : mentioned) {
        if (!m_dataset->company(id))
            items.append({ id, tr("%1 (not in the dataset)").arg(id) });
    }
    return items;
}

QList<std::pair<QString, QString>> EntityEditForm::siteItems(const QStringList &mentioned) const
{
    QList<std::pair<QString, QString>> items;
    for (const Site &site : m_dataset->sites)
        items.append({ site.id, tr("%1 (%2)").arg(site.name.en, site.id) });
    for (const QString &id : mentioned) {
        if (!m_dataset->site(id))
            items.append({ id, tr("%1 (not in the dataset)").arg(id) });
    }
    return items;
}

void EntityEditForm::build(const Site &site)
{
    Fields &form = *m_fields;
    QFormLayout *general = section(0, tr("Site"));
    addId(general, site.id);
    addNames(general, site.name);
    form.kind = form.add(
        general, tr("Kin&d:"), EntityFields::enumCombo(site.kind), "kind", tr("What sort of site it is"), { ".kind" });
    form.operators
        = form.add(general, tr("&Operators:"), EntityFields::checkList(companyItems(site.operators), site.operators),
            "operators", tr("The companies that run the site; tick one or more"), { ".operators" });

    QFormLayout *status = section(0, tr("Status"));
    form.status = form.add(status, tr("&Status:"), EntityFields::enumCombo(site.status.value), "status",
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

void EntityEditForm::build(const Company &company)
{
    Fields &form = *m_fields;
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
        tr("The company's own colour, drawn when View › Theme › Company Colours is set to the dataset's colours; click "
           "to choose"),
        { ".colour" }, row);
    form.add(nullptr, tr("Clear colour"), clear, "colourClear",
        tr("No colour of its own: the theme's fallback colour is used"), {});
    connect(form.colour, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(QColor(m_fields->colourText), window(), tr("Company Colour"));
        if (chosen.isValid()) {
            m_fields->colourText = chosen.name();
            Q_EMIT changed();
        }
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        m_fields->colourText.clear();
        Q_EMIT changed();
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

void EntityEditForm::build(const Investment &investment)
{
    Fields &form = *m_fields;
    const QStringList coInvestors = investment.investors.mid(1);
    QFormLayout *general = section(0, tr("Investment"));
    addId(general, investment.id);
    form.kind = form.add(general, tr("Kin&d:"), EntityFields::enumCombo(investment.kind), "kind",
        tr("A pledge, capital spending, equity, a fund or a contract"), { ".kind" });
    auto *lead = new QComboBox;
    lead->addItem(tr("(none)"), QString());
    for (const auto &[id, label] : companyItems(investment.investors.mid(0, 1)))
        lead->addItem(label, id);
    lead->setCurrentIndex(std::max(0, lead->findData(investment.investors.value(0))));
    form.lead = form.add(
        general, tr("&Lead investor:"), lead, "lead", tr("The company the amount is attributed to"), { ".investors" });
    form.coInvestors
        = form.add(general, tr("&Co-investors:"), EntityFields::checkList(companyItems(coInvestors), coInvestors),
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
        EntityFields::checkList(siteItems(investment.targetSites), investment.targetSites), "targetSites",
        tr("The mapped sites the money goes to; give sites, countries or both"), { ".targetSites", "" });
    form.targetCountries = form.add(where, tr("Countr&ies:"),
        new QLineEdit(EntityFields::joinList(investment.targetCountries)), "targetCountries",
        tr("The ISO codes of the countries the money goes to, comma-separated, e.g. GB, US"), { ".targetCountries" });
    EntityFields::attachCompleter(form.targetCountries, form.countryModel, true);
    form.target = form.add(where, tr("Description:"), new QLineEdit(investment.target.en), "target",
        tr("Where the money goes, in words, in English"), { ".target" });
    form.targetKo = form.add(where, tr("Description (Korean):"), new QLineEdit(investment.target.ko), "targetKo",
        tr("Where the money goes, in words, in Korean"), {});

    QGroupBox *amountBox = nullptr;
    QFormLayout *amount = section(1, tr("Amount disclosed"), &amountBox);
    addClaim(amount, amountBox, investment.amount, true);
}

void EntityEditForm::build(const Source &source)
{
    Fields &form = *m_fields;
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
void EntityEditForm::updateDependentFields()
{
    Fields &form = *m_fields;
    if (form.countryName) {
        const QString code = form.country->text().trimmed();
        form.countryName->setText(DatasetValidator::isKnownCountry(code) ? Format::countryName(code) : QString());
    }
    if (form.colour) {
        form.colour->setIcon(EntityFields::swatch(QColor(form.colourText), m_theme.border));
        form.colour->setText(form.colourText.isEmpty() ? tr("None") : form.colourText);
    }
    if (form.lead) {
        // The lead is not also a co-investor.
        const QString lead = form.lead->currentData().toString();
        const QSignalBlocker blocker(form.coInvestors);
        for (int row = 0; row < form.coInvestors->count(); ++row) {
            QListWidgetItem *item = form.coInvestors->item(row);
            const bool isLead = item->data(EntityFields::IdRole).toString() == lead;
            item->setFlags(isLead ? item->flags() & ~Qt::ItemIsEnabled : item->flags() | Qt::ItemIsEnabled);
        }
    }
}

void EntityEditForm::showProblems(
    const QHash<QWidget *, QStringList> &messages, const QSet<QWidget *> &wrong, const Dataset &dataset)
{
    m_fields->showProblems(messages, wrong, dataset, m_theme.error);
}

} // namespace atlas
