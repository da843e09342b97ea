#include "TestSupport.h"
#include "db/BackupManager.h"
#include "model/Validation.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate lastDay(9999, 12, 31);

QString firstMessage(const QList<FieldProblem> &problems)
{
    return problems.isEmpty() ? QString() : problems.constFirst().field + u": "_s + problems.constFirst().message;
}

} // namespace

// What core refuses, with which code and words, and that a refusal changes nothing. The command
// line and the window only pass these on.
class TestRefusals : public QObject
{
    Q_OBJECT
private slots:
    void closedRemindersStayClosed_data()
    {
        QTest::addColumn<bool>("firstDone");
        QTest::addColumn<bool>("thenDone");
        QTest::newRow("done, done") << true << true;
        QTest::newRow("done, dismiss") << true << false;
        QTest::newRow("dismiss, done") << false << true;
        QTest::newRow("dismiss, dismiss") << false << false;
    }
    void closedRemindersStayClosed()
    {
        QFETCH(bool, firstDone);
        QFETCH(bool, thenDone);
        test::TempNotebook nb(QDate(2025, 3, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 id = *nb->addReminder(ada, QDate(2025, 3, 1), {});
        QVERIFY(firstDone ? nb->completeReminder(id).ok() : nb->dismissReminder(id).ok());
        const Reminder closed = *nb->reminder(id);
        nb->setClock(Clock::fixed(QDate(2025, 3, 9))); // a new day: the nudges catch up with it first
        const QByteArray before = test::fileDigest(nb.path);

        const Status again = thenDone ? nb->completeReminder(id) : nb->dismissReminder(id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(again.error().message, firstDone ? u"Reminder %1 was already done on 2025-03-02."_s.arg(id)
                                                  : u"Reminder %1 was already dismissed on 2025-03-02."_s.arg(id));
        const Reminder after = *nb->reminder(id);
        QCOMPARE(after.state, closed.state);
        QCOMPARE(after.completedAt, closed.completedAt);
        QCOMPARE(after.history.size(), closed.history.size());
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void nothingIsScheduledPastTheLastStorableDay()
    {
        test::TempNotebook nb(QDate(2025, 1, 1));
        const qint64 pat = test::addContact(*nb.notebook, u"Pat"_s, {}, 7);
        const qint64 reminder = *nb->addReminder(pat, QDate(2025, 1, 5), {});
        nb->setClock(Clock::fixed(lastDay));
        const QByteArray before = test::fileDigest(nb.path);

        auto added = nb->addReminder(pat, lastDay.addDays(1), {});
        const QList<std::pair<QString, Status>> refused = {
            {u"completeNudge"_s, nb->completeNudge(pat)},
            {u"snoozeNudge"_s, nb->snoozeNudge(pat, lastDay.addDays(1))},
            {u"snoozeReminder"_s, nb->snoozeReminder(reminder, 1)},
            {u"rescheduleReminder"_s, nb->rescheduleReminder(reminder, lastDay.addDays(2))},
            {u"addReminder"_s, added.ok() ? Status() : Status(added.error())},
        };
        for (const auto &[what, status] : refused) {
            QVERIFY2(!status.ok(), qPrintable(what));
            QVERIFY2(status.error().message.contains(u"after 9999-12-31, the last day Tend can schedule"_s),
                     qPrintable(what + u": "_s + status.error().message));
        }
        QCOMPARE(nb->completeNudge(pat).error().code, Error::Code::Constraint);
        QCOMPARE(test::fileDigest(nb.path), before);

        // The last day itself can be scheduled.
        QVERIFY(nb->rescheduleReminder(reminder, lastDay).ok());
        QVERIFY(nb->snoozeNudge(pat, lastDay).ok());
    }

    void aNudgeBeyondTheCalendarIsNeverDue()
    {
        test::TempNotebook nb(lastDay.addDays(-3));
        const qint64 pat = test::addContact(*nb.notebook, u"Pat"_s, {}, 30);
        QVERIFY(!nb->contact(pat)->nudgeDue.isValid());
        test::addContact(*nb.notebook, u"Sam"_s); // no cadence at all
        for (const auto &[today, within] : {std::pair{lastDay, 0}, std::pair{lastDay.addDays(-5), 30}}) {
            auto due = nb->due(today, within);
            QVERIFY(due.ok());
            QVERIFY(due->isEmpty());
        }
        // A follow-up on the last day is seen from days before it.
        QVERIFY(nb->addReminder(pat, lastDay, {}).ok());
        QCOMPARE(nb->due(lastDay.addDays(-5), 30)->size(), 1);
    }

    void oneLineFieldsRefuseControlCharacters_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("name, escape") << u"name"_s << u"Ada\x1b[31m"_s << u"The name contains U+001B"_s;
        QTest::newRow("name, newline") << u"name"_s << u"Ada\nLovelace"_s << u"The name contains a line break"_s;
        QTest::newRow("name, line separator") << u"name"_s << u"Ada\u2028Lovelace"_s << u"a line break"_s;
        QTest::newRow("name, DEL") << u"name"_s << u"Ada\x7f"_s << u"U+007F"_s;
        QTest::newRow("name, C1") << u"name"_s << u"Ada\u009b"_s << u"U+009B"_s;
        QTest::newRow("organisation, tab") << u"organisation"_s << u"A\tB"_s << u"The organisation contains a tab"_s;
        QTest::newRow("title, CR") << u"title"_s << u"CTO\r"_s << u"The title contains a carriage return"_s;
        QTest::newRow("met-via") << u"met-via"_s << u"a\nb"_s << u"How you met contains a line break"_s;
        QTest::newRow("emails") << u"emails"_s << u"a@b.org\x1b"_s << u"An e-mail address contains U+001B"_s;
        QTest::newRow("phones") << u"phones"_s << u"555\n1"_s << u"A phone number contains a line break"_s;
        QTest::newRow("links") << u"links"_s << u"https://x.org/\x07"_s << u"A link contains U+0007"_s;
        QTest::newRow("notes, escape") << u"notes"_s << u"ok\n\tfine\x1b"_s << u"only line breaks and tabs"_s;
        QTest::newRow("notes, CR") << u"notes"_s << u"one\r\ntwo"_s << u"a carriage return"_s;
    }
    void oneLineFieldsRefuseControlCharacters()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, words);
        Contact contact;
        contact.name = u"Ada"_s;
        if (field == u"name")
            contact.name = text;
        else if (field == u"organisation")
            contact.organisation = text;
        else if (field == u"title")
            contact.title = text;
        else if (field == u"met-via")
            contact.metViaDetail = text;
        else if (field == u"emails")
            contact.emails = {u"ok@b.org"_s, text};
        else if (field == u"phones")
            contact.phones = {text};
        else if (field == u"links")
            contact.links = {{{}, text}};
        else if (field == u"notes")
            contact.notes = text;
        const QList<FieldProblem> problems = validateContact(contact);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().field, field);
        QVERIFY2(problems.constFirst().message.contains(words), qPrintable(firstMessage(problems)));

        test::TempNotebook nb;
        const QByteArray before = test::fileDigest(nb.path);
        auto added = nb->addContact(contact);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void interactionsAndRemindersRefuseThemToo()
    {
        Interaction interaction;
        interaction.kind = InteractionKind::Coffee;
        interaction.date = test::defaultToday;
        interaction.participants = {ContactRef{1, {}}};
        interaction.summary = u"one\ntwo"_s;
        QCOMPARE(firstMessage(validateInteraction(interaction)), u"summary: The summary contains a line break; it must be one line of text without control characters."_s);
        interaction.summary.clear();
        interaction.agenda = u"1. this\n\t2. that"_s;
        interaction.notes = u"said:\n\tyes"_s;
        QVERIFY(validateInteraction(interaction).isEmpty());
        interaction.agenda += u'\x1b';
        QCOMPARE(validateInteraction(interaction).constFirst().field, u"agenda"_s);

        const Status reason = checkReminder(test::defaultToday, u"call\x1b]0;x\x07"_s);
        QVERIFY(!reason.ok());
        QVERIFY2(reason.error().message.startsWith(u"The reason contains U+001B"_s), qPrintable(reason.error().message));
        QVERIFY(checkReminder(test::defaultToday, u"Call about the talk (ß, 山田, 👩🏽‍💻)"_s).ok());
        // Format characters are text, not controls: the right-to-left mark, the zero-width joiner.
        Contact formatted;
        formatted.name = u"\u200fשרה 👩\u200d💻"_s;
        QVERIFY(validateContact(formatted).isEmpty());
    }

    void emailsAreUniqueWhateverTheirCase()
    {
        QCOMPARE(uniqueEmails({u"Ada@Example.org"_s, u"ada@example.ORG"_s, u"b@x.org"_s, u" ADA@example.org "_s}),
                 (QStringList{u"Ada@Example.org"_s, u"b@x.org"_s}));

        test::TempNotebook nb;
        Contact contact;
        contact.name = u"Ada"_s;
        contact.emails = {u"Ada@Example.org"_s, u"ada@example.org"_s};
        const qint64 id = *nb->addContact(contact);
        QCOMPARE(nb->contact(id)->emails, QStringList{u"Ada@Example.org"_s});
        Contact edited = *nb->contact(id);
        edited.emails = {u"x@y.org"_s, u"X@Y.ORG"_s, u"ada@example.org"_s};
        QVERIFY(nb->updateContact(edited).ok());
        QCOMPARE(nb->contact(id)->emails, (QStringList{u"x@y.org"_s, u"ada@example.org"_s}));
    }

    void copiesOntoTheNotebookAndRestoresOfFoldersAreConflicts()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada"_s);
        auto ontoItself = nb->backUpNow(nb.path);
        QVERIFY(!ontoItself.ok());
        QCOMPARE(ontoItself.error().code, Error::Code::Conflict);

        auto folder = BackupManager::restore(nb.dir.path(), nb.path, QDateTime::currentDateTime());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, Error::Code::Conflict);
        auto itself = BackupManager::restore(nb.path, nb.path, QDateTime::currentDateTime());
        QVERIFY(!itself.ok());
        QCOMPARE(itself.error().code, Error::Code::Conflict);
        for (const BackupInfo &backup : nb->backups())
            QVERIFY(backup.kind != BackupInfo::Kind::BeforeRestore);
    }
};

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
