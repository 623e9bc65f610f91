#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace atlas {

/// A 1-based line and column (in characters) in a text file.
struct TextPosition {
    int line = 1;
    int column = 1;
};

/**
 * Maps JSON paths ("sites[3].location.lat") to where their values start in the file text, so
 * that diagnostics about decoded values can point at a line and column. QJsonDocument keeps no
 * positions; this is a small scanner over the same bytes. It expects text that QJsonDocument
 * has already accepted; on anything else it stops early and locates what it reached.
 */
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &utf8);

    /// Where the value at @p path starts; the nearest located ancestor's position if not found.
    TextPosition position(const QString &path) const;

    /// The line and column of a byte offset, e.g. from QJsonParseError::offset.
    static TextPosition positionOfOffset(const QByteArray &utf8, qsizetype offset);

    /// The byte offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
    /// True when the text stops inside an open object, array or string: a truncated file.
    static bool endsInsideValue(const QByteArray &bytes);
    /// Where a syntactically valid JSON number ending just before @p offset starts, or -1.
    static qsizetype numberStartingBefore(const QByteArray &bytes, qsizetype offset);

    static QString memberPath(const QString &parent, const QString &key);
    static QString elementPath(const QString &parent, qsizetype index);

private:
    void scanValue(const QString &path, int depth);
    void skipWhitespace();
    QString scanString();
    TextPosition here() const;

    const QByteArray &m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QHash<QString, TextPosition> m_positions;
};

} // namespace atlas
