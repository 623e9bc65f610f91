#pragma once

#include "dataset.h"

#include <QString>

namespace atlas::test {

/**
 * Version @p version of a big dataset for the save tests: @p base (the bundled dataset) with
 * @p extraSites copies of its first site spread over the map, and the version in the title, so
 * that every version is different, valid, and takes tens of milliseconds to save. Shared by
 * tst_safesave.cpp and the savechild program, which must agree on the bytes of each version.
 */
inline Dataset bigDataset(const Dataset &base, int extraSites, int version)
{
    Dataset dataset = base;
    dataset.title.en = QStringLiteral("Save test, version %1").arg(version);
    Site model = base.sites.first();
    // Slim copies: enough bytes for a save to take a while, not so many that making them does.
    model.gpus.clear();
    model.statusHistory.clear();
    model.capacityMw.reset();
    model.location.note = {};
    model.parts.clear();
    dataset.sites.reserve(base.sites.size() + extraSites);
    for (int i = 0; i < extraSites; ++i) {
        Site site = model;
        site.id = QStringLiteral("generated_%1").arg(i);
        site.name.en = QStringLiteral("Generated site %1 of version %2").arg(i).arg(version);
        site.location.lonDeg = -170.0 + (i * 7 + version) % 340;
        site.location.latDeg = -60.0 + (i * 13 + version) % 120;
        dataset.sites.append(site);
    }
    return dataset;
}

/// The title bigDataset() gives @p version; what the tests read a saved file's version from.
inline int bigDatasetVersion(const Dataset &dataset)
{
    bool ok = false;
    const int version = dataset.title.en.section(u' ', -1).toInt(&ok);
    return ok ? version : -1;
}

} // namespace atlas::test
