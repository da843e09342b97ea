#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// What the sync decision looks at: an item on each side and what both sides looked like at the last
// sync. Items are abstract: contacts ↔ vCards and reminders ↔ VTODOs plug in through ItemCodec and
// LocalStore.
namespace tend::sync {

// The fields a merge compares, by name, each as canonical text (a list sorted and joined by a line
// break, a date in ISO form). Two items with equal field maps mean the same thing to Tend.
using FieldMap = QMap<QString, QString>;

// One item as Tend has it now.
struct LocalItem
{
    QString uid;
    QByteArray hash; // changes exactly when what Tend would send for this item changes
    FieldMap fields;
};

// One resource as the server has it now. Resources the server did not change since the last sync are
// not fetched: their hash and fields come from the status record and `content` stays empty.
struct RemoteItem
{
    QString uid;
    QString href;  // the resource's path on the server, percent-decoded
    QString etag;  // empty when the server gave none
    QByteArray hash;    // of the normalised content: a rewrite with no real change keeps it
    FieldMap fields;
    QByteArray content; // as the server sent it; empty when not fetched
    bool fetched() const { return !content.isEmpty(); }
};

// What both sides looked like when they last agreed on an item: one row of the status table. While
// the local item is gone and this record remains, it is the tombstone that still has to reach the
// server.
struct StatusRecord
{
    QString uid;
    QByteArray localHash;
    QString href;
    QString etag;
    QByteArray remoteHash;
    FieldMap base; // the fields both sides had: the common ancestor of a three-way merge
    friend bool operator==(const StatusRecord &, const StatusRecord &) = default;
};

// What the collection as a whole looked like after the last complete sync.
struct CollectionState
{
    QString syncToken; // RFC 6578; empty before the first sync
    QString ctag;      // CalendarServer getctag, for servers without sync-collection
    friend bool operator==(const CollectionState &, const CollectionState &) = default;
};

} // namespace tend::sync
