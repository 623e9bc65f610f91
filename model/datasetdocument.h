#pragma once

#include "dataset.h"

#include <QObject>
#include <QString>

namespace atlas {

/**
 * The open dataset: the one source of truth every model and view reads. Lives on the GUI
 * thread; owned by whoever composes the application (the main window, or a test). Emits
 * datasetChanged() after the whole dataset is replaced (models reset on it), scenesChanged()
 * after only its presentation changed (the entity models stay as they are), and
 * modifiedChanged() when it starts or stops differing from the file it was opened from or
 * saved to. The document does not keep an undo history; the editor that changes it does.
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

    /// True when the document has changes that are not in its file.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void datasetChanged();
    void scenesChanged();
    void languageChanged();
    void modifiedChanged(bool modified);

private:
    Dataset m_dataset;
    QString m_fileName;
    QString m_language = QStringLiteral("en");
    bool m_modified = false;
};

} // namespace atlas
