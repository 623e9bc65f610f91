#include "entityeditdialog.h"

#include "entityeditform.h"
#include "entityfields.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace atlas {

namespace {

QString geometryKey()
{
    return QStringLiteral("entityEditDialog/geometry");
}

} // namespace

EntityEditDialog::EntityEditDialog(Dataset dataset, EntityValue value, bool isNew, Theme theme, QWidget *parent)
    : QDialog(parent)
    , m_dataset(std::move(dataset))
    , m_original(std::move(value))
    , m_isNew(isNew)
    , m_theme(std::move(theme))
    , m_form(new EntityEditForm(m_dataset, m_original, m_isNew, m_theme))
{
    connect(m_form, &EntityEditForm::changed, this, &EntityEditDialog::changed);
    finish();
}

EntityEditDialog::~EntityEditDialog()
{
    // The form is deleted with the dialog's children, after this object's members.
    disconnect(m_form, nullptr, this, nullptr);
}

void EntityEditDialog::finish()
{
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_form);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Not a tab stop of its own: Tab goes through its fields, and it scrolls to the focused one.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_problems = new QListWidget;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setToolTip(
        tr("What the checks find; errors must be fixed before OK. Double-click to go to the field."));
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(EntityFields::IdRole).toString();
        if (QWidget *field = m_form->fieldFor(path.mid(path.indexOf(u']') + 1))) {
            m_scroll->ensureWidgetVisible(field);
            field->setFocus(Qt::OtherFocusReason);
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    QWidget *previous = nullptr;
    for (QWidget *widget : m_form->fields() + QList<QWidget *> { m_problems, m_buttons }) {
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }

    QLineEdit *id = m_form->idField();
    if (m_isNew && id->text().isEmpty()) {
        m_autoId = proposedId();
        id->setText(m_autoId);
    }
    m_filling = false;
    changed();

    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray())) {
        QSize wanted = m_form->sizeHint() + QSize(40, m_buttons->sizeHint().height() + 120);
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
    m_form->read(result);
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
    const QString prefix = DatasetEdits::listKey(ref.type) + u'[' + QString::number(index) + u']';
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
    const EntityType type = DatasetEdits::typeOf(m_original);
    switch (type) {
    case EntityType::Investment:
        return DatasetEdits::uniqueId(m_dataset, type, QStringLiteral("inv ") + m_form->leadId());
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
        return DatasetEdits::uniqueId(m_dataset, type, m_form->titleText());
    }
    case EntityType::Company:
    case EntityType::Site:
    case EntityType::Country:
        break;
    }
    return DatasetEdits::uniqueId(m_dataset, type, m_form->nameText());
}

void EntityEditDialog::changed()
{
    if (m_filling)
        return;
    QLineEdit *id = m_form->idField();
    if (m_isNew && id->text() == m_autoId) {
        const QString proposed = proposedId();
        if (proposed != m_autoId) {
            m_autoId = proposed;
            const QSignalBlocker blocker(id);
            id->setText(proposed);
        }
    }
    m_form->updateDependentFields();
    updateTitle();
    updateProblems();
}

void EntityEditDialog::updateTitle()
{
    const QString name = m_form->nameText().trimmed();
    const QString label = name.isEmpty() ? m_form->idField()->text() : name;
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
    const Diagnostics found = problems();
    m_problems->clear();
    QHash<QWidget *, QStringList> messages;
    QSet<QWidget *> wrong;
    for (const Diagnostic &diagnostic : found) {
        const QString relative = diagnostic.path.mid(diagnostic.path.indexOf(u']') + 1);
        QWidget *field = m_form->fieldFor(relative);
        const QString where = field ? m_form->label(field) : relative.mid(1);
        const bool isError = diagnostic.severity == Severity::Error;
        auto *item = new QListWidgetItem(
            style()->standardIcon(isError ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            where.isEmpty() ? diagnostic.message : tr("%1: %2").arg(where, diagnostic.message), m_problems);
        item->setForeground(isError ? m_theme.error : m_theme.warning);
        item->setData(EntityFields::IdRole, diagnostic.path);
        item->setToolTip(diagnostic.path);
        if (field) {
            messages[field].append(diagnostic.message);
            if (isError)
                wrong.insert(field);
        }
    }
    m_problems->setVisible(!found.isEmpty());
    // As tall as its messages, up to five; the form above keeps the rest of the height.
    const int rowHeight = std::max(m_problems->sizeHintForRow(0), m_problems->fontMetrics().height());
    m_problems->setFixedHeight(
        rowHeight * std::clamp(static_cast<int>(found.size()), 1, 5) + 2 * m_problems->frameWidth() + 4);

    m_form->showProblems(messages, wrong, m_dataset);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasErrors(found));
}

} // namespace atlas
