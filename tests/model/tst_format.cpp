#include "atlascatch.h"
#include "defaultlocale.h"

#include "format.h"

#include <QDate>
#include <QLocale>

using namespace atlas;
using test::DefaultLocale;

namespace {

const QLocale s_english(QLocale::English, QLocale::UnitedKingdom);
const QLocale s_american(QLocale::English, QLocale::UnitedStates);
const QLocale s_korean(QLocale::Korean, QLocale::SouthKorea);

struct Amount {
    double value;
    const char *english;
    const char *korean;
};

/// The magnitudes every currency is tried at, with the number part of each locale's text.
const Amount s_magnitudes[] = {
    { 0, "0", "0" },
    { 950, "950", "950" },
    { 12'345, "12,345", "1만 2,350" },
    { 500e6, "500m", "5억" },
    { 1.25e9, "1.25bn", "12억 5,000만" },
    { 11e9, "11bn", "110억" },
    { 42e9, "42bn", "420억" },
    { 1.5e12, "1,500bn", "1조 5,000억" },
};

struct Currency {
    const char *code;
    const char *english; ///< %1 is the amount
    const char *korean;
};

const Currency s_currencies[] = {
    { "USD", "$%1", "%1 달러" },
    { "GBP", "£%1", "%1 파운드" },
    { "EUR", "€%1", "%1 유로" },
    { "NOK", "NOK %1", "%1 크로네" },
    { "CHF", "CHF %1", "%1 CHF" },
};

struct Money {
    double value;
    const char *currency;
    const char *expected;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Claim claimOf(double value, const QString &currency, Qualifier qualifier)
{
    Claim claim;
    claim.value = value;
    claim.currency = currency;
    claim.qualifier = qualifier;
    return claim;
}

} // namespace

TEST_CASE("Counts are whole numbers with the locale's group separators, never in units", "[format]")
{
    const std::pair<double, const char *> counts[] = {
        { 0, "0" },
        { 950, "950" },
        { 8'000, "8,000" },
        { 12'345, "12,345" },
        { 23'040, "23,040" },
        { 100'000, "100,000" },
        { 1'234'567.6, "1,234,568" },
        { 250'000'000, "250,000,000" },
    };
    for (const QLocale &locale : { s_english, s_american, s_korean }) {
        const DefaultLocale guard(locale);
        for (const auto &[value, expected] : counts) {
            CAPTURE(locale.name(), value);
            CHECK(Format::count(value) == text(expected));
            CHECK(Format::count(value, locale) == text(expected));
        }
    }
}

TEST_CASE("English money: the currency's symbol or code, then the amount in full, in m or in bn", "[format]")
{
    for (const QLocale &locale : { s_english, s_american }) {
        const DefaultLocale guard(locale);
        for (const Currency &currency : s_currencies) {
            for (const Amount &amount : s_magnitudes) {
                const QString expected = text(currency.english).arg(text(amount.english));
                CAPTURE(locale.name(), currency.code, amount.value);
                CHECK(Format::money(amount.value, text(currency.code)) == expected);
                CHECK(Format::money(amount.value, text(currency.code), locale) == expected);
            }
        }
    }
    const Money others[] = {
        { 30e9, "USD", "$30bn" },
        { 2.04e9, "USD", "$2.04bn" },
        { 31.5e9, "USD", "$31.5bn" },
        { 10.3e9, "NOK", "NOK 10.3bn" },
        { 1'234'567'890, "USD", "$1.23bn" },
        { 5e12, "KRW", "KRW 5,000bn" },
    };
    const DefaultLocale guard(s_english);
    for (const Money &money : others) {
        CAPTURE(money.value, money.currency);
        CHECK(Format::money(money.value, text(money.currency)) == text(money.expected));
    }
}

TEST_CASE("Korean money: 만, 억 and 조 to four significant digits, then the currency as a word", "[format]")
{
    const DefaultLocale guard(s_korean);
    for (const Currency &currency : s_currencies) {
        for (const Amount &amount : s_magnitudes) {
            const QString expected = text(currency.korean).arg(text(amount.korean));
            CAPTURE(currency.code, amount.value);
            CHECK(Format::money(amount.value, text(currency.code)) == expected);
            CHECK(Format::money(amount.value, text(currency.code), s_korean) == expected);
        }
    }
    const Money others[] = {
        { 5'000, "USD", "5,000 달러" },
        { 9'999.4, "USD", "9,999 달러" },
        { 9'999.6, "USD", "1만 달러" },
        { 99'995, "USD", "10만 달러" },
        { 500e6, "USD", "5억 달러" },
        { 2.04e9, "USD", "20억 4,000만 달러" },
        { 31.5e9, "USD", "315억 달러" },
        { 10.3e9, "NOK", "103억 크로네" },
        { 1'234'567'890, "USD", "12억 3,500만 달러" },
        { 1.2e9, "CHF", "12억 CHF" },
        { 5e12, "KRW", "5조 원" },
        { 123'456'789'012'345, "USD", "123조 5,000억 달러" },
        { 1e16, "USD", "10,000조 달러" },
        { -5e8, "USD", "-5억 달러" },
    };
    for (const Money &money : others) {
        CAPTURE(money.value, money.currency);
        CHECK(Format::money(money.value, text(money.currency)) == text(money.expected));
    }
}

TEST_CASE("An explicit locale wins over the default one", "[format]")
{
    {
        const DefaultLocale guard(s_english);
        CHECK(Format::money(42e9, QStringLiteral("USD"), s_korean) == text("420억 달러"));
        CHECK(Format::money(42e9, QStringLiteral("USD")) == QLatin1String("$42bn"));
        CHECK(Format::date(QDate(2025, 9, 16), s_korean) == text("2025년 9월 16일"));
    }
    {
        const DefaultLocale guard(s_korean);
        CHECK(Format::money(11e9, QStringLiteral("GBP"), s_english) == text("£11bn"));
        CHECK(Format::money(11e9, QStringLiteral("GBP")) == text("110억 파운드"));
        CHECK(Format::date(QDate(2025, 9, 16), s_english) == QLatin1String("16 September 2025"));
    }
}

TEST_CASE("Claims put their qualifier and unit around the number", "[format]")
{
    struct Row {
        Claim claim;
        const char *unit;
        const char *english;
        const char *korean; ///< the number part, which the translated qualifier wraps
    };
    const Row rows[] = {
        { claimOf(8'000, {}, Qualifier::UpTo), "", "up to 8,000", "8,000" },
        { claimOf(23'040, {}, Qualifier::Exact), "", "23,040", "23,040" },
        { claimOf(50, {}, Qualifier::AtLeast), "MW", "at least 50 MW", "50 MW" },
        { claimOf(11e9, QStringLiteral("GBP"), Qualifier::About), "", "about £11bn", "110억 파운드" },
        { claimOf(1.25e9, QStringLiteral("USD"), Qualifier::UpTo), "", "up to $1.25bn", "12억 5,000만 달러" },
        { claimOf(10.3e9, QStringLiteral("NOK"), Qualifier::Exact), "", "NOK 10.3bn", "103억 크로네" },
    };
    for (const Row &row : rows) {
        const QString unit = text(row.unit);
        CAPTURE(row.english);
        {
            const DefaultLocale guard(s_english);
            CHECK(Format::claim(row.claim, unit) == text(row.english));
        }
        const QString number = text(row.korean);
        QString korean = number;
        switch (row.claim.qualifier) {
        case Qualifier::Exact:
            break;
        case Qualifier::UpTo:
            korean = Format::tr("up to %1").arg(number);
            break;
        case Qualifier::AtLeast:
            korean = Format::tr("at least %1").arg(number);
            break;
        case Qualifier::About:
            korean = Format::tr("about %1").arg(number);
            break;
        }
        CHECK(Format::claim(row.claim, unit, s_korean) == korean);
        const DefaultLocale guard(s_korean);
        CHECK(Format::claim(row.claim, unit) == korean);
    }
}

TEST_CASE("Claim details give the stated USD amount in the same locale", "[format]")
{
    Claim claim = claimOf(11e9, QStringLiteral("GBP"), Qualifier::About);
    claim.usdStated = 14e9;
    claim.sources = QStringList { QStringLiteral("S4"), QStringLiteral("S9") };
    {
        const DefaultLocale guard(s_english);
        CHECK(Format::claimDetails(claim, QStringLiteral("en")) == text("about £11bn (≈$14bn as stated) [S4][S9]"));
    }
    const QString korean = Format::claimDetails(claim, QStringLiteral("ko"), {}, s_korean);
    CHECK(korean.startsWith(Format::tr("about %1").arg(text("110억 파운드"))));
    CHECK(korean.contains(Format::tr("(≈%1 as stated)").arg(text("140억 달러"))));
    CHECK(korean.endsWith(QLatin1String("[S4][S9]")));
}

TEST_CASE("Dates are day month year in English and 년 월 일 in Korean", "[format]")
{
    struct Row {
        QDate date;
        const char *english;
        const char *korean;
    };
    const Row rows[] = {
        { QDate(2025, 9, 16), "16 September 2025", "2025년 9월 16일" },
        { QDate(2026, 1, 1), "1 January 2026", "2026년 1월 1일" },
        { QDate(1999, 12, 31), "31 December 1999", "1999년 12월 31일" },
        { QDate(), "", "" },
    };
    for (const Row &row : rows) {
        CAPTURE(row.english);
        for (const QLocale &locale : { s_english, s_american }) {
            const DefaultLocale guard(locale);
            CHECK(Format::date(row.date) == text(row.english));
        }
        const DefaultLocale guard(s_korean);
        CHECK(Format::date(row.date) == text(row.korean));
        CHECK(Format::date(row.date, s_english) == text(row.english));
    }
}

TEST_CASE("The locale of a language is the default one when it speaks that language", "[format]")
{
    {
        const DefaultLocale guard(s_american);
        CHECK(Format::localeFor(QStringLiteral("en")) == s_american);
        CHECK(Format::localeFor(QStringLiteral("ko")) == s_korean);
    }
    {
        const DefaultLocale guard(s_korean);
        CHECK(Format::localeFor(QStringLiteral("ko")) == s_korean);
        CHECK(Format::localeFor(QStringLiteral("en")) == s_english);
    }
    const DefaultLocale guard(QLocale::c());
    CHECK(Format::localeFor(QStringLiteral("en")) == s_english);
    CHECK(Format::localeFor(QString()) == s_english);
}

TEST_CASE("The test guard puts the default locale back", "[format]")
{
    const QLocale before;
    {
        const DefaultLocale guard(before.language() == QLocale::Korean ? s_english : s_korean);
        CHECK(QLocale() != before);
    }
    CHECK(QLocale() == before);
}
