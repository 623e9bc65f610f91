#pragma once

// The invariants the fuzz targets check, shared with the regression test
// (tests/model/tst_fuzzregressions.cpp): each returns an empty string when the invariant holds,
// else what failed. The fuzzers abort on a failure, so libFuzzer saves the input.

#include "datasetfilter.h"
#include "datasetreader.h"
#include "datasetwriter.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace atlas::fuzz {

/// Aborts with @p problem unless it is empty.
inline void check(const QString &problem)
{
    if (problem.isEmpty())
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", qUtf8Printable(problem));
    std::abort();
}

inline QString failed(const char *what, const QString &detail = {})
{
    return QString::fromUtf8(what) + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

/// The number of characters (not bytes) on each line, as the reader counts columns.
inline QList<int> lineLengths(const QByteArray &utf8)
{
    QList<int> lengths { 0 };
    for (const char c : utf8) {
        if (c == '\n')
            lengths.append(0);
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++lengths.last();
    }
    return lengths;
}

/**
 * What readBytes() promises for any input: a dataset exactly when the status is Ok, an error
 * exactly when it is not, and every diagnostic placed inside the text. A dataset that loads is
 * written and read back unchanged, and the written form is a fixed point of the writer.
 */
inline QString loadProblem(const QByteArray &bytes, const QString &fileName, const LoadResult &result)
{
    if (result.status == LoadStatus::Unreadable)
        return failed("readBytes() never says Unreadable");
    if (result.dataset.has_value() != (result.status == LoadStatus::Ok))
        return failed("a dataset exactly when Ok");
    if (hasErrors(result.diagnostics) != (result.status == LoadStatus::Invalid))
        return failed("Invalid exactly when there are errors");
    const QList<int> lengths = lineLengths(bytes);
    for (const Diagnostic &diagnostic : result.diagnostics) {
        const QString text = diagnostic.toString();
        if (diagnostic.file != fileName)
            return failed("a diagnostic names the file", text);
        if (diagnostic.message.isEmpty())
            return failed("a diagnostic has a message", text);
        if (diagnostic.line < 1 || diagnostic.line > lengths.size())
            return failed("a diagnostic's line is inside the text", text);
        if (diagnostic.column < 1 || diagnostic.column > lengths.at(diagnostic.line - 1) + 1)
            return failed("a diagnostic's column is inside its line", text);
    }
    if (!result.dataset)
        return {};
    const QByteArray written = DatasetWriter::toJson(*result.dataset);
    const LoadResult reread = DatasetReader::readBytes(written, fileName);
    if (reread.status != LoadStatus::Ok)
        return failed("a loaded dataset, written, loads again",
            reread.diagnostics.isEmpty() ? QString() : reread.diagnostics.first().toString());
    if (*reread.dataset != *result.dataset)
        return failed("a loaded dataset, written and read, is unchanged", QString::fromUtf8(written));
    if (DatasetWriter::toJson(*reread.dataset) != written)
        return failed("the written form is canonical", QString::fromUtf8(written));
    return {};
}

/**
 * A small valid dataset with @p scenes as the value of "scenes", on one line so that line
 * numbers in the scenes are line numbers in the document. Its company, site, investment and
 * source give scene references something to resolve to.
 */
inline QByteArray sceneDocument(const QByteArray &scenes)
{
    QByteArray document(R"({"format": "compute-atlas-dataset", "version": 1, "id": "fuzz", )"
                        R"("title": {"en": "Fuzz", "ko": "퍼즈"}, )"
                        R"("sources": [{"id": "S1", "title": "One", "url": "https://example.com/1"}], )"
                        R"("companies": [{"id": "acme", "name": {"en": "Acme", "ko": "애크미"}, "country": "US", )"
                        R"("colour": "#1f77b4"}], )"
                        R"("sites": [{"id": "site_a", "name": {"en": "Site A", "ko": "A"}, "kind": "data-centre", )"
                        R"("country": "GB", "operators": ["acme"], "sources": ["S1"], )"
                        R"("location": {"lon": 0.08, "lat": 51.6, "basis": "exact", "sources": ["S1"]}, )"
                        R"("status": {"value": "planned", "asOf": "2025-09", "sources": ["S1"]}}], )"
                        R"("investments": [{"id": "inv_a", "kind": "pledge", "investors": ["acme"], )"
                        R"("targetSites": ["site_a"], "announced": "2025-09", "sources": ["S1"]}], )"
                        R"("scenes": )");
    document.append(scenes);
    document.append("}\n");
    return document;
}

/// Each scene's filter as the presentation applies it: to the filter bar's terms and back,
/// unchanged, and then to every entity of the dataset.
inline QString sceneFilterProblem(const Dataset &dataset)
{
    QList<EntityRef> refs;
    for (const Company &company : dataset.companies)
        refs.append({ EntityType::Company, company.id });
    for (const Site &site : dataset.sites)
        refs.append({ EntityType::Site, site.id });
    for (const Investment &investment : dataset.investments)
        refs.append({ EntityType::Investment, investment.id });
    for (const Source &source : dataset.sources)
        refs.append({ EntityType::Source, source.id });
    refs.append({ EntityType::Country, QStringLiteral("GB") });
    for (const Scene &scene : dataset.scenes) {
        const DatasetFilter filter = DatasetFilter::fromScene(scene.filter);
        if (DatasetFilter::fromScene(filter.toScene()) != filter)
            return failed("fromScene(toScene(filter)) == filter", scene.id);
        for (const EntityRef &ref : refs)
            (void)filter.accepts(dataset, ref);
    }
    return {};
}

} // namespace atlas::fuzz
