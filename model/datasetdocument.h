#pragma once

#include "dataset.h"

#include <QObject>
#include <QString>

namespace atlas {

/**
 * The open dataset: the one source of truth every model and view reads. Lives on the GUI
 * thread; owned by whoever composes the application (the main window, or a test). Emits
 * datasetChanged() after the whole dataset is replaced (models reset on it).
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

    void setDataset(Dataset dataset, const QString &fileName);

Q_SIGNALS:
    void datasetChanged();
    void languageChanged();

private:
    Dataset m_dataset;
    QString m_fileName;
    QString m_language = QStringLiteral("en");
};

} // namespace atlas
