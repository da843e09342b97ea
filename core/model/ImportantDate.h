#pragma once

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

} // namespace tend
