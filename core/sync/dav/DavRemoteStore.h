#pragma once

#include "sync/dav/DavCollection.h"
#include "sync/engine/ItemCodec.h"
#include "sync/engine/RemoteStore.h"

namespace tend::sync::dav {

// One CardDAV address book or CalDAV calendar as the sync engine's server side.
//
// With a recorded sync-token, a snapshot is one sync-collection REPORT when nothing changed, plus
// multigets of what did. Without sync-collection it is one PROPFIND of getctag when nothing changed,
// else a Depth-1 listing of every ETag. Either way only what the status table does not already
// describe is fetched.
class DavRemoteStore final : public RemoteStore
{
public:
    DavRemoteStore(DavClient &client, const QUrl &collection, xml::CollectionKind kind, const ItemCodec &codec);

    Result<RemoteSnapshot> snapshot(const QList<StatusRecord> &known, const CollectionState &last) override;
    Result<std::optional<RemoteItem>> fetch(const QString &href) override;
    QString hrefFor(const QString &uid) const override;
    Result<RemoteWrite> create(const QString &href, const QByteArray &content) override;
    Result<RemoteWrite> update(const QString &href, const QString &etag, const QByteArray &content) override;
    Result<RemoteWrite> remove(const QString &href, const QString &etag) override;

    // How the last snapshot went, for reports and benchmarks.
    struct Statistics
    {
        bool unchanged = false;  // the server reported no change since the recorded token or ctag
        bool usedSyncCollection = false;
        bool full = false;       // every member was listed
        int syncRounds = 0;
        qsizetype listed = 0;
        qsizetype fetched = 0;
    };
    const Statistics &lastSnapshot() const { return m_statistics; }

    int multigetBatchSize = 250;
    bool useSyncCollection = true; // false: getctag and ETags only, as for servers without RFC 6578

private:
    DavCollection m_collection;
    const ItemCodec &m_codec;
    Statistics m_statistics;
};

} // namespace tend::sync::dav
