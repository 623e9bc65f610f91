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

namespace {

template<typename T>
void insertInto(QList<T> &list, int index, const T &value)
{
    list.insert(index < 0 || index > list.size() ? list.size() : index, value);
}

template<typename T>
bool replaceIn(QList<T> &list, const T &value)
{
    for (T &entity : list) {
        if (entity.id == value.id) {
            entity = value;
            return true;
        }
    }
    return false;
}

template<typename T>
bool removeFrom(QList<T> &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id) {
            list.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace

void DatasetDocument::insertEntity(int index, const EntityValue &value)
{
    std::visit(
        [this, index](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Company>)
                insertInto(m_dataset.companies, index, entity);
            else if constexpr (std::is_same_v<T, Site>)
                insertInto(m_dataset.sites, index, entity);
            else if constexpr (std::is_same_v<T, Investment>)
                insertInto(m_dataset.investments, index, entity);
            else
                insertInto(m_dataset.sources, index, entity);
        },
        value);
    edited(DatasetEdits::refOf(value));
}

bool DatasetDocument::replaceEntity(const EntityValue &value)
{
    const bool replaced = std::visit(
        [this](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Company>)
                return replaceIn(m_dataset.companies, entity);
            else if constexpr (std::is_same_v<T, Site>)
                return replaceIn(m_dataset.sites, entity);
            else if constexpr (std::is_same_v<T, Investment>)
                return replaceIn(m_dataset.investments, entity);
            else
                return replaceIn(m_dataset.sources, entity);
        },
        value);
    if (replaced)
        edited(DatasetEdits::refOf(value));
    return replaced;
}

bool DatasetDocument::removeEntity(const EntityRef &ref)
{
    bool removed = false;
    switch (ref.type) {
    case EntityType::Company:
        removed = removeFrom(m_dataset.companies, ref.id);
        break;
    case EntityType::Site:
        removed = removeFrom(m_dataset.sites, ref.id);
        break;
    case EntityType::Investment:
        removed = removeFrom(m_dataset.investments, ref.id);
        break;
    case EntityType::Source:
        removed = removeFrom(m_dataset.sources, ref.id);
        break;
    case EntityType::Country:
        break;
    }
    if (removed)
        edited(ref);
    return removed;
}

void DatasetDocument::setContent(const Dataset &dataset)
{
    m_dataset.companies = dataset.companies;
    m_dataset.sites = dataset.sites;
    m_dataset.investments = dataset.investments;
    m_dataset.sources = dataset.sources;
    edited({ EntityType::Site, {} });
}

void DatasetDocument::edited(const EntityRef &ref)
{
    Q_EMIT contentChanged(ref);
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
