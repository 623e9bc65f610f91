#pragma once

#include "dataset.h"
#include "datasetedits.h"

#include <QObject>
#include <QString>

namespace atlas {

/**
 * The open dataset: the one source of truth every model and view reads. Lives on the GUI
 * thread; owned by whoever composes the application (the main window, or a test). Emits
 * datasetChanged() after the whole dataset is replaced (models reset on it), scenesChanged()
 * after only its presentation changed (the entity models stay as they are), and
 * modifiedChanged() when it starts or stops differing from the file it was opened from or
 * saved to, and contentChanged() after an edit inserted, replaced or removed one entity (views
 * refresh; the selection keeps what still exists). The document does not keep an undo history;
 * the editor that changes it does, through insertEntity(), replaceEntity() and removeEntity().
 */
class DatasetDocument : public QObject
{
    Q_OBJECT

public:
    explicit DatasetDocument(QObject *parent = nullptr);

    const Dataset &dataset() const { return m_dataset; }
    QString fileName() const { return m_fileName; }

    /// "en" or "ko": the language dataset texts are shown in.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /// Replaces the whole dataset, read from @p fileName; the document is then unmodified.
    void setDataset(Dataset dataset, const QString &fileName);
    /// After a Save As: the file the document now belongs to.
    void setFileName(const QString &fileName);

    /// Replaces the presentation and marks the document modified; nothing happens when
    /// @p scenes equal the current ones.
    void setScenes(const QList<Scene> &scenes);

    /// Inserts @p value at @p index of its list (clamped; -1 appends). Its id must be new.
    void insertEntity(int index, const EntityValue &value);
    /// Replaces the entity with @p value's id; false when there is none.
    bool replaceEntity(const EntityValue &value);
    /// Removes the entity @p ref names; false when there is none.
    bool removeEntity(const EntityRef &ref);

    /// Replaces the entity lists (companies, sites, investments, sources) with @p dataset's in
    /// one edit, keeping the presentation, the title and the file name.
    void setContent(const Dataset &dataset);

    /// True when the document has changes that are not in its file.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void datasetChanged();
    void scenesChanged();
    /// After an edit of one entity: @p ref was inserted, replaced or removed. An empty id: any
    /// number of entities changed (setContent()).
    void contentChanged(const atlas::EntityRef &ref);
    void languageChanged();
    void modifiedChanged(bool modified);

private:
    void edited(const EntityRef &ref);

    Dataset m_dataset;
    QString m_fileName;
    QString m_language = QStringLiteral("en");
    bool m_modified = false;
};

} // namespace atlas
