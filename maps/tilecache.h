#pragma once

#include "tiles.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <atomic>

namespace atlas {

struct Theme;

/**
 * A disk cache of rendered tiles as PNG files: <root>/<key>/<z>/<x>/<y>.png. The key is a short
 * hash of everything that changes a tile's pixels (see key()), so tiles of another theme, size
 * or basemap never mix, and a change simply starts a new key directory.
 *
 * Writes are atomic (QSaveFile): a reader never sees half a file, even from another process.
 * Reads check that the bytes are a whole PNG; anything else (a truncated or corrupt file) is a
 * miss, and the next write replaces it. A cache that cannot write (read-only or full disk) is
 * not an error for the caller: tiles are still served, only not kept, and lastError() says why,
 * for a diagnostic.
 *
 * Thread-safe: read() and write() may run on several threads at once. Not copyable (it holds
 * a mutex): a TileProvider owns one and shares it with its render jobs.
 */
class TileCache
{
    Q_DECLARE_TR_FUNCTIONS(atlas::TileCache)

public:
    /// Bump when the tile renderer changes the pixels it makes: a new key, a fresh cache.
    static constexpr int formatVersion = 1;

    TileCache(QString root, QString key);
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    /// The user's cache location + "/tiles".
    static QString defaultRoot();
    /// 16 hex digits hashing formatVersion, the theme's name and the colours tiles are drawn
    /// with (window, ocean, land, border), the tile size, the device pixel ratio and
    /// @p basemapIdentity (see basemapIdentity()).
    static QString key(const Theme &theme, int tileSizePx, double devicePixelRatio, const QString &basemapIdentity);
    /// An identity of the basemap file at @p path (a file or a Qt resource): a hash of its
    /// contents, so an updated basemap gets new tiles. Empty when the file cannot be read.
    static QString basemapIdentity(const QString &path);
    /// Whether @p bytes look like one whole PNG: the signature, an IHDR chunk first and an IEND
    /// chunk last (a truncated file has none).
    static bool isCompletePng(const QByteArray &bytes);

    const QString &root() const { return m_root; }
    const QString &key() const { return m_key; }
    /// <root>/<key>
    QString directory() const;
    /// <root>/<key>/<z>/<x>/<y>.png
    QString filePath(const TileId &id) const;

    /// The cached PNG of @p id, or empty on a miss (no file, unreadable, or not a whole PNG).
    QByteArray read(const TileId &id) const;
    /// Stores @p png for @p id atomically, replacing what was there. On failure returns false
    /// and records the reason (lastError()); nothing else happens.
    bool write(const TileId &id, const QByteArray &png);

    /// The last failure to write, translated, naming the file; empty when there was none.
    QString lastError() const;
    /// How many writes failed, and how many cached files were found corrupt, since construction.
    int writeErrors() const { return m_writeErrors.load(); }
    int corruptReads() const { return m_corruptReads.load(); }

private:
    void fail(const QString &message);

    QString m_root;
    QString m_key;
    mutable QMutex m_errorMutex;
    QString m_lastError;
    std::atomic_int m_writeErrors { 0 };
    mutable std::atomic_int m_corruptReads { 0 };
};

} // namespace atlas
