#include "importmappingtable.h"

#include <QComboBox>
#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace atlas {

ImportMappingTable::ImportMappingTable(Theme theme, QWidget *parent)
    : QTableWidget(0, 2, parent)
    , m_theme(std::move(theme))
{
    setObjectName(QStringLiteral("mapping"));
    setToolTip(tr("Which source column fills each dataset field; * marks the required ones"));
    setHorizontalHeaderLabels({ tr("Dataset field"), tr("Source column") });
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

QString ImportMappingTable::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> s_labels {
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Id") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Name") },
        { QStringLiteral("name_ko"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Name (Korean)") },
        { QStringLiteral("lon"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Longitude") },
        { QStringLiteral("lat"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Latitude") },
        { QStringLiteral("wkt"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Geometry (WKT)") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Country") },
        { QStringLiteral("region"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Region") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Kind") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Status") },
        { QStringLiteral("company"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Company") },
        { QStringLiteral("gpus"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "GPUs") },
        { QStringLiteral("gpu_model"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "GPU model") },
        { QStringLiteral("capacity_mw"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Capacity (MW)") },
        { QStringLiteral("amount"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Amount") },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Currency") },
        { QStringLiteral("usd"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Amount in USD") },
        { QStringLiteral("target_site"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Target site") },
        { QStringLiteral("target_country"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Target country") },
        { QStringLiteral("purpose"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Purpose") },
        { QStringLiteral("source"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Source") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("atlas::ImportMappingTable", "Date") },
    };
    const char *label = s_labels.value(key);
    return label ? tr(label) : key;
}

void ImportMappingTable::fill(
    const QStringList &keys, const QStringList &required, const QStringList &sourceFields, const FieldMapping &mapping)
{
    const QSignalBlocker blocker(this);
    // Deleted now, not later as the view would: the new combos take the old ones' names.
    for (int row = 0; row < rowCount(); ++row)
        delete cellWidget(row, 1);
    clearContents();
    setRowCount(static_cast<int>(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString &key = keys.at(row);
        const bool isRequired = required.contains(key);
        auto *item = new QTableWidgetItem(isRequired ? fieldLabel(key) + QStringLiteral(" *") : fieldLabel(key));
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(isRequired
                ? tr("%1 (\"%2\"): required; rows without it are not imported").arg(fieldLabel(key), key)
                : tr("%1 (\"%2\")").arg(fieldLabel(key), key));
        if (isRequired) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
        }
        setItem(row, 0, item);

        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_") + key);
        combo->setAccessibleName(tr("Source column for %1").arg(fieldLabel(key)));
        combo->setToolTip(tr("The source column that fills %1").arg(fieldLabel(key)));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &field : sourceFields)
            combo->addItem(field, field);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(key))));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingTable::mappingChanged);
        // Choosing in a combo also selects its row, so the preview shows that column.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            for (int r = 0; r < rowCount(); ++r) {
                if (cellWidget(r, 1) == combo)
                    setCurrentCell(r, 0);
            }
        });
        setCellWidget(row, 1, combo);
    }
    resizeColumnToContents(0);
    resizeRowsToContents();
}

FieldMapping ImportMappingTable::mapping() const
{
    FieldMapping result;
    for (int row = 0; row < rowCount(); ++row) {
        const auto *combo = qobject_cast<const QComboBox *>(cellWidget(row, 1));
        const QString field = combo ? combo->currentData().toString() : QString();
        if (!field.isEmpty())
            result.insert(item(row, 0)->data(Qt::UserRole).toString(), field);
    }
    return result;
}

void ImportMappingTable::setMapping(const FieldMapping &mapping)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, 1))) {
            const QString key = item(row, 0)->data(Qt::UserRole).toString();
            combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(key))));
        }
    }
}

void ImportMappingTable::highlightMappedColumn(QTableWidget *preview, const QStringList &sourceFields) const
{
    const int row = currentRow();
    const auto *combo = row >= 0 ? qobject_cast<const QComboBox *>(cellWidget(row, 1)) : nullptr;
    const QString field = combo ? combo->currentData().toString() : QString();
    const int highlighted = field.isEmpty() ? -1 : static_cast<int>(sourceFields.indexOf(field));
    const QBrush background = highlighted >= 0 ? QBrush(m_theme.related) : QBrush();
    const QBrush foreground = highlighted >= 0 ? QBrush(m_theme.textOn(m_theme.related)) : QBrush();
    for (int column = 0; column < preview->columnCount(); ++column) {
        const bool on = column == highlighted;
        if (QTableWidgetItem *header = preview->horizontalHeaderItem(column)) {
            QFont font = preview->font();
            font.setBold(on);
            header->setFont(font);
        }
        for (int r = 0; r < preview->rowCount(); ++r) {
            if (QTableWidgetItem *item = preview->item(r, column)) {
                item->setBackground(on ? background : QBrush());
                item->setForeground(on ? foreground : QBrush());
            }
        }
    }
    if (highlighted >= 0 && preview->rowCount() > 0)
        preview->scrollTo(preview->model()->index(0, highlighted));
}

} // namespace atlas
