// What the notebook keeps for sync (migration 0008, NotebookSync.cpp): collections, the status
// table, sharing per role and the synced set, on a real SQLite file.
#include "TestSupport.h"

#include "Notebook.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

SyncCollection collectionAt(const QString &url, SyncKind kind = SyncKind::Contacts)
{
    SyncCollection collection;
    collection.kind = kind;
    collection.serverUrl = u"https://dav.example.org"_s;
    collection.userName = u"ada"_s;
    collection.url = url;
    collection.displayName = u"Tend"_s;
    return collection;
}

QStringList syncedNames(Notebook &notebook)
{
    QStringList names;
    const auto synced = notebook.syncedContacts();
    if (!synced) {
        QTest::qFail(qPrintable(synced.error().message), __FILE__, __LINE__);
        return names;
    }
    for (const SyncContact &contact : *synced)
        names.append(contact.contact.name);
    names.sort();
    return names;
}

std::optional<SyncContact> synced(Notebook &notebook, qint64 id)
{
    const auto all = notebook.syncedContacts();
    if (!all)
        return std::nullopt;
    for (const SyncContact &contact : *all) {
        if (contact.contact.id == id)
            return contact;
    }
    return std::nullopt;
}

} // namespace

class TestSyncState : public QObject
{
    Q_OBJECT

private slots:
    void statusRowsRoundTrip();
    void anotherCollectionUrlForgetsTheOldStatus();
    void therapistsStayHereUntilTheUserOptsIn();
    void notesTravelOnlyWhenEveryRoleSharesThem();
    void aServerDeleteArchivesAndUnarchivingRejoins();
    void theServersCardStaysTheServersUntilItChanges();
    void anUpgradedNotebookSharesWhatANewOneShares();
};

void TestSyncState::statusRowsRoundTrip()
{
    test::TempNotebook tend;
    auto id = tend->saveSyncCollection(collectionAt(u"https://dav.example.org/ada/contacts/"_s));
    QVERIFY(id.ok());
    const SyncStatusRow row{u"uid-1"_s, QByteArray("\x00\x01hash", 6), u"/ada/contacts/uid-1.vcf"_s, u"\"e1\""_s,
                            QByteArray("remote"), {{u"name"_s, u"Zoë \"Z\" O'Neil"_s}, {u"emails"_s, u"a@x.org\nb@x.org"_s}}};
    QVERIFY(tend->putSyncStatus(*id, row).ok());
    auto rows = tend->syncStatus(*id);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst(), row);

    SyncStatusRow moved = row;
    moved.etag = u"\"e2\""_s;
    QVERIFY(tend->putSyncStatus(*id, moved).ok()); // replaces, never duplicates
    rows = tend->syncStatus(*id);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().etag, u"\"e2\""_s);

    QVERIFY(tend->setSyncCollectionState(*id, u"token-7"_s, u"ctag-3"_s).ok());
    QVERIFY(tend->recordSyncRun(*id, u"The server failed"_s).ok());
    auto collections = tend->syncCollections();
    QVERIFY(collections.ok());
    QCOMPARE(collections->constFirst().syncToken, u"token-7"_s);
    QCOMPARE(collections->constFirst().ctag, u"ctag-3"_s);
    QCOMPARE(collections->constFirst().lastError, u"The server failed"_s);
    QCOMPARE(collections->constFirst().lastRunAt.date(), test::defaultToday);

    QVERIFY(tend->removeSyncStatus(*id, u"uid-1"_s).ok());
    QVERIFY(tend->syncStatus(*id)->isEmpty());
}

void TestSyncState::anotherCollectionUrlForgetsTheOldStatus()
{
    test::TempNotebook tend;
    auto first = tend->saveSyncCollection(collectionAt(u"https://dav.example.org/ada/old/"_s));
    QVERIFY(first.ok());
    QVERIFY(tend->putSyncStatus(*first, {u"u"_s, "l", u"/h"_s, u"e"_s, "r", {}}).ok());
    QVERIFY(tend->setSyncCollectionState(*first, u"token"_s, {}).ok());

    // The same URL again (a new setup of the same account) keeps what it knew.
    auto same = tend->saveSyncCollection(collectionAt(u"https://dav.example.org/ada/old/"_s));
    QCOMPARE(*same, *first);
    QCOMPARE(tend->syncStatus(*same)->size(), 1);
    QCOMPARE(tend->syncCollections()->constFirst().syncToken, u"token"_s);

    auto other = tend->saveSyncCollection(collectionAt(u"https://dav.example.org/ada/new/"_s));
    QVERIFY(other.ok());
    QVERIFY(tend->syncStatus(*other)->isEmpty());
    QCOMPARE(tend->syncCollections()->size(), 1);
    QVERIFY(tend->syncCollections()->constFirst().syncToken.isEmpty());

    QVERIFY(tend->saveSyncCollection(collectionAt(u"https://dav.example.org/ada/tasks/"_s, SyncKind::Reminders)).ok());
    QCOMPARE(tend->syncCollections()->size(), 2);
    QVERIFY(tend->forgetSyncAccount().ok());
    QVERIFY(tend->syncCollections()->isEmpty());
}

void TestSyncState::therapistsStayHereUntilTheUserOptsIn()
{
    test::TempNotebook tend;
    test::addContact(*tend.notebook, u"Ada"_s, {Role::Mentor});
    test::addContact(*tend.notebook, u"Nobody in particular"_s);
    test::addContact(*tend.notebook, u"Tess"_s, {Role::Therapist});
    test::addContact(*tend.notebook, u"Pat"_s, {Role::Peer, Role::Therapist}); // every role must share
    QCOMPARE(syncedNames(*tend.notebook), (QStringList{u"Ada"_s, u"Nobody in particular"_s}));

    auto sharing = tend->syncRoleSharing();
    QVERIFY(sharing.ok());
    for (SyncRoleSharing &role : *sharing)
        role.contacts = role.role != Role::Mentor; // therapists in, mentors out
    QVERIFY(tend->setSyncRoleSharing(*sharing).ok());
    QCOMPARE(syncedNames(*tend.notebook), (QStringList{u"Nobody in particular"_s, u"Pat"_s, u"Tess"_s}));
}

void TestSyncState::notesTravelOnlyWhenEveryRoleSharesThem()
{
    test::TempNotebook tend;
    const qint64 plain = test::addContact(*tend.notebook, u"No roles"_s);
    const qint64 peer = test::addContact(*tend.notebook, u"Peer"_s, {Role::Peer});
    const qint64 both = test::addContact(*tend.notebook, u"Peer and coach"_s, {Role::Peer, Role::Coach});
    QVERIFY(!synced(*tend.notebook, peer)->shareNotes);

    auto sharing = tend->syncRoleSharing();
    for (SyncRoleSharing &role : *sharing)
        role.notes = role.role == Role::Peer;
    QVERIFY(tend->setSyncRoleSharing(*sharing).ok());
    QVERIFY(synced(*tend.notebook, peer)->shareNotes);
    QVERIFY(!synced(*tend.notebook, both)->shareNotes);
    QVERIFY(!synced(*tend.notebook, plain)->shareNotes);
}

void TestSyncState::aServerDeleteArchivesAndUnarchivingRejoins()
{
    test::TempNotebook tend;
    const qint64 ada = test::addContact(*tend.notebook, u"Ada"_s, {Role::Mentor});
    const qint64 archivedByUser = test::addContact(*tend.notebook, u"Old colleague"_s, {Role::Peer});
    QVERIFY(tend->setArchived({archivedByUser}, true).ok());
    QCOMPARE(syncedNames(*tend.notebook), (QStringList{u"Ada"_s, u"Old colleague"_s})); // archiving alone keeps it synced

    QVERIFY(tend->leaveSync(ada).ok());
    QVERIFY(tend->contact(ada)->archived);
    QCOMPARE(syncedNames(*tend.notebook), QStringList{u"Old colleague"_s});

    QVERIFY(tend->setArchived({ada}, false).ok());
    QCOMPARE(syncedNames(*tend.notebook), (QStringList{u"Ada"_s, u"Old colleague"_s}));

    // The server sends it again: back in the set, un-archived.
    QVERIFY(tend->leaveSync(ada).ok());
    Contact again = *tend->contact(ada);
    again.card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nFN:Ada\r\nEND:VCARD\r\n"_s;
    QVERIFY(tend->writeContactFromServer(again).ok());
    QVERIFY(!tend->contact(ada)->archived);
    QCOMPARE(syncedNames(*tend.notebook), (QStringList{u"Ada"_s, u"Old colleague"_s}));
}

void TestSyncState::theServersCardStaysTheServersUntilItChanges()
{
    test::TempNotebook tend;
    Contact fromServer;
    fromServer.name = u"Linus"_s;
    fromServer.uid = u"linus"_s;
    fromServer.card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:linus\r\nFN:Linus\r\nNOTE:from the phone\r\nEND:VCARD\r\n"_s;
    auto id = tend->writeContactFromServer(fromServer);
    QVERIFY(id.ok());
    QVERIFY(synced(*tend.notebook, *id)->cardFromServer);

    Contact edited = *tend->contact(*id);
    edited.title = u"Maintainer"_s; // an edit in Tend keeps the card as it was
    QVERIFY(tend->updateContact(edited).ok());
    QVERIFY(synced(*tend.notebook, *id)->cardFromServer);

    edited.card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:linus\r\nFN:Linus\r\nNOTE:from a file\r\nEND:VCARD\r\n"_s;
    QVERIFY(tend->updateContact(edited).ok()); // an import's card is not the server's
    QVERIFY(!synced(*tend.notebook, *id)->cardFromServer);

    edited.card.clear();
    QVERIFY(tend->updateContact(edited).ok());
    QVERIFY(tend->contact(*id)->card.isEmpty());
}

// The sync migration on a notebook of the schema before it (tests/data/schema-v7.db): every
// reminder gets a UID of its own, every kept card counts as a file's, therapists stay unshared.
void TestSyncState::anUpgradedNotebookSharesWhatANewOneShares()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tend.db"_s);
    QVERIFY(QFile::copy(test::testDataPath(u"schema-v7.db"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto notebook = Notebook::open(path, {}, Clock::fixed(test::defaultToday));
    QVERIFY2(notebook.ok(), notebook.ok() ? "" : qPrintable(notebook.error().message));

    ContactQuery everyone;
    everyone.includeArchived = true;
    auto contacts = (*notebook)->contacts(everyone);
    QVERIFY(contacts.ok());
    QSet<QString> reminderUids;
    int reminders = 0;
    for (const ContactSummary &row : std::as_const(contacts->rows)) {
        auto timeline = (*notebook)->timeline(row.id);
        QVERIFY(timeline.ok());
        for (const TimelineEntry &entry : *timeline)
            reminders += entry.isInteraction() ? 0 : 1;
    }
    QVERIFY(reminders > 0);
    auto shared = (*notebook)->syncedReminders();
    QVERIFY(shared.ok());
    for (const SyncReminder &reminder : *shared) {
        QVERIFY(!reminder.uid.isEmpty());
        reminderUids.insert(reminder.uid);
        QVERIFY(reminder.ical.isEmpty());
    }
    QCOMPARE(reminderUids.size(), shared->size());
    auto synced = (*notebook)->syncedContacts();
    QVERIFY(synced.ok());
    QVERIFY(!synced->isEmpty());
    for (const SyncContact &contact : *synced) {
        QVERIFY(!contact.cardFromServer);
        QVERIFY(!contact.contact.roles.contains(Role::Therapist));
        QVERIFY(!contact.shareNotes);
    }
    QVERIFY((*notebook)->syncCollections()->isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
