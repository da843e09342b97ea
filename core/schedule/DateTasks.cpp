#include "schedule/DateTasks.h"

#include "schedule/Anniversaries.h"

#include <algorithm>

namespace tend::rules {

std::optional<DateTask> dateTaskOf(const UpcomingDate &next, const QList<DateOccurrence> &rows, QDate today,
                                   QDate leftSyncOn)
{
    const ImportantDate &date = next.date;
    const auto withLeftOut = [&](DateTask task) -> std::optional<DateTask> {
        if (leftSyncOn.isValid() && task.occursOn == leftSyncOn)
            return std::nullopt;
        task.years = yearsSince(date.year, task.occursOn);
        return task;
    };
    // An occurrence already past that was snoozed beyond its day waits until it is done.
    for (const DateOccurrence &row : rows) {
        if (row.dateId == date.id && row.occursOn < today && !row.doneOn.isValid() && row.snoozedUntil.isValid()
            && row.snoozedUntil > row.occursOn)
            return withLeftOut({row.occursOn, row.snoozedUntil, ReminderState::Open, {}, {}});
    }
    if (!next.occursOn.isValid())
        return std::nullopt;
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const DateOccurrence &candidate) {
        return candidate.dateId == date.id && candidate.occursOn == next.occursOn;
    });
    if (row == rows.cend()) {
        if (next.remindOn > today)
            return std::nullopt;
        return withLeftOut({next.occursOn, next.occursOn, ReminderState::Open, {}, {}});
    }
    const QDate due = std::max(next.occursOn, row->snoozedUntil);
    if (row->doneOn.isValid())
        return withLeftOut({next.occursOn, due, ReminderState::Done, row->doneOn, {}});
    return withLeftOut({next.occursOn, due, ReminderState::Open, {}, {}});
}

std::optional<DateOccurrence> occurrenceForTask(const ImportantDate &date, const DateTask &current,
                                                const std::optional<DateOccurrence> &row, ReminderState wantedState,
                                                QDate wantedDue, QDate today)
{
    DateOccurrence after = row.value_or(DateOccurrence{date.id, current.occursOn, {}, {}});
    const bool closedThere = wantedState != ReminderState::Open;
    const bool closedHere = current.state != ReminderState::Open;
    if (closedThere && !closedHere) {
        after.doneOn = today; // a date is not declined: cancelling this year's reminder is done with it
    } else if (!closedThere && closedHere) {
        after.doneOn = {};
    } else if (!closedThere && wantedDue.isValid() && wantedDue != current.due) {
        const QDate following = nextOccurrence(date.month, date.day, current.occursOn.addDays(1));
        if (wantedDue <= current.occursOn || (following.isValid() && wantedDue >= following))
            return std::nullopt; // only a move past the day is a snooze; earlier is Tend's to say
        after.snoozedUntil = wantedDue;
    } else {
        return std::nullopt;
    }
    if (row && after == *row)
        return std::nullopt;
    return after;
}

} // namespace tend::rules
