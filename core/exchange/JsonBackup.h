#pragma once

#include "model/Contact.h"
#include "model/Duplicates.h"
#include "model/Interaction.h"
#include "model/Reminder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The whole notebook as one JSON document (`tend export --format json`), versioned and lossless:
// contacts (with their tags, kept card and photo), interactions, reminders with their history,
// settings, the pairs of contacts dismissed as not duplicates, the tags' cadences, and the tables of
// exchange/BackupTables (the practice and important dates). Database ids are not in it: contacts are
// named by UID, interactions and reminders by their position ("ref", from 1), so the document can be
// read into any notebook; a notebook restored from it into an empty file exports the same document
// again. Derived columns are not stored: the notebook computes them again. Nor is the state of sync
// with a server (collections, tokens, ETags, which roles are shared): a restored notebook is set up
// for sync again, and the UIDs it keeps make the server's copies match instead of doubling.
//
// Version 2 added durations and ratings, reminders' UIDs and repeats, tag cadences and the tables;
// version 1 documents are still read (without them).
namespace tend::exchange {

inline constexpr int backupFormatVersion = 2;

struct BackupInteraction
{
    Interaction interaction;     // participants empty; see participantUids
    QStringList participantUids;
};

struct BackupReminder
{
    Reminder reminder;           // contactId and interactionId unset; see below
    QString contactUid;
    int interactionRef = 0;      // 0: none; else the position in `interactions`, from 1
    QString uid;                 // as sync knows it; empty in version 1 documents
    int previousRef = 0;         // the occurrence before this one of a repeating reminder, from 1
};

struct BackupTagCadence
{
    QString tag;
    int cadenceDays = 0;         // 0: "none", no nudges from this tag
};

struct BackupDocument
{
    QList<Contact> contacts;     // ids 0 on read
    QList<BackupInteraction> interactions;
    QList<BackupReminder> reminders;
    QList<std::pair<QString, QString>> settings; // key, value
    QList<DismissedDuplicate> dismissedDuplicates; // "not duplicates", by UID; absent in older files
    QList<BackupTagCadence> tagCadences;
    QJsonObject tables; // section → rows, for exchange::backupTables(); checked on read
};

QByteArray writeBackupJson(const BackupDocument &document);
// An Error (Invalid) names where the document is wrong: "contacts[3].roles[0]: …".
Result<BackupDocument> readBackupJson(const QByteArray &json);
// Whether `data` starts like a Tend JSON export (for telling it from other files).
bool looksLikeBackupJson(const QByteArray &data);

} // namespace tend::exchange
