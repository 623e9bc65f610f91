#include "jsonlocator.h"

#include <QRegularExpression>

namespace atlas {

namespace {
// Deeper documents are refused by QJsonDocument anyway; the limit keeps the scanner's recursion bounded.
constexpr int s_maxDepth = 1024;

int charactersBetween(const QByteArray &text, qsizetype from, qsizetype to)
{
    int count = 0;
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        // Count UTF-8 lead bytes only, so a column is a character, not a byte.
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}
} // namespace

JsonLocator::JsonLocator(const QByteArray &utf8)
    : m_text(utf8)
{
    // Skip a UTF-8 byte order mark, which QJsonDocument accepts too.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_offset = 3;
    skipWhitespace();
    scanValue(QString(), 0);
}

qsizetype JsonLocator::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto byte = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    for (qsizetype i = 0; i < bytes.size();) {
        const unsigned char lead = byte(i);
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > bytes.size())
            return i;
        for (int k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8 either.
        if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

bool JsonLocator::endsInsideValue(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return inString || depth > 0;
}

qsizetype JsonLocator::numberStartingBefore(const QByteArray &bytes, qsizetype offset)
{
    static const QRegularExpression s_number(QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    qsizetype start = std::min(offset, bytes.size());
    while (start > 0 && QByteArrayView("+-.0123456789eE").contains(bytes.at(start - 1)))
        --start;
    qsizetype end = start;
    while (end < bytes.size() && QByteArrayView("+-.0123456789eE").contains(bytes.at(end)))
        ++end;
    if (end == start)
        return -1;
    return s_number.match(QString::fromLatin1(bytes.mid(start, end - start))).hasMatch() ? start : -1;
}

QString JsonLocator::memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString JsonLocator::elementPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

TextPosition JsonLocator::position(const QString &path) const
{
    QString candidate = path;
    while (true) {
        const auto it = m_positions.constFind(candidate);
        if (it != m_positions.cend())
            return *it;
        if (candidate.isEmpty())
            return {};
        const qsizetype cut = std::max(candidate.lastIndexOf(u'.'), candidate.lastIndexOf(u'['));
        candidate = cut < 0 ? QString() : candidate.left(cut);
    }
}

TextPosition JsonLocator::positionOfOffset(const QByteArray &utf8, qsizetype offset)
{
    TextPosition position;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (utf8.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = charactersBetween(utf8, lineStart, end) + 1;
    return position;
}

TextPosition JsonLocator::here() const
{
    return { m_line, charactersBetween(m_text, m_lineStart, m_offset) + 1 };
}

void JsonLocator::skipWhitespace()
{
    while (m_offset < m_text.size()) {
        const char c = m_text.at(m_offset);
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_offset + 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            return;
        }
        ++m_offset;
    }
}

QString JsonLocator::scanString()
{
    // Called on the opening quote; returns the raw content with escapes decoded where it matters
    // for keys (\" and \\); exotic escapes in keys are rare and only affect locating.
    ++m_offset;
    QByteArray raw;
    while (m_offset < m_text.size()) {
        char c = m_text.at(m_offset++);
        if (c == '"')
            break;
        if (c == '\\' && m_offset < m_text.size())
            c = m_text.at(m_offset++);
        // QJsonDocument accepts raw control characters in strings, line breaks included, and
        // unknown escapes such as a backslash before a line break.
        if (c == '\n') {
            ++m_line;
            m_lineStart = m_offset;
        }
        raw.append(c);
    }
    return QString::fromUtf8(raw);
}

void JsonLocator::scanValue(const QString &path, int depth)
{
    if (m_offset >= m_text.size() || depth > s_maxDepth)
        return;
    // A member named "" at the top level has the root's path "": the root keeps its position.
    if (depth == 0 || !path.isEmpty())
        m_positions.insert(path, here());
    const char c = m_text.at(m_offset);
    if (c == '{') {
        ++m_offset;
        skipWhitespace();
        while (m_offset < m_text.size() && m_text.at(m_offset) != '}') {
            if (m_text.at(m_offset) != '"')
                return;
            const QString key = scanString();
            skipWhitespace();
            if (m_offset >= m_text.size() || m_text.at(m_offset) != ':')
                return;
            ++m_offset;
            skipWhitespace();
            scanValue(memberPath(path, key), depth + 1);
            skipWhitespace();
            if (m_offset < m_text.size() && m_text.at(m_offset) == ',') {
                ++m_offset;
                skipWhitespace();
            }
        }
        ++m_offset;
    } else if (c == '[') {
        ++m_offset;
        skipWhitespace();
        qsizetype index = 0;
        while (m_offset < m_text.size() && m_text.at(m_offset) != ']') {
            const qsizetype before = m_offset;
            scanValue(elementPath(path, index++), depth + 1);
            skipWhitespace();
            if (m_offset < m_text.size() && m_text.at(m_offset) == ',') {
                ++m_offset;
                skipWhitespace();
            } else if (m_offset == before) {
                return;
            }
        }
        ++m_offset;
    } else if (c == '"') {
        scanString();
    } else {
        // Number, true, false or null: runs up to the next delimiter.
        while (m_offset < m_text.size()) {
            const char d = m_text.at(m_offset);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_offset;
        }
    }
}

} // namespace atlas
