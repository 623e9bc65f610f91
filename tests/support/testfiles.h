#pragma once

#include "atlascatch.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace atlas::test {

/// The bytes of the file at @p path, or empty when it cannot be read.
inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Writes @p bytes to @p path, failing the test when it cannot.
inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace atlas::test
