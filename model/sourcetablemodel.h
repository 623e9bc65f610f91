#pragma once

#include "entitytablemodel.h"

namespace atlas {

/// One row per source: the pages every figure in the dataset traces back to.
class SourceTableModel : public EntityTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Title, Publisher, Date, Url, ColumnCount };

    SourceTableModel(DatasetDocument *document, SharedSelection *selection, QObject *parent = nullptr);
    QString idAt(int row) const override;

protected:
    int rows() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant editValue(int row, int column) const override;
    std::optional<EntityValue> edited(int row, int column, const QVariant &value, QString &error) const override;
};

} // namespace atlas
