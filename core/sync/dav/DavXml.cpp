#include "sync/dav/DavXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace tend::sync::dav {

PropertyName clark(QStringView namespaceUri, QStringView localName)
{
    return u'{' + namespaceUri.toString() + u'}' + localName.toString();
}

const PropertyValue *MultistatusResponse::property(const PropertyName &name) const
{
    for (const PropStat &propstat : propstats) {
        if (propstat.status / 100 != 2)
            continue;
        const auto found = propstat.properties.constFind(name);
        if (found != propstat.properties.cend())
            return &found.value();
    }
    return nullptr;
}

namespace xml {
namespace {

struct DavXmlText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::dav::DavXml)
};

QString nameOf(const QXmlStreamReader &reader)
{
    return clark(reader.namespaceUri(), reader.name());
}

bool isDav(const QXmlStreamReader &reader, QStringView localName)
{
    return reader.namespaceUri() == ns::dav && reader.name() == localName;
}

// Reads the element the reader is on (a property) to its end.
PropertyValue readProperty(QXmlStreamReader &reader)
{
    PropertyValue value;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = nameOf(reader);
            value.childNames.append(name);
            if (isDav(reader, u"href")) {
                value.hrefs.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
                break; // readElementText consumed the end element
            }
            if (reader.namespaceUri() == ns::calDav && reader.name() == u"comp")
                value.componentNames.append(reader.attributes().value(QLatin1String("name")).toString().toUpper());
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 1)
                value.text += reader.text();
            break;
        default:
            break;
        }
    }
    return value;
}

QMap<PropertyName, PropertyValue> readProp(QXmlStreamReader &reader)
{
    QMap<PropertyName, PropertyValue> properties;
    while (reader.readNextStartElement()) {
        const QString name = nameOf(reader);
        properties.insert(name, readProperty(reader));
    }
    return properties;
}

PropStat readPropstat(QXmlStreamReader &reader)
{
    PropStat propstat;
    while (reader.readNextStartElement()) {
        if (isDav(reader, u"prop"))
            propstat.properties = readProp(reader);
        else if (isDav(reader, u"status"))
            propstat.status = statusCode(reader.readElementText());
        else
            reader.skipCurrentElement();
    }
    return propstat;
}

QList<MultistatusResponse> readResponse(QXmlStreamReader &reader)
{
    MultistatusResponse response;
    QStringList hrefs;
    while (reader.readNextStartElement()) {
        if (isDav(reader, u"href"))
            hrefs.append(reader.readElementText().trimmed());
        else if (isDav(reader, u"status"))
            response.status = statusCode(reader.readElementText());
        else if (isDav(reader, u"propstat"))
            response.propstats.append(readPropstat(reader));
        else
            reader.skipCurrentElement();
    }
    // A status-only response may name several hrefs (RFC 4918 §14.24): one entry each.
    QList<MultistatusResponse> responses;
    for (const QString &href : std::as_const(hrefs)) {
        response.href = href;
        responses.append(response);
    }
    return responses;
}

void splitClark(const QString &name, QString &namespaceUri, QString &localName)
{
    const qsizetype close = name.indexOf(u'}');
    namespaceUri = name.mid(1, close - 1);
    localName = name.mid(close + 1);
}

class Body
{
public:
    Body() : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument();
        m_writer.writeNamespace(ns::dav, u"d"_s);
        m_writer.writeNamespace(ns::cardDav, u"card"_s);
        m_writer.writeNamespace(ns::calDav, u"cal"_s);
        m_writer.writeNamespace(ns::calendarServer, u"cs"_s);
    }
    QXmlStreamWriter &operator*() { return m_writer; }
    QXmlStreamWriter *operator->() { return &m_writer; }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

void writeProps(QXmlStreamWriter &writer, const QStringList &properties)
{
    writer.writeStartElement(ns::dav, u"prop"_s);
    for (const QString &property : properties) {
        QString uri, local;
        splitClark(property, uri, local);
        writer.writeEmptyElement(uri, local);
    }
    writer.writeEndElement();
}

} // namespace

int statusCode(QStringView statusLine)
{
    // "HTTP/1.1 200 OK"
    const QList<QStringView> parts = statusLine.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2 || !parts.at(0).startsWith(u"HTTP/"))
        return 0;
    bool ok = false;
    const int code = parts.at(1).toInt(&ok);
    return ok && code >= 100 && code < 600 ? code : 0;
}

Result<Multistatus> parseMultistatus(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    Multistatus result;
    if (!reader.readNextStartElement() || !isDav(reader, u"multistatus")) {
        if (reader.hasError())
            return Error{Error::Code::Network, DavXmlText::tr("The server's answer is not readable XML (line %1: %2).")
                                                   .arg(reader.lineNumber()).arg(reader.errorString())};
        return Error{Error::Code::Network, DavXmlText::tr("The server's answer is not a WebDAV multistatus.")};
    }
    while (reader.readNextStartElement()) {
        if (isDav(reader, u"response"))
            result.responses += readResponse(reader);
        else if (isDav(reader, u"sync-token"))
            result.syncToken = reader.readElementText().trimmed();
        else
            reader.skipCurrentElement();
    }
    if (reader.hasError())
        return Error{Error::Code::Network, DavXmlText::tr("The server's answer is not readable XML (line %1: %2).")
                                               .arg(reader.lineNumber()).arg(reader.errorString())};
    return result;
}

QString errorCondition(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement() || !isDav(reader, u"error"))
        return {};
    if (!reader.readNextStartElement())
        return {};
    return nameOf(reader);
}

QByteArray propfind(const QStringList &properties)
{
    Body body;
    body->writeStartElement(ns::dav, u"propfind"_s);
    writeProps(*body, properties);
    body->writeEndElement();
    return body.finish();
}

QByteArray syncCollection(const QString &syncToken)
{
    Body body;
    body->writeStartElement(ns::dav, u"sync-collection"_s);
    body->writeTextElement(ns::dav, u"sync-token"_s, syncToken);
    body->writeTextElement(ns::dav, u"sync-level"_s, u"1"_s);
    writeProps(*body, {clark(ns::dav, u"getetag")});
    body->writeEndElement();
    return body.finish();
}

QByteArray multiget(CollectionKind kind, const QStringList &hrefs)
{
    const bool book = kind == CollectionKind::AddressBook;
    const QString space = book ? ns::cardDav : ns::calDav;
    Body body;
    body->writeStartElement(space, book ? u"addressbook-multiget"_s : u"calendar-multiget"_s);
    writeProps(*body, {clark(ns::dav, u"getetag"), clark(space, book ? u"address-data" : u"calendar-data")});
    for (const QString &href : hrefs)
        body->writeTextElement(ns::dav, u"href"_s, href);
    body->writeEndElement();
    return body.finish();
}

QByteArray makeAddressBook(const QString &displayName)
{
    Body body;
    body->writeStartElement(ns::dav, u"mkcol"_s);
    body->writeStartElement(ns::dav, u"set"_s);
    body->writeStartElement(ns::dav, u"prop"_s);
    body->writeStartElement(ns::dav, u"resourcetype"_s);
    body->writeEmptyElement(ns::dav, u"collection"_s);
    body->writeEmptyElement(ns::cardDav, u"addressbook"_s);
    body->writeEndElement();
    body->writeTextElement(ns::dav, u"displayname"_s, displayName);
    body->writeEndElement();
    body->writeEndElement();
    body->writeEndElement();
    return body.finish();
}

QByteArray makeTaskList(const QString &displayName)
{
    Body body;
    body->writeStartElement(ns::calDav, u"mkcalendar"_s);
    body->writeStartElement(ns::dav, u"set"_s);
    body->writeStartElement(ns::dav, u"prop"_s);
    body->writeTextElement(ns::dav, u"displayname"_s, displayName);
    body->writeStartElement(ns::calDav, u"supported-calendar-component-set"_s);
    body->writeEmptyElement(ns::calDav, u"comp"_s);
    body->writeAttribute(u"name"_s, u"VTODO"_s);
    body->writeEndElement();
    body->writeEndElement();
    body->writeEndElement();
    body->writeEndElement();
    return body.finish();
}

} // namespace xml
} // namespace tend::sync::dav
