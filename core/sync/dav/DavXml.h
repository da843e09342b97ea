#pragma once

#include "sync/dav/Multistatus.h"
#include "util/Result.h"

#include <QByteArray>

// Request bodies and response parsing for WebDAV, CardDAV and CalDAV, namespaces and all.
namespace tend::sync::dav::xml {

// A 207 body. An Error (code Network) describes XML that is not a multistatus.
Result<Multistatus> parseMultistatus(const QByteArray &body);

// The name of the precondition in a DAV:error body (RFC 4918 §16), such as "{DAV:}valid-sync-token";
// empty when the body is not one.
QString errorCondition(const QByteArray &body);

// <propfind><prop>…</prop></propfind> naming each property (Clark notation).
QByteArray propfind(const QStringList &properties);

// RFC 6578 sync-collection: sync-level 1, asking for getetag. An empty token asks for everything.
QByteArray syncCollection(const QString &syncToken);

enum class CollectionKind { AddressBook, Calendar };

// addressbook-multiget / calendar-multiget for these hrefs (percent-encoded paths), with getetag and
// the data.
QByteArray multiget(CollectionKind kind, const QStringList &hrefs);

// Extended MKCOL (RFC 5689) body for an address book, and MKCALENDAR (RFC 4791) for a task list
// (supported-calendar-component-set: VTODO).
QByteArray makeAddressBook(const QString &displayName);
QByteArray makeTaskList(const QString &displayName);

// "HTTP/1.1 404 Not Found" → 404; 0 when it cannot be read.
int statusCode(QStringView statusLine);

} // namespace tend::sync::dav::xml
