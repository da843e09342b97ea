// A real notebook synced with Radicale through its own stores (the status table in SQLite, the
// contacts as vCards), with python3-caldav as the phone: what reaches the phone, what is kept
// private, what comes back, and deletes on each side.
#include "RadicaleServer.h"
#include "TestSupport.h"

#include "Notebook.h"
#include "sync/codec/VCardCodec.h"
#include "sync/dav/DavRemoteStore.h"
#include "sync/dav/Discovery.h"
#include "sync/engine/SyncRunner.h"
#include "sync/codec/TodoCodec.h"
#include "sync/local/ContactLocalStore.h"
#include "sync/local/ReminderLocalStore.h"
#include "sync/local/NotebookStatusStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::sync;
using namespace tend::sync::dav;
using namespace tend::sync::test;
using tend::Error;

namespace {

const RadicaleServer::Account account{u"tend"_s, u"tend-secret"_s};

QString describe(const SyncReport &report)
{
    QStringList lines;
    if (report.error)
        lines.append(u"error: "_s + report.error->message);
    for (const SyncProblem &problem : report.problems)
        lines.append(u"problem: "_s + problem.uid + u' ' + problem.href + u": "_s + problem.message);
    for (const Decision &conflict : report.conflicts)
        lines.append(u"conflict: "_s + conflict.uid);
    return lines.join(u'\n');
}

// Runs one sync of the notebook's contacts with `book`, as `tend sync` will.
// The collection `url` of `kind`, stored in the notebook as a setup would; its id.
Result<qint64> collectionAt(Notebook &notebook, SyncKind kind, const QUrl &url)
{
    SyncCollection collection;
    collection.kind = kind;
    collection.serverUrl = url.toString(QUrl::RemovePath);
    collection.userName = account.user;
    collection.url = url.toString();
    return notebook.saveSyncCollection(collection);
}

SyncReport failedWith(const Error &error)
{
    SyncReport failed;
    failed.error = error;
    return failed;
}

SyncReport syncContacts(Notebook &notebook, const QUrl &book)
{
    auto id = collectionAt(notebook, SyncKind::Contacts, book);
    if (!id)
        return failedWith(id.error());
    DavClient client({account.user, account.password});
    const VCardCodec codec;
    DavRemoteStore remote(client, book, xml::CollectionKind::AddressBook, codec);
    ContactLocalStore local(notebook);
    NotebookStatusStore status(notebook, *id);
    SyncRunner runner(local, remote, status, codec);
    return runner.run();
}

// The same for the notebook's reminders and a task list.
SyncReport syncReminders(Notebook &notebook, const QUrl &list)
{
    auto id = collectionAt(notebook, SyncKind::Reminders, list);
    if (!id)
        return failedWith(id.error());
    DavClient client({account.user, account.password});
    const TodoCodec codec(notebook.clock());
    DavRemoteStore remote(client, list, xml::CollectionKind::Calendar, codec);
    ReminderLocalStore local(notebook);
    NotebookStatusStore status(notebook, *id);
    SyncRunner runner(local, remote, status, codec);
    return runner.run();
}

qint64 contactByName(Notebook &notebook, const QString &name)
{
    auto found = notebook.resolveContact(name);
    return found ? found->id : 0;
}

} // namespace

class TestNotebookSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whatReachesThePhoneLeavesThePrivateBehind();
    void aCardFromThePhoneBecomesAContactAndComesBackWhole();
    void aDeleteOnThePhoneArchivesAndPuttingItBackUploadsIt();
    void aRoleTurnedOffLeavesTheServerAndNotesTravelOnlyWhenShared();
    void theStatusLivesInTheNotebook();
    void aCardTendCannotReadIsReportedAndChangesNothing();
    void aRecurringTaskDoneOnThePhoneSchedulesTheNextOne();
    void asksTravelAsTasksAndThePhoneMovesThem();
    void birthdaysAndAnniversariesTravelBothWays();
    void aDatesReminderIsATaskThePhoneCanCompleteAndSnooze();

private:
    QUrl newBook(const QString &name);
    QMap<QString, QString> cardsOn(const QUrl &book);
    QString cardOf(const QUrl &book, const QString &name);

    RadicaleServer m_server{{account}};
    Phone m_phone{account};
};

void TestNotebookSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QUrl TestNotebookSync::newBook(const QString &name)
{
    DavClient client({account.user, account.password});
    Discovery discovery(client);
    const auto created = discovery.createAddressBook(m_server.url(u"/tend/"_s), name);
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return created->url;
}

QMap<QString, QString> TestNotebookSync::cardsOn(const QUrl &book)
{
    const QJsonObject answer = m_phone.run({u"list-cards"_s, book.toString()});
    if (answer.contains(u"error"_s))
        QTest::qFail(qPrintable(answer.value(u"error"_s).toString()), __FILE__, __LINE__);
    QMap<QString, QString> cards;
    const QJsonObject byUrl = answer.value(u"cards"_s).toObject();
    for (auto it = byUrl.begin(); it != byUrl.end(); ++it)
        cards.insert(it.key(), it.value().toString());
    return cards;
}

// The card whose FN is `name`, or empty.
QString TestNotebookSync::cardOf(const QUrl &book, const QString &name)
{
    for (const QString &card : cardsOn(book)) {
        if (card.contains(u"\r\nFN:"_s + name + u"\r\n"_s) || card.contains(u"\nFN:"_s + name + u"\n"_s))
            return card;
    }
    return {};
}

void TestNotebookSync::whatReachesThePhoneLeavesThePrivateBehind()
{
    tend::test::TempNotebook tend;
    Contact ada;
    ada.name = u"Ada Lovelace"_s;
    ada.roles = {Role::Mentor};
    ada.emails = {u"ada@example.org"_s};
    ada.organisation = u"Analytical Engines"_s;
    ada.notes = u"Private: going through a hard time"_s;
    ada.tags = {u"inner circle"_s};
    ada.metVia = MetVia::Community;
    QVERIFY(tend->addContact(ada).ok());
    Contact fromFile; // imported from a file: the kept card holds the user's note and categories
    fromFile.name = u"Grace Hopper"_s;
    fromFile.roles = {Role::Peer};
    fromFile.card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:grace-file\r\nFN:Grace Hopper\r\nNOTE:owes me money\r\n"
                    "CATEGORIES:Family\r\nX-SHOE-SIZE:38\r\nEND:VCARD\r\n"_s;
    fromFile.uid = u"grace-file"_s;
    QVERIFY(tend->addContact(fromFile).ok());
    tend::test::addContact(*tend.notebook, u"Tess Therapist"_s, {Role::Therapist});

    const QUrl book = newBook(u"Private"_s);
    const SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 2);

    const QMap<QString, QString> cards = cardsOn(book);
    QCOMPARE(cards.size(), 2); // the therapist stays here
    const QString adaCard = cardOf(book, u"Ada Lovelace"_s);
    QVERIFY2(adaCard.contains(u"EMAIL"_s) && adaCard.contains(u"ada@example.org"_s), qPrintable(adaCard));
    QVERIFY(adaCard.contains(u"ORG:Analytical Engines"_s));
    const QString graceCard = cardOf(book, u"Grace Hopper"_s);
    QVERIFY2(graceCard.contains(u"X-SHOE-SIZE:38"_s), qPrintable(graceCard)); // the rest of the card travels
    for (const QString &card : cards) {
        QVERIFY2(!card.contains(u"NOTE"_s), qPrintable(card));
        QVERIFY2(!card.contains(u"CATEGORIES"_s), qPrintable(card));
        QVERIFY2(!card.contains(u"hard time"_s) && !card.contains(u"inner circle"_s), qPrintable(card));
        QVERIFY2(!card.contains(u"mentor"_s, Qt::CaseInsensitive) && !card.contains(u"community"_s, Qt::CaseInsensitive),
                 qPrintable(card));
    }
}

void TestNotebookSync::aCardFromThePhoneBecomesAContactAndComesBackWhole()
{
    tend::test::TempNotebook tend;
    const QUrl book = newBook(u"From the phone"_s);
    QVERIFY(syncContacts(*tend.notebook, book).complete);

    const QJsonObject put = m_phone.run({u"put-card"_s, book.toString(), u"linus.vcf"_s, u"linus-uid"_s, u"Linus Torvalds"_s,
                                         u"linus@example.org"_s});
    QCOMPARE(put[u"status"_s].toInt(), 201);
    const QString card = put[u"url"_s].toString();
    SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::DownloadNew), 1);
    const qint64 id = contactByName(*tend.notebook, u"Linus Torvalds"_s);
    QVERIFY(id > 0);
    auto linus = tend->contact(id);
    QVERIFY(linus.ok());
    QCOMPARE(linus->uid, u"linus-uid"_s);
    QCOMPARE(linus->emails, QStringList{u"linus@example.org"_s});

    // The phone renames him; Tend gives him a role, private notes and a title.
    QVERIFY(m_phone.run({u"edit-card"_s, card, u"FN"_s, u"Linus B. Torvalds"_s})[u"status"_s].toInt() < 300);
    linus->roles = {Role::Peer};
    linus->notes = u"Met at the kernel summit"_s;
    linus->title = u"Maintainer"_s;
    QVERIFY(tend->updateContact(*linus).ok());
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::Merge), 1);

    auto merged = tend->contact(id);
    QCOMPARE(merged->name, u"Linus B. Torvalds"_s);
    QCOMPARE(merged->notes, u"Met at the kernel summit"_s);
    QCOMPARE(merged->roles, QList<Role>{Role::Peer});
    const QString onPhone = m_phone.run({u"show-card"_s, card})[u"card"_s].toString();
    QVERIFY2(onPhone.contains(u"TITLE:Maintainer"_s), qPrintable(onPhone));
    QVERIFY2(onPhone.contains(u"FN:Linus B. Torvalds"_s), qPrintable(onPhone));
    QVERIFY2(onPhone.contains(u"X-PHONE-RINGTONE:marimba"_s), qPrintable(onPhone)); // the phone's own, untouched
    QVERIFY2(!onPhone.contains(u"kernel summit"_s), qPrintable(onPhone));

    // Nothing left to do: a second run changes nothing.
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY(report.changes.isEmpty());
}

void TestNotebookSync::aDeleteOnThePhoneArchivesAndPuttingItBackUploadsIt()
{
    tend::test::TempNotebook tend;
    const qint64 ada = tend::test::addContact(*tend.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.date = tend::test::defaultToday;
    coffee.direction = Direction::Received;
    coffee.participants = {ContactRef{ada, {}}};
    QVERIFY(tend->logInteraction(coffee).ok());
    const QUrl book = newBook(u"Deletes"_s);
    QVERIFY(syncContacts(*tend.notebook, book).complete);
    const QMap<QString, QString> cards = cardsOn(book);
    QCOMPARE(cards.size(), 1);

    QCOMPARE(m_phone.run({u"delete-card"_s, cards.firstKey()})[u"status"_s].toInt(), 200);
    SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::DeleteLocal), 1);
    auto archived = tend->contact(ada);
    QVERIFY(archived.ok()); // archived, not destroyed
    QVERIFY(archived->archived);
    auto timeline = tend->timeline(ada);
    QVERIFY(timeline.ok());
    QVERIFY(!timeline->isEmpty()); // its interactions stay
    report = syncContacts(*tend.notebook, book);
    QVERIFY(report.changes.isEmpty()); // it stays off the server while archived by the delete
    QVERIFY(cardsOn(book).isEmpty());

    // Undo (un-archiving) puts it back in the synced set: the next sync uploads it again.
    QVERIFY(tend->setArchived({ada}, false).ok());
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 1);
    QVERIFY(!cardOf(book, u"Ada Lovelace"_s).isEmpty());

    // A delete in Tend deletes the card on the phone.
    QVERIFY(tend->deleteContact(ada).ok());
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::DeleteRemote), 1);
    QVERIFY(cardsOn(book).isEmpty());
}

void TestNotebookSync::aRoleTurnedOffLeavesTheServerAndNotesTravelOnlyWhenShared()
{
    tend::test::TempNotebook tend;
    Contact tess;
    tess.name = u"Tess Therapist"_s;
    tess.roles = {Role::Therapist};
    tess.notes = u"Thursdays at five"_s;
    const auto tessId = tend->addContact(tess);
    QVERIFY(tessId.ok());
    const QUrl book = newBook(u"Opt in"_s);
    QVERIFY(syncContacts(*tend.notebook, book).complete);
    QVERIFY(cardsOn(book).isEmpty());

    auto sharing = tend->syncRoleSharing();
    QVERIFY(sharing.ok());
    QCOMPARE(sharing->size(), allRoles().size());
    for (SyncRoleSharing &role : *sharing) {
        QCOMPARE(role.contacts, role.role != Role::Therapist); // therapists are off by default
        QVERIFY(!role.notes);
        if (role.role == Role::Therapist)
            role.contacts = role.notes = true;
    }
    QVERIFY(tend->setSyncRoleSharing(*sharing).ok());
    SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(cardOf(book, u"Tess Therapist"_s).contains(u"NOTE:Thursdays at five"_s), qPrintable(cardsOn(book).values().join(u'\n')));

    for (SyncRoleSharing &role : *sharing)
        role.contacts = role.notes = role.role != Role::Therapist;
    QVERIFY(tend->setSyncRoleSharing(*sharing).ok());
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::DeleteRemote), 1);
    QVERIFY(cardsOn(book).isEmpty());
    auto kept = tend->contact(*tessId);
    QVERIFY(kept.ok()); // Tend's copy stays, not archived
    QVERIFY(!kept->archived);
}

void TestNotebookSync::theStatusLivesInTheNotebook()
{
    tend::test::TempNotebook tend;
    tend::test::addContact(*tend.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    tend::test::addContact(*tend.notebook, u"Grace Hopper"_s, {Role::Sponsor});
    const QUrl book = newBook(u"Status"_s);
    QVERIFY(syncContacts(*tend.notebook, book).complete);

    const QString path = tend.path;
    tend.notebook.reset();
    OpenOptions options;
    options.clock = Clock::fixed(tend::test::defaultToday);
    auto reopened = Notebook::open(path, options, Clock::fixed(tend::test::defaultToday));
    QVERIFY(reopened.ok());
    auto collections = (*reopened)->syncCollections();
    QVERIFY(collections.ok());
    QCOMPARE(collections->size(), 1);
    QVERIFY(!collections->constFirst().syncToken.isEmpty());
    auto status = (*reopened)->syncStatus(collections->constFirst().id);
    QVERIFY(status.ok());
    QCOMPARE(status->size(), 2);
    const SyncReport report = syncContacts(**reopened, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY(report.changes.isEmpty()); // nothing sent again, nothing duplicated
    QCOMPARE(cardsOn(book).size(), 2);
}

void TestNotebookSync::aCardTendCannotReadIsReportedAndChangesNothing()
{
    tend::test::TempNotebook tend;
    const qint64 ada = tend::test::addContact(*tend.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    const QUrl book = newBook(u"Broken"_s);
    QVERIFY(syncContacts(*tend.notebook, book).complete);
    const QString adaCard = cardsOn(book).firstKey();

    // A broken client blanks Ada's card (her UID, an empty name), and adds a card with no name.
    static const QRegularExpression uidLine(u"\nUID:([^\r\n]+)"_s);
    const QString uid = uidLine.match(cardsOn(book).first()).captured(1);
    QVERIFY(!uid.isEmpty());
    const QJsonObject blanked = m_phone.run({u"put-raw"_s, adaCard, u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:"_s + uid + u"\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n"_s});
    QVERIFY2(blanked.value(u"status"_s).toInt() < 300, QJsonDocument(blanked).toJson().constData());
    const QString nameless = book.toString() + u"/nameless.vcf"_s;
    QVERIFY(m_phone.run({u"put-raw"_s, nameless, u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nameless\r\nFN:\r\nN:;;;;\r\nNOTE:no name at all\r\nEND:VCARD\r\n"_s})
                .value(u"status"_s).toInt() < 300);
    const SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY(!report.error);
    QVERIFY(!report.complete); // left for the next run, never guessed at
    QCOMPARE(report.problems.size(), 2);
    QStringList hrefs;
    for (const SyncProblem &problem : report.problems)
        hrefs.append(problem.href);
    QVERIFY2(std::any_of(hrefs.cbegin(), hrefs.cend(), [&](const QString &href) { return adaCard.endsWith(href); }),
             qPrintable(hrefs.join(u' ')));
    QVERIFY2(std::any_of(hrefs.cbegin(), hrefs.cend(), [](const QString &href) { return href.endsWith(u"nameless.vcf"_s); }),
             qPrintable(hrefs.join(u' ')));
    QVERIFY(report.changes.isEmpty());
    auto kept = tend->contact(ada);
    QVERIFY(kept.ok()); // not deleted, not archived, not blanked
    QCOMPARE(kept->name, u"Ada Lovelace"_s);
    QVERIFY(!kept->archived);
    QVERIFY(!tend->resolveContact(u"nameless"_s).ok());
}

void TestNotebookSync::aRecurringTaskDoneOnThePhoneSchedulesTheNextOne()
{
    tend::test::TempNotebook tend;
    const qint64 sponsor = tend::test::addContact(*tend.notebook, u"Sam Sponsor"_s, {Role::Sponsor});
    Recurrence monthly;
    monthly.unit = Recurrence::Unit::Months;
    auto first = tend->addReminder(sponsor, QDate(2026, 11, 30), u"Monthly 1:1 prep"_s, monthly);
    QVERIFY(first.ok());
    DavClient client({account.user, account.password});
    const auto created = Discovery(client).createTaskList(m_server.url(u"/tend/"_s), u"Recurring"_s);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    const QUrl list = created->url;
    SyncReport report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 1);

    auto synced = tend->syncedReminders();
    QVERIFY(synced.ok());
    QCOMPARE(synced->size(), 1);
    const QJsonObject done = m_phone.run({u"complete-task"_s, list.toString(), synced->constFirst().uid});
    QVERIFY2(done.value(u"status"_s).toString() == u"COMPLETED"_s, QJsonDocument(done).toJson().constData());
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(tend->reminder(*first)->state, ReminderState::Done);
    auto next = tend->nextOccurrence(*first);
    QVERIFY(next.ok());
    QVERIFY(next->has_value());
    QCOMPARE((*next)->due, QDate(2026, 12, 30));

    // The next occurrence reaches the phone on the following run.
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 1);
}

// An ask's deadline and an answer owed are tasks on the phone; completing one there answers or
// does the ask, moving its due date moves the deadline, and deleting it leaves the ask alone.
void TestNotebookSync::asksTravelAsTasksAndThePhoneMovesThem()
{
    tend::test::TempNotebook tend;
    const QDate today = tend->today();
    const qint64 mentor = tend::test::addContact(*tend.notebook, u"Ada Mentor"_s, {Role::Mentor});
    const qint64 therapist = tend::test::addContact(*tend.notebook, u"Theo Therapist"_s, {Role::Therapist});
    auto askOf = [&](qint64 contact, const QString &text, AskDirection direction, QDate deadline) {
        Ask ask;
        ask.contact.id = contact;
        ask.text = text;
        ask.direction = direction;
        ask.deadline = deadline;
        auto id = tend->addAsk(ask);
        if (!id)
            QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
        return id ? *id : 0;
    };
    const qint64 mine = askOf(mentor, u"Review my promotion packet"_s, AskDirection::Mine, today.addDays(10));
    const qint64 theirs = askOf(mentor, u"Feedback on her keynote"_s, AskDirection::Theirs, {});
    askOf(mentor, u"Coffee some time"_s, AskDirection::Mine, {}); // nothing due: no task
    askOf(therapist, u"Journal every day"_s, AskDirection::Theirs, {}); // not shared
    DavClient client({account.user, account.password});
    const auto created = Discovery(client).createTaskList(m_server.url(u"/tend/"_s), u"Asks"_s);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    const QUrl list = created->url;
    SyncReport report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 2);

    QString mineUid;
    QString theirsUid;
    const auto synced = tend->syncedReminders();
    QVERIFY(synced.ok());
    for (const SyncReminder &task : *synced) {
        if (task.reminder.reason.endsWith(u"Review my promotion packet"_s))
            mineUid = task.uid;
        if (task.reminder.reason.endsWith(u"Feedback on her keynote"_s))
            theirsUid = task.uid;
    }
    QVERIFY(!mineUid.isEmpty() && !theirsUid.isEmpty());
    QJsonObject shown = m_phone.run({u"show-task"_s, list.toString(), mineUid});
    QCOMPARE(shown.value(u"summary"_s).toString(), u"Ada Mentor: Your ask: Review my promotion packet"_s);
    QCOMPARE(shown.value(u"due"_s).toString(), today.addDays(10).toString(Qt::ISODate));
    QCOMPARE(shown.value(u"status"_s).toString(), u"NEEDS-ACTION"_s);
    shown = m_phone.run({u"show-task"_s, list.toString(), theirsUid});
    QCOMPARE(shown.value(u"summary"_s).toString(), u"Ada Mentor: Answer their ask: Feedback on her keynote"_s);
    QCOMPARE(shown.value(u"due"_s).toString(), today.toString(Qt::ISODate));

    // On the phone: the deadline moves on, and the answer is given.
    QJsonObject answer = m_phone.run({u"move-task"_s, list.toString(), mineUid, today.addDays(21).toString(Qt::ISODate)});
    QVERIFY2(!answer.contains(u"error"_s), QJsonDocument(answer).toJson().constData());
    answer = m_phone.run({u"complete-task"_s, list.toString(), theirsUid});
    QCOMPARE(answer.value(u"status"_s).toString(), u"COMPLETED"_s);
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(report.conflicts.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(tend->ask(mine)->deadline, today.addDays(21));
    QCOMPARE(tend->ask(mine)->state, AskState::Open);
    QCOMPARE(tend->ask(theirs)->state, AskState::Answered);
    QCOMPARE(tend->ask(theirs)->history.constLast().note, u"From the synced task list"_s);

    // In Tend: the ask is done, and the phone hears of it; nothing else travels again.
    QVERIFY(tend->moveAsk(mine, AskState::Done).ok());
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 0);
    shown = m_phone.run({u"show-task"_s, list.toString(), mineUid});
    QCOMPARE(shown.value(u"status"_s).toString(), u"COMPLETED"_s);
    QCOMPARE(shown.value(u"due"_s).toString(), today.addDays(21).toString(Qt::ISODate));
    shown = m_phone.run({u"show-task"_s, list.toString(), theirsUid});
    QCOMPARE(shown.value(u"status"_s).toString(), u"COMPLETED"_s);

    // Deleted on the phone: the ask stays as it is, and is not sent again.
    answer = m_phone.run({u"delete-task"_s, list.toString(), mineUid});
    QVERIFY2(!answer.contains(u"error"_s), QJsonDocument(answer).toJson().constData());
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(tend->ask(mine)->state, AskState::Done);
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 0);
    const QJsonObject tasks = m_phone.run({u"list-tasks"_s, list.toString()}).value(u"tasks"_s).toObject();
    QCOMPARE(tasks.keys(), QStringList{theirsUid});
}

namespace {

ImportantDate dateOf(qint64 contact, ImportantDate::Kind kind, int year, int month, int day)
{
    ImportantDate date;
    date.contactId = contact;
    date.kind = kind;
    date.year = year;
    date.month = month;
    date.day = day;
    return date;
}

// A contact's dates as "birthday 1906-12-09", "anniversary --05-01", in the notebook's order.
QStringList datesOf(Notebook &notebook, qint64 contact)
{
    QStringList texts;
    const auto dates = notebook.importantDates(contact, notebook.today());
    if (!dates) {
        QTest::qFail(qPrintable(dates.error().message), __FILE__, __LINE__);
        return texts;
    }
    for (const UpcomingDate &date : *dates)
        texts.append(toKey(date.date.kind) + u' ' + date.date.dateText());
    texts.sort();
    return texts;
}

} // namespace

// BDAY and ANNIVERSARY are Tend's birthday and work anniversary on the phone: sent, edited there,
// taken from a new card, and dropped there.
void TestNotebookSync::birthdaysAndAnniversariesTravelBothWays()
{
    tend::test::TempNotebook tend;
    const qint64 grace = tend::test::addContact(*tend.notebook, u"Grace Hopper"_s, {Role::Mentor});
    auto birthday = tend->addImportantDate(dateOf(grace, ImportantDate::Kind::Birthday, 1906, 12, 9));
    QVERIFY(birthday.ok());
    QVERIFY(tend->addImportantDate(dateOf(grace, ImportantDate::Kind::Anniversary, 0, 5, 1)).ok());
    const QUrl book = newBook(u"Dates"_s);
    SyncReport report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QString card = cardOf(book, u"Grace Hopper"_s);
    QVERIFY2(card.contains(QRegularExpression(u"\nBDAY:1906-12-09\r?\n"_s)), qPrintable(card));
    QVERIFY2(card.contains(u"X-ANNIVERSARY:"_s), qPrintable(card));
    const QString gracesUrl = cardsOn(book).key(card);

    // The phone moves the birthday; Tend's date moves, and keeps its id.
    QVERIFY(m_phone.run({u"edit-card"_s, gracesUrl, u"BDAY"_s, u"1906-12-10"_s})[u"status"_s].toInt() < 300);
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(report.conflicts.isEmpty(), qPrintable(describe(report)));
    QCOMPARE(datesOf(*tend.notebook, grace), (QStringList{u"anniversary --05-01"_s, u"birthday 1906-12-10"_s}));
    const auto moved = tend->importantDates(grace, tend->today());
    QVERIFY(std::any_of(moved->cbegin(), moved->cend(), [&](const UpcomingDate &date) { return date.date.id == *birthday; }));

    // A card made on the phone with a birthday without its year.
    const QJsonObject put = m_phone.run({u"put-card"_s, book.toString(), u"linus.vcf"_s, u"linus-uid"_s, u"Linus Torvalds"_s});
    QCOMPARE(put[u"status"_s].toInt(), 201);
    QVERIFY(m_phone.run({u"edit-card"_s, put[u"url"_s].toString(), u"BDAY;X-APPLE-OMIT-YEAR=1604"_s, u"1604-12-28"_s})[u"status"_s].toInt() < 300);
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    const qint64 linus = contactByName(*tend.notebook, u"Linus Torvalds"_s);
    QVERIFY(linus > 0);
    QCOMPARE(datesOf(*tend.notebook, linus), QStringList{u"birthday --12-28"_s});

    // The phone drops Grace's anniversary: Tend's goes too; her birthday stays.
    QVERIFY(m_phone.run({u"drop-property"_s, gracesUrl, u"X-ANNIVERSARY"_s})[u"status"_s].toInt() < 300);
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(datesOf(*tend.notebook, grace), QStringList{u"birthday 1906-12-10"_s});

    // Tend moves Linus's birthday and the phone hears of it; then nothing is left to do.
    auto linusDates = tend->importantDates(linus, tend->today());
    QVERIFY(linusDates.ok() && linusDates->size() == 1);
    QVERIFY(tend->deleteImportantDate(linusDates->constFirst().date.id).ok());
    QVERIFY(tend->addImportantDate(dateOf(linus, ImportantDate::Kind::Birthday, 1969, 12, 28)).ok());
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    card = cardOf(book, u"Linus Torvalds"_s);
    QVERIFY2(card.contains(QRegularExpression(u"\nBDAY:1969-12-28\r?\n"_s)), qPrintable(card));
    QVERIFY2(!card.contains(u"1604"_s), qPrintable(card));
    report = syncContacts(*tend.notebook, book);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(report.changes.isEmpty(), qPrintable(describe(report)));
}

// A birthday's reminder is a task from the day it comes: the phone completes it (done here),
// reopens it, moves it past the day (snoozed here) and deletes it (this year's goes, not the date).
void TestNotebookSync::aDatesReminderIsATaskThePhoneCanCompleteAndSnooze()
{
    tend::test::TempNotebook tend; // today is 23 November 2026
    const QDate today = tend->today();
    const qint64 grace = tend::test::addContact(*tend.notebook, u"Grace Hopper"_s, {Role::Mentor});
    const qint64 theo = tend::test::addContact(*tend.notebook, u"Theo Therapist"_s, {Role::Therapist});
    QVERIFY(tend->writeConfig(u"lead.birthday"_s, u"7"_s).ok());
    auto birthday = tend->addImportantDate(dateOf(grace, ImportantDate::Kind::Birthday, 1906, 11, 25));
    QVERIFY(birthday.ok());
    QVERIFY(tend->addImportantDate(dateOf(grace, ImportantDate::Kind::Anniversary, 2010, 6, 1)).ok()); // not yet
    QVERIFY(tend->addImportantDate(dateOf(theo, ImportantDate::Kind::Birthday, 1970, 11, 24)).ok()); // not shared
    DavClient client({account.user, account.password});
    const auto created = Discovery(client).createTaskList(m_server.url(u"/tend/"_s), u"Dates"_s);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    const QUrl list = created->url;
    SyncReport report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 1);
    QJsonObject tasks = m_phone.run({u"list-tasks"_s, list.toString()}).value(u"tasks"_s).toObject();
    QCOMPARE(tasks.size(), 1);
    const QString uid = tasks.keys().constFirst();
    QCOMPARE(tasks.value(uid)[u"summary"_s].toString(), u"Grace Hopper: Birthday (turns 120)"_s);
    QCOMPARE(tasks.value(uid)[u"due"_s].toString(), u"2026-11-25"_s);
    QCOMPARE(tasks.value(uid)[u"status"_s].toString(), u"NEEDS-ACTION"_s);

    // Completed on the phone: this year's occurrence is done in Tend.
    QCOMPARE(m_phone.run({u"complete-task"_s, list.toString(), uid})[u"status"_s].toString(), u"COMPLETED"_s);
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(report.conflicts.isEmpty(), qPrintable(describe(report)));
    auto occurrence = tend->dateOccurrence(*birthday, QDate(2026, 11, 25));
    QVERIFY(occurrence.ok() && occurrence->has_value());
    QCOMPARE((*occurrence)->doneOn, today);
    const auto due = tend->dueDates(today, 7);
    QVERIFY(due.ok());
    QVERIFY(std::none_of(due->cbegin(), due->cend(), [&](const DueItem &item) { return item.contactId == grace; }));

    // Undone in Tend: open again on the phone.
    QVERIFY(tend->restoreDateOccurrence(*birthday, QDate(2026, 11, 25), std::nullopt).ok());
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(m_phone.run({u"show-task"_s, list.toString(), uid})[u"status"_s].toString(), u"NEEDS-ACTION"_s);

    // Moved past the day on the phone: snoozed in Tend, and Today shows it again on that day.
    QVERIFY(!m_phone.run({u"move-task"_s, list.toString(), uid, u"2026-11-28"_s}).contains(u"error"_s));
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    occurrence = tend->dateOccurrence(*birthday, QDate(2026, 11, 25));
    QVERIFY(occurrence.ok() && occurrence->has_value());
    QCOMPARE((*occurrence)->snoozedUntil, QDate(2026, 11, 28));
    QVERIFY(!(*occurrence)->doneOn.isValid());
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QVERIFY2(report.changes.isEmpty(), qPrintable(describe(report)));

    // Deleted on the phone: this year's reminder is not sent again, and the date stays.
    QVERIFY(!m_phone.run({u"delete-task"_s, list.toString(), uid}).contains(u"error"_s));
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    report = syncReminders(*tend.notebook, list);
    QVERIFY2(report.complete, qPrintable(describe(report)));
    QCOMPARE(report.count(Decision::Kind::UploadNew), 0);
    QVERIFY(m_phone.run({u"list-tasks"_s, list.toString()}).value(u"tasks"_s).toObject().isEmpty());
    QCOMPARE(datesOf(*tend.notebook, grace), (QStringList{u"anniversary 2010-06-01"_s, u"birthday 1906-11-25"_s}));
}

QTEST_GUILESS_MAIN(TestNotebookSync)
#include "tst_notebooksync.moc"
