#include "schedule/Anniversaries.h"

namespace tend::rules {

QDate inYear(int month, int day, int year)
{
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, month, day);
}

QDate nextOccurrence(int month, int day, QDate from)
{
    if (!from.isValid())
        return {};
    const QDate thisYear = inYear(month, day, from.year());
    if (!thisYear.isValid())
        return {};
    if (thisYear >= from)
        return thisYear;
    if (from.year() >= 9999)
        return {};
    return inYear(month, day, from.year() + 1);
}

std::optional<int> yearsSince(int sinceYear, QDate on)
{
    if (sinceYear == 0 || !on.isValid() || on.year() < sinceYear)
        return std::nullopt;
    return on.year() - sinceYear;
}

QDate reminderDay(QDate occurrence, int leadDays)
{
    return occurrence.addDays(-leadDays);
}

} // namespace tend::rules
