#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace tend {

// How a reminder repeats: every N days, weeks, months or years, counted from when each occurrence
// was due (the default) or from the day it was completed.
struct Recurrence
{
    enum class Unit { Days, Weeks, Months, Years };

    int every = 1;
    Unit unit = Unit::Days;
    bool fromCompletion = false;

    // "90d", "2w", "1m", "1y": the form the command line takes and settings store.
    QString toText() const;
    static Result<Recurrence> fromText(const QString &text, const QString &what);

    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

namespace rules {

// Occurrence `index` of a series whose occurrence 0 falls on `anchor`. Months and years are
// counted from the anchor, so a series keeps its day: 31 Jan, 28 (or 29) Feb, 31 Mar, 30 Apr…
// Invalid when the result would leave the calendar (after 9999-12-31).
QDate occurrence(QDate anchor, const Recurrence &recurrence, int index);

// Where the series continues once occurrence `index` (of the series anchored at `anchor`) is
// completed on `completedOn`: the next index of the same series, or — counting from completion —
// a new series anchored on the completion day whose occurrence 1 is the next one due.
struct SeriesPosition
{
    QDate anchor;
    int index = 0;
    QDate due;
};
SeriesPosition nextOccurrence(QDate anchor, int index, const Recurrence &recurrence, QDate completedOn);

} // namespace rules
} // namespace tend
