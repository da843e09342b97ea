#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// A WebDAV 207 Multi-Status body (RFC 4918 §14.16), read into plain values.
namespace tend::sync::dav {

// A property name in Clark notation: "{DAV:}getetag".
using PropertyName = QString;

namespace ns {
inline const QString dav = QStringLiteral("DAV:");
inline const QString cardDav = QStringLiteral("urn:ietf:params:xml:ns:carddav");
inline const QString calDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
inline const QString calendarServer = QStringLiteral("http://calendarserver.org/ns/");
} // namespace ns

PropertyName clark(QStringView namespaceUri, QStringView localName);

// What one property held. Properties are read generically: their text, the hrefs inside them, the
// names of their child elements (resourcetype, supported-report-set) and the `name` attributes of
// CalDAV comp elements (supported-calendar-component-set).
struct PropertyValue
{
    QString text;
    QStringList hrefs;
    QStringList childNames;     // Clark notation, every depth
    QStringList componentNames; // "VTODO", "VEVENT"
};

struct PropStat
{
    int status = 0; // from "HTTP/1.1 200 OK"; 0 when the element was missing
    QMap<PropertyName, PropertyValue> properties;
};

struct MultistatusResponse
{
    QString href;  // as sent, percent-encoded
    int status = 0; // the response's own status (a removed member in sync-collection: 404); 0 if none
    QList<PropStat> propstats;

    // The value of a property found with a 2xx propstat; nullptr when absent or not found.
    const PropertyValue *property(const PropertyName &name) const;
};

struct Multistatus
{
    QUrl url; // where the answer came from, after redirects: its hrefs resolve against it
    QList<MultistatusResponse> responses;
    QString syncToken; // RFC 6578: the token after this report
};

} // namespace tend::sync::dav
