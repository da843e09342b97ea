#include "io/csv/CsvDates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

int monthFromName(const QString &name)
{
    static const QList<QStringList> months = {
        {u"jan"_s}, {u"feb"_s}, {u"mar"_s, u"mär"_s, u"mrz"_s}, {u"apr"_s}, {u"may"_s, u"mai"_s}, {u"jun"_s},
        {u"jul"_s}, {u"aug"_s}, {u"sep"_s}, {u"oct"_s, u"okt"_s}, {u"nov"_s}, {u"dec"_s, u"dez"_s},
    };
    const QString prefix = name.left(3).toLower();
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).contains(prefix))
            return i + 1;
    }
    return 0;
}

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() > 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

std::optional<PartialDate> checked(int year, int month, int day)
{
    if (month < 1 || day < 1 || !isValidDayOfYear(year, month, day))
        return std::nullopt;
    return PartialDate{year, month, day};
}

} // namespace

std::optional<PartialDate> parseCsvDate(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (auto iso = PartialDate::fromIso(trimmed))
        return iso;

    static const QRegularExpression dayMonthName(u"^(\\d{1,2})[ .-]+(\\p{L}{3,})\\.?[ .-]+(\\d{2,4})$"_s);
    if (const auto m = dayMonthName.match(trimmed); m.hasMatch())
        return checked(fullYear(m.captured(3)), monthFromName(m.captured(2)), m.captured(1).toInt());

    static const QRegularExpression monthNameDay(u"^(\\p{L}{3,})\\.? (\\d{1,2}),? (\\d{4})$"_s);
    if (const auto m = monthNameDay.match(trimmed); m.hasMatch())
        return checked(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());

    static const QRegularExpression slashes(u"^(\\d{1,2})/(\\d{1,2})/(\\d{2,4})$"_s);
    if (const auto m = slashes.match(trimmed); m.hasMatch()) {
        int month = m.captured(1).toInt();
        int day = m.captured(2).toInt();
        if (month > 12)
            std::swap(month, day);
        return checked(fullYear(m.captured(3)), month, day);
    }

    static const QRegularExpression dots(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})?$"_s);
    if (const auto m = dots.match(trimmed); m.hasMatch())
        return checked(m.captured(3).isEmpty() ? 0 : fullYear(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt());
    return std::nullopt;
}

} // namespace tend::io
