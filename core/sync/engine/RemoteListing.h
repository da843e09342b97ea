#pragma once

#include "sync/engine/ItemCodec.h"
#include "sync/engine/RemoteStore.h"

#include <QList>

namespace tend::sync {

// One resource of a collection listing: where it is and its ETag.
struct ListingEntry
{
    QString href;
    QString etag;
};

// A listing split into what the status table already describes (the same href and ETag) and what
// has to be fetched: new resources, changed ones and those whose ETag the status does not know.
struct ListingSplit
{
    QList<RemoteItem> unchanged; // hash and fields from the status record, content empty
    QStringList toFetch;
};

ListingSplit splitListing(const QList<StatusRecord> &known, const QList<ListingEntry> &listing);

// A fetched resource as a RemoteItem; an Error (code Invalid) says why it could not be read.
Result<RemoteItem> readResource(const ItemCodec &codec, const QString &href, const QString &etag,
                                const QByteArray &content);

// Fetched contents added to a snapshot: the readable ones as items, the others as skipped.
void addFetched(RemoteSnapshot &snapshot, const ItemCodec &codec, const QString &href, const QString &etag,
                const QByteArray &content);

} // namespace tend::sync
