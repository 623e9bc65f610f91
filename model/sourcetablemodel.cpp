#include "sourcetablemodel.h"

namespace atlas {

SourceTableModel::SourceTableModel(DatasetDocument *document, SharedSelection *selection, QObject *parent)
    : EntityTableModel(EntityType::Source, document, selection, parent)
{
}

QString SourceTableModel::idAt(int row) const
{
    return row >= 0 && row < rows() ? dataset().sources.at(row).id : QString();
}

int SourceTableModel::rows() const
{
    return static_cast<int>(dataset().sources.size());
}

QString SourceTableModel::columnTitle(int column) const
{
    switch (column) {
    case Id:
        return tr("Tag");
    case Title:
        return tr("Title");
    case Publisher:
        return tr("Publisher");
    case Date:
        return tr("Date");
    case Url:
        return tr("Address");
    default:
        return {};
    }
}

QVariant SourceTableModel::cell(int row, int column, int role) const
{
    const Source &source = dataset().sources.at(row);
    if (role == Roles::Sources)
        return QStringList { source.id };
    if (role != Qt::DisplayRole && role != Roles::Sort && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Id:
        // "S9" sorts before "S10": sort by the number when the tag has one.
        if (role == Roles::Sort) {
            bool ok = false;
            const int number = source.id.mid(1).toInt(&ok);
            return ok ? QVariant(number) : QVariant(source.id);
        }
        return source.id;
    case Title:
        if (role == Qt::ToolTipRole && source.reliability == QLatin1String("low"))
            return tr("%1\nFlagged as a low-reliability source").arg(source.title);
        return source.title;
    case Publisher:
        return source.publisher;
    case Date:
        return source.date.text;
    case Url:
        return source.url;
    default:
        return {};
    }
}

QVariant SourceTableModel::editValue(int row, int column) const
{
    const Source &source = dataset().sources.at(row);
    switch (column) {
    case Title:
        return source.title;
    case Publisher:
        return source.publisher;
    case Date:
        return source.date.text;
    case Url:
        return source.url;
    default:
        return {};
    }
}

std::optional<EntityValue> SourceTableModel::edited(int row, int column, const QVariant &value, QString &error) const
{
    Source source = dataset().sources.at(row);
    const QString text = value.toString().trimmed();
    switch (column) {
    case Title:
        source.title = text;
        break;
    case Publisher:
        source.publisher = text;
        break;
    case Date:
        source.date.text = text;
        if (!text.isEmpty() && !source.date.isValid())
            error = tr("\"%1\" is not a date; use 2025, 2025-Q3, 2025-09 or 2025-09-16").arg(text);
        break;
    case Url:
        source.url = text;
        break;
    default:
        return std::nullopt;
    }
    if (!error.isEmpty())
        return std::nullopt;
    return source;
}

} // namespace atlas
