#include "CliRunner.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

// "Logged interaction 7: …" -> 7
qint64 interactionId(const CliResult &result)
{
    static const QRegularExpression logged(u"^Logged interaction (\\d+):"_s, QRegularExpression::MultilineOption);
    const auto match = logged.match(result.out);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// "Follow-up due 2026-12-07 …" -> that day, or a null date
QDate followUpDue(const CliResult &result)
{
    static const QRegularExpression due(u"Follow-up due (\\d{4}-\\d{2}-\\d{2})"_s);
    const auto match = due.match(result.out);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

} // namespace

class TestCliLog : public QObject
{
    Q_OBJECT
private slots:
    void followUpByKind_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QDate>("due");
        QTest::newRow("coffee +14") << QStringList{u"coffee"_s} << QDate(2026, 11, 24);
        QTest::newRow("meeting +7") << QStringList{u"meeting"_s} << QDate(2026, 11, 17);
        QTest::newRow("call: none") << QStringList{u"call"_s} << QDate();
        QTest::newRow("--follow-up 3") << QStringList{u"call"_s, u"--follow-up"_s, u"3"_s} << QDate(2026, 11, 13);
        QTest::newRow("--follow-up 2w") << QStringList{u"email"_s, u"--follow-up"_s, u"2w"_s} << QDate(2026, 11, 24);
        QTest::newRow("--no-follow-up") << QStringList{u"coffee"_s, u"--no-follow-up"_s} << QDate();
    }

    void followUpByKind()
    {
        QFETCH(QStringList, options);
        QFETCH(QDate, due);
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s});
        const QString kind = options.takeFirst();
        const CliResult result =
            tend.run(QStringList{u"log"_s, kind, u"ada"_s, u"--date"_s, u"2026-11-10"_s} + options);
        QVERIFY_CLI_OK(result);
        QCOMPARE(interactionId(result), 1);
        QCOMPARE(followUpDue(result), due);
        if (!due.isValid())
            QVERIFY(result.out.contains(u"No follow-up"_s));

        const QJsonObject contact = tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).json().object();
        QCOMPARE(contact.value(u"last_interaction"_s).toString(), u"2026-11-10"_s);
        if (due.isValid())
            QCOMPARE(contact.value(u"next_follow_up"_s).toString(), due.toString(Qt::ISODate));
        else
            QVERIFY(contact.value(u"next_follow_up"_s).isNull());
    }

    void defaultDateIsToday()
    {
        CliRunner tend(QDate(2024, 2, 29));
        tend.addContact(u"Grace Hopper"_s);
        const CliResult result = tend.run({u"log"_s, u"coffee"_s, u"grace"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY(result.out.contains(u"on 2024-02-29"_s));
        QCOMPARE(followUpDue(result), QDate(2024, 3, 14));
    }

    void severalContactsShareOneInteraction()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Grace Hopper"_s);
        tend.addContact(u"Alan Turing"_s);
        const CliResult result = tend.run({u"log"_s, u"event"_s, u"ada"_s, u"grace"_s, u"--summary"_s,
                                           u"Meetup dinner"_s, u"--direction"_s, u"gave"_s, u"--agenda"_s,
                                           u"1. Intros"_s, u"--note"_s, u"Report back how the advice went"_s});
        QVERIFY_CLI_OK(result);
        QCOMPARE(interactionId(result), 1);
        QVERIFY(result.out.contains(u"Ada Lovelace, Grace Hopper"_s));

        for (const QString &who : {u"ada"_s, u"grace"_s}) {
            const QJsonArray timeline = tend.run({u"timeline"_s, who, u"--json"_s}).json().array();
            QCOMPARE(timeline.size(), 1);
            const QJsonObject entry = timeline.at(0).toObject();
            QCOMPARE(entry.value(u"type"_s).toString(), u"interaction"_s);
            QCOMPARE(entry.value(u"kind"_s).toString(), u"event"_s);
            QCOMPARE(entry.value(u"direction"_s).toString(), u"gave"_s);
            QCOMPARE(entry.value(u"summary"_s).toString(), u"Meetup dinner"_s);
            QCOMPARE(entry.value(u"agenda"_s).toString(), u"1. Intros"_s);
            QCOMPARE(entry.value(u"notes"_s).toString(), u"Report back how the advice went"_s);
            QCOMPARE(entry.value(u"participants"_s).toArray().size(), 2);
        }
        QCOMPARE(tend.run({u"timeline"_s, u"alan"_s, u"--json"_s}).json().array().size(), 0);
    }

    void coffeeWithTwoSchedulesAFollowUpForEach()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Grace Hopper"_s);
        const CliResult result = tend.run({u"log"_s, u"coffee"_s, u"1"_s, u"2"_s, u"--date"_s, u"2026-11-01"_s});
        QVERIFY_CLI_OK(result);
        QCOMPARE(followUpDue(result), QDate(2026, 11, 15));
        const QJsonArray due = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(due.size(), 2);
    }

    // Issue 14: following up must close the follow-up.
    void loggingClosesTheDueFollowUpAndSaysSo()
    {
        CliRunner tend(QDate(2026, 11, 27));
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Grace Hopper"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"grace"_s, u"--date"_s, u"2026-11-01"_s}));
        const CliResult result = tend.run({u"log"_s, u"call"_s, u"ada"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(result.out.contains(u"Closed the follow-up “Follow up on coffee chat” with Ada Lovelace (reminder 1, due 2026-11-15)."_s),
                 qPrintable(result.describe()));
        QVERIFY(!result.out.contains(u"Grace"_s));
        const QJsonArray due = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(due.size(), 1); // Grace's is still open: she was not on the call
        QCOMPARE(due.at(0).toObject().value(u"contact"_s).toString(), u"Grace Hopper"_s);
        const QJsonArray timeline = tend.run({u"timeline"_s, u"ada"_s, u"--json"_s}).json().array();
        bool sawDone = false;
        for (const QJsonValue &entry : timeline) {
            if (entry.toObject().value(u"id"_s).toInt() == 1 && entry.toObject().value(u"type"_s).toString() == u"reminder"_s) {
                QCOMPARE(entry.toObject().value(u"state"_s).toString(), u"done"_s);
                QCOMPARE(entry.toObject().value(u"completed"_s).toString(), u"2026-11-27"_s);
                sawDone = true;
            }
        }
        QVERIFY(sawDone);
    }

    void keepFollowUpsLeavesThemOpen()
    {
        CliRunner tend(QDate(2026, 11, 27));
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-01"_s}));
        const CliResult result = tend.run({u"log"_s, u"call"_s, u"ada"_s, u"--keep-follow-ups"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(!result.out.contains(u"Closed"_s), qPrintable(result.describe()));
        const QJsonArray due = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).toObject().value(u"id"_s).toInt(), 1);
        QVERIFY(tend.run({u"log"_s, u"--help"_s}).out.contains(u"--keep-follow-ups"_s));
    }

    void followUpOptionsExcludeEachOther()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        const CliResult result = tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--follow-up"_s, u"3"_s, u"--no-follow-up"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"--no-follow-up"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliLog)
#include "tst_cli_log.moc"
