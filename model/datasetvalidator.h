#pragma once

#include "dataset.h"
#include "diagnostic.h"
#include "entity.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace atlas {

/**
 * Checks what the types alone cannot: unique and well-formed ids, references that resolve,
 * coordinates in range, amounts that are not negative, known currencies and countries, claims
 * that cite sources. Works on any Dataset (just read, imported or edited); the diagnostics carry
 * JSON paths, and no file position (the reader adds those). Stateless and thread-safe.
 */
class DatasetValidator
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DatasetValidator)

public:
    static Diagnostics validate(const Dataset &dataset);

    static bool isKnownCurrency(const QString &code);
    static bool isKnownCountry(const QString &code);
    /// The projection names a scene's camera may use (the map engine's command-line names).
    static QStringList projectionNames();
    /// The entity a scene's "type:id" highlight names, if the type is known.
    static std::optional<EntityRef> highlightRef(const QString &item);
};

} // namespace atlas
