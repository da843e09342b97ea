#pragma once

#include "model/Contact.h"
#include "model/Interaction.h"
#include "model/Practice.h"
#include "model/Reminder.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace tend {

// Everything a delete removed, so that undo can put it back with the same ids.
struct InteractionSnapshot
{
    Interaction interaction;
    QList<Reminder> reminders; // follow-ups that hung off it, with their history
    QList<Reminder> closedFollowUps; // follow-ups logging it closed, as they are closed (see unlogInteraction)
    QList<AdviceItem> advice;        // advice received in it, as stored
};

// Rows a delete removed or changed, every column as stored (store/CascadeRows).
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// A reference ON DELETE SET NULL cleared: `column` of the row of `table` whose `keyColumns` are `key`.
struct ClearedReference
{
    QString table;
    QString column;
    QVariant value;
    QStringList keyColumns;
    QVariantList key;
};

struct CascadeRows
{
    QList<TableRows> removed; // parents before children
    QList<ClearedReference> cleared;
};

struct ContactSnapshot
{
    Contact contact;
    QList<qint64> ownInteractionIds;    // interactions where they were the only participant: deleted
    QList<qint64> sharedInteractionIds; // interactions they were one of several in
    // The contact, its own interactions and every row that went with them: roles, e-mails,
    // reminders with their history, asks, introductions they are a party of, advice, important
    // dates… whatever references them in the schema.
    CascadeRows rows;
};

// A contact's rows as stored, every column of its row and of the tables that hang off it (roles,
// e-mails, phones, links, tags, card, photo, dismissed duplicates), ids included: what a merge
// overwrites or removes, so that undoing it writes back exactly what was there.
struct StoredRows
{
    QString table;
    QList<QVariantList> rows;
};

struct ContactRows
{
    qint64 contactId = 0;
    QList<StoredRows> tables;
};

// What Notebook::mergeContacts changed, for unmergeContacts to take back.
struct MergeSnapshot
{
    ContactRows keep;                    // KEEP as it was
    ContactRows other;                   // OTHER, removed by the merge
    QList<qint64> movedInteractionIds;   // OTHER's participation moved to KEEP
    QList<qint64> sharedInteractionIds;  // both took part: OTHER's participation dropped
    QList<qint64> movedReminderIds;      // OTHER's reminders, now KEEP's
};

} // namespace tend
