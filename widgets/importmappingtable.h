#pragma once

#include "datasetimporter.h"
#include "theme.h"

#include <QTableWidget>

namespace atlas {

/**
 * The field mapping of ImportDialog: one row per target field of the dataset, column 0 its label
 * (required fields bold and marked "*"; Qt::UserRole holds the field key), column 1 a QComboBox
 * named "mapping_<key>" of the source fields, whose data is the source field chosen (empty for
 * "not imported"). Choosing in a combo makes its row current. It can highlight, in a preview
 * table with one column per source field, the column mapped to the current row's field.
 *
 * Its objectName is "mapping". Lives on the GUI thread; owned by its parent widget.
 * mappingChanged() fires when the user (or setMapping) picks another source field for a row;
 * not while fill() builds the rows.
 */
class ImportMappingTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportMappingTable(Theme theme, QWidget *parent = nullptr);

    /// The words for a target field key; keys the table does not know show as they are.
    static QString fieldLabel(const QString &key);

    /// Builds a row for each of @p keys (those in @p required marked so), each combo offering
    /// @p sourceFields and showing what @p mapping maps its key to.
    void fill(const QStringList &keys, const QStringList &required, const QStringList &sourceFields,
        const FieldMapping &mapping);
    /// The mapping the combos show: target field key → source field; unmapped keys are absent.
    FieldMapping mapping() const;
    /// Sets the combos of the keys in @p mapping; the other keys become "not imported".
    void setMapping(const FieldMapping &mapping);

    /// Highlights (bold header, the theme's related colours) the column of @p preview that holds
    /// the source field mapped to the current row, and scrolls to it; @p sourceFields are the
    /// preview's columns.
    void highlightMappedColumn(QTableWidget *preview, const QStringList &sourceFields) const;

Q_SIGNALS:
    void mappingChanged();

private:
    Theme m_theme;
};

} // namespace atlas
