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
    setModified(false);
}

void DatasetDocument::setFileName(const QString &fileName)
{
    m_fileName = fileName;
}

void DatasetDocument::setScenes(const QList<Scene> &scenes)
{
    if (scenes == m_dataset.scenes)
        return;
    m_dataset.scenes = scenes;
    Q_EMIT scenesChanged();
    setModified(true);
}

void DatasetDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(m_modified);
}

} // namespace atlas
