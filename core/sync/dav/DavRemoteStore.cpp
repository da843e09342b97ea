#include "sync/dav/DavRemoteStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend::sync::dav {
namespace {

struct DavRemoteStoreText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::dav::DavRemoteStore)
};

QList<ListingEntry> knownListing(const QList<StatusRecord> &known)
{
    QList<ListingEntry> listing;
    listing.reserve(known.size());
    for (const StatusRecord &record : known)
        listing.append({record.href, record.etag});
    return listing;
}

} // namespace

DavRemoteStore::DavRemoteStore(DavClient &client, const QUrl &collection, xml::CollectionKind kind, const ItemCodec &codec)
    : m_collection(client, collection, kind), m_codec(codec)
{
}

Result<RemoteSnapshot> DavRemoteStore::snapshot(const QList<StatusRecord> &known, const CollectionState &last)
{
    m_statistics = {};
    RemoteSnapshot snapshot;
    QList<ListingEntry> listing;

    // A recorded sync-token came from a sync-collection report, so the server has it: ask for the
    // changes straight away (one request when there are none). Otherwise find out first, asking
    // only for what decides the path: servers compute a ctag or a token by walking the collection.
    bool syncCollection = useSyncCollection && !last.syncToken.isEmpty();
    QString ctag;
    if (!syncCollection) {
        const bool firstRun = last.ctag.isEmpty();
        QStringList wanted{clark(ns::calendarServer, u"getctag")};
        if (firstRun && useSyncCollection)
            wanted.append(clark(ns::dav, u"supported-report-set"));
        Result<CollectionProperties> properties = m_collection.properties(wanted);
        if (!properties)
            return properties.error();
        syncCollection = useSyncCollection && properties->supportsSyncCollection;
        ctag = properties->ctag;
    }

    if (syncCollection) {
        m_statistics.usedSyncCollection = true;
        Result<SyncDelta> delta = m_collection.syncCollection(last.syncToken);
        if (!delta)
            return delta.error();
        m_statistics.full = delta->full;
        m_statistics.syncRounds = delta->rounds;
        m_statistics.unchanged = !delta->full && delta->changed.isEmpty() && delta->removed.isEmpty();
        if (delta->full) {
            listing = delta->changed;
        } else {
            // What the status knows, less what was removed, with what changed on top.
            QHash<QString, QString> etags;
            for (const StatusRecord &record : known)
                etags.insert(record.href, record.etag);
            for (const QString &href : std::as_const(delta->removed))
                etags.remove(href);
            for (const ListingEntry &entry : std::as_const(delta->changed))
                etags.insert(entry.href, entry.etag);
            for (auto it = etags.cbegin(); it != etags.cend(); ++it)
                listing.append({it.key(), it.value()});
        }
        snapshot.state.syncToken = delta->syncToken;
    } else if (!last.ctag.isEmpty() && ctag == last.ctag) {
        m_statistics.unchanged = true;
        listing = knownListing(known);
        snapshot.state = last;
    } else {
        m_statistics.full = true;
        Result<QList<ListingEntry>> all = m_collection.listEtags();
        if (!all)
            return all.error();
        listing = *all;
        snapshot.state.ctag = ctag;
    }
    m_statistics.listed = listing.size();

    const ListingSplit split = splitListing(known, listing);
    snapshot.items = split.unchanged;
    if (split.toFetch.isEmpty())
        return snapshot;
    Result<QList<FetchedResource>> fetched = m_collection.multiget(split.toFetch, multigetBatchSize);
    if (!fetched)
        return fetched.error();
    m_statistics.fetched = fetched->size();
    QSet<QString> arrived;
    for (const FetchedResource &resource : std::as_const(*fetched)) {
        arrived.insert(resource.href);
        addFetched(snapshot, m_codec, resource.href, resource.etag, resource.content);
    }
    // Listed but not sent: not taken as deleted. The next sync asks again.
    for (const QString &href : split.toFetch) {
        if (!arrived.contains(href))
            snapshot.skipped.append({href, DavRemoteStoreText::tr("The server listed it but did not send it.")});
    }
    return snapshot;
}

Result<std::optional<RemoteItem>> DavRemoteStore::fetch(const QString &href)
{
    Result<std::optional<FetchedResource>> resource = m_collection.get(href);
    if (!resource)
        return resource.error();
    if (!resource->has_value())
        return std::optional<RemoteItem>();
    QString etag = (*resource)->etag;
    if (etag.isEmpty()) {
        // Some servers send no ETag with GET: multiget always carries one.
        Result<QList<FetchedResource>> again = m_collection.multiget({href});
        if (!again)
            return again.error();
        if (again->isEmpty())
            return std::optional<RemoteItem>();
        etag = again->first().etag;
    }
    Result<RemoteItem> item = readResource(m_codec, href, etag, (*resource)->content);
    if (!item)
        return item.error();
    return std::optional<RemoteItem>(*item);
}

QString DavRemoteStore::hrefFor(const QString &uid) const
{
    // The UID names the resource, so a retried upload lands on the same one (If-None-Match stops a
    // second copy). Characters that are unsafe in a path segment are replaced, with a hash of the
    // UID kept to stay unique.
    QString segment;
    bool replaced = false;
    for (const QChar c : uid) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.' || c == u'@';
        segment += safe ? c : u'-';
        replaced = replaced || !safe;
    }
    if (replaced || segment.isEmpty() || segment.startsWith(u'.') || segment.size() > 120) {
        const QByteArray digest = QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        segment = segment.left(60) + u'-' + QString::fromLatin1(digest);
    }
    return m_collection.path() + segment + m_codec.fileSuffix();
}

Result<RemoteWrite> DavRemoteStore::create(const QString &href, const QByteArray &content)
{
    return m_collection.create(href, content, m_codec.mediaType());
}

Result<RemoteWrite> DavRemoteStore::update(const QString &href, const QString &etag, const QByteArray &content)
{
    return m_collection.update(href, etag, content, m_codec.mediaType());
}

Result<RemoteWrite> DavRemoteStore::remove(const QString &href, const QString &etag)
{
    return m_collection.remove(href, etag);
}

} // namespace tend::sync::dav
