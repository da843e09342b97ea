#pragma once

#include "sync/engine/FieldMerge.h"
#include "sync/engine/SyncTypes.h"

#include <QList>

namespace tend::sync {

// What to do with one item so that both sides agree again.
struct Decision
{
    enum class Kind {
        Nothing,      // both sides are as they were at the last sync
        Record,       // both agree already (a server rewrite, the same edit on both): only the status moves
        Forget,       // gone from both sides: the status record goes
        UploadNew,    // new here, or edited here after the server deleted it
        DownloadNew,  // new on the server, or edited there after Tend deleted it
        UpdateLocal,  // changed on the server only (or both sides now hold the server's fields)
        UpdateRemote, // changed in Tend only
        Merge,        // both changed different fields: `merged` goes to both sides
        DeleteLocal,  // deleted on the server, unchanged here: Tend archives it, never destroys it
        DeleteRemote, // deleted in Tend (the status record is the tombstone), unchanged on the server
        Conflict,     // both changed the same field differently: the user chooses, nothing moves
        Skip,         // the item cannot be synced safely this time (see `note`)
    };

    Kind kind = Kind::Nothing;
    QString uid;
    QString href;                   // the server's resource, when there is (or was) one
    FieldMap merged;                // Merge; for a Conflict, every other field merged (conflicting ones at Tend's value)
    QList<FieldConflict> conflicts; // Conflict
    QString note;                   // Skip: why, in plain language

    bool changesSomething() const { return kind != Kind::Nothing && kind != Kind::Conflict && kind != Kind::Skip; }
};

// The stable name of a kind, for reports and JSON ("upload-new").
QString toKey(Decision::Kind kind);

// The decision for one item from what it looked like at the last sync (null: never synced) and on
// each side now (null: absent there). A pure function: the whole sync rests on it.
Decision decide(const StatusRecord *status, const LocalItem *local, const RemoteItem *remote);

struct SyncPlan
{
    QList<Decision> decisions; // one per item, in uid order
    qsizetype count(Decision::Kind kind) const;
};

// The decision for every item any of the three lists names. An item whose uid appears twice on one
// side is skipped, never guessed at.
SyncPlan planSync(const QList<StatusRecord> &status, const QList<LocalItem> &local, const QList<RemoteItem> &remote);

} // namespace tend::sync
