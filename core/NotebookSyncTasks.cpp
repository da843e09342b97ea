// Notebook: the tasks sync sends that are not stored reminders — asks' deadlines and important
// dates' reminders (issue 13; docs/sync.md). Each is read from the state it stands for, and a
// change on the server becomes a change of that state: the ask is done, answered, withdrawn or
// declined, or its deadline moves; the date's occurrence is done, reopened or snoozed.
#include "Notebook.h"

#include "practice/AskTasks.h"
#include "schedule/DateTasks.h"
#include "store/DateOccurrenceQueries.h"
#include "store/PracticeRepository.h"
#include "store/SyncTaskQueries.h"

#include <QCoreApplication>

namespace tend {
namespace {

struct DateTaskText
{
    Q_DECLARE_TR_FUNCTIONS(tend::DateTasks)
};

// "Birthday (turns 36)", "Work anniversary (5 years)", "PhD defense": the task's title after the
// contact's name.
QString dateTaskReason(const ImportantDate &date, const rules::DateTask &task)
{
    QString title = date.title();
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    if (!task.years)
        return title;
    if (date.kind == ImportantDate::Kind::Birthday)
        return DateTaskText::tr("%1 (turns %2)").arg(title).arg(*task.years);
    return DateTaskText::tr("%1 (%Ln year(s))", nullptr, *task.years).arg(title);
}

Reminder reminderOf(const ImportantDate &date, const rules::DateTask &task)
{
    Reminder reminder;
    reminder.contactId = date.contactId;
    reminder.contactName = date.contactName;
    reminder.due = task.due;
    reminder.reason = dateTaskReason(date, task);
    reminder.state = task.state;
    if (task.state == ReminderState::Done)
        reminder.completedAt = QDateTime(task.doneOn, QTime(12, 0), Qt::UTC);
    return reminder;
}

// Important dates' occurrences the user marked in the last year: a snooze reaches no further.
QDate oldestMarkedOccurrence(QDate today)
{
    return today.addYears(-1);
}

Status appendDateTasks(const Notebook &notebook, const QSqlDatabase &db, const QSet<qint64> &syncedContacts,
                       QList<SyncReminder> &tasks)
{
    const QDate today = notebook.today();
    auto dates = notebook.importantDates(0, today);
    if (!dates)
        return dates.error();
    auto rows = occurrencestore::since(db, oldestMarkedOccurrence(today));
    if (!rows)
        return rows.error();
    auto columns = synctasks::dateTaskColumns(db);
    if (!columns)
        return columns.error();
    for (const UpcomingDate &next : std::as_const(*dates)) {
        if (!syncedContacts.contains(next.date.contactId))
            continue;
        const synctasks::DateTaskColumns sync = columns->value(next.date.id);
        const auto task = rules::dateTaskOf(next, *rows, today, sync.leftSyncOn);
        if (!task)
            continue;
        tasks.append({reminderOf(next.date, *task), sync.uid, sync.contactUid, sync.ical});
    }
    return {};
}

// A date's task as Tend has it now: none when the date sends no task today, or its contact is
// archived (then `date` is empty too).
struct DateTaskNow
{
    synctasks::DateTaskColumns sync;
    ImportantDate date;
    std::optional<rules::DateTask> task;
};

// The task of the date `uid` names (nullopt: not a date's UID).
Result<std::optional<DateTaskNow>> dateTaskNow(const Notebook &notebook, const QSqlDatabase &db, const QString &uid)
{
    auto sync = synctasks::dateTaskByUid(db, uid);
    if (!sync)
        return sync.error();
    if (!*sync)
        return std::optional<DateTaskNow>();
    const QDate today = notebook.today();
    auto dates = notebook.importantDates(0, today);
    if (!dates)
        return dates.error();
    const auto next = std::find_if(dates->cbegin(), dates->cend(),
                                   [&](const UpcomingDate &date) { return date.date.id == (*sync)->dateId; });
    if (next == dates->cend())
        return std::optional<DateTaskNow>(DateTaskNow{**sync, {}, std::nullopt}); // the contact is archived
    auto rows = occurrencestore::since(db, oldestMarkedOccurrence(today));
    if (!rows)
        return rows.error();
    return std::optional<DateTaskNow>(DateTaskNow{**sync, next->date, rules::dateTaskOf(*next, *rows, today)});
}

Result<std::optional<qint64>> writeDateTaskFromServer(const Notebook &notebook, const QSqlDatabase &db,
                                                      const SyncReminder &task)
{
    auto now = dateTaskNow(notebook, db, task.uid);
    if (!now)
        return now.error();
    if (!*now)
        return std::optional<qint64>();
    const DateTaskNow &date = **now;
    if (date.task) {
        auto row = occurrencestore::get(db, date.date.id, date.task->occursOn);
        if (!row)
            return row.error();
        const auto after = rules::occurrenceForTask(date.date, *date.task, *row, task.reminder.state, task.reminder.due,
                                                    notebook.today());
        if (after) {
            if (auto written = occurrencestore::put(db, *after); !written)
                return written.error();
        }
    }
    if (auto kept = synctasks::setDateSyncCopy(db, date.sync.dateId, task.ical); !kept)
        return kept.error();
    return std::optional<qint64>(date.sync.dateId);
}

} // namespace

Status Notebook::appendDerivedTasks(const QSet<qint64> &syncedContacts, QList<SyncReminder> &tasks) const
{
    if (Status dates = appendDateTasks(*this, m_database->connection(), syncedContacts, tasks); !dates)
        return dates;
    auto asks = synctasks::askTasks(m_database->connection(), today().addDays(-60));
    if (!asks)
        return asks.error();
    for (const synctasks::AskTaskRow &row : *asks) {
        if (!syncedContacts.contains(row.ask.contact.id))
            continue;
        const auto task = practice::taskOf(row.ask, row.askedOn);
        if (!task)
            continue;
        Reminder reminder;
        reminder.contactId = row.ask.contact.id;
        reminder.contactName = row.ask.contact.name;
        reminder.due = task->due;
        reminder.reason = task->reason;
        reminder.state = task->state;
        if (task->state == ReminderState::Done)
            reminder.completedAt = QDateTime(row.ask.stateChangedOn, QTime(12, 0), Qt::UTC);
        tasks.append({std::move(reminder), row.uid, row.contactUid, row.ical});
    }
    return {};
}


Result<std::optional<qint64>> Notebook::writeDerivedTaskFromServer(const SyncReminder &task)
{
    const QSqlDatabase db = m_database->connection();
    auto row = synctasks::askTaskByUid(db, task.uid);
    if (!row)
        return row.error();
    if (!*row)
        return writeDateTaskFromServer(*this, db, task);
    const Ask &ask = (*row)->ask;
    const Reminder &wanted = task.reminder;
    if (const auto current = practice::taskOf(ask, (*row)->askedOn)) {
        if (wanted.state != current->state) {
            if (const auto step = practice::stepForTask(ask, wanted.state)) {
                PracticeRepository practice(db);
                if (auto moved = practice.moveAsk(ask, *step, today(), tr("From the synced task list")); !moved)
                    return moved.error();
            }
        } else if (current->state == ReminderState::Open && wanted.due.isValid() && wanted.due != current->due) {
            if (auto moved = synctasks::setAskDeadline(db, ask.id, wanted.due); !moved)
                return moved.error();
        }
    }
    if (auto kept = synctasks::setAskSyncCopy(db, ask.id, task.ical); !kept)
        return kept.error();
    return std::optional<qint64>(ask.id);
}

Result<bool> Notebook::derivedTaskLeavesSync(const QString &uid)
{
    const QSqlDatabase db = m_database->connection();
    auto row = synctasks::askTaskByUid(db, uid);
    if (!row)
        return row.error();
    if (!*row) {
        auto date = dateTaskNow(*this, db, uid);
        if (!date)
            return date.error();
        if (!*date)
            return false;
        if ((*date)->task) {
            if (auto left = synctasks::setDateLeftSync(db, (*date)->sync.dateId, (*date)->task->occursOn); !left)
                return left.error();
        }
        return true;
    }
    if (auto left = synctasks::setAskLeftSync(db, (*row)->ask.id); !left)
        return left.error();
    return true;
}

} // namespace tend
