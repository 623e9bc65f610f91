#pragma once

#include "dataset.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace atlas {

/// One value of a dataset enum: its key in the file format and its English display text.
template<typename E>
struct EnumEntry {
    E value;
    const char *key;
    const char *displayText; ///< marked with QT_TRANSLATE_NOOP("atlas::Enums", …)
};

template<typename E>
std::span<const EnumEntry<E>> enumEntries();

/// The file-format key of @p value, e.g. "under-construction".
template<typename E>
QString enumKey(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

/// The value whose file-format key is @p key, or nothing.
template<typename E>
std::optional<E> enumFromKey(const QString &key)
{
    for (const auto &entry : enumEntries<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

/// All file-format keys of an enum, in declaration order (for messages and documentation).
template<typename E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>())
        keys.append(QString::fromLatin1(entry.key));
    return keys;
}

/// The translated text shown to users for @p value.
QString enumDisplayText(const char *englishText);

template<typename E>
QString enumDisplay(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return enumDisplayText(entry.displayText);
    }
    return {};
}

/// The translated display texts of every value, in declaration order (for choosers).
template<typename E>
QStringList enumDisplays()
{
    QStringList texts;
    for (const auto &entry : enumEntries<E>())
        texts.append(enumDisplayText(entry.displayText));
    return texts;
}

/// The value whose display text (translated or English) or file-format key is @p text, ignoring
/// case: what a user may type or pick.
template<typename E>
std::optional<E> enumFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const auto &entry : enumEntries<E>()) {
        if (wanted.compare(enumDisplayText(entry.displayText), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(entry.displayText), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<>
std::span<const EnumEntry<Qualifier>> enumEntries<Qualifier>();
template<>
std::span<const EnumEntry<Basis>> enumEntries<Basis>();
template<>
std::span<const EnumEntry<CoordinateBasis>> enumEntries<CoordinateBasis>();
template<>
std::span<const EnumEntry<SiteKind>> enumEntries<SiteKind>();
template<>
std::span<const EnumEntry<SiteStatus>> enumEntries<SiteStatus>();
template<>
std::span<const EnumEntry<InvestmentKind>> enumEntries<InvestmentKind>();
template<>
std::span<const EnumEntry<SceneChart>> enumEntries<SceneChart>();
template<>
std::span<const EnumEntry<AnnotationKind>> enumEntries<AnnotationKind>();

} // namespace atlas
