// WebDAV XML both ways: multistatus bodies read by namespace (never by prefix), request bodies
// that a namespace-aware reader finds well-formed and correctly qualified.
#include "sync/dav/DavXml.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace tend::sync::dav;

namespace {

// Every element of a body as "{namespace}name", in document order.
QStringList elementsOf(const QByteArray &body)
{
    QStringList names;
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            names.append(clark(reader.namespaceUri(), reader.name()));
    }
    if (reader.hasError())
        names.append(u"ERROR: "_s + reader.errorString());
    return names;
}

} // namespace

class TestDavXml : public QObject
{
    Q_OBJECT

private slots:
    void readsAnyPrefixAndTheDefaultNamespace();
    void propertyInAnotherNamespaceIsNotTheDavOne();
    void readsHrefsChildrenAndComponents();
    void statusOnlyResponseWithSeveralHrefs();
    void failedPropstatIsNotAProperty();
    void readsStatusLines();
    void readsErrorConditions();
    void brokenXmlIsAnError();
    void requestBodiesAreQualified();
    void tokensAndHrefsAreEscaped();
};

void TestDavXml::readsAnyPrefixAndTheDefaultNamespace()
{
    const QByteArray prefixed = R"(<?xml version="1.0"?>
<X:multistatus xmlns:X="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <X:response><X:href>/a/1.vcf</X:href>
    <X:propstat><X:prop><X:getetag>"e1"</X:getetag>
      <C:address-data><![CDATA[BEGIN:VCARD
FN:Ada & co
END:VCARD
]]></C:address-data></X:prop><X:status>HTTP/1.1 200 OK</X:status></X:propstat></X:response>
  <X:sync-token>http://example.org/sync/7</X:sync-token>
</X:multistatus>)";
    const auto parsed = xml::parseMultistatus(prefixed);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->responses.size(), 1);
    const MultistatusResponse &response = parsed->responses.first();
    QCOMPARE(response.href, u"/a/1.vcf"_s);
    QCOMPARE(response.property(clark(ns::dav, u"getetag"))->text.trimmed(), u"\"e1\""_s);
    QVERIFY(response.property(clark(ns::cardDav, u"address-data"))->text.contains(u"FN:Ada & co"_s));
    QCOMPARE(parsed->syncToken, u"http://example.org/sync/7"_s);

    const QByteArray defaulted = R"(<multistatus xmlns="DAV:"><response><href>/b/</href><propstat><prop>
<displayname>Friends</displayname></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>)";
    const auto second = xml::parseMultistatus(defaulted);
    QVERIFY(second.ok());
    QCOMPARE(second->responses.first().property(clark(ns::dav, u"displayname"))->text, u"Friends"_s);
}

void TestDavXml::propertyInAnotherNamespaceIsNotTheDavOne()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:" xmlns:o="urn:other"><d:response><d:href>/a/</d:href>
<d:propstat><d:prop><o:getetag>"not-dav"</o:getetag><getetag xmlns="urn:else">"nor-this"</getetag></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)";
    const auto parsed = xml::parseMultistatus(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->responses.first().property(clark(ns::dav, u"getetag")), nullptr);
    QVERIFY(parsed->responses.first().property(clark(u"urn:other", u"getetag")) != nullptr);

    // A multistatus outside DAV: is no multistatus.
    QVERIFY(!xml::parseMultistatus(R"(<multistatus xmlns="urn:other"/>)").ok());
}

void TestDavXml::readsHrefsChildrenAndComponents()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:" xmlns:cal="urn:ietf:params:xml:ns:caldav">
<d:response><d:href>/u/tasks/</d:href><d:propstat><d:prop>
  <d:resourcetype><d:collection/><cal:calendar/></d:resourcetype>
  <cal:supported-calendar-component-set><cal:comp name="VTODO"/><cal:comp name="vevent"/></cal:supported-calendar-component-set>
  <d:supported-report-set><d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report></d:supported-report-set>
  <cal:calendar-home-set><d:href>/u/</d:href><d:href>/shared/</d:href></cal:calendar-home-set>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)";
    const auto parsed = xml::parseMultistatus(body);
    QVERIFY(parsed.ok());
    const MultistatusResponse &response = parsed->responses.first();
    QCOMPARE(response.property(clark(ns::dav, u"resourcetype"))->childNames,
             (QStringList{clark(ns::dav, u"collection"), clark(ns::calDav, u"calendar")}));
    QCOMPARE(response.property(clark(ns::calDav, u"supported-calendar-component-set"))->componentNames,
             (QStringList{u"VTODO"_s, u"VEVENT"_s}));
    QVERIFY(response.property(clark(ns::dav, u"supported-report-set"))->childNames.contains(clark(ns::dav, u"sync-collection")));
    QCOMPARE(response.property(clark(ns::calDav, u"calendar-home-set"))->hrefs, (QStringList{u"/u/"_s, u"/shared/"_s}));
}

void TestDavXml::statusOnlyResponseWithSeveralHrefs()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a/1.vcf</d:href><d:href>/a/2.vcf</d:href>
<d:status>HTTP/1.1 404 Not Found</d:status></d:response></d:multistatus>)";
    const auto parsed = xml::parseMultistatus(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->responses.size(), 2);
    QCOMPARE(parsed->responses.at(1).href, u"/a/2.vcf"_s);
    QCOMPARE(parsed->responses.at(1).status, 404);
}

void TestDavXml::failedPropstatIsNotAProperty()
{
    const QByteArray body = R"(<d:multistatus xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:response><d:href>/a/</d:href>
<d:propstat><d:prop><d:displayname>A</d:displayname></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
<d:propstat><d:prop><cs:getctag/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
</d:response></d:multistatus>)";
    const auto parsed = xml::parseMultistatus(body);
    QVERIFY(parsed.ok());
    QVERIFY(parsed->responses.first().property(clark(ns::dav, u"displayname")));
    QCOMPARE(parsed->responses.first().property(clark(ns::calendarServer, u"getctag")), nullptr);
}

void TestDavXml::readsStatusLines()
{
    QCOMPARE(xml::statusCode(u"HTTP/1.1 200 OK"), 200);
    QCOMPARE(xml::statusCode(u"  HTTP/1.1 507 Insufficient Storage "), 507);
    QCOMPARE(xml::statusCode(u"HTTP/2 404"), 404);
    QCOMPARE(xml::statusCode(u"200 OK"), 0);
    QCOMPARE(xml::statusCode(u"HTTP/1.1 abc"), 0);
    QCOMPARE(xml::statusCode(u""), 0);
}

void TestDavXml::readsErrorConditions()
{
    QCOMPARE(xml::errorCondition(R"(<?xml version="1.0"?><D:error xmlns:D="DAV:"><D:valid-sync-token/></D:error>)"),
             clark(ns::dav, u"valid-sync-token"));
    QCOMPARE(xml::errorCondition("<html>Forbidden</html>"), QString());
    QCOMPARE(xml::errorCondition(""), QString());
}

void TestDavXml::brokenXmlIsAnError()
{
    const auto broken = xml::parseMultistatus(R"(<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a</d:response>)");
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, tend::Error::Code::Network);
    QVERIFY(broken.error().message.contains(u"not readable XML"_s));
    QVERIFY(!xml::parseMultistatus("").ok());
    QVERIFY(xml::parseMultistatus("<html><body>Login</body></html>").error().message.contains(u"multistatus"_s));
    // An external entity is never fetched: its reference stays unresolved.
    const auto external = xml::parseMultistatus(R"(<!DOCTYPE d:multistatus [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/a/</d:href><d:propstat><d:prop><d:displayname>&x;</d:displayname>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>)");
    if (external.ok()) {
        const PropertyValue *name = external->responses.value(0).property(clark(ns::dav, u"displayname"));
        QVERIFY(!name || !name->text.contains(u"root:"_s));
    }
}

void TestDavXml::requestBodiesAreQualified()
{
    QCOMPARE(elementsOf(xml::propfind({clark(ns::dav, u"getetag"), clark(ns::calendarServer, u"getctag")})),
             (QStringList{clark(ns::dav, u"propfind"), clark(ns::dav, u"prop"), clark(ns::dav, u"getetag"),
                          clark(ns::calendarServer, u"getctag")}));
    QCOMPARE(elementsOf(xml::syncCollection(u"t1"_s)),
             (QStringList{clark(ns::dav, u"sync-collection"), clark(ns::dav, u"sync-token"), clark(ns::dav, u"sync-level"),
                          clark(ns::dav, u"prop"), clark(ns::dav, u"getetag")}));
    QCOMPARE(elementsOf(xml::multiget(xml::CollectionKind::AddressBook, {u"/a/1.vcf"_s})),
             (QStringList{clark(ns::cardDav, u"addressbook-multiget"), clark(ns::dav, u"prop"), clark(ns::dav, u"getetag"),
                          clark(ns::cardDav, u"address-data"), clark(ns::dav, u"href")}));
    QCOMPARE(elementsOf(xml::multiget(xml::CollectionKind::Calendar, {})).first(), clark(ns::calDav, u"calendar-multiget"));
    QCOMPARE(elementsOf(xml::makeAddressBook(u"Tend"_s)),
             (QStringList{clark(ns::dav, u"mkcol"), clark(ns::dav, u"set"), clark(ns::dav, u"prop"),
                          clark(ns::dav, u"resourcetype"), clark(ns::dav, u"collection"), clark(ns::cardDav, u"addressbook"),
                          clark(ns::dav, u"displayname")}));
    const QByteArray calendar = xml::makeTaskList(u"Tend"_s);
    QCOMPARE(elementsOf(calendar).first(), clark(ns::calDav, u"mkcalendar"));
    QVERIFY(elementsOf(calendar).contains(clark(ns::calDav, u"comp")));
    QVERIFY(calendar.contains("name=\"VTODO\""));
}

void TestDavXml::tokensAndHrefsAreEscaped()
{
    const QByteArray body = xml::syncCollection(u"a<b&c"_s);
    QXmlStreamReader reader(body);
    QString token;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"sync-token")
            token = reader.readElementText();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(token, u"a<b&c"_s);
    QVERIFY(!elementsOf(xml::makeAddressBook(u"Friends & <family>"_s)).join(u' ').contains(u"ERROR"_s));
}

QTEST_APPLESS_MAIN(TestDavXml)
#include "tst_davxml.moc"
