#include "jsonlocator.h"

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
        const char c = m_text.at(m_offset++);
        if (c == '"')
            break;
        if (c == '\\' && m_offset < m_text.size()) {
            raw.append(m_text.at(m_offset++));
            continue;
        }
        raw.append(c);
    }
    return QString::fromUtf8(raw);
}

void JsonLocator::scanValue(const QString &path, int depth)
{
    if (m_offset >= m_text.size() || depth > s_maxDepth)
        return;
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
