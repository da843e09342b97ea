#pragma once

#include "db/Sql.h"
#include "model/Reminder.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Reads and writes follow-up reminders and their history. Callers own the transaction.
class ReminderRepository final
{
public:
    explicit ReminderRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts with reminder.id when non-zero (undo) and writes reminder.history, or a "created"
    // event when the history is empty.
    Result<qint64> insert(const Reminder &reminder, const QDateTime &now);
    // Moves the due day, recording the action ("snoozed", "rescheduled") with both days.
    Status reschedule(qint64 id, QDate due, ReminderEvent::Action action, const QDateTime &now);
    // Done, dismissed, or open again (reopened).
    Status setState(qint64 id, ReminderState state, const QDateTime &now);
    Status remove(qint64 id);
    // Puts a reminder back exactly as it was (undo of done/snooze/dismiss), history included.
    Status restore(const Reminder &reminder);

    Result<Reminder> get(qint64 id) const;
    // The open occurrences that completing recurring reminder `id` scheduled.
    Result<QList<Reminder>> openOccurrencesAfter(qint64 id) const;
    Result<QList<Reminder>> forContact(qint64 contactId) const;          // with history
    Result<QList<Reminder>> forInteraction(qint64 interactionId) const;  // with history
    // Open reminders of `contactIds`, earliest first: those due on or before `until` (none when it
    // is null) except follow-ups of interactions after `askedBy`, and those in `named`.
    Result<QList<Reminder>> openFor(const QList<qint64> &contactIds, QDate until, QDate askedBy,
                                    const QList<qint64> &named) const;
    // Open reminders of active contacts due on or before `until`, earliest first.
    // At most `limit` (all for -1), the earliest.
    Result<QList<DueItem>> openDueBy(QDate until, QDate today, int limit = -1) const;
    // What sync sends (migration 0008): open reminders and those closed since `closedSince`, unless
    // the server deleted them; by id.
    Result<QList<Reminder>> toSync(const QDateTime &closedSince) const;

private:
    Status addEvent(qint64 id, ReminderEvent::Action action, const QDateTime &at, QDate fromDue, QDate toDue);
    Result<QList<Reminder>> select(const QString &where, const QVariantList &values) const;
    Status fillHistory(QList<Reminder> &reminders) const;
    Error missingReference(const Reminder &reminder) const;

    QSqlDatabase m_db;
    sql::Prepared m_insert;
    sql::Prepared m_insertEvent;
};

} // namespace tend
