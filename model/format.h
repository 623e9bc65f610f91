#pragma once

#include "dataset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QDate;

namespace atlas {

/**
 * Words and numbers as users read them, in a locale: the default QLocale() unless the caller
 * passes the locale of the language it renders in (a Korean figure exported from an English
 * window). Stateless and callable from any thread; the default locale is only changed on the
 * GUI thread, when the user picks a language.
 *
 * Numbers follow the locale's digits and separators; the words around them (qualifiers, "as
 * stated", "Other source") go through tr() and so follow the installed translation. How an
 * amount is written is locale data, like QLocale's month names, so it follows the locale and
 * not the translation:
 *
 * - English (and every language without rules of its own): the currency's symbol ($, £, €) or
 *   code first, then from a million on the amount in millions ("m") or from a billion (10^9)
 *   in billions ("bn") with up to two decimals, those that carry information; smaller amounts
 *   in full: "$42bn", "$1.25bn", "£500m", "NOK 10.3bn", "€12,345".
 * - Korean: the amount in the units 만 (10^4), 억 (10^8) and 조 (10^12), rounded to four
 *   significant digits (half away from zero) and written group by group with the locale's
 *   separators, leaving out empty groups; then the currency as a word (달러, 파운드, 유로,
 *   크로네, 원; any other code as it is): "420억 달러", "12억 5,000만 달러", "1조 5,000억 달러",
 *   "103억 크로네", "12억 CHF". Amounts below 10,000 are written in full: "5,000 달러".
 *
 * Counts are written in full with group separators in every locale ("23,040"): they are GPUs,
 * megawatts and sites, never large enough for 억 to help.
 */
class Format
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Format)

public:
    /// "23,040": a count rounded to a whole number, in full with group separators.
    static QString count(double value, const QLocale &locale = QLocale());
    /// "$30bn", "£500m", "NOK 10.3bn"; in Korean "300억 달러": an amount in its own currency
    /// (an ISO 4217 code), compactly, by the rules above.
    static QString money(double value, const QString &currency, const QLocale &locale = QLocale());
    /// The claim's value with its qualifier and unit: "up to 8,000", "about £11bn", "50 MW".
    static QString claim(const Claim &claim, const QString &unit = QString(), const QLocale &locale = QLocale());
    /// A claim with its sources, note (in @p language, "en" or "ko") and alternatives, for
    /// tooltips and the details panel.
    static QString claimDetails(const Claim &claim, const QString &language, const QString &unit = QString(),
        const QLocale &locale = QLocale());
    /// "16 September 2025" (day, month, year, as in en_GB, in every language but Korean) or
    /// "2025년 9월 16일"; empty for an invalid date.
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    /// The locale to write numbers in for @p language ("en" or "ko", as dataset texts are
    /// chosen): the default locale if it speaks that language, else Korean (South Korea) for
    /// "ko" and English (United Kingdom) for anything else.
    static QLocale localeFor(const QString &language);
    /// The locale a language brings: ko_KR for "ko", en_GB for anything else.
    static QLocale localeOf(const QString &language);
    /// "[S1][S23]"
    static QString sourceTags(const QStringList &sources);
    /// "United Kingdom" for "GB", in the current locale's language where Qt knows it.
    static QString countryName(const QString &code);
};

} // namespace atlas
