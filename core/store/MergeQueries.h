#pragma once

#include "model/Snapshots.h"
#include "util/Result.h"

#include <QSqlDatabase>

// The rows a merge of two contacts moves, and the exact copies its undo writes back
// (Notebook::mergeContacts / unmergeContacts). Callers wrap them in a Transaction.
namespace tend::merge {

// Every row of the contact and of the tables that hang off it, ids included.
Result<ContactRows> copyRows(const QSqlDatabase &db, qint64 contactId);
// Writes `copy` back: the contact row as it was (inserted, or overwritten in place so that nothing
// cascades), and its own rows in those tables replaced by the copied ones.
Status restoreRows(const QSqlDatabase &db, const ContactRows &copy);

// The interactions `otherId` took part in without `keepId`, and those they shared, by id.
Result<QList<qint64>> interactionsWithout(const QSqlDatabase &db, qint64 otherId, qint64 keepId);
Result<QList<qint64>> interactionsShared(const QSqlDatabase &db, qint64 otherId, qint64 keepId);
Result<QList<qint64>> reminderIds(const QSqlDatabase &db, qint64 contactId);

// Moves the participation in `interactionIds` from one contact to another.
Status moveParticipation(const QSqlDatabase &db, const QList<qint64> &interactionIds, qint64 from, qint64 to);
// Adds `contactId` as a participant of each of `interactionIds`.
Status addParticipation(const QSqlDatabase &db, const QList<qint64> &interactionIds, qint64 contactId);
// Gives the reminders `reminderIds` to `to`.
Status moveReminders(const QSqlDatabase &db, const QList<qint64> &reminderIds, qint64 to);
// Every important date of `from` goes to `to` (the copies of both contacts put them back).
Status moveImportantDates(const QSqlDatabase &db, qint64 from, qint64 to);

} // namespace tend::merge
