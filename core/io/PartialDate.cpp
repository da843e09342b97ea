#include "io/PartialDate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend::io {

bool isValidDayOfYear(int year, int month, int day)
{
    if (year != 0)
        return QDate(year, month, day).isValid();
    return QDate(2000, month, day).isValid(); // a leap year: --02-29 is a birthday
}

QString PartialDate::toIso() const
{
    const QString monthDay = u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    return hasYear() ? u"%1-"_s.arg(year, 4, 10, QChar(u'0')) + monthDay : u"--"_s + monthDay;
}

std::optional<PartialDate> PartialDate::fromIso(QStringView text)
{
    static const QRegularExpression withYear(u"^(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ].*)?$"_s);
    static const QRegularExpression withoutYear(u"^--(\\d{2})-?(\\d{2})$"_s);
    const QString trimmed = text.trimmed().toString();
    PartialDate date;
    if (const auto match = withYear.match(trimmed); match.hasMatch()) {
        date = {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    } else if (const auto match = withoutYear.match(trimmed); match.hasMatch()) {
        date = {0, match.captured(1).toInt(), match.captured(2).toInt()};
    } else {
        return std::nullopt;
    }
    if (!isValidDayOfYear(date.year, date.month, date.day))
        return std::nullopt;
    return date;
}

std::optional<PartialDate> PartialDate::fromDate(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    return PartialDate{date.year(), date.month(), date.day()};
}

} // namespace tend::io
