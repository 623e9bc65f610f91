#include "dataset.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace atlas {

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("ko") && !ko.isEmpty())
        return ko;
    return en.isEmpty() ? ko : en;
}

std::optional<double> Claim::statedUsd() const
{
    if (currency == QLatin1String("USD"))
        return value;
    return usdStated;
}

namespace {

struct DateRange {
    QDate first;
    QDate last;
};

DateRange parsePartialDate(const QString &text)
{
    static const QRegularExpression s_pattern(QStringLiteral(R"(^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$)"));
    const QRegularExpressionMatch match = s_pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    if (!match.captured(2).isEmpty()) {
        const int quarter = match.captured(2).toInt();
        const QDate first(year, quarter * 3 - 2, 1);
        return { first, first.addMonths(3).addDays(-1) };
    }
    if (match.captured(3).isEmpty())
        return { QDate(year, 1, 1), QDate(year, 12, 31) };
    const int month = match.captured(3).toInt();
    if (month < 1 || month > 12)
        return {};
    if (match.captured(4).isEmpty()) {
        const QDate first(year, month, 1);
        return { first, first.addMonths(1).addDays(-1) };
    }
    const QDate day(year, month, match.captured(4).toInt());
    if (!day.isValid())
        return {};
    return { day, day };
}

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

bool PartialDate::isValid() const
{
    return parsePartialDate(text).first.isValid();
}

QDate PartialDate::first() const
{
    return parsePartialDate(text).first;
}

QDate PartialDate::last() const
{
    return parsePartialDate(text).last;
}

const SiteStatusClaim &Site::statusClaimAt(const QDate &date) const
{
    if (!date.isValid() || statusHistory.isEmpty())
        return status;
    // Entries without a date cannot be placed in time: they count from the start.
    const auto begun
        = [&date](const SiteStatusClaim &entry) { return !entry.asOf.isValid() || entry.asOf.first() <= date; };
    if (begun(status))
        return status;
    for (auto it = statusHistory.crbegin(); it != statusHistory.crend(); ++it) {
        if (begun(*it))
            return *it;
    }
    return statusHistory.first();
}

const Company *Dataset::company(const QString &wanted) const
{
    return findById(companies, wanted);
}

int Dataset::companyIndex(const Company *company) const
{
    if (!company || companies.isEmpty())
        return -1;
    const Company *first = companies.constData();
    // std::less orders any two pointers, even ones into different arrays (a company of another
    // dataset), where the built-in comparison is unspecified.
    const std::less<const Company *> before;
    if (before(company, first) || !before(company, first + companies.size()))
        return -1;
    return static_cast<int>(company - first);
}

const Site *Dataset::site(const QString &wanted) const
{
    return findById(sites, wanted);
}

const Investment *Dataset::investment(const QString &wanted) const
{
    return findById(investments, wanted);
}

const Source *Dataset::source(const QString &wanted) const
{
    return findById(sources, wanted);
}

} // namespace atlas
