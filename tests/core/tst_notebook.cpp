#include "TestSupport.h"
#include "model/Validation.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

Interaction chat(InteractionKind kind, QDate date, QList<qint64> people, Direction direction = Direction::Mutual)
{
    Interaction interaction;
    interaction.kind = kind;
    interaction.date = date;
    for (const qint64 id : people)
        interaction.participants.append(ContactRef{id, {}});
    interaction.direction = direction;
    return interaction;
}

QList<DueItem> dueOn(Notebook &notebook, QDate today, int within = 0)
{
    auto items = notebook.due(today, within);
    if (!items)
        qFatal("due failed: %s", qPrintable(items.error().message));
    return *items;
}

} // namespace

class TestNotebook : public QObject
{
    Q_OBJECT
private slots:
    void followUpDefaultsPerKind_data()
    {
        QTest::addColumn<InteractionKind>("kind");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("coffee +14") << InteractionKind::Coffee << QDate(2026, 12, 7);
        QTest::newRow("meeting +7") << InteractionKind::Meeting << QDate(2026, 11, 30);
        QTest::newRow("call none") << InteractionKind::Call << QDate();
        QTest::newRow("email none") << InteractionKind::Email << QDate();
        QTest::newRow("intro none") << InteractionKind::Intro << QDate();
    }
    void followUpDefaultsPerKind()
    {
        QFETCH(InteractionKind, kind);
        QFETCH(QDate, expected);
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto logged = nb->logInteraction(chat(kind, QDate(2026, 11, 23), {ada}));
        QVERIFY(logged.ok());
        QCOMPARE(logged->followUpDue, expected);
        QCOMPARE(logged->reminderIds.size(), expected.isValid() ? 1 : 0);
        QCOMPARE(nb->contact(ada)->nextFollowUp, expected);
    }

    void followUpChoiceOverridesDefault()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto threeDays = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 23), {ada}), FollowUpChoice::inDays(3));
        QCOMPARE(threeDays->followUpDue, QDate(2026, 11, 26));
        auto none = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada}), FollowUpChoice::none());
        QVERIFY(!none->followUpDue.isValid());
        QVERIFY(none->reminderIds.isEmpty());
    }

    void changedSettingChangesDefault()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->setFollowUpDays(InteractionKind::Call, 5).ok());
        QVERIFY(nb->setFollowUpDays(InteractionKind::Coffee, std::nullopt).ok());
        QCOMPARE(nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 23), {ada}))->followUpDue, QDate(2026, 11, 28));
        QVERIFY(!nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada}))->followUpDue.isValid());
    }

    void groupChatRemindsEachParticipant()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        auto logged = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada, grace, ada}));
        QVERIFY(logged.ok());
        QCOMPARE(logged->reminderIds.size(), 2);
        QCOMPARE(nb->interaction(logged->interactionId)->participants.size(), 2);
        QCOMPARE(nb->contact(grace)->lastInteraction, QDate(2026, 11, 23));
    }

    void dueListsMostOverdueFirst()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        QVERIFY(nb->addReminder(grace, QDate(2026, 11, 20), u"ask about the talk"_s).ok());
        QVERIFY(nb->addReminder(ada, QDate(2026, 11, 10), u"send the paper"_s).ok());
        QVERIFY(nb->addReminder(ada, QDate(2026, 11, 24), u"tomorrow"_s).ok());
        const auto items = dueOn(*nb.notebook, QDate(2026, 11, 23));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).reason, u"send the paper"_s);
        QCOMPARE(items.at(0).overdueDays, 13);
        QCOMPARE(items.at(1).contactName, u"Grace"_s);
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 11, 23), 1).size(), 3);
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 11, 23), 1).at(2).overdueDays, -1);
    }

    void snoozeMovesOverdueOffToday()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 reminder = *nb->addReminder(ada, QDate(2026, 11, 15), u"follow up"_s);
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 11, 23)).size(), 1);
        QVERIFY(nb->snoozeReminder(reminder, 3).ok());
        QCOMPARE(nb->reminder(reminder)->due, QDate(2026, 11, 26));
        QVERIFY(dueOn(*nb.notebook, QDate(2026, 11, 23)).isEmpty());
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 11, 26)).size(), 1);
        const auto history = nb->reminder(reminder)->history;
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).action, ReminderEvent::Action::Snoozed);
        QCOMPARE(history.at(1).fromDue, QDate(2026, 11, 15));
        QCOMPARE(history.at(1).toDue, QDate(2026, 11, 26));
    }

    void doneAndDismissedLeaveTheList()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 first = *nb->addReminder(ada, QDate(2026, 11, 20), {});
        const qint64 second = *nb->addReminder(ada, QDate(2026, 11, 21), {});
        const Reminder before = *nb->reminder(first);
        QVERIFY(nb->completeReminder(first).ok());
        QVERIFY(nb->dismissReminder(second).ok());
        QVERIFY(dueOn(*nb.notebook, QDate(2026, 11, 23)).isEmpty());
        QCOMPARE(nb->reminder(first)->state, ReminderState::Done);
        QVERIFY(nb->reminder(first)->completedAt.isValid());
        QVERIFY(!nb->snoozeReminder(first, 2).ok());
        QVERIFY(!nb->contact(ada)->nextFollowUp.isValid());

        QVERIFY(nb->restoreReminder(before).ok());
        QCOMPARE(nb->reminder(first)->state, ReminderState::Open);
        QCOMPARE(nb->reminder(first)->history.size(), before.history.size());
        QCOMPARE(nb->contact(ada)->nextFollowUp, QDate(2026, 11, 20));
    }

    void cadenceFromRoleDefaults()
    {
        test::TempNotebook nb(QDate(2026, 1, 1));
        const qint64 mentor = test::addContact(*nb.notebook, u"Mentor Mia"_s, {Role::Mentor});
        const qint64 sponsor = test::addContact(*nb.notebook, u"Sponsor Sam"_s, {Role::Sponsor});
        const qint64 therapist = test::addContact(*nb.notebook, u"Therapist Tom"_s, {Role::Therapist});
        QVERIFY(nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 1, 1), {mentor, sponsor, therapist})).ok());

        QVERIFY(dueOn(*nb.notebook, QDate(2026, 1, 30)).isEmpty());
        auto items = dueOn(*nb.notebook, QDate(2026, 1, 31));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).kind, DueItem::Kind::KeepInTouch);
        QCOMPARE(items.at(0).contactId, mentor);
        QCOMPARE(items.at(0).cadenceDays, 30);
        QVERIFY(!items.at(0).reminderId);

        items = dueOn(*nb.notebook, QDate(2026, 3, 2));
        QCOMPARE(items.size(), 2); // mentor 30 days over, sponsor (60) due today; therapist never
        QCOMPARE(items.at(0).contactId, mentor);
        QCOMPARE(items.at(1).contactId, sponsor);
        QCOMPARE(items.at(1).overdueDays, 0);
    }

    void ownCadenceAndShortestRole()
    {
        test::TempNotebook nb(QDate(2026, 1, 1));
        const qint64 both = test::addContact(*nb.notebook, u"Both"_s, {Role::Peer, Role::Coach});
        const qint64 own = test::addContact(*nb.notebook, u"Own"_s, {Role::Coach}, 3);
        const auto items = dueOn(*nb.notebook, QDate(2026, 1, 15));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).contactId, own);   // added 2026-01-01 + 3
        QCOMPARE(items.at(0).due, QDate(2026, 1, 4));
        QCOMPARE(items.at(1).contactId, both);  // coach 14 beats peer 90
        QCOMPARE(items.at(1).due, QDate(2026, 1, 15));
    }

    void cadenceAcrossMonthEndsAndLeapDay()
    {
        // Logged on its day: an interaction dated after today is a planned meeting, which does not count yet.
        test::TempNotebook nb(QDate(2028, 1, 30));
        const qint64 mentor = test::addContact(*nb.notebook, u"Mia"_s, {Role::Mentor});
        QVERIFY(nb->logInteraction(chat(InteractionKind::Email, QDate(2028, 1, 30), {mentor})).ok());
        QVERIFY(dueOn(*nb.notebook, QDate(2028, 2, 28)).isEmpty());
        QCOMPARE(dueOn(*nb.notebook, QDate(2028, 2, 29)).size(), 1);
        QCOMPARE(dueOn(*nb.notebook, QDate(2028, 2, 29)).at(0).due, QDate(2028, 2, 29));
    }

    void nudgeHiddenByOpenFollowUpArchiveAndSnooze()
    {
        test::TempNotebook nb(QDate(2026, 1, 1));
        const qint64 mentor = test::addContact(*nb.notebook, u"Mia"_s, {Role::Mentor});
        const QDate late(2026, 3, 1);
        QCOMPARE(dueOn(*nb.notebook, late).size(), 1);

        const qint64 reminder = *nb->addReminder(mentor, QDate(2026, 2, 20), u"ask"_s);
        auto items = dueOn(*nb.notebook, late);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).kind, DueItem::Kind::FollowUp);
        QVERIFY(nb->completeReminder(reminder).ok());

        QVERIFY(nb->snoozeNudge(mentor, QDate(2026, 3, 5)).ok());
        QVERIFY(dueOn(*nb.notebook, late).isEmpty());
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 3, 5)).size(), 1);

        nb->setClock(Clock::fixed(late));
        QVERIFY(nb->completeNudge(mentor).ok());
        QVERIFY(dueOn(*nb.notebook, QDate(2026, 3, 30)).isEmpty());
        QCOMPARE(dueOn(*nb.notebook, QDate(2026, 3, 31)).size(), 1);

        QVERIFY(nb->setArchived({mentor}, true).ok());
        QVERIFY(dueOn(*nb.notebook, QDate(2027, 1, 1)).isEmpty());
    }

    void helpedWindowBoundaries()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const qint64 alan = test::addContact(*nb.notebook, u"Alan"_s);
        const QDate today(2026, 11, 23);
        QVERIFY(nb->logInteraction(chat(InteractionKind::Review, QDate(2026, 10, 24), {ada}, Direction::Gave), FollowUpChoice::none()).ok()); // first day in
        QVERIFY(nb->logInteraction(chat(InteractionKind::Review, QDate(2026, 10, 23), {grace}, Direction::Gave), FollowUpChoice::none()).ok()); // one day out
        QVERIFY(nb->logInteraction(chat(InteractionKind::Coffee, today, {alan}, Direction::Mutual), FollowUpChoice::none()).ok());
        QVERIFY(nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 1), {alan}, Direction::Received), FollowUpChoice::none()).ok());
        QVERIFY(nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 24), {grace}, Direction::Gave), FollowUpChoice::none()).ok()); // tomorrow

        auto entries = nb->helped(today, 30);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).contactId, alan); // most recent give first
        QCOMPARE(entries->at(0).gaveCount, 1);
        QCOMPARE(entries->at(0).receivedCount, 2);
        QCOMPARE(entries->at(0).lastGave, today);
        QCOMPARE(entries->at(1).contactId, ada);
        QCOMPARE(entries->at(1).lastGave, QDate(2026, 10, 24));
        QCOMPARE(entries->at(1).receivedCount, 0);
        QVERIFY(!entries->at(1).lastReceived.isValid());

        QCOMPARE(nb->helped(today, 31)->size(), 3);
        QVERIFY(!nb->helped(today, 0).ok());
    }

    void textIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << u"O'Brien \"the boss\" `x` ; DROP TABLE contact; --"_s;
        QTest::newRow("emoji") << u"Zoë 👩🏽‍💻 Ng 🎉"_s;
        QTest::newRow("right-to-left") << u"ليلى العربي"_s;
        QTest::newRow("hebrew mixed") << u"שרה Cohen (CTO)"_s;
        QTest::newRow("markup") << u"<b>bold</b> &amp; <script>alert(1)</script>"_s;
        QTest::newRow("junk") << QString::fromUtf8("\xc3\xa9\xe2\x80\x8f%_\\*?[]{}"); // control characters: tst_refusals
        QTest::newRow("like wildcards") << u"100% _real_ \\escape"_s;
    }
    void textIsStoredVerbatim()
    {
        QFETCH(QString, text);
        test::TempNotebook nb;
        Contact contact;
        contact.name = text;
        contact.organisation = text;
        contact.notes = text + u"\nsecond line\ttab"_s;
        auto id = nb->addContact(contact);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto stored = nb->contact(*id);
        QCOMPARE(stored->name, text.trimmed());
        QCOMPARE(stored->organisation, text.trimmed());
        QCOMPARE(stored->notes, contact.notes);

        Interaction interaction = chat(InteractionKind::Coffee, QDate(2026, 11, 23), {*id});
        interaction.summary = text;
        interaction.agenda = text;
        interaction.notes = text;
        auto logged = nb->logInteraction(interaction);
        QVERIFY(logged.ok());
        QCOMPARE(nb->interaction(logged->interactionId)->agenda, text);
        QCOMPARE(nb->interaction(logged->interactionId)->notes, text);
        QCOMPARE(nb->resolveContact(text)->id, *id);
    }

    void badInputChangesNothing()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 reminder = *nb->addReminder(ada, QDate(2026, 11, 20), {});
        QVERIFY(nb->completeReminder(reminder).ok());
        const QByteArray before = test::fileDigest(nb.path);
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);

        Contact empty;
        empty.name = u"   "_s;
        QCOMPARE(nb->addContact(empty).error().code, Error::Code::Invalid);
        Contact badEmail;
        badEmail.name = u"Bob"_s;
        badEmail.emails = {u"bob at example"_s};
        QCOMPARE(nb->addContact(badEmail).error().code, Error::Code::Invalid);
        Contact nul;
        nul.name = u"Nul"_s + QChar(u'\0') + u"byte"_s;
        QCOMPARE(nb->addContact(nul).error().code, Error::Code::Invalid);
        Contact huge;
        huge.name = u"Huge"_s;
        huge.notes = QString(limits::notesLength + 1, u'x');
        QCOMPARE(nb->addContact(huge).error().code, Error::Code::Invalid);
        Contact badCadence;
        badCadence.name = u"Cad"_s;
        badCadence.cadenceDays = 0;
        QCOMPARE(nb->addContact(badCadence).error().code, Error::Code::Invalid);

        QCOMPARE(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada, 999})).error().code,
                 Error::Code::NotFound);
        QCOMPARE(nb->logInteraction(chat(InteractionKind::Coffee, QDate(), {ada})).error().code, Error::Code::Invalid);
        QCOMPARE(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2031, 1, 1), {ada})).error().code, Error::Code::Invalid);
        QCOMPARE(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {})).error().code, Error::Code::Invalid);
        QCOMPARE(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada}), FollowUpChoice::inDays(-1)).error().code,
                 Error::Code::Invalid);
        QCOMPARE(nb->snoozeReminder(reminder, 3).error().code, Error::Code::Conflict); // already done
        QCOMPARE(nb->snoozeReminder(12345, 3).error().code, Error::Code::NotFound);
        QCOMPARE(nb->snoozeReminder(reminder, 0).error().code, Error::Code::Invalid);
        QCOMPARE(nb->completeReminder(12345).error().code, Error::Code::NotFound);
        QCOMPARE(nb->addReminder(999, QDate(2026, 12, 1), {}).error().code, Error::Code::NotFound);
        Contact ghost;
        ghost.id = 4242;
        ghost.name = u"Ghost"_s;
        QCOMPARE(nb->updateContact(ghost).error().code, Error::Code::NotFound);
        QCOMPARE(nb->setArchived({ada, 4242}, true).error().code, Error::Code::NotFound);
        QVERIFY(!nb->contact(ada)->archived); // the first half of the batch was rolled back

        QCOMPARE(changed.count(), 0);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void resolveContacts()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        const qint64 adam = test::addContact(*nb.notebook, u"Adam Smith"_s);
        const qint64 zoe = test::addContact(*nb.notebook, u"ZOË Ng"_s);
        const qint64 twin1 = test::addContact(*nb.notebook, u"Alex Kim"_s);
        test::addContact(*nb.notebook, u"alex kim"_s);

        QCOMPARE(nb->resolveContact(QString::number(adam))->id, adam);
        QCOMPARE(nb->resolveContact(u"ada lovelace"_s)->id, ada);
        QCOMPARE(nb->resolveContact(u"ada l"_s)->id, ada);
        QCOMPARE(nb->resolveContact(u"zoë"_s)->id, zoe);
        QCOMPARE(nb->resolveContact(u"  Adam  "_s)->id, adam);

        const auto ambiguous = nb->resolveContact(u"ad"_s);
        QCOMPARE(ambiguous.error().code, Error::Code::Ambiguous);
        QVERIFY(ambiguous.error().message.contains(u"Ada Lovelace"_s));
        QVERIFY(ambiguous.error().message.contains(u"Adam Smith"_s));
        const auto twins = nb->resolveContact(u"Alex Kim"_s);
        QCOMPARE(twins.error().code, Error::Code::Ambiguous);
        QVERIFY(twins.error().message.contains(QString::number(twin1)));
        QCOMPARE(nb->resolveContact(u"nobody"_s).error().code, Error::Code::NotFound);
        QCOMPARE(nb->resolveContact(u"a%"_s).error().code, Error::Code::NotFound);
        QCOMPARE(nb->resolveContact(u""_s).error().code, Error::Code::Invalid);
    }

    void deleteAndRestoreContact()
    {
        test::TempNotebook nb;
        Contact full;
        full.name = u"Ada"_s;
        full.roles = {Role::Sponsor, Role::Mentor};
        full.emails = {u"ada@example.org"_s, u"a@b.co"_s};
        full.phones = {u"+44 20 7946 0000"_s};
        full.links = {{u"LinkedIn"_s, u"https://linkedin.example/ada"_s}};
        full.metVia = MetVia::Community;
        full.metViaDetail = u"PyLadies"_s;
        full.cadenceDays = 21;
        const qint64 ada = *nb->addContact(full);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const auto own = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), {ada}));
        const auto shared = nb->logInteraction(chat(InteractionKind::Meeting, QDate(2026, 11, 2), {ada, grace}),
                                               FollowUpChoice::kindDefault(), FollowUpsToClose::none());
        QVERIFY(nb->snoozeReminder(own->reminderIds.at(0), 2).ok());
        const qint64 manual = *nb->addReminder(ada, QDate(2026, 12, 24), u"card"_s);
        const auto timelineBefore = *nb->timeline(ada);

        auto snapshot = nb->deleteContact(ada);
        QVERIFY(snapshot.ok());
        QCOMPARE(nb->contact(ada).error().code, Error::Code::NotFound);
        QCOMPARE(nb->interaction(own->interactionId).error().code, Error::Code::NotFound);
        QCOMPARE(nb->interaction(shared->interactionId)->participants.size(), 1);
        QCOMPARE(nb->reminder(manual).error().code, Error::Code::NotFound);

        QVERIFY(nb->restoreContact(*snapshot).ok());
        const Contact restored = *nb->contact(ada);
        QCOMPARE(restored.roles, (QList<Role>{Role::Mentor, Role::Sponsor}));
        QCOMPARE(restored.emails, full.emails);
        QCOMPARE(restored.links, full.links);
        QCOMPARE(restored.cadenceDays, full.cadenceDays);
        QCOMPARE(restored.lastInteraction, QDate(2026, 11, 2));
        QCOMPARE(nb->interaction(shared->interactionId)->participants.size(), 2);
        const auto timelineAfter = *nb->timeline(ada);
        QCOMPARE(timelineAfter.size(), timelineBefore.size());
        QCOMPARE(nb->reminder(own->reminderIds.at(0))->history.size(), 2);
        QCOMPARE(nb->reminder(manual)->reason, u"card"_s);
    }

    void deleteAndRestoreInteraction()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto logged = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 20), {ada}));
        auto snapshot = nb->deleteInteraction(logged->interactionId);
        QVERIFY(snapshot.ok());
        QVERIFY(!nb->contact(ada)->lastInteraction.isValid());
        QVERIFY(!nb->contact(ada)->nextFollowUp.isValid());
        QVERIFY(nb->restoreInteraction(*snapshot).ok());
        QCOMPARE(nb->contact(ada)->lastInteraction, QDate(2026, 11, 20));
        QCOMPARE(nb->contact(ada)->nextFollowUp, QDate(2026, 12, 4));
    }

    void editingAnInteractionDateMovesLastInteraction()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto logged = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 20), {ada}));
        Interaction edited = *nb->interaction(logged->interactionId);
        edited.date = QDate(2026, 10, 1);
        QVERIFY(nb->updateInteraction(edited).ok());
        QCOMPARE(nb->contact(ada)->lastInteraction, QDate(2026, 10, 1));
    }

    void loggingClosesTheDueFollowUps()
    {
        test::TempNotebook nb; // today 2026-11-23
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const auto coffee = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), {ada, grace}));
        const qint64 adasFollowUp = coffee->reminderIds.at(0);
        const qint64 gracesFollowUp = coffee->reminderIds.at(1);
        const qint64 own = *nb->addReminder(ada, QDate(2026, 11, 23), u"Send the article"_s);
        const qint64 ahead = *nb->addReminder(ada, QDate(2026, 11, 24), u"Not yet"_s);

        Interaction call = chat(InteractionKind::Call, QDate(2026, 11, 23), {ada});
        auto closing = nb->followUpsClosedByLogging(call, nb->today());
        QVERIFY(closing.ok());
        QCOMPARE(closing->size(), 2);
        QCOMPARE(closing->at(0).id, adasFollowUp); // overdue first
        QCOMPARE(closing->at(1).id, own);

        auto logged = nb->logInteraction(call);
        QVERIFY(logged.ok());
        QCOMPARE(logged->closedFollowUps.size(), 2);
        QCOMPARE(logged->closedFollowUps.at(0).state, ReminderState::Open);
        QCOMPARE(nb->reminder(adasFollowUp)->state, ReminderState::Done);
        QCOMPARE(nb->reminder(own)->state, ReminderState::Done);
        QCOMPARE(nb->reminder(ahead)->state, ReminderState::Open);   // not due yet
        QCOMPARE(nb->reminder(gracesFollowUp)->state, ReminderState::Open); // not in this call
        QCOMPARE(nb->reminder(adasFollowUp)->history.last().action, ReminderEvent::Action::Done);
        for (const DueItem &item : dueOn(*nb.notebook, nb->today()))
            QVERIFY(item.contactId != ada);
    }

    void keepingTheFollowUpsOpen()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto coffee = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), {ada}));
        auto logged = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 23), {ada}),
                                         FollowUpChoice::kindDefault(), FollowUpsToClose::none());
        QVERIFY(logged.ok());
        QVERIFY(logged->closedFollowUps.isEmpty());
        QCOMPARE(nb->reminder(coffee->reminderIds.at(0))->state, ReminderState::Open);
    }

    void closingANamedFollowUpBeforeItIsDue()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const qint64 nextWeek = *nb->addReminder(ada, QDate(2026, 11, 27), u"Thank her"_s);
        const qint64 gracesNextWeek = *nb->addReminder(grace, QDate(2026, 11, 27), u"Not hers"_s);
        const Interaction call = chat(InteractionKind::Call, QDate(2026, 11, 23), {ada});
        QVERIFY(nb->followUpsClosedByLogging(call, nb->today())->isEmpty());
        const FollowUpsToClose named{true, {nextWeek, gracesNextWeek}};
        auto logged = nb->logInteraction(call, FollowUpChoice::none(), named);
        QVERIFY(logged.ok());
        QCOMPARE(logged->closedFollowUps.size(), 1); // only a participant's follow-up can be closed
        QCOMPARE(nb->reminder(nextWeek)->state, ReminderState::Done);
        QCOMPARE(nb->reminder(gracesNextWeek)->state, ReminderState::Open);
    }

    void anEarlierInteractionDoesNotCloseALaterOnesFollowUp()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto coffee = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), {ada}));
        // A chat from October, written down late, is not the follow-up of November's coffee.
        auto late = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 10, 20), {ada}));
        QVERIFY(late->closedFollowUps.isEmpty());
        QCOMPARE(nb->reminder(coffee->reminderIds.at(0))->state, ReminderState::Open);
        // …and a same-day follow-up of its own (--follow-up 0) is not closed by itself.
        auto sameDay = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 23), {ada}), FollowUpChoice::inDays(0));
        QCOMPARE(sameDay->closedFollowUps.size(), 1);
        QCOMPARE(nb->reminder(sameDay->reminderIds.at(0))->state, ReminderState::Open);
    }

    void unloggingReopensExactlyWhatWasClosed()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto coffee = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), {ada}));
        const qint64 followUp = coffee->reminderIds.at(0);
        QVERIFY(nb->rescheduleReminder(followUp, QDate(2026, 11, 10)).ok());
        const Reminder before = *nb->reminder(followUp);
        const qint64 dismissed = *nb->addReminder(ada, QDate(2026, 11, 20), u"dropped"_s);
        QVERIFY(nb->dismissReminder(dismissed).ok());

        auto logged = nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 11, 23), {ada}), FollowUpChoice::inDays(5));
        QVERIFY(logged.ok());
        QCOMPARE(logged->closedFollowUps.size(), 1);

        auto snapshot = nb->unlogInteraction(*logged);
        QVERIFY(snapshot.ok());
        QCOMPARE(nb->interaction(logged->interactionId).error().code, Error::Code::NotFound);
        QCOMPARE(nb->reminder(logged->reminderIds.at(0)).error().code, Error::Code::NotFound);
        const Reminder reopened = *nb->reminder(followUp);
        QCOMPARE(reopened.state, ReminderState::Open);
        QVERIFY(!reopened.completedAt.isValid());
        QCOMPARE(reopened.history.size(), before.history.size());
        QCOMPARE(nb->reminder(dismissed)->state, ReminderState::Dismissed); // never closed by the log
        QCOMPARE(reopened.due, QDate(2026, 11, 10));
        QCOMPARE(nb->contact(ada)->nextFollowUp, QDate(2026, 11, 10));

        // Redo: the interaction, its follow-up and the closing all come back.
        QVERIFY(nb->restoreInteraction(*snapshot).ok());
        QCOMPARE(nb->interaction(logged->interactionId)->kind, InteractionKind::Call);
        QCOMPARE(nb->reminder(logged->reminderIds.at(0))->state, ReminderState::Open);
        QCOMPARE(nb->reminder(followUp)->state, ReminderState::Done);
        QCOMPARE(nb->reminder(followUp)->history.size(), before.history.size() + 1);
    }

    void updateInteractionReplacesEverything()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const auto logged = nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 20), {ada}));
        Interaction edited = *nb->interaction(logged->interactionId);
        edited.kind = InteractionKind::Meeting;
        edited.date = QDate(2026, 11, 21);
        edited.participants = {ContactRef{grace, {}}};
        edited.direction = Direction::Gave;
        edited.summary = u"Talk review"_s;
        edited.agenda = u"1. slides"_s;
        edited.notes = u"went well"_s;
        QVERIFY(nb->updateInteraction(edited).ok());
        const Interaction stored = *nb->interaction(logged->interactionId);
        QCOMPARE(stored.kind, InteractionKind::Meeting);
        QCOMPARE(stored.date, QDate(2026, 11, 21));
        QCOMPARE(stored.participants.size(), 1);
        QCOMPARE(stored.participants.at(0).id, grace);
        QCOMPARE(stored.direction, Direction::Gave);
        QCOMPARE(stored.summary, u"Talk review"_s);
        QCOMPARE(stored.agenda, u"1. slides"_s);
        QCOMPARE(stored.notes, u"went well"_s);
        QVERIFY(!nb->contact(ada)->lastInteraction.isValid());
        QCOMPARE(nb->contact(grace)->lastInteraction, QDate(2026, 11, 21));
    }

    void updateInteractionRefusesBadInputAndChangesNothing_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("nobody") << 0;
        QTest::newRow("unknown participant") << 1;
        QTest::newRow("invalid date") << 2;
        QTest::newRow("summary too long") << 3;
        QTest::newRow("unknown id") << 4;
    }
    void updateInteractionRefusesBadInputAndChangesNothing()
    {
        QFETCH(int, change);
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction first = chat(InteractionKind::Coffee, QDate(2026, 11, 20), {ada});
        first.summary = u"first"_s;
        const auto logged = nb->logInteraction(first);
        Interaction edited = *nb->interaction(logged->interactionId);
        edited.summary = u"changed"_s;
        Error::Code expected = Error::Code::Invalid;
        switch (change) {
        case 0: edited.participants.clear(); break;
        case 1: edited.participants.append(ContactRef{999, {}}); expected = Error::Code::NotFound; break;
        case 2: edited.date = QDate(); break;
        case 3: edited.summary = QString(limits::shortTextLength + 1, u'x'); break;
        case 4: edited.id = 999; expected = Error::Code::NotFound; break;
        }
        const QByteArray digest = test::fileDigest(nb.path);
        const Status status = nb->updateInteraction(edited);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, expected);
        QCOMPARE(test::fileDigest(nb.path), digest);
        const Interaction stored = *nb->interaction(logged->interactionId);
        QCOMPARE(stored.summary, u"first"_s);
        QCOMPARE(stored.participants.size(), 1);
    }

    void deleteAndRestoreReminder()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 id = *nb->addReminder(ada, QDate(2026, 11, 30), u"Send the article"_s);
        QVERIFY(nb->snoozeReminder(id, 3).ok());
        const Reminder before = *nb->reminder(id);
        auto snapshot = nb->deleteReminder(id);
        QVERIFY(snapshot.ok());
        QCOMPARE(nb->reminder(id).error().code, Error::Code::NotFound);
        QVERIFY(!nb->contact(ada)->nextFollowUp.isValid());
        QCOMPARE(nb->deleteReminder(id).error().code, Error::Code::NotFound);
        QVERIFY(nb->restoreDeletedReminder(*snapshot).ok());
        const Reminder after = *nb->reminder(id);
        QCOMPARE(after.due, before.due);
        QCOMPARE(after.reason, before.reason);
        QCOMPARE(after.history.size(), 2);
        QCOMPARE(nb->contact(ada)->nextFollowUp, before.due);
    }

    void timelineNewestFirst()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->logInteraction(chat(InteractionKind::Call, QDate(2026, 10, 1), {ada})).ok());
        QVERIFY(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 13), {ada})).ok());
        const auto entries = *nb->timeline(ada);
        QCOMPARE(entries.size(), 3);
        QVERIFY(!entries.at(0).isInteraction());
        QCOMPARE(entries.at(0).date, QDate(2026, 11, 27));
        QCOMPARE(entries.at(1).interaction().kind, InteractionKind::Coffee);
        QCOMPARE(entries.at(2).date, QDate(2026, 10, 1));
        QCOMPARE(nb->timeline(777).error().code, Error::Code::NotFound);
    }

    void writesEmitChangedAfterCommit()
    {
        test::TempNotebook nb;
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(nb->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 23), {ada})).ok());
        QCOMPARE(changed.count(), 2);
        const auto what = changed.at(1).at(0).value<Notebook::Changes>();
        QVERIFY(what.testFlag(Notebook::Change::Reminders));
        QVERIFY(what.testFlag(Notebook::Change::Interactions));
    }
};

QTEST_GUILESS_MAIN(TestNotebook)
#include "tst_notebook.moc"
