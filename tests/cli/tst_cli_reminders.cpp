#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

QStringList dueContacts(const CliRunner &tend, const QStringList &extra = {})
{
    QStringList names;
    const QJsonArray items = tend.run(QStringList{u"due"_s, u"--json"_s} + extra).json().array();
    for (const QJsonValue &item : items)
        names.append(item.toObject().value(u"contact"_s).toString());
    return names;
}

// Ada: coffee 2026-11-01 (due 11-15); Grace: meeting 11-10 (due 11-17); Alan: coffee 11-15 (due 11-29).
void logThreeFollowUps(const CliRunner &tend)
{
    tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"peer"_s});
    tend.addContact(u"Grace Hopper"_s, {u"--role"_s, u"peer"_s});
    tend.addContact(u"Alan Turing"_s, {u"--role"_s, u"peer"_s});
    QVERIFY_CLI_OK(tend.run({u"log"_s, u"meeting"_s, u"grace"_s, u"--date"_s, u"2026-11-10"_s, u"--summary"_s, u"Skip-level"_s}));
    QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-01"_s}));
    QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"alan"_s, u"--date"_s, u"2026-11-15"_s}));
}

} // namespace

class TestCliReminders : public QObject
{
    Q_OBJECT
private slots:
    void dueListsMostOverdueFirstWithTheContractShape()
    {
        CliRunner tend;
        logThreeFollowUps(tend);
        const CliResult result = tend.run({u"due"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonArray items = result.json().array();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{u"contact"_s, u"contact_id"_s, u"due"_s, u"id"_s, u"kind"_s, u"overdue"_s,
                                            u"overdue_days"_s, u"overdue_on"_s, u"reason"_s}));
        QCOMPARE(first.value(u"overdue"_s).toBool(), true);
        QCOMPARE(first.value(u"overdue_on"_s).toString(), u"2026-11-16"_s);
        QCOMPARE(first.value(u"id"_s).toInteger(), 2); // Ada's follow-up was the second logged
        QCOMPARE(first.value(u"kind"_s).toString(), u"follow-up"_s);
        QCOMPARE(first.value(u"contact_id"_s).toInteger(), 1);
        QCOMPARE(first.value(u"contact"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(first.value(u"due"_s).toString(), u"2026-11-15"_s);
        QCOMPARE(first.value(u"overdue_days"_s).toInt(), 8);
        QVERIFY(first.value(u"reason"_s).toString().contains(u"coffee"_s, Qt::CaseInsensitive));
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value(u"contact"_s).toString(), u"Grace Hopper"_s);
        QCOMPARE(second.value(u"due"_s).toString(), u"2026-11-17"_s);
        QCOMPARE(second.value(u"overdue_days"_s).toInt(), 6);
        QVERIFY(second.value(u"reason"_s).toString().contains(u"Skip-level"_s));

        const CliResult text = tend.run({u"due"_s});
        QVERIFY_CLI_OK(text);
        const QStringList lines = text.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(u"Ada Lovelace"_s) && lines.at(1).contains(u"8d overdue"_s));
        QVERIFY(lines.at(2).contains(u"Grace Hopper"_s));
    }

    void withinLooksAhead()
    {
        CliRunner tend;
        logThreeFollowUps(tend);
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"5"_s}), (QStringList{u"Ada Lovelace"_s, u"Grace Hopper"_s}));
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"6"_s}),
                 (QStringList{u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Alan Turing"_s}));
        const QJsonArray items = tend.run({u"due"_s, u"--within"_s, u"6"_s, u"--json"_s}).json().array();
        QCOMPARE(items.at(2).toObject().value(u"overdue_days"_s).toInt(), -6);
    }

    void snoozeMovesAnOverdueItemOffToday()
    {
        CliRunner tend;
        logThreeFollowUps(tend);
        const CliResult snoozed = tend.run({u"snooze"_s, u"2"_s, u"3"_s});
        QVERIFY_CLI_OK(snoozed);
        QVERIFY(snoozed.out.contains(u"2026-11-26"_s));
        QCOMPARE(dueContacts(tend), QStringList{u"Grace Hopper"_s});
        const QJsonArray ahead = tend.run({u"due"_s, u"--within"_s, u"3"_s, u"--json"_s}).json().array();
        QCOMPARE(ahead.size(), 2);
        QCOMPARE(ahead.at(1).toObject().value(u"due"_s).toString(), u"2026-11-26"_s);
    }

    void doneAndDismissCloseReminders()
    {
        CliRunner tend;
        logThreeFollowUps(tend);
        QVERIFY_CLI_OK(tend.run({u"done"_s, u"1"_s}));
        QVERIFY_CLI_OK(tend.run({u"dismiss"_s, u"3"_s}));
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"30"_s}), QStringList{u"Ada Lovelace"_s});

        const QJsonArray grace = tend.run({u"timeline"_s, u"grace"_s, u"--json"_s}).json().array();
        QCOMPARE(grace.at(0).toObject().value(u"type"_s).toString(), u"reminder"_s);
        QCOMPARE(grace.at(0).toObject().value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(grace.at(0).toObject().value(u"completed"_s).toString(), u"2026-11-23"_s);
        const QJsonArray alan = tend.run({u"timeline"_s, u"alan"_s, u"--json"_s}).json().array();
        QCOMPARE(alan.at(0).toObject().value(u"state"_s).toString(), u"dismissed"_s);

        // A closed reminder cannot be snoozed (the command is right, the state forbids it); an
        // unknown one is not found.
        QCOMPARE(tend.run({u"snooze"_s, u"1"_s, u"3"_s}).exitCode, 1);
        const CliResult missing = tend.run({u"done"_s, u"99"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"99"_s));
    }

    void keepInTouchNudgesFollowTheCadence()
    {
        CliRunner tend(QDate(2026, 9, 1));
        tend.addContact(u"Margaret Hamilton"_s, {u"--role"_s, u"mentor"_s}); // 30 days from 09-01: due 10-01
        tend.addContact(u"Linus Torvalds"_s, {u"--role"_s, u"peer"_s, u"--cadence"_s, u"10"_s});
        tend.addContact(u"Barbara Liskov"_s, {u"--role"_s, u"mentor"_s});
        tend.addContact(u"Anita Borg"_s, {u"--role"_s, u"therapist"_s}); // therapists get no nudge
        tend.setToday(QDate(2026, 11, 23));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, u"linus"_s, u"--date"_s, u"2026-11-05"_s})); // due 11-15
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"email"_s, u"barbara"_s, u"--date"_s, u"2026-11-01"_s})); // due 12-01

        const QJsonArray items = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(items.size(), 2);
        const QJsonObject margaret = items.at(0).toObject();
        QCOMPARE(margaret.value(u"contact"_s).toString(), u"Margaret Hamilton"_s);
        QCOMPARE(margaret.value(u"kind"_s).toString(), u"keep-in-touch"_s);
        QCOMPARE(margaret.value(u"id"_s).toString(), u"k1"_s); // what done / snooze / dismiss take
        QCOMPARE(margaret.value(u"due"_s).toString(), u"2026-10-01"_s);
        QCOMPARE(margaret.value(u"overdue_days"_s).toInt(), 53);
        const QJsonObject linus = items.at(1).toObject();
        QCOMPARE(linus.value(u"contact"_s).toString(), u"Linus Torvalds"_s);
        QCOMPARE(linus.value(u"due"_s).toString(), u"2026-11-15"_s);
        QCOMPARE(linus.value(u"overdue_days"_s).toInt(), 8);

        QCOMPARE(dueContacts(tend, {u"--within"_s, u"8"_s}),
                 (QStringList{u"Margaret Hamilton"_s, u"Linus Torvalds"_s, u"Barbara Liskov"_s}));
    }

    // A nudge has no reminder id; `tend due` names it k<contact id>, and done / snooze / dismiss take that.
    void nudgesAreActedOnByTheirKReference()
    {
        CliRunner tend(QDate(2026, 9, 1));
        tend.addContact(u"Margaret Hamilton"_s, {u"--role"_s, u"mentor"_s}); // nudge due 10-01
        tend.addContact(u"Linus Torvalds"_s, {u"--role"_s, u"peer"_s, u"--cadence"_s, u"10"_s}); // due 09-11
        tend.addContact(u"Anita Borg"_s, {u"--role"_s, u"therapist"_s}); // no cadence, no nudge
        tend.setToday(QDate(2026, 11, 23));

        const CliResult listed = tend.run({u"due"_s});
        QVERIFY_CLI_OK(listed);
        const QStringList lines = listed.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(u"k2 "_s) && lines.at(1).contains(u"Linus Torvalds"_s));
        QVERIFY(lines.at(2).startsWith(u"k1 "_s) && lines.at(2).contains(u"every 30 days"_s));

        const CliResult snoozed = tend.run({u"snooze"_s, u"k2"_s, u"3"_s});
        QVERIFY_CLI_OK(snoozed);
        QVERIFY(snoozed.out.contains(u"Linus Torvalds"_s) && snoozed.out.contains(u"2026-11-26"_s));
        const CliResult done = tend.run({u"done"_s, u"K1"_s});
        QVERIFY_CLI_OK(done);
        QVERIFY(done.out.contains(u"2026-12-23"_s)); // a cadence from today
        QCOMPARE(dueContacts(tend), QStringList());
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"3"_s}), QStringList{u"Linus Torvalds"_s});
        QVERIFY_CLI_OK(tend.run({u"dismiss"_s, u"k2"_s})); // skipped this round: back in 10 days
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"9"_s}), QStringList());
        QCOMPARE(dueContacts(tend, {u"--within"_s, u"10"_s}), QStringList{u"Linus Torvalds"_s});

        const CliResult noCadence = tend.run({u"done"_s, u"k3"_s});
        QCOMPARE(noCadence.exitCode, 1);
        QVERIFY(noCadence.err.contains(u"Anita Borg has no keep-in-touch cadence"_s));
        QCOMPARE(tend.run({u"done"_s, u"k99"_s}).exitCode, 1);
        const CliResult garbled = tend.run({u"snooze"_s, u"kk2"_s, u"3"_s});
        QCOMPARE(garbled.exitCode, 2);
        QVERIFY(garbled.err.contains(u"\"kk2\""_s));
    }

    void remindAddsAManualFollowUp()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"peer"_s});
        const CliResult added = tend.run({u"remind"_s, u"ada"_s, u"--in"_s, u"5"_s, u"--reason"_s, u"Send the slides"_s});
        QVERIFY_CLI_OK(added);
        QVERIFY(added.out.contains(u"2026-11-28"_s));
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"ada"_s, u"--on"_s, u"2026-11-20"_s}));
        const QJsonArray items = tend.run({u"due"_s, u"--within"_s, u"5"_s, u"--json"_s}).json().array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"due"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(items.at(1).toObject().value(u"reason"_s).toString(), u"Send the slides"_s);
        QCOMPARE(items.at(1).toObject().value(u"id"_s).toInteger(), 1);

        QCOMPARE(tend.run({u"remind"_s, u"ada"_s}).exitCode, 2);
        QCOMPARE(tend.run({u"remind"_s, u"ada"_s, u"--in"_s, u"3"_s, u"--on"_s, u"2026-12-01"_s}).exitCode, 2);
    }

    // Issue 14: an old snooze outlived the rule. The exact commands of the report.
    void aChangedCadenceAndANewInteractionResetTheNudge()
    {
        CliRunner tend(QDate(2025, 1, 1));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"add"_s, u"Pat"_s, u"--role"_s, u"peer"_s}));
        tend.setToday(QDate(2025, 4, 15));
        QVERIFY_CLI_OK(tend.run({u"done"_s, u"k1"_s}));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"pat"_s, u"--cadence"_s, u"7"_s}));
        tend.setToday(QDate(2025, 5, 1));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, u"pat"_s, u"--no-follow-up"_s}));
        tend.setToday(QDate(2025, 5, 20));
        const CliResult due = tend.run({u"due"_s});
        QVERIFY_CLI_OK(due);
        QVERIFY2(due.out.contains(u"Pat"_s), qPrintable(due.describe()));
        QVERIFY2(due.out.contains(u"12d overdue"_s), qPrintable(due.describe()));
        QVERIFY2(due.out.contains(u"every 7 days; last contact 2025-05-01"_s), qPrintable(due.describe()));
        const QJsonArray json = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.at(0).toObject().value(u"due"_s).toString(), u"2025-05-08"_s);
    }

    // The same with a snoozed nudge: the snooze belonged to the old cadence and the old last contact.
    void aNewInteractionEndsAnOldSnooze()
    {
        CliRunner tend(QDate(2025, 1, 1));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"add"_s, u"Pat"_s, u"--role"_s, u"peer"_s}));
        tend.setToday(QDate(2025, 4, 15));
        QVERIFY_CLI_OK(tend.run({u"snooze"_s, u"k1"_s, u"60"_s}));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"pat"_s, u"--cadence"_s, u"7"_s}));
        tend.setToday(QDate(2025, 5, 1));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, u"pat"_s, u"--no-follow-up"_s}));
        tend.setToday(QDate(2025, 5, 20));
        const QJsonArray json = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(json.size(), 1);
        const QJsonObject nudge = json.at(0).toObject();
        QCOMPARE(nudge.value(u"due"_s).toString(), u"2025-05-08"_s);
        QCOMPARE(nudge.value(u"overdue_days"_s).toInt(), 12);
        QVERIFY2(nudge.value(u"reason"_s).toString().contains(u"last contact 2025-05-01"_s),
                 qPrintable(nudge.value(u"reason"_s).toString()));
    }

    void nothingDueSaysSo()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"peer"_s});
        const CliResult result = tend.run({u"due"_s});
        QVERIFY_CLI_OK(result);
        QCOMPARE(result.out.trimmed(), u"Nothing due."_s);
        QCOMPARE(tend.run({u"due"_s, u"--json"_s}).json().array().size(), 0);
        QVERIFY(tend.run({u"due"_s, u"--json"_s}).json().isArray());
    }
};

QTEST_GUILESS_MAIN(TestCliReminders)
#include "tst_cli_reminders.moc"
