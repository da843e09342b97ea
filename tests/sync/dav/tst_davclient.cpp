// The DAV transport against a fake server on 127.0.0.1: the faults a real server rarely shows on
// demand (hanging, redirect loops, truncated sync reports, broken XML, errors), each bounded and
// each a plain-language Error.
#include "FakeDavServer.h"

#include "sync/dav/DavClient.h"
#include "sync/dav/DavCollection.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::sync::dav;
using namespace tend::sync::test;
using tend::Error;

Q_DECLARE_METATYPE(tend::Error::Code)

namespace {

ClientOptions quick()
{
    ClientOptions options;
    options.transferTimeoutMs = 700;
    options.requestTimeoutMs = 2000;
    return options;
}

QByteArray member(const QByteArray &href, const QByteArray &etag)
{
    return "<d:response><d:href>" + href + "</d:href><d:propstat><d:prop><d:getetag>" + etag
        + "</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>";
}

QByteArray truncatedAt(const QByteArray &collection)
{
    return "<d:response><d:href>" + collection + "</d:href><d:status>HTTP/1.1 507 Insufficient Storage</d:status></d:response>";
}

QByteArray tokenOf(const FakeRequest &request)
{
    const qsizetype start = request.body.indexOf("sync-token>") + 11;
    const qsizetype end = request.body.indexOf('<', start);
    return request.body.mid(start, end - start);
}

} // namespace

class TestDavClient : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpOnlyToThisComputer();
    void refusedHttpSendsNothing();
    void hangingServerTimesOut();
    void connectionRefusedSaysSo();
    void redirectLoopIsBounded();
    void redirectKeepsMethodAndBody();
    void httpErrorsBecomePlainMessages_data();
    void httpErrorsBecomePlainMessages();
    void brokenXmlIsAnError();
    void oversizedAnswerIsRefused();
    void credentialsGoAsBasicOnlyWhenGiven();
    void syncCollectionFollowsTruncation();
    void syncCollectionTruncationIsBounded();
    void syncCollectionTruncationMustMoveOn();
    void refusedTokenStartsOverInFull();
    void conditionalWritesReportPreconditions();
    void weakEtagAfterPutReadsAsUnknown();
};

void TestDavClient::plainHttpOnlyToThisComputer()
{
    for (const char *allowed : {"https://dav.example.org/", "http://127.0.0.1:5232/", "http://localhost/",
                                "http://LOCALHOST:80/", "http://[::1]:8080/", "http://127.1.2.3/", "http://a.localhost/"})
        QVERIFY2(DavClient::checkTransport(QUrl(QString::fromLatin1(allowed))).ok(), allowed);
    for (const char *refused : {"http://dav.example.org/", "http://192.168.1.10/", "http://10.0.0.1/",
                                "http://localhost.example.org/", "ftp://example.org/", "dav.example.org"}) {
        const tend::Status status = DavClient::checkTransport(QUrl(QString::fromLatin1(refused)));
        QVERIFY2(!status.ok(), refused);
        QCOMPARE(status.error().code, Error::Code::Invalid);
    }
    QVERIFY(DavClient::checkTransport(QUrl(u"http://dav.example.org/"_s)).error().message.contains(u"https://"_s));
}

void TestDavClient::refusedHttpSendsNothing()
{
    DavClient client({u"ada"_s, u"secret"_s}, quick());
    const auto response = client.send({"PROPFIND", QUrl(u"http://dav.example.org/"_s), {}, {}, {}});
    QVERIFY(!response.ok());
    QCOMPARE(client.requestsSent(), 0);
}

void TestDavClient::hangingServerTimesOut()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{200, {}, {}, true}; });
    DavClient client({}, quick());
    QElapsedTimer timer;
    timer.start();
    const auto response = client.propfind(server.url(), 0, {clark(ns::dav, u"getetag")});
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, Error::Code::Network);
    QVERIFY2(response.error().message.contains(u"did not answer"_s), qPrintable(response.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

void TestDavClient::connectionRefusedSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    DavClient client({}, quick());
    const auto response = client.send({"GET", QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), {}, {}, {}});
    QVERIFY(!response.ok());
    QVERIFY2(response.error().message.contains(u"connection refused"_s), qPrintable(response.error().message));
}

void TestDavClient::redirectLoopIsBounded()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{301, {}, {{"Location", "/again"}}, false}; });
    DavClient client({}, quick());
    const auto response = client.propfind(server.url(), 0, {clark(ns::dav, u"getetag")});
    QVERIFY(!response.ok());
    QVERIFY(response.error().message.contains(u"redirected"_s));
    QCOMPARE(server.requests.size(), client.options().maxRedirects + 1);
}

void TestDavClient::redirectKeepsMethodAndBody()
{
    FakeDavServer server([](const FakeRequest &request) {
        if (request.path == "/.well-known/carddav")
            return FakeResponse{301, {}, {{"Location", "/dav/"}}, false};
        return FakeResponse{207, multistatus(member("/dav/", "\"1\"")), {}, false};
    });
    DavClient client({}, quick());
    const auto answer = client.propfind(server.url(u"/.well-known/carddav"_s), 0, {clark(ns::dav, u"getetag")});
    QVERIFY(answer.ok());
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).method, QByteArray("PROPFIND"));
    QCOMPARE(server.requests.at(1).path, QByteArray("/dav/"));
    QCOMPARE(server.requests.at(1).body, server.requests.at(0).body);
    QCOMPARE(server.requests.at(1).headers.value("depth"), QByteArray("0"));
    QCOMPARE(answer->url.path(), u"/dav/"_s);
}

void TestDavClient::httpErrorsBecomePlainMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("401") << 401 << Error::Code::Unauthorized << u"user name or password"_s;
    QTest::newRow("403") << 403 << Error::Code::Unauthorized << u"does not allow this user"_s;
    QTest::newRow("404") << 404 << Error::Code::Network << u"nothing at that address"_s;
    QTest::newRow("500") << 500 << Error::Code::Network << u"try again later"_s;
    QTest::newRow("503") << 503 << Error::Code::Network << u"try again later"_s;
    QTest::newRow("507") << 507 << Error::Code::Network << u"run out of space"_s;
}

void TestDavClient::httpErrorsBecomePlainMessages()
{
    QFETCH(int, status);
    QFETCH(Error::Code, code);
    QFETCH(QString, words);
    FakeDavServer server([status](const FakeRequest &) { return FakeResponse{status, "<html>oops</html>", {}, false}; });
    DavClient client({}, quick());
    const auto answer = client.propfind(server.url(u"/book/"_s), 1, {clark(ns::dav, u"getetag")});
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().code, code);
    QVERIFY2(answer.error().message.contains(words), qPrintable(answer.error().message));
    QVERIFY(answer.error().message.contains(u"HTTP %1"_s.arg(status)));
    QVERIFY(!answer.error().message.contains(u"<html>"_s));
}

void TestDavClient::brokenXmlIsAnError()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{207, "<d:multistatus xmlns:d=\"DAV:\"><d:resp", {}, false}; });
    DavClient client({}, quick());
    const auto answer = client.propfind(server.url(), 0, {clark(ns::dav, u"getetag")});
    QVERIFY(!answer.ok());
    QVERIFY(answer.error().message.contains(u"not readable XML"_s));
}

void TestDavClient::oversizedAnswerIsRefused()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{200, QByteArray(300'000, 'x'), {}, false}; });
    ClientOptions options = quick();
    options.maxResponseBytes = 100'000;
    DavClient client({}, options);
    const auto response = client.send({"GET", server.url(u"/big"_s), {}, {}, {}});
    QVERIFY(!response.ok());
    QVERIFY(response.error().message.contains(u"larger than"_s));
}

void TestDavClient::credentialsGoAsBasicOnlyWhenGiven()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{200, "ok", {}, false}; });
    {
        DavClient client({u"ada"_s, u"pä:ss"_s}, quick());
        QVERIFY(client.send({"GET", server.url(), {}, {}, {}}).ok());
    }
    {
        DavClient anonymous({}, quick());
        QVERIFY(anonymous.send({"GET", server.url(), {}, {}, {}}).ok());
    }
    QCOMPARE(server.requests.at(0).headers.value("authorization"),
             QByteArray("Basic " + QByteArray("ada:p\xc3\xa4:ss").toBase64()));
    QVERIFY(!server.requests.at(1).headers.contains("authorization"));
}

void TestDavClient::syncCollectionFollowsTruncation()
{
    FakeDavServer server([](const FakeRequest &request) {
        const QByteArray token = tokenOf(request);
        if (token == "t0")
            return FakeResponse{207, multistatus(member("/book/a.vcf", "\"a1\"") + member("/book/b.vcf", "\"b1\"")
                                                     + truncatedAt("/book/"), "<d:sync-token>t1</d:sync-token>"), {}, false};
        return FakeResponse{207, multistatus(member("/book/c.vcf", "\"c1\"") + member("/book/a.vcf", "\"a2\"")
                                                 + "<d:response><d:href>/book/b.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>",
                                             "<d:sync-token>t2</d:sync-token>"), {}, false};
    });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto delta = book.syncCollection(u"t0"_s);
    QVERIFY2(delta.ok(), delta.ok() ? "" : qPrintable(delta.error().message));
    QCOMPARE(delta->rounds, 2);
    QCOMPARE(delta->syncToken, u"t2"_s);
    QVERIFY(!delta->full);
    QCOMPARE(delta->changed.size(), 2);
    QCOMPARE(delta->changed.at(0).href, u"/book/a.vcf"_s);
    QCOMPARE(delta->changed.at(0).etag, u"\"a2\""_s);
    QCOMPARE(delta->changed.at(1).href, u"/book/c.vcf"_s);
    QCOMPARE(delta->removed, QStringList{u"/book/b.vcf"_s});
    QCOMPARE(server.requests.at(1).headers.value("depth"), QByteArray("0"));
    QCOMPARE(tokenOf(server.requests.at(1)), QByteArray("t1"));
}

void TestDavClient::syncCollectionTruncationIsBounded()
{
    int round = 0;
    FakeDavServer server([&round](const FakeRequest &) {
        ++round;
        return FakeResponse{207, multistatus(truncatedAt("/book/"), "<d:sync-token>t" + QByteArray::number(round) + "</d:sync-token>"),
                            {}, false};
    });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto delta = book.syncCollection({}, 5);
    QVERIFY(!delta.ok());
    QVERIFY(delta.error().message.contains(u"kept truncating"_s));
    QCOMPARE(server.requests.size(), 5);
}

void TestDavClient::syncCollectionTruncationMustMoveOn()
{
    FakeDavServer server([](const FakeRequest &) {
        return FakeResponse{207, multistatus(truncatedAt("/book/"), "<d:sync-token>same</d:sync-token>"), {}, false};
    });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto delta = book.syncCollection(u"same"_s);
    QVERIFY(!delta.ok());
    QVERIFY(delta.error().message.contains(u"without moving on"_s));
}

void TestDavClient::refusedTokenStartsOverInFull()
{
    FakeDavServer server([](const FakeRequest &request) {
        if (tokenOf(request) == "stale")
            return FakeResponse{403, R"(<?xml version="1.0"?><D:error xmlns:D="DAV:"><D:valid-sync-token/></D:error>)", {}, false};
        return FakeResponse{207, multistatus(member("/book/a.vcf", "\"a1\""), "<d:sync-token>fresh</d:sync-token>"), {}, false};
    });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto delta = book.syncCollection(u"stale"_s);
    QVERIFY(delta.ok());
    QVERIFY(delta->full);
    QVERIFY(delta->tokenRefused);
    QCOMPARE(delta->changed.size(), 1);
    QCOMPARE(delta->syncToken, u"fresh"_s);
    QCOMPARE(tokenOf(server.requests.at(1)), QByteArray());

    // A 403 that is not about the token is a refusal, not a reason to list everything.
    FakeDavServer forbidden([](const FakeRequest &) { return FakeResponse{403, "no", {}, false}; });
    DavCollection other(client, forbidden.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto refused = other.syncCollection(u"t"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Unauthorized);
    QCOMPARE(forbidden.requests.size(), 1);
}

void TestDavClient::conditionalWritesReportPreconditions()
{
    FakeDavServer server([](const FakeRequest &request) {
        if (request.headers.value("if-none-match") == "*" || request.headers.value("if-match") == "\"old\"")
            return FakeResponse{412, {}, {}, false};
        return FakeResponse{204, {}, {{"ETag", "\"new\""}}, false};
    });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto created = book.create(u"/book/a.vcf"_s, "BEGIN:VCARD\r\nEND:VCARD\r\n", "text/vcard");
    QVERIFY(created.ok());
    QVERIFY(created->preconditionFailed);
    const auto stale = book.update(u"/book/a.vcf"_s, u"\"old\""_s, "x", "text/vcard");
    QVERIFY(stale.ok() && stale->preconditionFailed);
    const auto fresh = book.update(u"/book/a.vcf"_s, u"\"current\""_s, "x", "text/vcard");
    QVERIFY(fresh.ok() && !fresh->preconditionFailed);
    QCOMPARE(fresh->etag, u"\"new\""_s);
    QCOMPARE(server.requests.at(2).headers.value("if-match"), QByteArray("\"current\""));
    QCOMPARE(server.requests.at(2).headers.value("content-type"), QByteArray("text/vcard"));
    const auto removedStale = book.remove(u"/book/a.vcf"_s, u"\"old\""_s);
    QVERIFY(removedStale.ok() && removedStale->preconditionFailed);
    // Without a known ETag nothing is sent at all: never overwrite blind.
    const qsizetype before = server.requests.size();
    QVERIFY(book.update(u"/book/a.vcf"_s, QString(), "x", "text/vcard")->preconditionFailed);
    QVERIFY(book.remove(u"/book/a.vcf"_s, QString())->preconditionFailed);
    QCOMPARE(server.requests.size(), before);
}

void TestDavClient::weakEtagAfterPutReadsAsUnknown()
{
    FakeDavServer server([](const FakeRequest &) { return FakeResponse{201, {}, {{"ETag", "W/\"rewritten\""}}, false}; });
    DavClient client({}, quick());
    DavCollection book(client, server.url(u"/book/"_s), xml::CollectionKind::AddressBook);
    const auto created = book.create(u"/book/Ada Lovelace.vcf"_s, "BEGIN:VCARD\r\nEND:VCARD\r\n", "text/vcard");
    QVERIFY(created.ok());
    QCOMPARE(created->etag, QString());
    QCOMPARE(server.requests.at(0).path, QByteArray("/book/Ada%20Lovelace.vcf"));
}

QTEST_GUILESS_MAIN(TestDavClient)
#include "tst_davclient.moc"
