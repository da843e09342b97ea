#pragma once

#include "model/SyncState.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

// What the notebook keeps about sync (migration 0008): collections, the status table, sharing per
// role, and which contacts left the synced set. Each status write stands alone, as the sync engine
// expects; callers wrap the others in a Transaction.
namespace tend::syncstate {

Result<QList<SyncCollection>> collections(const QSqlDatabase &db);
// Stores the collection of its kind (there is one per kind), keeping its token when the URL stays.
Result<qint64> saveCollection(const QSqlDatabase &db, const SyncCollection &collection);
// Forgets the account: every collection and its status.
Status removeCollections(const QSqlDatabase &db);
Status setCollectionState(const QSqlDatabase &db, qint64 collectionId, const QString &syncToken, const QString &ctag);
Status recordRun(const QSqlDatabase &db, qint64 collectionId, const QDateTime &at, const QString &error);

Result<QList<SyncStatusRow>> statusRows(const QSqlDatabase &db, qint64 collectionId);
Status putStatus(const QSqlDatabase &db, qint64 collectionId, const SyncStatusRow &row);
Status removeStatus(const QSqlDatabase &db, qint64 collectionId, const QString &uid);

// Every role, in Role order.
Result<QList<SyncRoleSharing>> roleSharing(const QSqlDatabase &db);
Status setRoleSharing(const QSqlDatabase &db, const SyncRoleSharing &sharing);

// The contacts deleted on the server (archived here, out of the synced set), and those whose kept
// card is the server's copy.
Result<QSet<qint64>> contactsThatLeftSync(const QSqlDatabase &db);
Result<QSet<qint64>> contactsWithServerCards(const QSqlDatabase &db);
Status setLeftSync(const QSqlDatabase &db, qint64 contactId, bool left);
Status markCardFromServer(const QSqlDatabase &db, qint64 contactId);

// Each reminder's UID, its contact's UID and the server's last copy of its task, by reminder id.
struct ReminderSyncColumns
{
    QString uid;
    QString contactUid;
    QByteArray ical;
};
Result<QHash<qint64, ReminderSyncColumns>> reminderSyncColumns(const QSqlDatabase &db);
Result<std::optional<qint64>> reminderByUid(const QSqlDatabase &db, const QString &uid);
Result<std::optional<qint64>> contactByUid(const QSqlDatabase &db, const QString &uid);
Status setReminderReason(const QSqlDatabase &db, qint64 reminderId, const QString &reason);
// The UID, the server's copy, and back in the synced set.
Status setReminderSyncCopy(const QSqlDatabase &db, qint64 reminderId, const QString &uid, const QByteArray &ical);
Status setReminderLeftSync(const QSqlDatabase &db, qint64 reminderId);

} // namespace tend::syncstate
