#pragma once

#include "model/Contact.h"
#include "model/ImportantDate.h"
#include "model/Reminder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the notebook keeps about sync (migration 0008; docs/sync.md): the synced collections, the
// status table the sync engine converges from, and what the user shares per role. Core only
// stores it; tend_sync (core/sync) does the syncing.
namespace tend {

enum class SyncKind { Contacts, Reminders };
QString toKey(SyncKind kind); // "contacts", "reminders"
std::optional<SyncKind> syncKindFromKey(QStringView key);

// One synced collection of the user's account, and how its last run went.
struct SyncCollection
{
    qint64 id = 0;
    SyncKind kind = SyncKind::Contacts;
    QString serverUrl; // as the user gave it
    QString userName;
    QString url;       // the collection itself
    QString displayName;
    QString syncToken;
    QString ctag;
    QDateTime lastRunAt;
    QString lastError; // empty when the last run went through
};

// One row of the status table: what both sides looked like when they last agreed on an item.
struct SyncStatusRow
{
    QString uid;
    QByteArray localHash;
    QString href;
    QString etag;
    QByteArray remoteHash;
    QMap<QString, QString> baseFields;
    friend bool operator==(const SyncStatusRow &, const SyncStatusRow &) = default;
};

// What sync may send of the contacts with one role.
struct SyncRoleSharing
{
    Role role = Role::Peer;
    bool contacts = true; // the contacts are synced
    bool notes = false;   // and their own notes travel with them
    friend bool operator==(const SyncRoleSharing &, const SyncRoleSharing &) = default;
};

// A contact as sync sees it: in full, whether its notes may travel, and whether its kept card is
// the server's copy (else it came from a file, and its notes and categories stay here).
struct SyncContact
{
    Contact contact;
    bool shareNotes = false;
    bool cardFromServer = false;
    QList<ImportantDate> dates; // its first birthday and work anniversary travel as BDAY and ANNIVERSARY
};

// What a server's card says of one kind of a contact's important dates (birthday, anniversary):
// its day, or none. The contact's first date of the kind takes that day, or goes; a contact
// without one gets one.
struct CardDate
{
    ImportantDate::Kind kind = ImportantDate::Kind::Birthday;
    std::optional<ImportantDate> date;
};

// A reminder as sync sees it: with its UID, its contact's, and the server's last copy of the task.
struct SyncReminder
{
    Reminder reminder;
    QString uid;
    QString contactUid;
    QByteArray ical; // empty until the server sent one
};

} // namespace tend
