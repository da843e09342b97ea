// Whole sync runs against Radicale, with python3-caldav as the phone on the other side: the engine
// between an in-memory Tend and a real server, through DavRemoteStore.
#include "MemoryStores.h"
#include "RadicaleServer.h"
#include "TestFormats.h"

#include "sync/dav/DavRemoteStore.h"
#include "sync/dav/Discovery.h"
#include "sync/engine/SyncRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::sync;
using namespace tend::sync::dav;
using namespace tend::sync::test;
using tend::Error;
using Kind = Decision::Kind;

namespace {

const RadicaleServer::Account account{u"tend"_s, u"tend-secret"_s};

// One synced collection: Tend's side in memory, the server's through the real transport.
struct Synced
{
    Synced(const QUrl &collection, xml::CollectionKind kind, const ItemCodec &codec, const ItemFormat &format)
        : local(format), remote(client, collection, kind, codec), codec(codec), url(collection)
    {
    }
    SyncReport sync()
    {
        SyncRunner runner(local, remote, status, codec);
        return runner.run();
    }

    DavClient client{{account.user, account.password}};
    MemoryLocalStore local;
    MemoryStatusStore status;
    DavRemoteStore remote;
    const ItemCodec &codec;
    QUrl url;
};

QString describe(const SyncReport &report)
{
    QStringList lines;
    if (report.error)
        lines.append(u"error: "_s + report.error->message);
    for (const SyncProblem &problem : report.problems)
        lines.append(u"problem: "_s + problem.uid + u' ' + problem.href + u": "_s + problem.message);
    return lines.join(u'\n');
}

FieldMap task(const QString &contact, const QString &reason, const QString &due)
{
    return {{u"contact"_s, contact}, {u"reason"_s, reason}, {u"due"_s, due}, {u"state"_s, u"open"_s}};
}

} // namespace

class TestSyncRadicale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardCreatedOnThePhoneAppearsInTend();
    void phoneEditAndTendEditOfOtherFieldsMerge();
    void bothEditingTheSameFieldIsAConflict();
    void deletesTravelBothWays();
    void taskCompletedOnThePhoneIsDoneInTend();
    void snoozeAndDoneInTendReachThePhone();
    void onlyChangesTravelAfterTheFirstRun();
    void withoutSyncCollectionCtagAndEtagsDo();
    void refusedTokenResyncsWithoutDuplicates();
    void unreadableResourceIsSkippedAndReported();
    void wrongPasswordChangesNothing();
    void serverStoppedMidRunChangesNothingAndConverges();

private:
    QUrl newCollection(xml::CollectionKind kind, const QString &name, RadicaleServer &server);

    RadicaleServer m_server{{account}};
    Phone m_phone{account};
    TestVCardCodec m_cards;
    TodoFormat m_tasks;
};

void TestSyncRadicale::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QUrl TestSyncRadicale::newCollection(xml::CollectionKind kind, const QString &name, RadicaleServer &server)
{
    DavClient client({account.user, account.password});
    Discovery discovery(client);
    const QUrl home = server.url(u"/tend/"_s);
    const auto created = kind == xml::CollectionKind::AddressBook ? discovery.createAddressBook(home, name)
                                                                  : discovery.createTaskList(home, name);
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return created->url;
}

void TestSyncRadicale::cardCreatedOnThePhoneAppearsInTend()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Phone cards"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    QVERIFY(tend.sync().complete);

    QCOMPARE(m_phone.run({u"put-card"_s, book.toString(), u"ada.vcf"_s, u"ada-uid"_s, u"Ada Lovelace"_s,
                                     u"ada@example.org"_s})[u"status"_s].toInt(), 201);
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Kind::DownloadNew), 1);
    QCOMPARE(tend.local.m_items.value(u"ada-uid"_s).fields,
             (FieldMap{{u"name"_s, u"Ada Lovelace"_s}, {u"email"_s, u"ada@example.org"_s}}));

    m_phone.run({u"edit-card"_s, book.resolved(QUrl(u"ada.vcf"_s)).toString(), u"FN"_s, u"Ada King"_s});
    const SyncReport edited = tend.sync();
    QCOMPARE(edited.count(Kind::UpdateLocal), 1);
    QCOMPARE(tend.local.m_items.value(u"ada-uid"_s).fields.value(u"name"_s), u"Ada King"_s);
    QVERIFY(tend.local.m_items.value(u"ada-uid"_s).original.contains("X-PHONE-RINGTONE:marimba"));
}

void TestSyncRadicale::phoneEditAndTendEditOfOtherFieldsMerge()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Merge"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    m_phone.run({u"put-card"_s, book.toString(), u"grace.vcf"_s, u"grace-uid"_s, u"Grace Hopper"_s, u"grace@navy.mil"_s});
    QVERIFY(tend.sync().complete);

    tend.local.edit(u"grace-uid"_s, u"note"_s, u"Met at the COBOL meeting"_s);
    m_phone.run({u"edit-card"_s, book.resolved(QUrl(u"grace.vcf"_s)).toString(), u"EMAIL"_s, u"grace@example.org"_s});
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Kind::Merge), 1);

    const FieldMap merged{{u"name"_s, u"Grace Hopper"_s}, {u"email"_s, u"grace@example.org"_s},
                          {u"note"_s, u"Met at the COBOL meeting"_s}};
    QCOMPARE(tend.local.m_items.value(u"grace-uid"_s).fields, merged);
    const auto onServer = tend.remote.fetch(book.path() + u"grace.vcf"_s);
    QVERIFY(onServer.ok() && onServer->has_value());
    QCOMPARE((*onServer)->fields, merged);
    QVERIFY((*onServer)->content.contains("X-PHONE-RINGTONE:marimba")); // what Tend does not map went back untouched
    QVERIFY(tend.sync().changes.isEmpty());
}

void TestSyncRadicale::bothEditingTheSameFieldIsAConflict()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Conflict"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    m_phone.run({u"put-card"_s, book.toString(), u"katherine.vcf"_s, u"kj"_s, u"Katherine Johnson"_s});
    QVERIFY(tend.sync().complete);

    tend.local.edit(u"kj"_s, u"name"_s, u"Katherine G. Johnson"_s);
    m_phone.run({u"edit-card"_s, book.resolved(QUrl(u"katherine.vcf"_s)).toString(), u"FN"_s, u"K. Johnson"_s});
    const SyncReport report = tend.sync();
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.first().conflicts.first(),
             (FieldConflict{u"name"_s, u"Katherine Johnson"_s, u"Katherine G. Johnson"_s, u"K. Johnson"_s}));
    QVERIFY(!report.complete);
    QCOMPARE(tend.local.m_items.value(u"kj"_s).fields.value(u"name"_s), u"Katherine G. Johnson"_s);
    QCOMPARE((*tend.remote.fetch(book.path() + u"katherine.vcf"_s))->fields.value(u"name"_s), u"K. Johnson"_s);

    SyncRunner runner(tend.local, tend.remote, tend.status, tend.codec);
    const SyncReport resolved = runner.resolve(report.conflicts.first(), tend.local.m_items.value(u"kj"_s).fields);
    QVERIFY2(!resolved.error && resolved.problems.isEmpty(), qPrintable(describe(resolved)));
    QCOMPARE((*tend.remote.fetch(book.path() + u"katherine.vcf"_s))->fields.value(u"name"_s), u"Katherine G. Johnson"_s);
    QVERIFY(tend.sync().complete);
}

void TestSyncRadicale::deletesTravelBothWays()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Deletes"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    m_phone.run({u"put-card"_s, book.toString(), u"one.vcf"_s, u"one"_s, u"Deleted On Phone"_s});
    tend.local.add(u"two"_s, {{u"name"_s, u"Deleted In Tend"_s}});
    QVERIFY(tend.sync().complete);
    const QString twoHref = tend.status.byUid().value(u"two"_s).href;
    QVERIFY(twoHref.endsWith(u"/two.vcf"_s));

    m_phone.run({u"delete-card"_s, book.resolved(QUrl(u"one.vcf"_s)).toString()});
    tend.local.erase(u"two"_s);
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Kind::DeleteLocal), 1);
    QCOMPARE(report.count(Kind::DeleteRemote), 1);
    QVERIFY(tend.local.m_archived.contains(u"one"_s)); // archived, not destroyed
    QVERIFY(!tend.local.m_items.contains(u"one"_s));
    QVERIFY(!(*tend.remote.fetch(twoHref)).has_value());
    QVERIFY(tend.status.byUid().isEmpty()); // the tombstone went once the server confirmed
}

void TestSyncRadicale::taskCompletedOnThePhoneIsDoneInTend()
{
    const QUrl list = newCollection(xml::CollectionKind::Calendar, u"Phone tasks"_s, m_server);
    Synced tend(list, xml::CollectionKind::Calendar, m_tasks.codec, m_tasks);
    tend.local.add(u"reminder-1@tend"_s, task(u"Ada Lovelace"_s, u"Send the slides"_s, u"2026-12-07"_s));
    QVERIFY(tend.sync().complete);

    const QJsonObject shown = m_phone.run({u"show-task"_s, list.toString(), u"reminder-1@tend"_s});
    QCOMPARE(shown[u"summary"_s].toString(), u"Ada Lovelace: Send the slides"_s);
    QCOMPARE(shown[u"due"_s].toString(), u"2026-12-07"_s);
    QCOMPARE(shown[u"status"_s].toString(), u"NEEDS-ACTION"_s);
    QCOMPARE(shown[u"alarms"_s].toInt(), 1);

    const QJsonObject done = m_phone.run({u"complete-task"_s, list.toString(), u"reminder-1@tend"_s});
    QCOMPARE(done[u"status"_s].toString(), u"COMPLETED"_s);
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Kind::UpdateLocal), 1);
    QCOMPARE(tend.local.m_items.value(u"reminder-1@tend"_s).fields.value(u"state"_s), u"done"_s);
    const auto todo = tend::ical::readTodo(tend.local.m_items.value(u"reminder-1@tend"_s).original);
    QVERIFY(todo.ok());
    QVERIFY(todo->completedAt.isValid());
    QCOMPARE(todo->reason, u"Send the slides"_s);
}

void TestSyncRadicale::snoozeAndDoneInTendReachThePhone()
{
    const QUrl list = newCollection(xml::CollectionKind::Calendar, u"Tend tasks"_s, m_server);
    Synced tend(list, xml::CollectionKind::Calendar, m_tasks.codec, m_tasks);
    tend.local.add(u"snoozed@tend"_s, task(u"Grace Hopper"_s, u"Ask about the talk"_s, u"2026-12-01"_s));
    tend.local.add(u"finished@tend"_s, task(u"Alan Kay"_s, QString(), u"2026-12-02"_s));
    QVERIFY(tend.sync().complete);

    tend.local.edit(u"snoozed@tend"_s, u"due"_s, u"2026-12-04"_s); // snoozed three days
    tend.local.edit(u"finished@tend"_s, u"state"_s, u"done"_s);
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Kind::UpdateRemote), 2);
    QCOMPARE(m_phone.run({u"show-task"_s, list.toString(), u"snoozed@tend"_s})[u"due"_s].toString(), u"2026-12-04"_s);
    const QJsonObject finished = m_phone.run({u"show-task"_s, list.toString(), u"finished@tend"_s});
    QCOMPARE(finished[u"status"_s].toString(), u"COMPLETED"_s);
    QVERIFY(!finished[u"completed"_s].toString().isEmpty());
    QCOMPARE(finished[u"summary"_s].toString(), u"Alan Kay"_s);
}

void TestSyncRadicale::onlyChangesTravelAfterTheFirstRun()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Incremental"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    for (int i = 0; i < 10; ++i)
        tend.local.add(u"p%1"_s.arg(i), {{u"name"_s, u"Person %1"_s.arg(i)}});
    QVERIFY(tend.sync().complete);

    Synced laptop(book, xml::CollectionKind::AddressBook, m_cards, m_cards); // a second Tend, first run
    const SyncReport first = laptop.sync();
    QVERIFY(first.complete);
    QCOMPARE(first.count(Kind::DownloadNew), 10);
    QVERIFY(laptop.remote.lastSnapshot().full);
    QCOMPARE(laptop.remote.lastSnapshot().fetched, 10);

    int before = laptop.client.requestsSent();
    const SyncReport idle = laptop.sync();
    QVERIFY(idle.complete && idle.changes.isEmpty());
    QVERIFY(laptop.remote.lastSnapshot().unchanged);
    QCOMPARE(laptop.client.requestsSent() - before, 1); // one sync-collection REPORT, empty

    m_phone.run({u"edit-card"_s, book.resolved(QUrl(u"p7.vcf"_s)).toString(), u"NOTE"_s, u"changed on the phone"_s});
    before = laptop.client.requestsSent();
    const SyncReport one = laptop.sync();
    QCOMPARE(one.count(Kind::UpdateLocal), 1);
    QVERIFY(laptop.remote.lastSnapshot().usedSyncCollection);
    QVERIFY(!laptop.remote.lastSnapshot().full);
    QCOMPARE(laptop.remote.lastSnapshot().fetched, 1);
    QCOMPARE(laptop.client.requestsSent() - before, 2); // sync-collection REPORT, multiget of one
    QCOMPARE(laptop.local.m_items.value(u"p7"_s).fields.value(u"note"_s), u"changed on the phone"_s);
}

void TestSyncRadicale::withoutSyncCollectionCtagAndEtagsDo()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Ctag only"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    tend.remote.useSyncCollection = false;
    for (int i = 0; i < 5; ++i)
        tend.local.add(u"c%1"_s.arg(i), {{u"name"_s, u"Card %1"_s.arg(i)}});
    QVERIFY(tend.sync().complete);
    QVERIFY(!tend.status.collectionState()->ctag.isEmpty());
    // Tend's own uploads moved the ctag after it was read: the next run lists the ETags once and
    // finds them all known.
    QVERIFY(tend.sync().changes.isEmpty());
    QVERIFY(tend.remote.lastSnapshot().full);
    QCOMPARE(tend.remote.lastSnapshot().fetched, 0);

    int before = tend.client.requestsSent();
    QVERIFY(tend.sync().changes.isEmpty());
    QVERIFY(tend.remote.lastSnapshot().unchanged);
    QCOMPARE(tend.client.requestsSent() - before, 1);

    m_phone.run({u"edit-card"_s, book.resolved(QUrl(u"c3.vcf"_s)).toString(), u"FN"_s, u"Card Three"_s});
    before = tend.client.requestsSent();
    const SyncReport report = tend.sync();
    QCOMPARE(report.count(Kind::UpdateLocal), 1);
    QVERIFY(!tend.remote.lastSnapshot().usedSyncCollection);
    QVERIFY(tend.remote.lastSnapshot().full);
    QCOMPARE(tend.remote.lastSnapshot().listed, 5);
    QCOMPARE(tend.remote.lastSnapshot().fetched, 1);
    QCOMPARE(tend.client.requestsSent() - before, 3); // PROPFIND ctag, PROPFIND Depth 1, multiget of one
}

void TestSyncRadicale::refusedTokenResyncsWithoutDuplicates()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Stale token"_s, m_server);
    Synced tend(book, xml::CollectionKind::AddressBook, m_cards, m_cards);
    for (int i = 0; i < 4; ++i)
        tend.local.add(u"s%1"_s.arg(i), {{u"name"_s, u"Stale %1"_s.arg(i)}});
    QVERIFY(tend.sync().complete);
    QVERIFY(tend.status.setCollectionState({u"http://radicale.org/ns/sync/deadbeef"_s, {}}).ok());
    const SyncReport report = tend.sync();
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY(report.changes.isEmpty());
    QVERIFY(tend.remote.lastSnapshot().full);
    QCOMPARE(tend.remote.lastSnapshot().fetched, 0); // the status already knew every ETag
    QCOMPARE(tend.local.m_items.size(), 4);
}

void TestSyncRadicale::unreadableResourceIsSkippedAndReported()
{
    const QUrl list = newCollection(xml::CollectionKind::Calendar, u"Odd tasks"_s, m_server);
    Synced tend(list, xml::CollectionKind::Calendar, m_tasks.codec, m_tasks);
    tend.local.add(u"kept@tend"_s, task(u"Ada Lovelace"_s, u"Keep me"_s, u"2026-12-07"_s));
    QVERIFY(tend.sync().complete);

    // Another client puts an event (no task) where Tend's task was: valid iCalendar, not a reminder.
    const QString href = tend.status.byUid().value(u"kept@tend"_s).href;
    const QByteArray event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:kept@tend\r\n"
                             "DTSTAMP:20261201T100000Z\r\nDTSTART:20261207T100000Z\r\nSUMMARY:An event\r\nEND:VEVENT\r\n"
                             "END:VCALENDAR\r\n";
    DavCollection raw(tend.client, list, xml::CollectionKind::Calendar);
    const auto listing = raw.listEtags();
    QVERIFY(listing.ok() && listing->size() == 1);
    const auto put = raw.update(href, listing->first().etag, event, "text/calendar; charset=utf-8");
    QVERIFY2(put.ok() && !put->preconditionFailed, put.ok() ? "412" : qPrintable(put.error().message));

    const SyncReport report = tend.sync();
    QVERIFY(!report.error);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().href, href);
    QVERIFY(report.problems.first().message.contains(u"no task"_s));
    QVERIFY(report.changes.isEmpty());
    QCOMPARE(tend.local.m_items.value(u"kept@tend"_s).fields.value(u"reason"_s), u"Keep me"_s); // never blanked
    QVERIFY(tend.local.m_archived.isEmpty());
}

void TestSyncRadicale::wrongPasswordChangesNothing()
{
    const QUrl book = newCollection(xml::CollectionKind::AddressBook, u"Locked"_s, m_server);
    MemoryLocalStore local(m_cards);
    local.add(u"x"_s, {{u"name"_s, u"X"_s}});
    MemoryStatusStore status;
    DavClient client({account.user, u"wrong"_s});
    DavRemoteStore remote(client, book, xml::CollectionKind::AddressBook, m_cards);
    SyncRunner runner(local, remote, status, m_cards);
    const SyncReport report = runner.run();
    QVERIFY(report.error);
    QCOMPARE(report.error->code, Error::Code::Unauthorized);
    QVERIFY(report.changes.isEmpty());
    QVERIFY(status.byUid().isEmpty());
    QCOMPARE(local.m_items.size(), 1);
    QVERIFY(local.writes.isEmpty());
}

void TestSyncRadicale::serverStoppedMidRunChangesNothingAndConverges()
{
    RadicaleServer server{{account}};
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QUrl list = newCollection(xml::CollectionKind::Calendar, u"Interrupted"_s, server);
    Synced tend(list, xml::CollectionKind::Calendar, m_tasks.codec, m_tasks);
    for (int i = 0; i < 6; ++i)
        tend.local.add(u"r%1@tend"_s.arg(i), task(u"Person %1"_s.arg(i), u"Follow up"_s, u"2026-12-1%1"_s.arg(i)));
    const auto localBefore = tend.local.m_items;

    int sent = 0;
    tend.local.onContent = [&](const QString &) {
        if (++sent == 3)
            server.kill(); // the server goes away while Tend is uploading the third
    };
    const SyncReport broken = tend.sync();
    QVERIFY(broken.error);
    QCOMPARE(broken.error->code, Error::Code::Network);
    QCOMPARE(broken.changes.size(), 2);
    QCOMPARE(tend.status.byUid().size(), 2); // exactly what reached the server is recorded
    QCOMPARE(tend.local.m_items.keys(), localBefore.keys());
    for (auto it = localBefore.cbegin(); it != localBefore.cend(); ++it)
        QCOMPARE(tend.local.m_items.value(it.key()).fields, it->fields);
    QVERIFY(tend.status.collectionState()->syncToken.isEmpty());

    tend.local.onContent = {};
    QVERIFY2(server.start(&error, server.port()), qPrintable(error));
    const SyncReport resumed = tend.sync();
    QVERIFY2(resumed.complete, qPrintable(describe(resumed)));
    QCOMPARE(resumed.count(Kind::UploadNew), 4);
    DavCollection raw(tend.client, list, xml::CollectionKind::Calendar);
    QCOMPARE(raw.listEtags()->size(), 6); // no duplicates
    QVERIFY(tend.sync().changes.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncRadicale)
#include "tst_syncradicale.moc"
