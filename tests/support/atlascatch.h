#pragma once

// One include for Catch2 2.13 (Debian 12, single header) and Catch2 3.x (Debian 13).
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif

#include "diagnostic.h"

#include <QString>
#include <QStringList>

#include <string>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<atlas::Diagnostic> {
    static std::string convert(const atlas::Diagnostic &value) { return value.toString().toStdString(); }
};
} // namespace Catch
