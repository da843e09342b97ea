#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

const QDate monday(2026, 11, 2);

QJsonArray dueOfKind(const CliRunner &tend, const QString &kind, const QString &within = u"30"_s)
{
    const CliResult due = tend.run({u"due"_s, u"--within"_s, within, u"--json"_s});
    QJsonArray found;
    for (const QJsonValue &item : due.json().array()) {
        if (item[u"kind"_s].toString() == kind)
            found.append(item);
    }
    return found;
}

// Ada's interaction `id` as `tend timeline --json` shows it.
QJsonObject interactionOf(const CliRunner &tend, qint64 id)
{
    const CliResult timeline = tend.run({u"timeline"_s, u"Ada"_s, u"--json"_s});
    for (const QJsonValue &entry : timeline.json().array()) {
        if (entry[u"type"_s].toString() == u"interaction"_s && entry[u"id"_s].toInteger() == id)
            return entry.toObject();
    }
    return {};
}

// Runs a command that must be refused as bad input: exit 2, the message on stderr, the file unchanged.
void refused(const CliRunner &tend, const QStringList &arguments, const QString &message)
{
    const QByteArray before = tend::test::fileDigest(tend.databasePath());
    const CliResult result = tend.run(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
    QCOMPARE(tend::test::fileDigest(tend.databasePath()), before);
}

} // namespace

// Issue 9 on the command line: ask, intro, advice, plan, agenda, held and log --advice/--plan.
class TestCliPractice : public QObject
{
    Q_OBJECT
private slots:
    void asksFromAddToDone()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        const CliResult added = tend.run({u"ask"_s, u"add"_s, u"Ada"_s, u"Review my talk proposal"_s, u"--by"_s,
                                          u"2026-11-06"_s, u"--why"_s, u"The CFP closes"_s, u"--action"_s,
                                          u"Read the abstract"_s});
        QVERIFY_CLI_OK(added);
        QCOMPARE(added.out.trimmed(), u"Added ask 1 to Ada Lovelace, due 2026-11-06."_s);
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"add"_s, u"Ada"_s, u"Mentor my intern"_s, u"--by"_s, u"2026-11-04"_s,
                                 u"--from-them"_s}));

        const CliResult listed = tend.run({u"ask"_s, u"list"_s, u"--json"_s});
        QVERIFY_CLI_OK(listed);
        const QJsonArray asks = listed.json().array();
        QCOMPARE(asks.size(), 2);
        QCOMPARE(asks.at(0)[u"id"_s].toInteger(), 2); // earliest deadline first
        QCOMPARE(asks.at(0)[u"direction"_s].toString(), u"theirs"_s);
        QCOMPARE(asks.at(1)[u"why"_s].toString(), u"The CFP closes"_s);
        QCOMPARE(asks.at(1)[u"action"_s].toString(), u"Read the abstract"_s);
        QCOMPARE(asks.at(1)[u"deadline"_s].toString(), u"2026-11-06"_s);
        QCOMPARE(asks.at(1)[u"state"_s].toString(), u"open"_s);

        QCOMPARE(dueOfKind(tend, u"ask-deadline"_s).size(), 1);
        const QJsonArray owed = dueOfKind(tend, u"answer-owed"_s);
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.at(0)[u"reason"_s].toString(), u"You owe Ada Lovelace an answer: Mentor my intern"_s);
        const CliResult text = tend.run({u"due"_s, u"--within"_s, u"7"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY2(text.out.contains(u"ask 1"_s), qPrintable(text.describe()));

        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"answer"_s, u"2"_s, u"--note"_s, u"Yes, from January"_s}));
        QVERIFY(dueOfKind(tend, u"answer-owed"_s).isEmpty());
        const CliResult done = tend.run({u"ask"_s, u"done"_s, u"1"_s});
        QVERIFY_CLI_OK(done);
        QCOMPARE(done.out.trimmed(), u"Ask 1 to Ada Lovelace is now done."_s);
        QVERIFY(dueOfKind(tend, u"ask-deadline"_s).size() == 1); // ask 2, answered, still has its deadline
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"withdraw"_s, u"2"_s}));
        QVERIFY(dueOfKind(tend, u"ask-deadline"_s).isEmpty());

        const CliResult open = tend.run({u"ask"_s, u"list"_s, u"--open"_s});
        QVERIFY_CLI_OK(open);
        QCOMPARE(open.out.trimmed(), u"No asks."_s);
        const CliResult ofAda = tend.run({u"ask"_s, u"list"_s, u"--contact"_s, u"Ada"_s, u"--json"_s});
        QCOMPARE(ofAda.json().array().at(1)[u"history"_s].toArray().size(), 1);
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"add"_s, u"Ada"_s, u"Decline me"_s, u"--by"_s, u"2026-11-02"_s}));
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"decline"_s, u"3"_s}));
    }

    void badAsksAreRefused()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        refused(tend, {u"ask"_s, u"add"_s, u"Ada"_s, u"Review"_s, u"--by"_s, u"2026-11-01"_s},
                u"The deadline 2026-11-01 is in the past"_s);
        refused(tend, {u"ask"_s, u"add"_s, u"Ada"_s, u"  "_s, u"--by"_s, u"2026-11-09"_s}, u"empty"_s);
        refused(tend, {u"ask"_s, u"add"_s, u"Ada"_s, u"Review"_s}, u"--by"_s);
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"add"_s, u"Ada"_s, u"Review"_s, u"--by"_s, u"2026-11-09"_s}));
        QVERIFY_CLI_OK(tend.run({u"ask"_s, u"decline"_s, u"1"_s}));
        refused(tend, {u"ask"_s, u"done"_s, u"1"_s}, u"Ask 1 is declined, so it cannot become done."_s);
        refused(tend, {u"ask"_s, u"answer"_s, u"one"_s}, u"\"one\" is not an id"_s);
        const CliResult missing = tend.run({u"ask"_s, u"done"_s, u"9"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"There is no ask with id 9."_s));
    }

    void anIntroductionFromProposalToFollowUp()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Bo Li"_s);
        const CliResult added = tend.run({u"intro"_s, u"add"_s, u"Ada"_s, u"Bo"_s, u"--why"_s, u"Both build compilers"_s});
        QVERIFY_CLI_OK(added);
        QCOMPARE(added.out.trimmed(), u"Proposed introduction 1 of Ada Lovelace and Bo Li; Ada Lovelace is asked first."_s);
        const CliResult asked = tend.run({u"intro"_s, u"advance"_s, u"1"_s});
        QVERIFY_CLI_OK(asked);
        QVERIFY2(asked.out.contains(u"waiting for Ada Lovelace"_s), qPrintable(asked.describe()));
        QVERIFY(dueOfKind(tend, u"intro-chase"_s, u"6"_s).isEmpty());
        const QJsonArray chase = dueOfKind(tend, u"intro-chase"_s, u"7"_s);
        QCOMPARE(chase.size(), 1);
        QCOMPARE(chase.at(0)[u"source_id"_s].toInteger(), 1);
        QCOMPARE(chase.at(0)[u"due"_s].toString(), u"2026-11-09"_s);

        for (int step = 0; step < 4; ++step)
            QVERIFY_CLI_OK(tend.run({u"intro"_s, u"advance"_s, u"1"_s}));
        const CliResult shown = tend.run({u"intro"_s, u"show"_s, u"1"_s, u"--json"_s});
        QVERIFY_CLI_OK(shown);
        QCOMPARE(shown.json()[u"state"_s].toString(), u"introduced"_s);
        QCOMPARE(shown.json()[u"history"_s].toArray().size(), 5);
        QCOMPARE(dueOfKind(tend, u"intro-follow-up"_s, u"14"_s).size(), 2);
        const CliResult text = tend.run({u"intro"_s, u"show"_s, u"1"_s});
        QVERIFY2(text.out.contains(u"State: introduced (since 2026-11-02)"_s), qPrintable(text.describe()));
        QVERIFY2(text.out.contains(u"Why: Both build compilers"_s), qPrintable(text.describe()));

        QVERIFY_CLI_OK(tend.run({u"intro"_s, u"advance"_s, u"1"_s}));
        refused(tend, {u"intro"_s, u"advance"_s, u"1"_s}, u"no further step"_s);
        const CliResult open = tend.run({u"intro"_s, u"list"_s, u"--open"_s});
        QCOMPARE(open.out.trimmed(), u"No introductions."_s);
        const CliResult all = tend.run({u"intro"_s, u"list"_s, u"--json"_s});
        QCOMPARE(all.json().array().size(), 1);

        // Six steps, each logged as an intro given.
        const CliResult timeline = tend.run({u"timeline"_s, u"Bo"_s, u"--json"_s});
        QVERIFY_CLI_OK(timeline);
        int intros = 0;
        for (const QJsonValue &entry : timeline.json().array()) {
            if (entry[u"kind"_s].toString() == u"intro"_s && entry[u"direction"_s].toString() == u"gave"_s)
                ++intros;
        }
        QCOMPARE(intros, 4);
    }

    void introductionsAreRefusedWhenTheyCannotBe()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Bo Li"_s);
        refused(tend, {u"intro"_s, u"add"_s, u"Ada"_s, u"Ada"_s}, u"cannot be introduced to themselves"_s);
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"archive"_s, u"Bo"_s}));
        refused(tend, {u"intro"_s, u"add"_s, u"Ada"_s, u"Bo"_s}, u"archived"_s);
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"unarchive"_s, u"Bo"_s}));
        QVERIFY_CLI_OK(tend.run({u"intro"_s, u"add"_s, u"Bo"_s, u"Ada"_s}));
        refused(tend, {u"intro"_s, u"advance"_s, u"1"_s, u"--declined"_s}, u"only someone who has been asked can decline"_s);
        QVERIFY_CLI_OK(tend.run({u"intro"_s, u"advance"_s, u"1"_s}));
        const CliResult declined = tend.run({u"intro"_s, u"advance"_s, u"1"_s, u"--declined"_s});
        QVERIFY_CLI_OK(declined);
        QVERIFY2(declined.out.contains(u"declined by Bo Li"_s), qPrintable(declined.describe()));
        refused(tend, {u"intro"_s, u"advance"_s, u"1"_s}, u"declined by Bo Li"_s);
    }

    void adviceFromLogToReportedBack()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"Ada"_s, u"--no-follow-up"_s, u"--advice"_s,
                                 u"Shorten the abstract"_s, u"--advice"_s, u"Ask Bo for a review"_s}));
        const CliResult listed = tend.run({u"advice"_s, u"list"_s, u"--json"_s});
        QVERIFY_CLI_OK(listed);
        const QJsonArray items = listed.json().array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)[u"text"_s].toString(), u"Shorten the abstract"_s);
        QCOMPARE(items.at(0)[u"from"_s][u"name"_s].toString(), u"Ada Lovelace"_s);
        QCOMPARE(items.at(0)[u"state"_s].toString(), u"open"_s);

        refused(tend, {u"advice"_s, u"acted"_s, u"1"_s}, u"--outcome"_s);
        refused(tend, {u"advice"_s, u"reported"_s, u"1"_s}, u"has not been acted on yet"_s);
        QVERIFY_CLI_OK(tend.run({u"advice"_s, u"acted"_s, u"1"_s, u"--outcome"_s, u"The talk was accepted"_s}));
        const QJsonArray thanks = dueOfKind(tend, u"thank-you"_s, u"0"_s);
        QCOMPARE(thanks.size(), 1);
        QCOMPARE(thanks.at(0)[u"reason"_s].toString(), u"Tell Ada Lovelace how their advice helped: Shorten the abstract"_s);
        const CliResult reported = tend.run({u"advice"_s, u"reported"_s, u"1"_s});
        QVERIFY_CLI_OK(reported);
        QVERIFY(dueOfKind(tend, u"thank-you"_s).isEmpty());
        const CliResult open = tend.run({u"advice"_s, u"list"_s, u"--open"_s, u"--json"_s});
        QCOMPARE(open.json().array().size(), 1);
        const CliResult text = tend.run({u"advice"_s, u"list"_s});
        QVERIFY2(text.out.contains(u"reported back"_s), qPrintable(text.describe()));
        const CliResult helped = tend.run({u"helped"_s, u"--json"_s});
        QVERIFY_CLI_OK(helped);

        refused(tend, {u"log"_s, u"call"_s, u"Ada"_s, u"--advice"_s, u" "_s}, u"empty"_s);
    }

    void aPlannedMeetingBecomesTheRecord()
    {
        CliRunner tend(monday);
        tend.addContact(u"Ada Lovelace"_s);
        const CliResult planned = tend.run({u"plan"_s, u"meeting"_s, u"Ada"_s, u"--date"_s, u"2026-11-03"_s});
        QVERIFY_CLI_OK(planned);
        QVERIFY2(planned.out.startsWith(u"Planned meeting 1: "_s), qPrintable(planned.describe()));
        const QJsonArray warning = dueOfKind(tend, u"meeting-agenda"_s, u"0"_s);
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.at(0)[u"reason"_s].toString(), u"Meeting with Ada Lovelace tomorrow has no agenda"_s);
        QVERIFY_CLI_OK(tend.run({u"agenda"_s, u"1"_s, u"The promotion case"_s}));
        QVERIFY(dueOfKind(tend, u"meeting-agenda"_s).isEmpty());
        refused(tend, {u"plan"_s, u"call"_s, u"Ada"_s, u"--date"_s, u"2026-11-02"_s}, u"after today"_s);

        const CliResult held = tend.run({u"held"_s, u"1"_s, u"--summary"_s, u"Went through it"_s, u"--advice"_s,
                                         u"Ask for a sponsor"_s, u"--no-follow-up"_s});
        QVERIFY_CLI_OK(held);
        QVERIFY2(held.out.contains(u"Logged interaction 1: meeting with Ada Lovelace on 2026-11-02."_s),
                 qPrintable(held.describe()));
        const QJsonObject shown = interactionOf(tend, 1);
        QCOMPARE(shown[u"agenda"_s].toString(), u"The promotion case"_s);
        QCOMPARE(shown[u"summary"_s].toString(), u"Went through it"_s);
        QCOMPARE(shown[u"date"_s].toString(), u"2026-11-02"_s);
        refused(tend, {u"held"_s, u"1"_s}, u"not a planned meeting"_s);
        QCOMPARE(tend.run({u"advice"_s, u"list"_s, u"--json"_s}).json().array().size(), 1);

        QVERIFY_CLI_OK(tend.run({u"plan"_s, u"call"_s, u"Ada"_s, u"--date"_s, u"2026-11-10"_s, u"--agenda"_s, u"Next steps"_s}));
        const CliResult logged = tend.run({u"log"_s, u"call"_s, u"Ada"_s, u"--plan"_s, u"2"_s, u"--summary"_s, u"Done"_s});
        QVERIFY_CLI_OK(logged);
        QVERIFY2(logged.out.contains(u"Logged interaction 2: "_s), qPrintable(logged.describe()));
        const QJsonObject second = interactionOf(tend, 2);
        QCOMPARE(second[u"agenda"_s].toString(), u"Next steps"_s);
        QCOMPARE(second[u"date"_s].toString(), u"2026-11-02"_s);
        QCOMPARE(tend.run({u"timeline"_s, u"Ada"_s, u"--json"_s}).json().array().size(), 2); // no second interaction
        refused(tend, {u"log"_s, u"call"_s, u"Ada"_s, u"--plan"_s, u"x"_s}, u"\"x\" is not an id"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliPractice)
#include "tst_cli_practice.moc"
