#pragma once

#include <QLocale>

namespace atlas::test {

/// Makes a locale the default for a scope, as the application does when the user picks a
/// language, and puts the previous default back afterwards, so that no test sees another's.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    DefaultLocale(const DefaultLocale &) = delete;
    DefaultLocale &operator=(const DefaultLocale &) = delete;

private:
    QLocale m_previous; ///< the default when the guard was made
};

} // namespace atlas::test
