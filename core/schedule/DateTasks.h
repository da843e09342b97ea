#pragma once

#include "model/ImportantDate.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// An important date's reminder as a task of the synced task list (docs/sync.md), as pure rules.
// A date is one task, and the task is one occurrence at a time: the one the user is being
// reminded of. It appears when the reminder comes (its lead time before the day), stays while it
// is snoozed and once done, and gives way to the next occurrence when its day has passed.
namespace tend::rules {

struct DateTask
{
    QDate occursOn; // the occurrence the task stands for
    QDate due;      // the day itself, or the snooze day when that comes later
    ReminderState state = ReminderState::Open;
    QDate doneOn;
    std::optional<int> years; // what the occurrence marks, when the year is known
};

// The task of a date today. `next` is its next occurrence on or after today (with the day its
// reminder comes); `rows` are what the user did with its occurrences in the last year (any date's
// rows may be passed; only this date's count). No task before the reminder comes, once the date
// no longer comes, or for the occurrence the server deleted (`leftSyncOn`).
std::optional<DateTask> dateTaskOf(const UpcomingDate &next, const QList<DateOccurrence> &rows, QDate today,
                                   QDate leftSyncOn = {});

// What the phone's version of the task asks of the occurrence `current` stands for, as its new
// row: done (completed or cancelled there), reopened, or snoozed to a later due day (before the
// date's next occurrence). nullopt when nothing Tend keeps changes; the task's text stays Tend's.
std::optional<DateOccurrence> occurrenceForTask(const ImportantDate &date, const DateTask &current,
                                                const std::optional<DateOccurrence> &row, ReminderState wantedState,
                                                QDate wantedDue, QDate today);

} // namespace tend::rules
