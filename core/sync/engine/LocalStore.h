#pragma once

#include "sync/engine/SyncTypes.h"
#include "util/Result.h"

#include <QList>

namespace tend::sync {

// Tend's side of one synced collection (its contacts, or its reminders). The set it lists is exactly
// what may be sent: private items (a therapist when that role has not been opted in) are not in it.
class LocalStore
{
public:
    virtual ~LocalStore() = default;

    virtual Result<QList<LocalItem>> items() = 0;

    // What to send to the server for an item.
    virtual Result<QByteArray> content(const QString &uid) = 0;

    // Creates or updates the item from the server's resource (`fields` is what the codec read from
    // it), keeping `content` as the server's copy to write over later. An item this store took out
    // of the set (remove) comes back: the server has it again. Returns the item's new hash.
    virtual Result<QByteArray> write(const QString &uid, const QByteArray &content, const FieldMap &fields) = 0;

    // The server deleted the item: it leaves the synced set. Tend archives a contact rather than
    // destroying it; undoing that puts it back in the set, and the next sync uploads it again.
    virtual Status remove(const QString &uid) = 0;
};

} // namespace tend::sync
