#include "sync/dav/Discovery.h"

#include "sync/dav/DavCollection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDav)

namespace tend::sync::dav {
namespace {

struct DiscoveryText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::dav::Discovery)
};

QString withSlash(QString path)
{
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

QUrl resolvedHref(const QUrl &base, const QString &href)
{
    QUrl url = base.resolved(QUrl(href, QUrl::TolerantMode));
    url.setPath(withSlash(url.path(QUrl::FullyDecoded)), QUrl::DecodedMode);
    return url;
}

QList<QUrl> hrefsOf(const MultistatusResponse &response, const QUrl &base, const PropertyName &name)
{
    QList<QUrl> urls;
    if (const PropertyValue *value = response.property(name)) {
        for (const QString &href : value->hrefs)
            urls.append(resolvedHref(base, href));
    }
    return urls;
}

QString slugOf(const QString &displayName)
{
    QString slug;
    for (const QChar c : displayName.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"tend"_s : slug;
}

} // namespace

bool CollectionInfo::holdsTasks() const
{
    return kind == xml::CollectionKind::Calendar && (components.isEmpty() || components.contains(u"VTODO"_s));
}

QString CollectionInfo::name() const
{
    if (!displayName.isEmpty())
        return displayName;
    const QStringList segments = url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? QString() : segments.last();
}

QList<CollectionInfo> Account::taskLists() const
{
    QList<CollectionInfo> lists;
    for (const CollectionInfo &calendar : calendars) {
        if (calendar.holdsTasks())
            lists.append(calendar);
    }
    return lists;
}

Result<QUrl> Discovery::serverUrl(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(DiscoveryText::tr("No server address given."));
    QUrl url = QUrl::fromUserInput(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed);
    url.setUserInfo({});
    url.setFragment({});
    url.setQuery(QString());
    if (Status usable = DavClient::checkTransport(url); !usable)
        return usable.error();
    return url;
}

Result<std::optional<QUrl>> Discovery::principalAt(const QUrl &contextPath)
{
    const PropertyName principal = clark(ns::dav, u"current-user-principal");
    const Request request{"PROPFIND", contextPath, xml::propfind({principal}), "application/xml; charset=utf-8",
                          {{"Depth", "0"}}};
    Result<Response> response = m_client.send(request);
    if (!response)
        return response.error(); // unreachable here is unreachable everywhere on this server
    if (response->status == 401)
        return DavClient::failure(request, *response);
    if (response->status != 207) {
        qCDebug(lcDav) << "no principal at" << contextPath << response->status;
        return std::optional<QUrl>();
    }
    Result<Multistatus> answer = xml::parseMultistatus(response->body);
    if (!answer)
        return answer.error();
    for (const MultistatusResponse &entry : std::as_const(answer->responses)) {
        const QList<QUrl> urls = hrefsOf(entry, response->url, principal);
        if (!urls.isEmpty())
            return std::optional<QUrl>(urls.first());
    }
    return std::optional<QUrl>();
}

Result<Account> Discovery::discover(const QString &serverAddress)
{
    Result<QUrl> server = serverUrl(serverAddress);
    if (!server)
        return server.error();

    QList<QUrl> contextPaths;
    if (server->path().length() > 1)
        contextPaths.append(*server);
    for (const QString &path : {u"/.well-known/carddav"_s, u"/.well-known/caldav"_s, u"/"_s}) {
        QUrl candidate = *server;
        candidate.setPath(path);
        contextPaths.append(candidate);
    }

    Account account;
    for (const QUrl &contextPath : std::as_const(contextPaths)) {
        Result<std::optional<QUrl>> principal = principalAt(contextPath);
        if (!principal)
            return principal.error();
        if (principal->has_value()) {
            account.principal = **principal;
            break;
        }
    }
    if (account.principal.isEmpty())
        return Error{Error::Code::Network, DiscoveryText::tr("%1 does not look like a CardDAV or CalDAV server: it names no user "
                                              "principal (tried the address itself, /.well-known/carddav, "
                                              "/.well-known/caldav and /).")
                                               .arg(server->toDisplayString())};

    const PropertyName bookHome = clark(ns::cardDav, u"addressbook-home-set");
    const PropertyName calendarHome = clark(ns::calDav, u"calendar-home-set");
    Result<Multistatus> homes = m_client.propfind(account.principal, 0, {bookHome, calendarHome});
    if (!homes)
        return homes.error();
    for (const MultistatusResponse &response : std::as_const(homes->responses)) {
        account.addressBookHomes += hrefsOf(response, homes->url, bookHome);
        account.calendarHomes += hrefsOf(response, homes->url, calendarHome);
    }
    if (account.addressBookHomes.isEmpty() && account.calendarHomes.isEmpty())
        return Error{Error::Code::Network, DiscoveryText::tr("The server names no address book home or calendar home for %1.")
                                               .arg(account.principal.toDisplayString())};

    QList<QUrl> visited;
    for (const QUrl &home : account.addressBookHomes + account.calendarHomes) {
        if (visited.contains(home))
            continue;
        visited.append(home);
        Result<QList<CollectionInfo>> collections = collectionsIn(home);
        if (!collections)
            return collections.error();
        for (const CollectionInfo &collection : std::as_const(*collections)) {
            if (collection.kind == xml::CollectionKind::AddressBook)
                account.addressBooks.append(collection);
            else
                account.calendars.append(collection);
        }
    }
    return account;
}

Result<QList<CollectionInfo>> Discovery::collectionsIn(const QUrl &home)
{
    const PropertyName type = clark(ns::dav, u"resourcetype");
    const PropertyName name = clark(ns::dav, u"displayname");
    const PropertyName components = clark(ns::calDav, u"supported-calendar-component-set");
    const PropertyName reports = clark(ns::dav, u"supported-report-set");
    const PropertyName ctag = clark(ns::calendarServer, u"getctag");
    const PropertyName token = clark(ns::dav, u"sync-token");
    Result<Multistatus> answer = m_client.propfind(home, 1, {type, name, components, reports, ctag, token});
    if (!answer)
        return answer.error();

    QList<CollectionInfo> collections;
    const QString homePath = withSlash(home.path(QUrl::FullyDecoded));
    for (const MultistatusResponse &response : std::as_const(answer->responses)) {
        const QUrl url = resolvedHref(answer->url, response.href);
        if (url.path(QUrl::FullyDecoded) == homePath)
            continue;
        const PropertyValue *kind = response.property(type);
        if (!kind)
            continue;
        CollectionInfo info;
        info.url = url;
        if (kind->childNames.contains(clark(ns::cardDav, u"addressbook")))
            info.kind = xml::CollectionKind::AddressBook;
        else if (kind->childNames.contains(clark(ns::calDav, u"calendar")))
            info.kind = xml::CollectionKind::Calendar;
        else
            continue;
        if (const PropertyValue *value = response.property(name))
            info.displayName = value->text.trimmed();
        if (const PropertyValue *value = response.property(components))
            info.components = value->componentNames;
        if (const PropertyValue *value = response.property(reports))
            info.supportsSyncCollection = value->childNames.contains(clark(ns::dav, u"sync-collection"));
        if (const PropertyValue *value = response.property(ctag))
            info.ctag = value->text.trimmed();
        if (const PropertyValue *value = response.property(token))
            info.syncToken = value->text.trimmed();
        collections.append(info);
    }
    return collections;
}

Result<CollectionInfo> Discovery::create(const QUrl &home, const QString &displayName, xml::CollectionKind kind)
{
    const bool book = kind == xml::CollectionKind::AddressBook;
    const QString slug = slugOf(displayName);
    // The second try, if the first name is taken, gets a name nobody else has.
    const QStringList segments{slug, slug + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8)};
    for (const QString &segment : segments) {
        QUrl url = home;
        url.setPath(withSlash(home.path(QUrl::FullyDecoded)) + segment + u'/', QUrl::DecodedMode);
        const Request request{book ? "MKCOL" : "MKCALENDAR", url,
                              book ? xml::makeAddressBook(displayName) : xml::makeTaskList(displayName),
                              "application/xml; charset=utf-8", {}};
        Result<Response> response = m_client.send(request);
        if (!response)
            return response.error();
        // Something is there already (405 for MKCOL, 409 from some servers for MKCALENDAR).
        if ((response->status == 405 || response->status == 409) && segment == slug)
            continue;
        if (!response->succeeded())
            return DavClient::failure(request, *response);
        DavCollection created(m_client, url, kind);
        Result<CollectionProperties> properties = created.properties();
        if (!properties)
            return properties.error();
        CollectionInfo info;
        info.url = created.url();
        info.kind = kind;
        info.displayName = properties->displayName.isEmpty() ? displayName : properties->displayName;
        if (!book)
            info.components = {u"VTODO"_s};
        info.supportsSyncCollection = properties->supportsSyncCollection;
        info.ctag = properties->ctag;
        info.syncToken = properties->syncToken;
        return info;
    }
    return Error{Error::Code::Network, DiscoveryText::tr("The server refused to create \"%1\" in %2.").arg(displayName, home.toDisplayString())};
}

Result<CollectionInfo> Discovery::createAddressBook(const QUrl &home, const QString &displayName)
{
    return create(home, displayName, xml::CollectionKind::AddressBook);
}

Result<CollectionInfo> Discovery::createTaskList(const QUrl &home, const QString &displayName)
{
    return create(home, displayName, xml::CollectionKind::Calendar);
}

Result<std::optional<CollectionInfo>> chooseCollection(const QList<CollectionInfo> &candidates, const QString &requestedName)
{
    auto named = [&](const QString &wanted) -> std::optional<CollectionInfo> {
        for (const CollectionInfo &candidate : candidates) {
            const QStringList segments = candidate.url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
            if (candidate.displayName.compare(wanted, Qt::CaseInsensitive) == 0
                || (!segments.isEmpty() && segments.last().compare(wanted, Qt::CaseInsensitive) == 0))
                return candidate;
        }
        return std::nullopt;
    };
    if (!requestedName.isEmpty())
        return named(requestedName);
    if (candidates.size() == 1)
        return std::optional<CollectionInfo>(candidates.first());
    if (candidates.isEmpty())
        return std::optional<CollectionInfo>();
    if (std::optional<CollectionInfo> tend = named(u"Tend"_s))
        return tend;
    QStringList names;
    for (const CollectionInfo &candidate : candidates)
        names.append(u'"' + candidate.name() + u'"');
    return Error::invalid(DiscoveryText::tr("The server has several of these: %1. Name the one Tend should use.").arg(names.join(u", "_s)));
}

} // namespace tend::sync::dav
