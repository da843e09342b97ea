#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

QJsonObject interactionInTimeline(const CliRunner &tend, const QString &contact, int id)
{
    const QJsonArray entries = tend.run({u"timeline"_s, contact, u"--json"_s}).json().array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"type"_s).toString() == u"interaction"_s && object.value(u"id"_s).toInt() == id)
            return object;
    }
    return {};
}

} // namespace

// Issue 14 §3: what was logged can be changed or taken back from the command line.
class TestCliInteractions : public QObject
{
    Q_OBJECT
private slots:
    void editChangesEveryField()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Grace Hopper"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-10"_s, u"--summary"_s, u"Old"_s}));
        const CliResult result = tend.run({u"interaction"_s, u"edit"_s, u"1"_s, u"--kind"_s, u"meeting"_s,
                                           u"--date"_s, u"2026-11-12"_s, u"--with"_s, u"grace"_s, u"--with"_s, u"ada"_s,
                                           u"--with"_s, u"grace"_s, u"--direction"_s, u"gave"_s, u"--summary"_s,
                                           u"Talk review"_s, u"--agenda"_s, u"1. slides"_s, u"--note"_s, u"went well"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(result.out.contains(u"Updated interaction 1: meeting with Ada Lovelace, Grace Hopper on 2026-11-12."_s),
                 qPrintable(result.describe()));
        const QJsonObject edited = interactionInTimeline(tend, u"grace"_s, 1);
        QCOMPARE(edited.value(u"kind"_s).toString(), u"meeting"_s);
        QCOMPARE(edited.value(u"date"_s).toString(), u"2026-11-12"_s);
        QCOMPARE(edited.value(u"direction"_s).toString(), u"gave"_s);
        QCOMPARE(edited.value(u"summary"_s).toString(), u"Talk review"_s);
        QCOMPARE(edited.value(u"agenda"_s).toString(), u"1. slides"_s);
        QCOMPARE(edited.value(u"notes"_s).toString(), u"went well"_s);
        QCOMPARE(edited.value(u"participants"_s).toArray().size(), 2); // grace given twice: once
        const QJsonObject contact = tend.run({u"contact"_s, u"show"_s, u"grace"_s, u"--json"_s}).json().object();
        QCOMPARE(contact.value(u"last_interaction"_s).toString(), u"2026-11-12"_s);
    }

    void editChangesOnlyWhatIsGivenAndPrintsJson()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-10"_s, u"--summary"_s, u"Keep"_s,
                                 u"--direction"_s, u"received"_s}));
        const CliResult result = tend.run({u"interaction"_s, u"edit"_s, u"1"_s, u"--note"_s, u"added later"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(u"id"_s).toInt(), 1);
        QCOMPARE(json.value(u"summary"_s).toString(), u"Keep"_s);
        QCOMPARE(json.value(u"direction"_s).toString(), u"received"_s);
        QCOMPARE(json.value(u"kind"_s).toString(), u"coffee"_s);
        QCOMPARE(json.value(u"notes"_s).toString(), u"added later"_s);
        QCOMPARE(json.value(u"participants"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Ada Lovelace"_s);
        QVERIFY(json.value(u"agenda"_s).isNull());
    }

    void editRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing to change") << QStringList{u"1"_s} << 2 << u"Nothing to change"_s;
        QTest::newRow("unknown id") << QStringList{u"99"_s, u"--summary"_s, u"x"_s} << 1 << u"no interaction with id 99"_s;
        QTest::newRow("not an id") << QStringList{u"abc"_s, u"--summary"_s, u"x"_s} << 2 << u"not an interaction id"_s;
        QTest::newRow("unknown kind") << QStringList{u"1"_s, u"--kind"_s, u"lunch"_s} << 2 << u"Unknown kind"_s;
        QTest::newRow("bad date") << QStringList{u"1"_s, u"--date"_s, u"2026-13-01"_s} << 2 << u"--date"_s;
        QTest::newRow("unknown person") << QStringList{u"1"_s, u"--with"_s, u"nobody"_s} << 1 << u"nobody"_s;
        QTest::newRow("too far ahead") << QStringList{u"1"_s, u"--date"_s, u"2029-01-01"_s} << 2 << u"more than a year ahead"_s;
    }
    void editRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-10"_s, u"--summary"_s, u"Same"_s}));
        const QJsonArray before = tend.run({u"timeline"_s, u"ada"_s, u"--json"_s}).json().array();
        const CliResult result = tend.run(QStringList{u"interaction"_s, u"edit"_s} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), qPrintable(result.describe()));
        QCOMPARE(tend.run({u"timeline"_s, u"ada"_s, u"--json"_s}).json().array(), before);
    }

    void deletePrintsWhatWasDeleted()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-10"_s, u"--summary"_s,
                                 u"Career options"_s, u"--note"_s, u"She said: apply"_s}));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, u"ada"_s, u"--date"_s, u"2026-11-12"_s, u"--keep-follow-ups"_s}));
        const CliResult result = tend.run({u"interaction"_s, u"delete"_s, u"1"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(result.out.contains(u"Deleted interaction 1: coffee chat with Ada Lovelace on 2026-11-10 (mutual)."_s),
                 qPrintable(result.describe()));
        QVERIFY(result.out.contains(u"Summary: Career options"_s));
        QVERIFY(result.out.contains(u"Notes: She said: apply"_s));
        QVERIFY(result.out.contains(u"Deleted its follow-up 1 (Ada Lovelace, due 2026-11-24, open)."_s));
        const QJsonArray timeline = tend.run({u"timeline"_s, u"ada"_s, u"--json"_s}).json().array();
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.at(0).toObject().value(u"id"_s).toInt(), 2);
        const CliResult again = tend.run({u"interaction"_s, u"delete"_s, u"1"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"no interaction with id 1"_s), qPrintable(again.describe()));
    }

    void deleteJsonHoldsEverything()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-10"_s, u"--agenda"_s, u"1. PhD"_s}));
        const CliResult result = tend.run({u"interaction"_s, u"delete"_s, u"1"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(u"interaction"_s).toObject().value(u"agenda"_s).toString(), u"1. PhD"_s);
        QCOMPARE(json.value(u"reminders"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"reminders"_s).toArray().at(0).toObject().value(u"date"_s).toString(), u"2026-11-24"_s);
        QCOMPARE(tend.run({u"interaction"_s, u"delete"_s}).exitCode, 2);
    }

    void groupAndHelp()
    {
        CliRunner tend;
        const CliResult group = tend.run({u"interaction"_s});
        QCOMPARE(group.exitCode, 2);
        QVERIFY(group.err.contains(u"tend interaction edit ID"_s));
        QVERIFY(group.err.contains(u"tend interaction delete ID"_s));
        const CliResult help = tend.run({u"interaction"_s, u"edit"_s, u"--help"_s});
        QVERIFY_CLI_OK(help);
        for (const QString &option : {u"--kind"_s, u"--date"_s, u"--with"_s, u"--direction"_s, u"--summary"_s,
                                      u"--agenda"_s, u"--note"_s, u"--json"_s})
            QVERIFY2(help.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliInteractions)
#include "tst_cli_interactions.moc"
