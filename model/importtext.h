#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <string_view>

// Text helpers of the importer: cell bytes, ids, lists. Internal to the model layer.

namespace atlas::detail {

/// @p text without leading and trailing ASCII blanks and control characters; empty for null.
std::string_view trimmed(const char *text);
bool isAscii(std::string_view text);
/// Whether @p text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Lower case letters and digits only: "Capacity (MW)" → "capacitymw".
QString normalized(const QString &text);
/// An id made of a text: "Loughton (Nscale)" → "loughton_nscale"; empty when nothing is left.
QString slug(const QString &text);
/// Whether @p text is a valid dataset id: ASCII letters, digits, "_" and "-", not empty.
bool isId(std::string_view text);
bool isId(const QString &text);
/// @p base, or base-2, base-3 … whichever is not in @p used yet.
QString uniqueId(const QString &base, const QSet<QString> &used);

/// The trimmed, non-empty parts of @p text between any of the characters in @p separators.
QStringList splitList(const QString &text, const QString &separators);
/// @p text cut to a length that reads well inside a message.
QString quoteShort(const QString &text);

} // namespace atlas::detail
