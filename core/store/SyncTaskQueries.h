#pragma once

#include "model/Practice.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What sync keeps for the tasks that are not stored reminders (migration 0009): an ask's
// deadline, and an important date's reminder. Callers wrap writes in a Transaction.
namespace tend::synctasks {

// An ask as sync reads it, with its UID, its contact's, the server's last copy of its task and the
// day it was made.
struct AskTaskRow
{
    Ask ask;
    QString uid;
    QString contactUid;
    QByteArray ical;
    QDate askedOn;
};
// The asks not deleted on the server that are active, or whose state changed on or after `closedSince`.
Result<QList<AskTaskRow>> askTasks(const QSqlDatabase &db, QDate closedSince);
Result<std::optional<AskTaskRow>> askTaskByUid(const QSqlDatabase &db, const QString &uid);
Status setAskDeadline(const QSqlDatabase &db, qint64 askId, QDate deadline);
// The server's copy, and back in the synced set.
Status setAskSyncCopy(const QSqlDatabase &db, qint64 askId, const QByteArray &ical);
Status setAskLeftSync(const QSqlDatabase &db, qint64 askId);

// What sync keeps of an important date: its task's UID, its contact's, the server's last copy and
// the occurrence the server deleted (the next one goes again).
struct DateTaskColumns
{
    qint64 dateId = 0;
    QString uid;
    QString contactUid;
    QByteArray ical;
    QDate leftSyncOn;
};
// By important date id.
Result<QHash<qint64, DateTaskColumns>> dateTaskColumns(const QSqlDatabase &db);
Result<std::optional<DateTaskColumns>> dateTaskByUid(const QSqlDatabase &db, const QString &uid);
Status setDateSyncCopy(const QSqlDatabase &db, qint64 dateId, const QByteArray &ical);
Status setDateLeftSync(const QSqlDatabase &db, qint64 dateId, QDate occursOn);

} // namespace tend::synctasks
