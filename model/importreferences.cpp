#include "importreferences.h"

#include "importtext.h"

#include <QDate>
#include <QFileInfo>
#include <QUrl>

#include <array>

namespace atlas::detail {

namespace {

// A fixed palette of distinguishable colours (Tableau 10 and its lighter companions); colours are
// data here, picked in order for the companies an import creates.
constexpr std::array<const char *, 16> s_palette { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94" };

} // namespace

ImportReferences::ImportReferences(Dataset &dataset, const ImportOptions &options)
    : m_dataset(dataset)
    , m_options(options)
{
}

QStringList ImportReferences::rowSources(const QString &sourceText)
{
    QStringList ids;
    if (!sourceText.isEmpty()) {
        const auto cached = m_sourcesByText.constFind(sourceText);
        if (cached != m_sourcesByText.cend()) {
            ids = *cached;
        } else {
            for (const QString &reference : splitList(sourceText, QStringLiteral(";")))
                ids.append(sourceFor(reference));
            ids.removeDuplicates();
            m_sourcesByText.insert(sourceText, ids);
        }
    }
    if (!m_options.sourceId.isEmpty()) {
        if (!ids.contains(m_options.sourceId))
            ids.append(sourceFor(m_options.sourceId));
    } else if (ids.isEmpty()) {
        ids = fileSource();
    }
    return ids;
}

QString ImportReferences::addSource(Source source)
{
    source.id = uniqueId(source.id.isEmpty() ? QStringLiteral("source") : source.id, m_sourceIds);
    m_sourceIds.insert(source.id);
    m_dataset.sources.append(source);
    return source.id;
}

QString ImportReferences::sourceFor(const QString &reference)
{
    if (const auto known = m_sourceByReference.constFind(reference); known != m_sourceByReference.cend())
        return *known;
    Source source;
    if (reference.startsWith(QLatin1String("http://")) || reference.startsWith(QLatin1String("https://"))) {
        const QUrl url(reference);
        source.id = QStringLiteral("src_") + slug(url.host() + url.path());
        source.title = reference;
        source.publisher = url.host();
        source.url = reference;
    } else if (isId(reference)) {
        // A source of the dataset this import goes into: merge() replaces this stand-in with it.
        source.id = reference;
        source.title = DatasetImporter::tr("Source “%1” cited by %2").arg(reference, m_fileLabel);
    } else {
        source.id = slug(reference);
        source.title = reference;
    }
    QString id = addSource(std::move(source));
    m_sourceByReference.insert(reference, id);
    return id;
}

QStringList ImportReferences::fileSource()
{
    if (m_fileSource.isEmpty()) {
        Source source;
        source.id = QStringLiteral("import_") + slug(QFileInfo(m_fileLabel).completeBaseName());
        source.title = DatasetImporter::tr("Imported from %1").arg(m_fileLabel);
        source.url = m_options.sourceUrl;
        source.date = PartialDate { QDate::currentDate().toString(Qt::ISODate) };
        m_fileSource = { addSource(source) };
    }
    return m_fileSource;
}

QStringList ImportReferences::companyIds(const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names) {
        const QString key = normalized(name);
        auto found = m_companyByName.constFind(key);
        if (found == m_companyByName.cend()) {
            Company company;
            const QString base = slug(name).isEmpty() ? QStringLiteral("company") : slug(name);
            company.id = uniqueId(base, m_companyIds);
            company.name.en = name;
            company.colour = QString::fromLatin1(
                s_palette.at(static_cast<std::size_t>(m_dataset.companies.size()) % s_palette.size()));
            m_companyIds.insert(company.id);
            m_dataset.companies.append(company);
            found = m_companyByName.insert(key, company.id);
        }
        if (!ids.contains(*found))
            ids.append(*found);
    }
    return ids;
}

} // namespace atlas::detail
