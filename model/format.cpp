#include "format.h"

#include "enums.h"

#include <QLocale>

#include <cmath>

namespace atlas {

QString Format::count(double value)
{
    return QLocale().toString(static_cast<qint64>(std::llround(value)));
}

QString Format::money(double value, const QString &currency)
{
    QString scaled;
    const QLocale locale;
    const auto compact = [&locale](double number) {
        // Up to two decimals, and only those that carry information: 2.04bn, 2.5bn, 30bn.
        QString text = locale.toString(std::round(number * 100) / 100, 'f', 2);
        const QString zeroDecimals = locale.decimalPoint() + QStringLiteral("00");
        if (text.endsWith(zeroDecimals))
            text.chop(zeroDecimals.size());
        else if (text.endsWith(u'0'))
            text.chop(1);
        return text;
    };
    if (value >= 1e9)
        scaled = tr("%1bn").arg(compact(value / 1e9));
    else if (value >= 1e6)
        scaled = tr("%1m").arg(compact(value / 1e6));
    else
        scaled = locale.toString(static_cast<qint64>(std::llround(value)));
    if (currency == QLatin1String("USD"))
        return u'$' + scaled;
    if (currency == QLatin1String("GBP"))
        return u'£' + scaled;
    if (currency == QLatin1String("EUR"))
        return u'€' + scaled;
    return currency + u' ' + scaled;
}

QString Format::claim(const Claim &claim, const QString &unit)
{
    QString number = claim.currency.isEmpty() ? count(claim.value) : money(claim.value, claim.currency);
    if (!unit.isEmpty())
        number += u' ' + unit;
    switch (claim.qualifier) {
    case Qualifier::Exact:
        return number;
    case Qualifier::UpTo:
        return tr("up to %1").arg(number);
    case Qualifier::AtLeast:
        return tr("at least %1").arg(number);
    case Qualifier::About:
        return tr("about %1").arg(number);
    }
    return number;
}

QString Format::claimDetails(const Claim &claim, const QString &language, const QString &unit)
{
    QString text = Format::claim(claim, unit);
    if (claim.usdStated && claim.currency != QLatin1String("USD"))
        text += u' ' + tr("(≈%1 as stated)").arg(money(*claim.usdStated, QStringLiteral("USD")));
    text += u' ' + sourceTags(claim.sources);
    if (claim.basis != Basis::Stated)
        text += u' ' + tr("— %1").arg(enumDisplay(claim.basis));
    if (!claim.note.isEmpty())
        text += u'\n' + claim.note.text(language);
    for (const Claim &alternative : claim.alternatives)
        text += u'\n' + tr("Other source: %1").arg(claimDetails(alternative, language, unit));
    return text;
}

QString Format::sourceTags(const QStringList &sources)
{
    QString tags;
    for (const QString &source : sources)
        tags += u'[' + source + u']';
    return tags;
}

QString Format::countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace atlas
