#pragma once

#include "datasetimporter.h"
#include "enums.h"
#include "importtext.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

// The dataset fields an import can fill, and the parsers for their values. Internal to the model
// layer; DatasetImporter::targetFields(), requiredFields() and guessMapping() are defined in
// importfields.cpp, beside the field table they read.

namespace atlas::detail {

/// A dataset field an import can fill; its key is what FieldMapping names it by.
enum class Field {
    Id,
    Name,
    NameKo,
    Lon,
    Lat,
    Wkt,
    Country,
    Region,
    Kind,
    Status,
    Company,
    Gpus,
    GpuModel,
    CapacityMw,
    Amount,
    Currency,
    Usd,
    TargetSite,
    TargetCountry,
    Purpose,
    Source,
    Date,
};
inline constexpr std::size_t s_fieldCount = static_cast<std::size_t>(Field::Date) + 1;

/// The key of @p field in a FieldMapping, e.g. "capacity_mw".
QString keyOf(Field field);
/// The fields an import into @p target can fill, in the order they are offered.
QList<Field> fieldsFor(ImportTarget target);

/// The value of @p E whose key or display text (English or translated) is @p text, ignoring case,
/// spaces and punctuation ("Under construction", "under-construction", "UNDER_CONSTRUCTION").
template<typename E>
std::optional<E> parseEnum(const QString &text)
{
    const QString wanted = normalized(text).replace(QLatin1String("center"), QLatin1String("centre"));
    for (const auto &entry : enumEntries<E>()) {
        if (wanted == normalized(QLatin1String(entry.key)) || wanted == normalized(QLatin1String(entry.displayText))
            || wanted == normalized(enumDisplayText(entry.displayText)))
            return entry.value;
    }
    return std::nullopt;
}

/// The ISO 3166-1 alpha-2 code of @p text: a code in any case or an English country name.
std::optional<QString> parseCountry(const QString &text);
/// The ISO 4217 code of @p text: a code in any case or a common symbol ("$", "£", "€", "₩").
std::optional<QString> parseCurrency(const QString &text);
/// A partial date from ISO-like text; OGR's own date fields read "2025/09/16".
std::optional<PartialDate> parseDate(const QString &text);

} // namespace atlas::detail
