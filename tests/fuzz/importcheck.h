#pragma once

// The invariants of the GDAL import paths, shared by fuzz_import.cpp and the regression test:
// each returns an empty string when they hold, else what failed (see fuzzcheck.h).

#include "datasetimporter.h"
#include "datasetvalidator.h"
#include "fuzzcheck.h"

#include <cpl_vsi.h>

#include <QByteArray>
#include <QString>

namespace atlas::fuzz {

/// An in-memory GDAL file (/vsimem/) holding a copy of some bytes, removed again on destruction.
class MemoryFile
{
public:
    MemoryFile(const QString &path, const QByteArray &bytes)
        : m_path(path.toUtf8())
        , m_bytes(bytes)
    {
        m_bytes.detach();
        // GDAL does not take ownership and only reads a file opened read-only.
        if (VSILFILE *file = VSIFileFromMemBuffer(
                m_path.constData(), reinterpret_cast<GByte *>(m_bytes.data()), vsi_l_offset(m_bytes.size()), FALSE))
            VSIFCloseL(file);
    }
    ~MemoryFile() { VSIUnlink(m_path.constData()); }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

private:
    QByteArray m_path;
    QByteArray m_bytes;
};

/// Imports the previewed layer with the guessed mapping and checks what came back.
inline QString importProblem(const QString &source, const ImportPreview &preview, ImportTarget target)
{
    ImportOptions options;
    options.layer = preview.layer;
    options.target = target;
    options.mapping = DatasetImporter::guessMapping(preview.fields, target);
    const QStringList known = DatasetImporter::targetFields(target);
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
        if (!known.contains(it.key()))
            return failed("guessMapping() fills only known fields", it.key());
        if (!preview.fields.contains(it.value()))
            return failed("guessMapping() maps only existing fields", it.value());
    }
    const ImportResult result = DatasetImporter::import(source, options);
    const QString first = result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().toString();
    if (result.cancelled)
        return failed("not cancelled without a progress callback");
    if (result.rowsImported < 0 || result.rowsImported > result.rowsRead)
        return failed("0 <= rows imported <= rows read", first);
    const qsizetype imported
        = target == ImportTarget::Sites ? result.dataset.sites.size() : result.dataset.investments.size();
    if (imported != result.rowsImported)
        return failed("rowsImported counts what the dataset holds", first);
    if (result.rowsSkipped() > 0 && result.diagnostics.isEmpty())
        return failed("a skipped row has a diagnostic");
    if (!result.ok())
        return {};
    // What was imported must pass the validation a saved and reopened file gets.
    const Diagnostics validation = DatasetValidator::validate(result.dataset);
    if (hasErrors(validation))
        return failed("an import validates", validation.first().toString());
    const Diagnostics merged = DatasetValidator::validate(DatasetImporter::merge(result.dataset, result.dataset));
    if (hasErrors(merged))
        return failed("an import merged into itself validates", merged.first().toString());
    return {};
}

/// Previews @p source, then imports it as sites and as investments.
inline QString importProblem(const QString &source)
{
    constexpr int s_previewRows = 5;
    Diagnostics diagnostics;
    const ImportPreview preview = DatasetImporter::preview(source, QString(), s_previewRows, diagnostics);
    if (hasErrors(diagnostics)) {
        if (!preview.fields.isEmpty() || !preview.rows.isEmpty())
            return failed("an error leaves the preview empty", diagnostics.first().toString());
        return {};
    }
    if (preview.rows.size() > s_previewRows)
        return failed("at most the rows asked for");
    for (const QStringList &row : preview.rows) {
        if (row.size() != preview.fields.size())
            return failed("a preview row has a value per field", row.join(u'|'));
    }
    for (const ImportTarget target : { ImportTarget::Sites, ImportTarget::Investments }) {
        if (QString problem = importProblem(source, preview, target); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace atlas::fuzz
