#pragma once

#include "sync/engine/SyncTypes.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace tend::sync {

// A resource on the server that could not be read: reported by its href, never taken as a delete.
struct SkippedResource
{
    QString href;
    QString reason;
};

// Everything the collection holds now. Unchanged resources carry the status record's hash and fields.
struct RemoteSnapshot
{
    QList<RemoteItem> items;
    QList<SkippedResource> skipped;
    CollectionState state; // recorded only once every change it reflects has been applied
};

// The server's answer to a conditional write.
struct RemoteWrite
{
    bool preconditionFailed = false; // 412: the resource changed (or, for a create, already exists)
    QString href;
    QString etag; // empty when the server did not say
};

// The server's side of one synced collection. Every call that fails returns an Error a person can
// read; an Error with code Invalid concerns one resource only (it could not be parsed).
class RemoteStore
{
public:
    virtual ~RemoteStore() = default;

    // `known` is the status table, so that only what changed since has to travel.
    virtual Result<RemoteSnapshot> snapshot(const QList<StatusRecord> &known, const CollectionState &last) = 0;
    // One resource, fresh from the server; nullopt when it is gone.
    virtual Result<std::optional<RemoteItem>> fetch(const QString &href) = 0;

    // Where a new item with this UID goes.
    virtual QString hrefFor(const QString &uid) const = 0;
    virtual Result<RemoteWrite> create(const QString &href, const QByteArray &content) = 0;            // If-None-Match: *
    virtual Result<RemoteWrite> update(const QString &href, const QString &etag, const QByteArray &content) = 0; // If-Match
    // A resource that is already gone counts as deleted.
    virtual Result<RemoteWrite> remove(const QString &href, const QString &etag) = 0;                  // If-Match
};

} // namespace tend::sync
