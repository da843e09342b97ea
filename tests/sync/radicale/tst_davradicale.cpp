// The DAV client and discovery against a real server: Radicale on 127.0.0.1, started by the test.
#include "RadicaleServer.h"

#include "sync/dav/DavCollection.h"
#include "sync/dav/Discovery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::sync;
using namespace tend::sync::dav;
using namespace tend::sync::test;
using tend::Error;

namespace {

QByteArray vcard(const QString &uid, const QString &name)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid.toUtf8() + "\r\nFN:" + name.toUtf8() + "\r\nN:" + name.toUtf8()
        + ";;;;\r\nEND:VCARD\r\n";
}

QString message(const tend::Error &error)
{
    return error.message;
}

} // namespace

class TestDavRadicale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoversFromTheBaseUrl();
    void discoversFromThePrincipalUrl();
    void createsTendAddressBookAndTaskList();
    void putGetDeleteWithEtags();
    void staleIfMatchIs412();
    void syncTokensCarryOnlyChanges();
    void staleTokenIsRefusedAndListedInFull();
    void multigetFetchesInBatches();
    void ctagMovesWithChanges();
    void wrongPasswordIs401();
    void plainHttpToAnotherHostIsRefused();
    void untrustedCertificateIsRefused();

private:
    DavCollection newAddressBook(DavClient &client, const QString &name);

    RadicaleServer m_server{{{u"tend"_s, u"tend-secret"_s}, {u"fresh"_s, u"fresh-secret"_s}, {u"maker"_s, u"maker-secret"_s}}};
};

void TestDavRadicale::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

DavCollection TestDavRadicale::newAddressBook(DavClient &client, const QString &name)
{
    Discovery discovery(client);
    const auto created = discovery.createAddressBook(m_server.url(u"/tend/"_s), name);
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return DavCollection(client, QUrl(), xml::CollectionKind::AddressBook);
    }
    return DavCollection(client, created->url, xml::CollectionKind::AddressBook);
}

void TestDavRadicale::discoversFromTheBaseUrl()
{
    DavClient client({u"fresh"_s, u"fresh-secret"_s});
    Discovery discovery(client);
    const QString base = u"http://127.0.0.1:%1"_s.arg(m_server.port());
    const auto account = discovery.discover(base);
    QVERIFY2(account.ok(), account.ok() ? "" : qPrintable(message(account.error())));
    QCOMPARE(account->principal.path(), u"/fresh/"_s);
    QCOMPARE(account->addressBookHomes, QList<QUrl>{m_server.url(u"/fresh/"_s)});
    QCOMPARE(account->calendarHomes, QList<QUrl>{m_server.url(u"/fresh/"_s)});
    QVERIFY(account->addressBooks.isEmpty());
    QVERIFY(account->taskLists().isEmpty());
    // The well-known path was asked first and redirected.
    QVERIFY(m_server.log().contains(u"/.well-known/carddav"_s));
}

void TestDavRadicale::discoversFromThePrincipalUrl()
{
    DavClient client({u"fresh"_s, u"fresh-secret"_s});
    Discovery discovery(client);
    const auto account = discovery.discover(m_server.url(u"/fresh/"_s).toString());
    QVERIFY(account.ok());
    QCOMPARE(account->principal.path(), u"/fresh/"_s);
}

void TestDavRadicale::createsTendAddressBookAndTaskList()
{
    DavClient client({u"maker"_s, u"maker-secret"_s});
    Discovery discovery(client);
    auto account = discovery.discover(m_server.url().toString());
    QVERIFY(account.ok());
    const auto noBook = chooseCollection(account->addressBooks, {});
    QVERIFY(noBook.ok() && !noBook->has_value());

    const auto book = discovery.createAddressBook(account->addressBookHomes.first(), u"Tend"_s);
    QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error().message));
    const auto tasks = discovery.createTaskList(account->calendarHomes.first(), u"Tend"_s);
    QVERIFY2(tasks.ok(), tasks.ok() ? "" : qPrintable(tasks.error().message));
    QCOMPARE(book->url.path(), u"/maker/tend/"_s);
    QVERIFY(book->supportsSyncCollection);

    account = discovery.discover(m_server.url().toString());
    QVERIFY(account.ok());
    QCOMPARE(account->addressBooks.size(), 1);
    QCOMPARE(account->addressBooks.first().displayName, u"Tend"_s);
    QCOMPARE(account->taskLists().size(), 1);
    QCOMPARE(account->taskLists().first().components, QStringList{u"VTODO"_s});
    QVERIFY(account->taskLists().first().supportsSyncCollection);
    QVERIFY(!account->taskLists().first().ctag.isEmpty());
    const auto chosen = chooseCollection(account->taskLists(), {});
    QVERIFY(chosen.ok() && chosen->has_value());
    QCOMPARE((*chosen)->url, tasks->url);

    // The name is taken: a second "Tend" goes elsewhere, the first is left alone.
    const auto second = discovery.createAddressBook(account->addressBookHomes.first(), u"Tend"_s);
    QVERIFY(second.ok());
    QVERIFY(second->url != book->url);
    QVERIFY(second->url.path().startsWith(u"/maker/tend-"_s));
    account = discovery.discover(m_server.url().toString());
    QCOMPARE(account->addressBooks.size(), 2);
    const auto ambiguous = chooseCollection({account->addressBooks.first(), account->addressBooks.last()}, {});
    QVERIFY(ambiguous.ok()); // several, and one of them is "Tend"
}

void TestDavRadicale::putGetDeleteWithEtags()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Etags"_s);
    const QString href = book.path() + u"ada.vcf"_s;

    const auto created = book.create(href, vcard(u"ada"_s, u"Ada Lovelace"_s), "text/vcard; charset=utf-8");
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QVERIFY(!created->preconditionFailed);
    QVERIFY(!created->etag.isEmpty());

    const auto again = book.create(href, vcard(u"ada"_s, u"Someone Else"_s), "text/vcard; charset=utf-8");
    QVERIFY(again.ok());
    QVERIFY(again->preconditionFailed); // If-None-Match: * keeps the first

    const auto fetched = book.get(href);
    QVERIFY(fetched.ok() && fetched->has_value());
    QVERIFY((*fetched)->content.contains("FN:Ada Lovelace"));
    QCOMPARE((*fetched)->etag, created->etag);

    const auto updated = book.update(href, created->etag, vcard(u"ada"_s, u"Ada King"_s), "text/vcard; charset=utf-8");
    QVERIFY(updated.ok() && !updated->preconditionFailed);
    QVERIFY(updated->etag != created->etag);

    const auto removed = book.remove(href, updated->etag);
    QVERIFY(removed.ok() && !removed->preconditionFailed);
    const auto gone = book.get(href);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
    QVERIFY(book.remove(href, updated->etag).ok()); // already gone counts as deleted
}

void TestDavRadicale::staleIfMatchIs412()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Stale"_s);
    const QString href = book.path() + u"grace.vcf"_s;
    const auto first = book.create(href, vcard(u"grace"_s, u"Grace Hopper"_s), "text/vcard");
    QVERIFY(first.ok());
    const auto second = book.update(href, first->etag, vcard(u"grace"_s, u"Grace B. Hopper"_s), "text/vcard");
    QVERIFY(second.ok() && !second->preconditionFailed);

    const auto stale = book.update(href, first->etag, vcard(u"grace"_s, u"Lost Edit"_s), "text/vcard");
    QVERIFY(stale.ok());
    QVERIFY(stale->preconditionFailed);
    const auto staleDelete = book.remove(href, first->etag);
    QVERIFY(staleDelete.ok() && staleDelete->preconditionFailed);
    QVERIFY((*book.get(href))->content.contains("Grace B. Hopper"));
}

void TestDavRadicale::syncTokensCarryOnlyChanges()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Tokens"_s);
    QMap<QString, QString> etags;
    for (const QString &uid : {u"a"_s, u"b"_s, u"c"_s}) {
        const auto created = book.create(book.path() + uid + u".vcf"_s, vcard(uid, uid.toUpper()), "text/vcard");
        QVERIFY(created.ok());
        etags.insert(book.path() + uid + u".vcf"_s, created->etag);
    }
    const auto first = book.syncCollection({});
    QVERIFY(first.ok());
    QVERIFY(first->full);
    QCOMPARE(first->changed.size(), 3);
    QVERIFY(!first->syncToken.isEmpty());
    for (const ListingEntry &entry : first->changed)
        QCOMPARE(entry.etag, etags.value(entry.href));

    const auto idle = book.syncCollection(first->syncToken);
    QVERIFY(idle.ok());
    QVERIFY(idle->changed.isEmpty() && idle->removed.isEmpty());
    QCOMPARE(idle->syncToken, first->syncToken);
    QCOMPARE((*book.properties()).syncToken, first->syncToken);

    const QString a = book.path() + u"a.vcf"_s, b = book.path() + u"b.vcf"_s;
    QVERIFY(book.update(a, etags.value(a), vcard(u"a"_s, u"Changed"_s), "text/vcard")->etag.size() > 0);
    QVERIFY(!book.remove(b, etags.value(b))->preconditionFailed);
    const auto delta = book.syncCollection(first->syncToken);
    QVERIFY(delta.ok());
    QVERIFY(!delta->full);
    QCOMPARE(delta->changed.size(), 1);
    QCOMPARE(delta->changed.first().href, a);
    QCOMPARE(delta->removed, QStringList{b});
    QVERIFY(delta->syncToken != first->syncToken);
}

void TestDavRadicale::staleTokenIsRefusedAndListedInFull()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Refused"_s);
    QVERIFY(book.create(book.path() + u"x.vcf"_s, vcard(u"x"_s, u"X"_s), "text/vcard").ok());
    const auto delta = book.syncCollection(u"http://radicale.org/ns/sync/0000000000000000000000000000000000000000"_s);
    QVERIFY2(delta.ok(), delta.ok() ? "" : qPrintable(delta.error().message));
    QVERIFY(delta->tokenRefused);
    QVERIFY(delta->full);
    QCOMPARE(delta->changed.size(), 1);
}

void TestDavRadicale::multigetFetchesInBatches()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Multiget"_s);
    QStringList hrefs;
    for (int i = 0; i < 7; ++i) {
        const QString uid = u"m%1 ü"_s.arg(i); // a space and a non-ASCII letter in the href
        hrefs.append(book.path() + uid + u".vcf"_s);
        QVERIFY(book.create(hrefs.last(), vcard(uid, u"Person %1"_s.arg(i)), "text/vcard").ok());
    }
    const int before = client.requestsSent();
    const auto fetched = book.multiget(hrefs + QStringList{book.path() + u"missing.vcf"_s}, 3);
    QVERIFY(fetched.ok());
    QCOMPARE(client.requestsSent() - before, 3);
    QCOMPARE(fetched->size(), 7);
    QStringList got;
    for (const FetchedResource &resource : *fetched) {
        got.append(resource.href);
        QVERIFY(resource.content.startsWith("BEGIN:VCARD"));
        QVERIFY(!resource.etag.isEmpty());
    }
    got.sort();
    hrefs.sort();
    QCOMPARE(got, hrefs);
}

void TestDavRadicale::ctagMovesWithChanges()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    DavCollection book = newAddressBook(client, u"Ctag"_s);
    const auto before = book.properties();
    QVERIFY(before.ok());
    QVERIFY(!before->ctag.isEmpty());
    QVERIFY(before->supportsSyncCollection);
    QCOMPARE(before->displayName, u"Ctag"_s);
    QCOMPARE((*book.properties()).ctag, before->ctag);
    QVERIFY(book.create(book.path() + u"z.vcf"_s, vcard(u"z"_s, u"Z"_s), "text/vcard").ok());
    QVERIFY((*book.properties()).ctag != before->ctag);
    const auto listing = book.listEtags();
    QVERIFY(listing.ok());
    QCOMPARE(listing->size(), 1);
    QCOMPARE(listing->first().href, book.path() + u"z.vcf"_s);
}

void TestDavRadicale::wrongPasswordIs401()
{
    DavClient client({u"tend"_s, u"not-the-password"_s});
    Discovery discovery(client);
    const auto account = discovery.discover(m_server.url().toString());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Unauthorized);
    QVERIFY2(account.error().message.contains(u"refused the user name or password"_s), qPrintable(account.error().message));
    QVERIFY(client.requestsSent() <= 4); // no retry loop

    DavCollection book(client, m_server.url(u"/tend/"_s), xml::CollectionKind::AddressBook);
    const auto properties = book.properties();
    QVERIFY(!properties.ok());
    QCOMPARE(properties.error().code, Error::Code::Unauthorized);
}

void TestDavRadicale::plainHttpToAnotherHostIsRefused()
{
    DavClient client({u"tend"_s, u"tend-secret"_s});
    Discovery discovery(client);
    const auto account = discovery.discover(u"http://dav.example.org/"_s);
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Invalid);
    QVERIFY(account.error().message.contains(u"https://"_s));
    QCOMPARE(client.requestsSent(), 0);
    // No scheme means https.
    QCOMPARE(Discovery::serverUrl(u"dav.example.org/dav"_s)->scheme(), u"https"_s);
}

void TestDavRadicale::untrustedCertificateIsRefused()
{
    RadicaleServer secure{{{u"tend"_s, u"tend-secret"_s}}};
    secure.tls = true;
    QString error;
    QVERIFY2(secure.start(&error), qPrintable(error));
    QCOMPARE(secure.url().scheme(), u"https"_s);
    DavClient client({u"tend"_s, u"tend-secret"_s});
    Discovery discovery(client);
    const auto account = discovery.discover(secure.url().toString());
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code, Error::Code::Network);
    QVERIFY2(account.error().message.contains(u"secure connection"_s), qPrintable(account.error().message));
    QVERIFY2(account.error().message.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(account.error().message));
    QCOMPARE(client.requestsSent(), 1); // nothing was retried, nothing was sent in the clear
    QVERIFY(!secure.log().contains(u"PROPFIND response"_s)); // the request never reached the server
}

QTEST_GUILESS_MAIN(TestDavRadicale)
#include "tst_davradicale.moc"
