#include "entityfields.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace atlas {

namespace {

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

} // namespace

EntityFields::EntityFields(QObject *parent)
    : QObject(parent)
{
}

EntityFields::~EntityFields() = default;

void EntityFields::addField(QFormLayout *layout, const QString &label, QWidget *widget, const char *objectName,
    const QString &tip, std::initializer_list<const char *> jsonPaths, QWidget *row)
{
    widget->setObjectName(QLatin1String(objectName));
    m_help.insert(widget, tip);
    QString plain = label;
    plain.remove(u'&');
    if (plain.endsWith(u':'))
        plain.chop(1);
    m_labels.insert(widget, plain);
    widget->setAccessibleName(plain);
    for (const char *path : jsonPaths)
        m_paths.append({ QLatin1String(path), widget });
    m_focusOrder.append(widget);
    watch(widget);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setCursorPosition(0); // long titles and id lists show their start
    if (layout) {
        auto *labelWidget = new QLabel(label);
        labelWidget->setBuddy(widget);
        layout->addRow(labelWidget, row ? row : widget);
    }
}

void EntityFields::addPath(const QString &path, QWidget *field)
{
    m_paths.append({ path, field });
}

void EntityFields::watch(QWidget *widget) const
{
    const auto changed = &EntityFields::changed;
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    else if (auto *box = qobject_cast<QGroupBox *>(widget))
        connect(box, &QGroupBox::toggled, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
}

QDoubleSpinBox *EntityFields::spin(double minimum, double maximum, int decimals, double value)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    m_numbers.insert(box, { box->value(), value });
    return box;
}

double EntityFields::number(const QDoubleSpinBox *box) const
{
    const auto found = m_numbers.constFind(box);
    return found != m_numbers.cend() && found->first == box->value() ? found->second : box->value();
}

void EntityFields::setSourceModel(QAbstractItemModel *model)
{
    m_sourceModel = model;
}

QLineEdit *EntityFields::sourceEdit(const QStringList &ids)
{
    auto *edit = new QLineEdit(joinList(ids));
    edit->setPlaceholderText(QStringLiteral("S1, S23"));
    attachCompleter(edit, m_sourceModel, true);
    m_sourceFields.append(edit);
    return edit;
}

QWidget *EntityFields::fieldFor(const QString &relativePath) const
{
    QWidget *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[path, widget] : m_paths) {
        const bool exact = relativePath == path;
        const bool under = !path.isEmpty() && relativePath.size() > path.size() && relativePath.startsWith(path)
            && (relativePath.at(path.size()) == u'.' || relativePath.at(path.size()) == u'[');
        if ((exact || under) && path.size() > bestLength) {
            best = widget;
            bestLength = path.size();
        }
    }
    return best;
}

void EntityFields::showProblems(const QHash<QWidget *, QStringList> &messages, const QSet<QWidget *> &wrong,
    const Dataset &dataset, const QColor &errorColour)
{
    for (auto it = m_help.cbegin(); it != m_help.cend(); ++it) {
        QWidget *field = it.key();
        QStringList tip { it.value() };
        if (auto *edit = qobject_cast<QLineEdit *>(field); edit && m_sourceFields.contains(edit)) {
            for (const QString &id : splitList(edit->text())) {
                const Source *source = dataset.source(id);
                tip.append(
                    source ? tr("%1 — %2").arg(id, source->title) : tr("%1 — not a source of this dataset").arg(id));
            }
        }
        tip += messages.value(field);
        field->setToolTip(tip.join(u'\n'));
        const bool isWrong = wrong.contains(field);
        if (isWrong == m_marked.contains(field))
            continue;
        if (isWrong) {
            QPalette palette = field->palette();
            for (const QPalette::ColorRole role : { QPalette::Text, QPalette::ButtonText, QPalette::WindowText })
                palette.setColor(role, errorColour);
            field->setPalette(palette);
            m_marked.insert(field);
        } else {
            field->setPalette(QPalette());
            m_marked.remove(field);
        }
    }
}

QStringList EntityFields::splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString EntityFields::joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

void EntityFields::attachCompleter(QLineEdit *edit, QAbstractItemModel *model, bool list)
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
            const QString item = (start > 0 ? QStringLiteral(" ") : QString()) + index.data(IdRole).toString();
            edit->setText(text.left(start) + item + text.mid(end));
            edit->setCursorPosition(static_cast<int>(start + item.size()));
        });
}

QListWidget *EntityFields::checkList(const QList<std::pair<QString, QString>> &items, const QStringList &checked)
{
    auto *list = new QListWidget;
    for (const auto &[id, label] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    const int row = list->fontMetrics().height() + 6;
    list->setMinimumHeight(row * 4);
    list->setMaximumHeight(row * 7);
    return list;
}

QStringList EntityFields::checkedIds(const QListWidget *list, const QStringList &original, const QString &excluded)
{
    QStringList checked;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        const QString id = item->data(IdRole).toString();
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

QIcon EntityFields::swatch(const QColor &colour, const QColor &border)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(border);
    painter.setBrush(colour.isValid() ? QBrush(colour) : QBrush(Qt::NoBrush));
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return { pixmap };
}

} // namespace atlas
