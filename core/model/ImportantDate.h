#pragma once

#include "model/Reminder.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tend {

// A day that comes back every year: a birthday (the year may be unknown), a work anniversary, or a
// custom date with a label ("PhD defense"). 29 February falls on 28 February in other years.
struct ImportantDate
{
    enum class Kind { Birthday, Anniversary, Custom };

    qint64 id = 0;
    qint64 contactId = 0;
    QString contactName; // filled on read
    Kind kind = Kind::Birthday;
    QString label;       // custom dates only
    int year = 0;        // 0 when unknown
    int month = 1;
    int day = 1;

    // "birthday", "work anniversary", or the label.
    QString title() const;
    // "1815-12-10", or "--12-10" without a year (vCard's form).
    QString dateText() const;
};

QList<ImportantDate::Kind> allImportantDateKinds();
QString toKey(ImportantDate::Kind kind); // "birthday" | "anniversary" | "custom"
std::optional<ImportantDate::Kind> importantDateKindFromKey(QStringView key);
QString importantDateKindKeysForMessage();

// "1815-12-10" or "--12-10" (also "--1210"); 29 February only with no year or a leap year.
// `what` names the field in the message.
Result<ImportantDate> parseImportantDay(const QString &text, const QString &what);

// A contact's date, checked: a valid day, a label for a custom date, not too long.
Status checkImportantDate(const ImportantDate &date);

// One occurrence of an important date: the next one on or after a day, when its reminder comes,
// and the age or number of years it marks (when the year is known).
struct UpcomingDate
{
    ImportantDate date;
    QDate occursOn;
    QDate remindOn;
    std::optional<int> years;
};

// An occurrence whose reminder has come, as a row of Today and `tend due`
// (DueItem::Kind::ImportantDate): `due` the day itself, `sourceId` the date, never overdue.
DueItem toDueItem(const UpcomingDate &date, QDate today);

// What the user did with one occurrence of a date's reminder (table date_occurrence): marked it
// done on `doneOn`, or snoozed it until `snoozedUntil` (a null QDate for neither). Keyed by the
// date and the day the occurrence falls on, so next year's occurrence is untouched.
struct DateOccurrence
{
    qint64 dateId = 0;
    QDate occursOn;
    QDate doneOn;
    QDate snoozedUntil;
    friend bool operator==(const DateOccurrence &, const DateOccurrence &) = default;
};

} // namespace tend
