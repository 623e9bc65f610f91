#include "tilecache.h"

#include "theme.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>

namespace atlas {

namespace {

// Far larger than any tile (a 512-pixel tile is well under 1 MB): a bigger file is not ours.
constexpr qint64 s_maxTileBytes = qint64(16) * 1024 * 1024;

constexpr char s_pngSignature[] = "\x89PNG\r\n\x1a\n";
// An IEND chunk: zero length, the type, and its CRC.
constexpr char s_pngTrailer[] = "\0\0\0\0IEND\xae\x42\x60\x82";

} // namespace

TileCache::TileCache(QString root, QString key)
    : m_root(std::move(root))
    , m_key(std::move(key))
{
}

QString TileCache::defaultRoot()
{
    const QString location = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return location.isEmpty() ? QString() : location + QStringLiteral("/tiles");
}

QString TileCache::key(const Theme &theme, int tileSizePx, double devicePixelRatio, const QString &basemapIdentity)
{
    // Everything that reaches a tile's pixels, in a fixed order. The border colour also stands
    // for the lighter and darker shades the renderer derives from it.
    const QStringList parts {
        QString::number(formatVersion),
        theme.name,
        theme.window.name(QColor::HexArgb),
        theme.ocean.name(QColor::HexArgb),
        theme.land.name(QColor::HexArgb),
        theme.border.name(QColor::HexArgb),
        QString::number(tileSizePx),
        QString::number(devicePixelRatio, 'g', 6),
        basemapIdentity,
    };
    const QByteArray hash = QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString TileCache::basemapIdentity(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex().left(16));
}

bool TileCache::isCompletePng(const QByteArray &bytes)
{
    const QByteArray signature = QByteArray::fromRawData(s_pngSignature, 8);
    const QByteArray trailer = QByteArray::fromRawData(s_pngTrailer, 12);
    // Signature, IHDR (length 13, type, 13 bytes of data, CRC), …, IEND.
    constexpr qsizetype smallest = 8 + 25 + 12;
    return bytes.size() >= smallest && bytes.startsWith(signature) && bytes.mid(8, 8) == QByteArray("\0\0\0\x0dIHDR", 8)
        && bytes.endsWith(trailer);
}

QString TileCache::directory() const
{
    return m_root + u'/' + m_key;
}

QString TileCache::filePath(const TileId &id) const
{
    return directory() + u'/' + id.toString() + QStringLiteral(".png");
}

QByteArray TileCache::read(const TileId &id) const
{
    if (m_root.isEmpty() || !id.isValid())
        return {};
    QFile file(filePath(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.size() <= s_maxTileBytes ? file.readAll() : QByteArray();
    if (!isCompletePng(bytes)) {
        ++m_corruptReads;
        return {};
    }
    return bytes;
}

bool TileCache::write(const TileId &id, const QByteArray &png)
{
    if (m_root.isEmpty()) {
        fail(tr("There is no cache folder to keep map tiles in"));
        return false;
    }
    if (!id.isValid())
        return false;
    const QString path = filePath(id);
    const QString folder = QFileInfo(path).path();
    if (!QDir().mkpath(folder)) {
        fail(tr("Cannot create the map tile cache folder %1").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        fail(tr("Cannot write the map tile %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QString TileCache::lastError() const
{
    QMutexLocker locker(&m_errorMutex);
    return m_lastError;
}

void TileCache::fail(const QString &message)
{
    ++m_writeErrors;
    QMutexLocker locker(&m_errorMutex);
    m_lastError = message;
}

} // namespace atlas
