#include "util/Parsing.h"

#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend::parse {

namespace {
struct ParsingText
{
    Q_DECLARE_TR_FUNCTIONS(tend::parse)
};
} // namespace

Result<QDate> day(const QString &text, const QString &what)
{
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    const QString trimmed = text.trimmed();
    const auto match = shape.match(trimmed);
    if (!match.hasMatch())
        return Error::invalid(ParsingText::tr("%1: \"%2\" is not a date; use YYYY-MM-DD.").arg(what, text.left(40)));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return Error::invalid(ParsingText::tr("%1: %2 is not a day of the calendar.").arg(what, trimmed));
    if (date.year() < 1900)
        return Error::invalid(ParsingText::tr("%1: %2 is too far in the past.").arg(what, trimmed));
    return date;
}

Result<int> days(const QString &text, const QString &what, int minimum)
{
    static const QRegularExpression shape(u"^(\\d{1,6})\\s*([dDwW]?)$"_s);
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return Error::invalid(ParsingText::tr("%1: \"%2\" is not a number of days.").arg(what, text.left(40)));
    int value = match.captured(1).toInt();
    if (match.captured(2).compare(u"w"_s, Qt::CaseInsensitive) == 0)
        value *= 7;
    if (value < minimum || value > limits::maxDays)
        return Error::invalid(ParsingText::tr("%1: must be between %2 and %3 days (got %4).")
                                  .arg(what).arg(minimum).arg(limits::maxDays).arg(value));
    return value;
}

} // namespace tend::parse
