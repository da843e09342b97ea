#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

// `tend contact merge`, `contact duplicates` and `contact not-duplicates`, end to end.
class TestCliMerge : public QObject
{
    Q_OBJECT
private slots:
    void mergeKeepsKeepsFieldsAndListsWhatItDropped()
    {
        CliRunner tend;
        const qint64 keep = tend.addContact(u"Ada Lovelace"_s, {u"--org"_s, u"Analytical Engines"_s, u"--email"_s,
                                                                u"ada@engines.org"_s, u"--role"_s, u"mentor"_s});
        const qint64 other = tend.addContact(u"Ada King"_s, {u"--org"_s, u"Royal Society"_s, u"--email"_s,
                                                             u"ADA@engines.org"_s, u"--email"_s, u"king@society.org"_s,
                                                             u"--role"_s, u"peer"_s, u"--title"_s, u"Countess"_s});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"Ada King"_s, u"--summary"_s, u"Poetry of science"_s}));

        const CliResult listed = tend.run({u"contact"_s, u"duplicates"_s, u"--json"_s});
        QVERIFY_CLI_OK(listed);
        const QJsonArray pairs = listed.json().array();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0)[u"a"_s][u"id"_s].toInteger(), keep);
        QCOMPARE(pairs.at(0)[u"b"_s][u"id"_s].toInteger(), other);
        QCOMPARE(pairs.at(0)[u"reasons"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"reason"_s, u"email"_s}, {u"detail"_s, u"ada@engines.org"_s}}}));
        const CliResult text = tend.run({u"contact"_s, u"duplicates"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY2(text.out.contains(u"Same e-mail: ada@engines.org"_s), qPrintable(text.describe()));

        const CliResult merged = tend.run({u"contact"_s, u"merge"_s, u"Ada Lovelace"_s, u"Ada King"_s});
        QVERIFY_CLI_OK(merged);
        QVERIFY2(merged.out.contains(u"Merged Ada King (#2) into Ada Lovelace (#1)."_s), qPrintable(merged.describe()));
        QVERIFY2(merged.out.contains(u"  Name: Ada King"_s), qPrintable(merged.describe()));
        QVERIFY2(merged.out.contains(u"  Organisation: Royal Society"_s), qPrintable(merged.describe()));
        QVERIFY(!merged.out.contains(u"Countess"_s)); // KEEP had no title: OTHER's is taken, not dropped

        const CliResult shown = tend.run({u"contact"_s, u"show"_s, u"1"_s, u"--json"_s});
        QVERIFY_CLI_OK(shown);
        const QJsonObject contact = shown.json().object();
        QCOMPARE(contact[u"name"_s].toString(), u"Ada Lovelace"_s);
        QCOMPARE(contact[u"org"_s].toString(), u"Analytical Engines"_s);
        QCOMPARE(contact[u"title"_s].toString(), u"Countess"_s);
        QCOMPARE(contact[u"roles"_s].toArray(), (QJsonArray{u"mentor"_s, u"peer"_s}));
        QCOMPARE(contact[u"emails"_s].toArray(), (QJsonArray{u"ada@engines.org"_s, u"king@society.org"_s}));
        QVERIFY(!contact[u"last_interaction"_s].isNull());

        const CliResult gone = tend.run({u"contact"_s, u"show"_s, u"2"_s});
        QCOMPARE(gone.exitCode, 1);
        const CliResult none = tend.run({u"contact"_s, u"duplicates"_s});
        QVERIFY_CLI_OK(none);
        QCOMPARE(none.out.trimmed(), u"No possible duplicates."_s);
    }

    void mergeJson()
    {
        CliRunner tend;
        tend.addContact(u"Grace Hopper"_s, {u"--cadence"_s, u"30"_s});
        tend.addContact(u"Grace Hopper"_s, {u"--cadence"_s, u"60"_s});
        const CliResult merged = tend.run({u"contact"_s, u"merge"_s, u"1"_s, u"2"_s, u"--json"_s});
        QVERIFY_CLI_OK(merged);
        const QJsonObject result = merged.json().object();
        QCOMPARE(result[u"kept"_s][u"id"_s].toInteger(), 1);
        QCOMPARE(result[u"removed"_s][u"id"_s].toInteger(), 2);
        QCOMPARE(result[u"interactions_moved"_s].toInt(), 0);
        const QJsonArray dropped = result[u"dropped"_s].toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0)[u"field"_s].toString(), u"cadence"_s);
        QVERIFY(dropped.at(0)[u"value"_s].toString().contains(u"60"_s));
    }

    void refusals()
    {
        CliRunner tend;
        tend.addContact(u"Mary Jackson"_s);
        const CliResult self = tend.run({u"contact"_s, u"merge"_s, u"1"_s, u"Mary Jackson"_s});
        QCOMPARE(self.exitCode, 2);
        QCOMPARE(self.err.trimmed(), u"tend: Contact #1 cannot be merged with itself."_s);
        const CliResult unknown = tend.run({u"contact"_s, u"merge"_s, u"1"_s, u"nobody"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"No contact matches \"nobody\"."_s), qPrintable(unknown.describe()));
        const CliResult missing = tend.run({u"contact"_s, u"merge"_s, u"1"_s});
        QCOMPARE(missing.exitCode, 2);
    }

    void notDuplicatesStayOut()
    {
        CliRunner tend;
        tend.addContact(u"Dorothy Vaughan"_s);
        tend.addContact(u"Dorothy Vaughan"_s);
        QCOMPARE(tend.run({u"contact"_s, u"duplicates"_s, u"--json"_s}).json().array().size(), 1);
        const CliResult dismissed = tend.run({u"contact"_s, u"not-duplicates"_s, u"1"_s, u"2"_s});
        QVERIFY_CLI_OK(dismissed);
        QVERIFY(dismissed.out.contains(u"are not duplicates"_s));
        QCOMPARE(tend.run({u"contact"_s, u"duplicates"_s, u"--json"_s}).json().array().size(), 0);
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"not-duplicates"_s, u"2"_s, u"1"_s, u"--undo"_s}));
        QCOMPARE(tend.run({u"contact"_s, u"duplicates"_s, u"--json"_s}).json().array().size(), 1);

        const CliResult help = tend.run({u"contact"_s, u"--help"_s});
        QVERIFY_CLI_OK(help);
        for (const QString &command : {u"merge"_s, u"duplicates"_s, u"not-duplicates"_s})
            QVERIFY2(help.out.contains(u"contact "_s + command), qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
