#pragma once

#include "sync/dav/DavClient.h"
#include "sync/dav/DavXml.h"

#include <optional>

namespace tend::sync::dav {

// An address book or a calendar in one of the user's home sets.
struct CollectionInfo
{
    QUrl url;
    QString displayName;
    xml::CollectionKind kind = xml::CollectionKind::AddressBook;
    QStringList components; // a calendar's supported-calendar-component-set; empty: any (RFC 4791 §5.2.3)
    bool supportsSyncCollection = false;
    QString ctag;
    QString syncToken;

    bool holdsTasks() const;
    QString name() const; // the display name, else the last path segment
};

// Where the user's data lives on a server.
struct Account
{
    QUrl principal;
    QList<QUrl> addressBookHomes;
    QList<QUrl> calendarHomes;
    QList<CollectionInfo> addressBooks;
    QList<CollectionInfo> calendars;

    QList<CollectionInfo> taskLists() const; // the calendars that take VTODOs
};

// RFC 6764 discovery and collection creation.
class Discovery final
{
public:
    explicit Discovery(DavClient &client) : m_client(client) {}

    // What the user typed ("dav.example.org", "https://example.org/remote.php/dav") as a URL: https://
    // unless said otherwise. An Error when it is not usable (plain http:// to another machine).
    static Result<QUrl> serverUrl(const QString &typed);

    // From the server address to the principal (the address as typed, then /.well-known/carddav and
    // /.well-known/caldav, then the root, each asked for current-user-principal), then its
    // addressbook-home-set and calendar-home-set, then the collections in them.
    Result<Account> discover(const QString &serverAddress);

    Result<QList<CollectionInfo>> collectionsIn(const QUrl &home);

    // Extended MKCOL (RFC 5689) of an address book, MKCALENDAR (RFC 4791) of a calendar for VTODOs,
    // named `displayName`, in `home`.
    Result<CollectionInfo> createAddressBook(const QUrl &home, const QString &displayName);
    Result<CollectionInfo> createTaskList(const QUrl &home, const QString &displayName);

private:
    Result<std::optional<QUrl>> principalAt(const QUrl &contextPath);
    Result<CollectionInfo> create(const QUrl &home, const QString &displayName, xml::CollectionKind kind);

    DavClient &m_client;
};

// Which existing collection to sync with. With no name asked for: the only one there is, or one
// called "Tend" among several; with a name: the one with that display name (or last path segment).
// nullopt means none fits and one should be created; an Error means the choice is the user's
// (several collections, none of them "Tend"), and names them.
Result<std::optional<CollectionInfo>> chooseCollection(const QList<CollectionInfo> &candidates, const QString &requestedName);

} // namespace tend::sync::dav
