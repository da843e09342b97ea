// Notebook: the tasks sync sends that are not stored reminders — asks' deadlines (issue 13;
// docs/sync.md). Each is read from the state it stands for, and a change on the server becomes a
// change of that state: the ask is done, answered, withdrawn or declined, or its deadline moves.
#include "Notebook.h"

#include "practice/AskTasks.h"
#include "store/PracticeRepository.h"
#include "store/SyncTaskQueries.h"

namespace tend {

Status Notebook::appendDerivedTasks(const QSet<qint64> &syncedContacts, QList<SyncReminder> &tasks) const
{
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
        return std::optional<qint64>();
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
    if (!*row)
        return false;
    if (auto left = synctasks::setAskLeftSync(db, (*row)->ask.id); !left)
        return left.error();
    return true;
}

} // namespace tend
