#pragma once

#include "datasetimporter.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace atlas::detail {

/**
 * The companies and sources the rows of one import cite. Each is created once, in the imported
 * dataset, the first time a row names it, and rows get its id. Owned by the row reader and used
 * on its thread; keeps references to the dataset and the options, which must outlive it.
 */
class ImportReferences
{
public:
    ImportReferences(Dataset &dataset, const ImportOptions &options);

    /// How the imported file is named in the sources made for it (set before reading rows).
    void setFileLabel(const QString &label) { m_fileLabel = label; }

    /// The sources a row cites, from its source column and the options; the file's own source
    /// when it cites none.
    QStringList rowSources(const QString &sourceText);
    /// The ids of the companies @p names name (case and punctuation ignored), created as needed.
    QStringList companyIds(const QStringList &names);

private:
    QString addSource(Source source);
    /// The id of the source @p reference names: an http(s) address, a source id, or a title.
    QString sourceFor(const QString &reference);
    QStringList fileSource();

    Dataset &m_dataset;
    const ImportOptions &m_options;
    QString m_fileLabel;
    QSet<QString> m_sourceIds;
    QSet<QString> m_companyIds;
    QHash<QString, QString> m_companyByName;
    QHash<QString, QString> m_sourceByReference;
    QHash<QString, QStringList> m_sourcesByText;
    QStringList m_fileSource;
};

} // namespace atlas::detail
