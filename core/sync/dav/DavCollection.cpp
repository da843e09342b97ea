#include "sync/dav/DavCollection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDav)

namespace tend::sync::dav {
namespace {

struct DavCollectionText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::dav::DavCollection)
};

QString withSlash(QString path)
{
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

// A strong ETag from a response header; a weak one (the server changed what was sent) or none
// reads as unknown, so the next sync fetches the resource and learns its real ETag.
QString strongEtag(const Response &response)
{
    const QByteArray etag = response.header("ETag").trimmed();
    if (etag.startsWith("W/"))
        return {};
    return QString::fromLatin1(etag);
}

} // namespace

DavCollection::DavCollection(DavClient &client, QUrl url, xml::CollectionKind kind)
    : m_client(client), m_url(std::move(url)), m_kind(kind)
{
    if (!m_url.path().endsWith(u'/'))
        m_url.setPath(m_url.path() + u'/');
}

QString DavCollection::path() const
{
    return withSlash(m_url.path(QUrl::FullyDecoded));
}

QString DavCollection::hrefPath(const QUrl &base, const QString &href)
{
    return base.resolved(QUrl(href, QUrl::TolerantMode)).path(QUrl::FullyDecoded);
}

QUrl DavCollection::urlOf(const QString &hrefPath) const
{
    QUrl url = m_url;
    url.setPath(hrefPath, QUrl::DecodedMode);
    return url;
}

Result<CollectionProperties> DavCollection::properties(const QStringList &wanted)
{
    const QStringList all{clark(ns::dav, u"displayname"), clark(ns::calendarServer, u"getctag"),
                          clark(ns::dav, u"sync-token"), clark(ns::dav, u"supported-report-set")};
    Result<Multistatus> answer = m_client.propfind(m_url, 0, wanted.isEmpty() ? all : wanted);
    if (!answer)
        return answer.error();
    CollectionProperties properties;
    for (const MultistatusResponse &response : std::as_const(answer->responses)) {
        // Depth 0 answers for the collection alone; a lone response that spells its href
        // differently is still the collection's.
        if (answer->responses.size() > 1 && withSlash(hrefPath(answer->url, response.href)) != path())
            continue;
        if (const PropertyValue *value = response.property(clark(ns::dav, u"displayname")))
            properties.displayName = value->text.trimmed();
        if (const PropertyValue *value = response.property(clark(ns::calendarServer, u"getctag")))
            properties.ctag = value->text.trimmed();
        if (const PropertyValue *value = response.property(clark(ns::dav, u"sync-token")))
            properties.syncToken = value->text.trimmed();
        if (const PropertyValue *value = response.property(clark(ns::dav, u"supported-report-set")))
            properties.supportsSyncCollection = value->childNames.contains(clark(ns::dav, u"sync-collection"));
    }
    return properties;
}

Result<SyncDelta> DavCollection::syncCollection(const QString &syncToken, int maxRounds)
{
    SyncDelta delta;
    delta.full = syncToken.isEmpty();
    QString token = syncToken;
    QHash<QString, qsizetype> changedAt;
    while (true) {
        if (delta.rounds >= maxRounds)
            return Error{Error::Code::Network, DavCollectionText::tr("The server kept truncating its list of changes to %1 after %2 requests.")
                                                   .arg(m_url.toDisplayString(QUrl::RemoveUserInfo)).arg(maxRounds)};
        ++delta.rounds;
        const Request request{"REPORT", m_url, xml::syncCollection(token), "application/xml; charset=utf-8",
                              {{"Depth", "0"}}};
        Result<Response> response = m_client.send(request);
        if (!response)
            return response.error();
        if (response->status != 207) {
            const bool refused = (response->status == 403 || response->status == 409 || response->status == 400)
                && xml::errorCondition(response->body) == clark(ns::dav, u"valid-sync-token");
            if (refused && !token.isEmpty() && !delta.tokenRefused) {
                qCInfo(lcDav) << "sync-token refused; listing" << m_url.path() << "in full";
                delta = SyncDelta{};
                delta.full = true;
                delta.tokenRefused = true;
                delta.rounds = 1;
                changedAt.clear();
                token.clear();
                continue;
            }
            return DavClient::failure(request, *response);
        }
        Result<Multistatus> answer = xml::parseMultistatus(response->body);
        if (!answer)
            return answer.error();
        bool truncated = false;
        for (const MultistatusResponse &entry : std::as_const(answer->responses)) {
            const QString href = hrefPath(response->url, entry.href);
            if (withSlash(href) == path()) {
                truncated = truncated || entry.status == 507;
                continue;
            }
            if (entry.status == 404) {
                if (!delta.removed.contains(href))
                    delta.removed.append(href);
                continue;
            }
            const PropertyValue *etag = entry.property(clark(ns::dav, u"getetag"));
            if (!etag && entry.status / 100 != 2 && entry.status != 0)
                continue;
            const ListingEntry listing{href, etag ? etag->text.trimmed() : QString()};
            delta.removed.removeAll(href);
            if (const qsizetype at = changedAt.value(href, -1); at >= 0)
                delta.changed[at] = listing;
            else {
                changedAt.insert(href, delta.changed.size());
                delta.changed.append(listing);
            }
        }
        if (answer->syncToken.isEmpty())
            return Error{Error::Code::Network, DavCollectionText::tr("The server's list of changes to %1 carries no sync-token.")
                                                   .arg(m_url.toDisplayString(QUrl::RemoveUserInfo))};
        if (truncated && answer->syncToken == token)
            return Error{Error::Code::Network, DavCollectionText::tr("The server truncated its list of changes to %1 without moving on.")
                                                   .arg(m_url.toDisplayString(QUrl::RemoveUserInfo))};
        delta.syncToken = answer->syncToken;
        token = answer->syncToken;
        if (!truncated)
            break;
    }
    // A member changed and then removed within one truncated series is removed.
    const QSet<QString> removed(delta.removed.cbegin(), delta.removed.cend());
    delta.changed.removeIf([&](const ListingEntry &entry) { return removed.contains(entry.href); });
    return delta;
}

Result<QList<ListingEntry>> DavCollection::listEtags()
{
    Result<Multistatus> answer = m_client.propfind(m_url, 1, {clark(ns::dav, u"getetag"), clark(ns::dav, u"resourcetype")});
    if (!answer)
        return answer.error();
    QList<ListingEntry> listing;
    for (const MultistatusResponse &response : std::as_const(answer->responses)) {
        const QString href = hrefPath(answer->url, response.href);
        if (withSlash(href) == path())
            continue;
        const PropertyValue *type = response.property(clark(ns::dav, u"resourcetype"));
        if (type && type->childNames.contains(clark(ns::dav, u"collection")))
            continue;
        const PropertyValue *etag = response.property(clark(ns::dav, u"getetag"));
        listing.append({href, etag ? etag->text.trimmed() : QString()});
    }
    return listing;
}

Result<QList<FetchedResource>> DavCollection::multiget(const QStringList &hrefs, int batchSize)
{
    const bool book = m_kind == xml::CollectionKind::AddressBook;
    const PropertyName data = clark(book ? ns::cardDav : ns::calDav, book ? u"address-data" : u"calendar-data");
    QList<FetchedResource> fetched;
    fetched.reserve(hrefs.size());
    for (qsizetype start = 0; start < hrefs.size(); start += batchSize) {
        QStringList encoded;
        for (const QString &href : hrefs.mid(start, batchSize))
            encoded.append(urlOf(href).path(QUrl::FullyEncoded));
        Result<Multistatus> answer = m_client.report(m_url, 1, xml::multiget(m_kind, encoded));
        if (!answer)
            return answer.error();
        for (const MultistatusResponse &response : std::as_const(answer->responses)) {
            const PropertyValue *content = response.property(data);
            if (!content)
                continue; // 404: gone since the listing
            const PropertyValue *etag = response.property(clark(ns::dav, u"getetag"));
            fetched.append({hrefPath(answer->url, response.href), etag ? etag->text.trimmed() : QString(),
                            content->text.toUtf8()});
        }
    }
    return fetched;
}

Result<std::optional<FetchedResource>> DavCollection::get(const QString &href)
{
    const Request request{"GET", urlOf(href), {}, {}, {}};
    Result<Response> response = m_client.send(request);
    if (!response)
        return response.error();
    if (response->status == 404 || response->status == 410)
        return std::optional<FetchedResource>();
    if (!response->succeeded())
        return DavClient::failure(request, *response);
    return std::optional<FetchedResource>(FetchedResource{href, strongEtag(*response), response->body});
}

Result<RemoteWrite> DavCollection::put(const QString &href, const QByteArray &content, const QByteArray &mediaType,
                                       std::pair<QByteArray, QByteArray> condition)
{
    const Request request{"PUT", urlOf(href), content, mediaType, {condition}};
    Result<Response> response = m_client.send(request);
    if (!response)
        return response.error();
    RemoteWrite write;
    write.href = href;
    if (response->status == 412) {
        write.preconditionFailed = true;
        return write;
    }
    if (response->status == 404 && condition.first == "If-Match") {
        write.preconditionFailed = true; // deleted on the server in the meantime
        return write;
    }
    if (!response->succeeded())
        return DavClient::failure(request, *response);
    write.etag = strongEtag(*response);
    return write;
}

Result<RemoteWrite> DavCollection::create(const QString &href, const QByteArray &content, const QByteArray &mediaType)
{
    return put(href, content, mediaType, {"If-None-Match", "*"});
}

Result<RemoteWrite> DavCollection::update(const QString &href, const QString &etag, const QByteArray &content,
                                          const QByteArray &mediaType)
{
    if (etag.isEmpty()) {
        RemoteWrite unknown; // never overwrite blind: fetch it first, to learn its ETag
        unknown.href = href;
        unknown.preconditionFailed = true;
        return unknown;
    }
    return put(href, content, mediaType, {"If-Match", etag.toLatin1()});
}

Result<RemoteWrite> DavCollection::remove(const QString &href, const QString &etag)
{
    RemoteWrite write;
    write.href = href;
    if (etag.isEmpty()) {
        write.preconditionFailed = true;
        return write;
    }
    const Request request{"DELETE", urlOf(href), {}, {}, {{"If-Match", etag.toLatin1()}}};
    Result<Response> response = m_client.send(request);
    if (!response)
        return response.error();
    if (response->status == 412) {
        write.preconditionFailed = true;
        return write;
    }
    if (response->status == 404 || response->status == 410 || response->succeeded())
        return write;
    return DavClient::failure(request, *response);
}

} // namespace tend::sync::dav
