#pragma once

#include "sync/dav/DavClient.h"
#include "sync/dav/DavXml.h"
#include "sync/engine/RemoteListing.h"
#include "sync/engine/RemoteStore.h"

#include <optional>

namespace tend::sync::dav {

// A collection's own properties (PROPFIND Depth 0).
struct CollectionProperties
{
    QString displayName;
    QString ctag;      // CalendarServer getctag; empty when the server has none
    QString syncToken; // RFC 6578 DAV:sync-token; empty when the server has none
    bool supportsSyncCollection = false;
};

// What RFC 6578 sync-collection reported: the members added or changed, and those removed.
struct SyncDelta
{
    QList<ListingEntry> changed;
    QStringList removed;  // hrefs (decoded paths)
    QString syncToken;    // the token to ask from next time
    bool full = false;    // a listing of every member: the first run, or the old token was refused
    bool tokenRefused = false;
    int rounds = 0;       // requests it took (a server may truncate a long answer: 507)
};

// A resource as multiget or GET returned it.
struct FetchedResource
{
    QString href; // decoded path
    QString etag;
    QByteArray content;
};

// The WebDAV requests on one address book or calendar. Hrefs are handed in and out as decoded paths
// ("/user/ab/Ada Lovelace.vcf"); they are encoded on the way out.
class DavCollection final
{
public:
    DavCollection(DavClient &client, QUrl url, xml::CollectionKind kind);

    const QUrl &url() const { return m_url; }
    xml::CollectionKind kind() const { return m_kind; }
    QString path() const; // the collection's decoded path, with a trailing slash

    // A server href resolved against `base` and decoded: the form hrefs are compared in.
    static QString hrefPath(const QUrl &base, const QString &href);
    QUrl urlOf(const QString &hrefPath) const;

    // PROPFIND Depth 0 of these (all four when empty): displayname, getctag, sync-token,
    // supported-report-set. Ask only for what is needed: a server may walk the whole collection to
    // compute a ctag or a sync-token.
    Result<CollectionProperties> properties(const QStringList &wanted = {});

    // RFC 6578 from `syncToken` (empty: everything). A truncated answer (507) is continued with the
    // token it carried, for at most `maxRounds` requests; a token the server refuses
    // (DAV:valid-sync-token) starts over with a full listing.
    Result<SyncDelta> syncCollection(const QString &syncToken, int maxRounds = 1000);

    // Every member and its ETag (PROPFIND Depth 1), for servers without sync-collection.
    Result<QList<ListingEntry>> listEtags();

    // addressbook-multiget / calendar-multiget, `batchSize` hrefs a request. Members the server
    // reports as gone (404) are left out; the result may hold fewer entries than asked for.
    Result<QList<FetchedResource>> multiget(const QStringList &hrefs, int batchSize = 250);
    Result<std::optional<FetchedResource>> get(const QString &href);

    // PUT with If-None-Match: * (create) or If-Match (update). A 412 is not an error: see preconditionFailed.
    Result<RemoteWrite> create(const QString &href, const QByteArray &content, const QByteArray &mediaType);
    Result<RemoteWrite> update(const QString &href, const QString &etag, const QByteArray &content,
                               const QByteArray &mediaType);
    // DELETE with If-Match; a resource already gone counts as deleted.
    Result<RemoteWrite> remove(const QString &href, const QString &etag);

private:
    Result<RemoteWrite> put(const QString &href, const QByteArray &content, const QByteArray &mediaType,
                            std::pair<QByteArray, QByteArray> condition);

    DavClient &m_client;
    QUrl m_url;
    xml::CollectionKind m_kind;
};

} // namespace tend::sync::dav
