#include "importtext.h"

#include <QChar>

namespace atlas::detail {

std::string_view trimmed(const char *text)
{
    std::string_view view = text ? std::string_view(text) : std::string_view();
    while (!view.empty() && static_cast<unsigned char>(view.front()) <= ' ')
        view.remove_prefix(1);
    while (!view.empty() && static_cast<unsigned char>(view.back()) <= ' ')
        view.remove_suffix(1);
    return view;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        char32_t minimum = 0;
        char32_t code = lead;
        if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            minimum = 0x10000;
            code = lead & 0x07;
        } else if (lead >= 0xe0) {
            length = 3;
            minimum = 0x800;
            code = lead & 0x0f;
        } else if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            minimum = 0x80;
            code = lead & 0x1f;
        } else if (lead >= 0x80) {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3f);
        }
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

QString normalized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toLower());
    }
    return result;
}

QString slug(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            result.append(c);
        else if (u >= u'A' && u <= u'Z')
            result.append(c.toLower());
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!result.isEmpty() && !result.endsWith(u'_'))
            result.append(u'_');
    }
    constexpr qsizetype maxLength = 48;
    result.truncate(maxLength);
    while (result.endsWith(u'_'))
        result.chop(1);
    return result;
}

bool isId(std::string_view text)
{
    if (text.empty())
        return false;
    for (const char c : text) {
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

bool isId(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    return text.size() == latin.size() && isId(std::string_view(latin.constData(), latin.size()));
}

QString uniqueId(const QString &base, const QSet<QString> &used)
{
    if (!used.contains(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = base + u'-' + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if (separators.contains(c)) {
            if (!current.trimmed().isEmpty())
                parts.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

QString quoteShort(const QString &text)
{
    constexpr qsizetype maxShown = 40;
    return text.size() > maxShown ? text.left(maxShown) + QStringLiteral("…") : text;
}

} // namespace atlas::detail
