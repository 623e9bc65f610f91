#include "datasetdocument.h"

namespace atlas {

DatasetDocument::DatasetDocument(QObject *parent)
    : QObject(parent)
{
}

void DatasetDocument::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void DatasetDocument::setDataset(Dataset dataset, const QString &fileName)
{
    m_dataset = std::move(dataset);
    m_fileName = fileName;
    Q_EMIT datasetChanged();
}

} // namespace atlas
