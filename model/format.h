#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QString>

namespace atlas {

/// Words and numbers as users read them; every string goes through tr().
class Format
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Format)

public:
    /// "23,040", "8.5m"-free: counts are shown in full with group separators.
    static QString count(double value);
    /// "$30bn", "£500m", "NOK 10.3bn": an amount in its own currency, compactly.
    static QString money(double value, const QString &currency);
    /// The claim's value with its qualifier and unit: "up to 8,000", "about £11bn", "50 MW".
    static QString claim(const Claim &claim, const QString &unit = QString());
    /// A claim with its sources, note and alternatives, for tooltips and the details panel.
    static QString claimDetails(const Claim &claim, const QString &language, const QString &unit = QString());
    /// "[S1][S23]"
    static QString sourceTags(const QStringList &sources);
    /// "United Kingdom" for "GB", in the current locale's language where Qt knows it.
    static QString countryName(const QString &code);
};

} // namespace atlas
