#include "format.h"

#include "enums.h"

#include <QDate>
#include <QHash>

#include <cmath>

namespace atlas {

namespace {

bool isKorean(const QLocale &locale)
{
    return locale.language() == QLocale::Korean;
}

/// The whole number nearest @p value, in full with the locale's group separators.
QString whole(double value, const QLocale &locale)
{
    return locale.toString(static_cast<qint64>(std::llround(value)));
}

/// "$42bn", "£500m", "NOK 10.3bn", "€12,345".
QString englishMoney(double value, const QString &currency, const QLocale &locale)
{
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
    // "bn" and "m" are English notation, kept out of tr() like the currency symbols: a Korean
    // translation must not turn an English figure's "$42bn" into another scale.
    QString scaled;
    if (value >= 1e9)
        scaled = compact(value / 1e9) + QStringLiteral("bn");
    else if (value >= 1e6)
        scaled = compact(value / 1e6) + u'm';
    else
        scaled = whole(value, locale);
    if (currency == QLatin1String("USD"))
        return u'$' + scaled;
    if (currency == QLatin1String("GBP"))
        return u'£' + scaled;
    if (currency == QLatin1String("EUR"))
        return u'€' + scaled;
    return currency + u' ' + scaled;
}

/// "12억 5,000만", "1조 5,000억", "5,000": four significant digits in the units 만, 억 and 조.
QString koreanAmount(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    if (value < 0)
        return locale.negativeSign() + koreanAmount(-value, locale);
    // From about 2^53 on not every whole number is a double, nor fits the arithmetic below;
    // four significant digits of such an amount are all in the 조 group anyway.
    constexpr double exactLimit = 9e15;
    constexpr qint64 jo = 1'000'000'000'000;
    if (value >= exactLimit) {
        const double trillions = value / 1e12;
        const double step = std::pow(10.0, std::floor(std::log10(trillions)) - 3);
        return locale.toString(std::round(trillions / step) * step, 'f', 0) + QStringLiteral("조");
    }
    qint64 rounded = std::llround(value);
    if (rounded < 10'000)
        return locale.toString(rounded);
    qint64 step = 1;
    for (qint64 digits = rounded; digits >= 10'000; digits /= 10)
        step *= 10;
    rounded = std::llround(value / static_cast<double>(step)) * step;

    struct Unit {
        qint64 size;
        const char16_t *name;
    };
    static constexpr Unit s_units[] = { { jo, u"조" }, { 100'000'000, u"억" }, { 10'000, u"만" }, { 1, u"" } };
    QStringList groups;
    for (const Unit &unit : s_units) {
        // 조 is the largest unit: its group takes everything above it.
        const qint64 group = unit.size == jo ? rounded / jo : rounded / unit.size % 10'000;
        if (group > 0)
            groups.append(locale.toString(group) + QString::fromUtf16(unit.name));
    }
    return groups.join(u' ');
}

/// "420억 달러", "12억 CHF": the amount, then the currency's Korean name or, failing that, its code.
QString koreanMoney(double value, const QString &currency, const QLocale &locale)
{
    static const QHash<QString, QString> s_names {
        { QStringLiteral("USD"), QStringLiteral("달러") },
        { QStringLiteral("GBP"), QStringLiteral("파운드") },
        { QStringLiteral("EUR"), QStringLiteral("유로") },
        { QStringLiteral("NOK"), QStringLiteral("크로네") },
        { QStringLiteral("KRW"), QStringLiteral("원") },
    };
    return koreanAmount(value, locale) + u' ' + s_names.value(currency, currency);
}

} // namespace

QString Format::count(double value, const QLocale &locale)
{
    return whole(value, locale);
}

QString Format::money(double value, const QString &currency, const QLocale &locale)
{
    return isKorean(locale) ? koreanMoney(value, currency, locale) : englishMoney(value, currency, locale);
}

QString Format::claim(const Claim &claim, const QString &unit, const QLocale &locale)
{
    QString number = claim.currency.isEmpty() ? count(claim.value, locale) : money(claim.value, claim.currency, locale);
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

QString Format::claimDetails(const Claim &claim, const QString &language, const QString &unit, const QLocale &locale)
{
    QString text = Format::claim(claim, unit, locale);
    if (claim.usdStated && claim.currency != QLatin1String("USD"))
        text += u' ' + tr("(≈%1 as stated)").arg(money(*claim.usdStated, QStringLiteral("USD"), locale));
    text += u' ' + sourceTags(claim.sources);
    if (claim.basis != Basis::Stated)
        text += u' ' + tr("— %1").arg(enumDisplay(claim.basis));
    if (!claim.note.isEmpty())
        text += u'\n' + claim.note.text(language);
    for (const Claim &alternative : claim.alternatives)
        text += u'\n' + tr("Other source: %1").arg(claimDetails(alternative, language, unit, locale));
    return text;
}

QString Format::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // Explicit patterns: the locales' own long formats add the weekday ("Tuesday, 16 September
    // 2025", "2025년 9월 16일 화요일"), which figures and data-as-of lines do not want.
    if (isKorean(locale))
        return locale.toString(date, QStringLiteral("yyyy년 M월 d일"));
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QLocale Format::localeFor(const QString &language)
{
    const QLocale::Language wanted = language == QLatin1String("ko") ? QLocale::Korean : QLocale::English;
    const QLocale current;
    return current.language() == wanted ? current : localeOf(language);
}

QLocale Format::localeOf(const QString &language)
{
    return language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
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
    // Qt names territories in English only; the countries AI infrastructure datasets mention
    // most are translated here, the rest keep Qt's English name.
    static const struct {
        const char *code;
        const char *name;
    } s_countries[] = {
        { "AE", QT_TRANSLATE_NOOP("atlas::Format", "United Arab Emirates") },
        { "AU", QT_TRANSLATE_NOOP("atlas::Format", "Australia") },
        { "BE", QT_TRANSLATE_NOOP("atlas::Format", "Belgium") },
        { "BR", QT_TRANSLATE_NOOP("atlas::Format", "Brazil") },
        { "CA", QT_TRANSLATE_NOOP("atlas::Format", "Canada") },
        { "CH", QT_TRANSLATE_NOOP("atlas::Format", "Switzerland") },
        { "CN", QT_TRANSLATE_NOOP("atlas::Format", "China") },
        { "DE", QT_TRANSLATE_NOOP("atlas::Format", "Germany") },
        { "DK", QT_TRANSLATE_NOOP("atlas::Format", "Denmark") },
        { "ES", QT_TRANSLATE_NOOP("atlas::Format", "Spain") },
        { "FI", QT_TRANSLATE_NOOP("atlas::Format", "Finland") },
        { "FR", QT_TRANSLATE_NOOP("atlas::Format", "France") },
        { "GB", QT_TRANSLATE_NOOP("atlas::Format", "United Kingdom") },
        { "IE", QT_TRANSLATE_NOOP("atlas::Format", "Ireland") },
        { "IN", QT_TRANSLATE_NOOP("atlas::Format", "India") },
        { "IS", QT_TRANSLATE_NOOP("atlas::Format", "Iceland") },
        { "IT", QT_TRANSLATE_NOOP("atlas::Format", "Italy") },
        { "JP", QT_TRANSLATE_NOOP("atlas::Format", "Japan") },
        { "KR", QT_TRANSLATE_NOOP("atlas::Format", "South Korea") },
        { "MY", QT_TRANSLATE_NOOP("atlas::Format", "Malaysia") },
        { "NL", QT_TRANSLATE_NOOP("atlas::Format", "Netherlands") },
        { "NO", QT_TRANSLATE_NOOP("atlas::Format", "Norway") },
        { "PL", QT_TRANSLATE_NOOP("atlas::Format", "Poland") },
        { "PT", QT_TRANSLATE_NOOP("atlas::Format", "Portugal") },
        { "QA", QT_TRANSLATE_NOOP("atlas::Format", "Qatar") },
        { "SA", QT_TRANSLATE_NOOP("atlas::Format", "Saudi Arabia") },
        { "SE", QT_TRANSLATE_NOOP("atlas::Format", "Sweden") },
        { "SG", QT_TRANSLATE_NOOP("atlas::Format", "Singapore") },
        { "TW", QT_TRANSLATE_NOOP("atlas::Format", "Taiwan") },
        { "US", QT_TRANSLATE_NOOP("atlas::Format", "United States") },
    };
    for (const auto &country : s_countries) {
        if (code == QLatin1String(country.code))
            return tr(country.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace atlas
