#pragma once

#include "dataset.h"
#include "enums.h"

#include <QComboBox>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <utility>

class QAbstractItemModel;
class QColor;
class QDoubleSpinBox;
class QFormLayout;
class QIcon;
class QLineEdit;
class QListWidget;

namespace atlas {

/**
 * The field set of an entity edit form: it names each field, gives it its label, its own
 * tooltip and the JSON paths under the entity (".location.lat") whose diagnostics are about it,
 * keeps the tab order, and shows problems on the fields. Also the small field widgets the form
 * is made of and the conversions between their text and the dataset's values: comma-separated
 * id lists, enum combo boxes, checkable lists of ids, line edits that complete ids from a model,
 * spin boxes that keep an untouched value exactly, and colour swatches.
 *
 * The widgets it creates are returned without a parent, for the caller to place and own; it
 * only remembers them. GUI thread only. changed() fires after every edit of a field it added.
 */
class EntityFields : public QObject
{
    Q_OBJECT

public:
    /// The role under which completion models and checkable lists keep an item's id.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit EntityFields(QObject *parent = nullptr);
    ~EntityFields() override;

    /// Names @p widget, gives it its tooltip and label, and lists it for problems at @p jsonPaths;
    /// with @p layout, adds a row of the label and @p row (or the widget).
    template<typename W>
    W *add(QFormLayout *layout, const QString &label, W *widget, const char *objectName, const QString &tip,
        std::initializer_list<const char *> jsonPaths, QWidget *row = nullptr)
    {
        addField(layout, label, widget, objectName, tip, jsonPaths, row);
        return widget;
    }
    /// Lists @p field for problems at @p path too.
    void addPath(const QString &path, QWidget *field);
    /// A spin box showing @p value, whose number() stays @p value exactly until it is edited.
    QDoubleSpinBox *spin(double minimum, double maximum, int decimals, double value);
    /// The spin box's value; the value it was given while it still shows that value rounded.
    double number(const QDoubleSpinBox *box) const;
    /// The model sourceEdit() completes from: rows "S3 — title" with the id in IdRole.
    void setSourceModel(QAbstractItemModel *model);
    /// A line edit of comma-separated source ids; its tooltip lists their titles.
    QLineEdit *sourceEdit(const QStringList &ids);

    /// Every field, in the order they were added (the tab order).
    QList<QWidget *> fields() const { return m_focusOrder; }
    /// The field a diagnostic at @p relativePath (".location.lat", ".sources[2]") is about, or null.
    QWidget *fieldFor(const QString &relativePath) const;
    /// The field's label without "&" and ":".
    QString label(QWidget *field) const { return m_labels.value(field); }
    /// Gives each field its own tooltip plus @p messages (and for source id fields, the titles
    /// of the sources in @p dataset), and @p errorColour to the fields in @p wrong.
    void showProblems(const QHash<QWidget *, QStringList> &messages, const QSet<QWidget *> &wrong,
        const Dataset &dataset, const QColor &errorColour);

    /// "S1, S23 ,S4" → {"S1", "S23", "S4"}.
    static QStringList splitList(const QString &text);
    static QString joinList(const QStringList &items);

    /// A combo box of the display texts of @p E, showing @p current.
    template<typename E>
    static QComboBox *enumCombo(E current)
    {
        auto *box = new QComboBox;
        for (const auto &entry : enumEntries<E>())
            box->addItem(enumDisplayText(entry.displayText), static_cast<int>(entry.value));
        box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(current))));
        return box;
    }

    template<typename E>
    static E enumValue(const QComboBox *box)
    {
        return static_cast<E>(box->currentData().toInt());
    }

    /**
     * Completes the item being typed in @p edit from @p model, whose rows show "S3 — title" and
     * carry the id in IdRole: matching anywhere in the row, so a word of a title finds its
     * source, and inserting only the id. With @p list, the field holds comma-separated ids. The
     * completer is a child of @p edit.
     */
    static void attachCompleter(QLineEdit *edit, QAbstractItemModel *model, bool list);

    /// A list of (id, label) @p items, each with a check box, ticked when its id is in @p checked.
    static QListWidget *checkList(const QList<std::pair<QString, QString>> &items, const QStringList &checked);
    /// The ids checked in @p list: those of @p original in their order, then the newly checked.
    static QStringList checkedIds(const QListWidget *list, const QStringList &original, const QString &excluded = {});

    /// A 16×16 square of @p colour (empty when it is invalid) framed in @p border.
    static QIcon swatch(const QColor &colour, const QColor &border);

Q_SIGNALS:
    void changed();

private:
    void addField(QFormLayout *layout, const QString &label, QWidget *widget, const char *objectName,
        const QString &tip, std::initializer_list<const char *> jsonPaths, QWidget *row);
    /// Connects the signal by which @p widget says it changed to changed().
    void watch(QWidget *widget) const;

    QAbstractItemModel *m_sourceModel = nullptr;
    QHash<const QDoubleSpinBox *, std::pair<double, double>> m_numbers; ///< shown → original value
    QHash<QWidget *, QString> m_help;                                   ///< each field's own tooltip
    QHash<QWidget *, QString> m_labels;                                 ///< each field's label, without "&"
    QList<std::pair<QString, QWidget *>> m_paths;                       ///< a JSON path under the entity → its field
    QList<QLineEdit *> m_sourceFields;
    QList<QWidget *> m_focusOrder;
    QSet<QWidget *> m_marked; ///< fields shown in the error colour
};

} // namespace atlas
