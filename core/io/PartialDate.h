#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tend::io {

// A day of the year, with or without its year: a birthday written "--05-01" has none.
struct PartialDate
{
    int year = 0; // 0 when unknown
    int month = 0;
    int day = 0;

    bool hasYear() const { return year != 0; }
    QDate toDate() const { return hasYear() ? QDate(year, month, day) : QDate(); }
    QString toIso() const; // "1990-05-01", or "--05-01" without a year

    // From the forms contact files use: 1990-05-01, 19900501, --05-01, --0501, 1990-05-01T00:00:00Z,
    // 19900501T000000. nullopt when `text` is not one of them, or not a day of the calendar.
    static std::optional<PartialDate> fromIso(QStringView text);
    static std::optional<PartialDate> fromDate(QDate date);

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
};

// Whether month/day exist, Feb 29 allowed without a year.
bool isValidDayOfYear(int year, int month, int day);

} // namespace tend::io
