#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

class TestCliErrors : public QObject
{
    Q_OBJECT
private slots:
    void badInputIsAUsageErrorAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("impossible --date") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-02-30"_s}
                                           << u"--date"_s;
        QTest::newRow("badly shaped --date") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"30/01/2026"_s}
                                             << u"--date"_s;
        QTest::newRow("impossible --today") << QStringList{u"--today"_s, u"2026-02-30"_s, u"log"_s, u"coffee"_s, u"ada"_s}
                                            << u"--today"_s;
        QTest::newRow("unknown kind") << QStringList{u"log"_s, u"brunch"_s, u"ada"_s} << u"coffee, call"_s;
        QTest::newRow("unknown role") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--role"_s, u"boss"_s}
                                      << u"mentor, sponsor, coach, therapist, peer"_s;
        QTest::newRow("unknown role on edit") << QStringList{u"contact"_s, u"edit"_s, u"ada"_s, u"--role"_s, u"boss"_s}
                                              << u"boss"_s;
        QTest::newRow("unknown direction") << QStringList{u"log"_s, u"call"_s, u"ada"_s, u"--direction"_s, u"up"_s}
                                           << u"gave, received, mutual"_s;
        QTest::newRow("negative follow-up") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--follow-up"_s, u"-3"_s}
                                            << u"--follow-up"_s;
        QTest::newRow("negative snooze") << QStringList{u"snooze"_s, u"1"_s, u"-3"_s} << u"snooze days"_s;
        QTest::newRow("zero snooze") << QStringList{u"snooze"_s, u"1"_s, u"0"_s} << u"snooze days"_s;
        QTest::newRow("negative cadence") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--cadence"_s, u"-7"_s}
                                          << u"--cadence"_s;
        QTest::newRow("negative --within") << QStringList{u"due"_s, u"--within"_s, u"-1"_s} << u"--within"_s;
        QTest::newRow("negative --since") << QStringList{u"helped"_s, u"--since"_s, u"-30"_s} << u"--since"_s;
        QTest::newRow("bad reminder id") << QStringList{u"done"_s, u"abc"_s} << u"abc"_s;
        QTest::newRow("unknown option") << QStringList{u"due"_s, u"--bogus"_s} << u"--bogus"_s;
        QTest::newRow("unknown global option") << QStringList{u"--bogus"_s, u"due"_s} << u"--bogus"_s;
        QTest::newRow("missing value") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s} << u"--date"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing contact") << QStringList{u"log"_s, u"coffee"_s} << u"Missing"_s;
        QTest::newRow("bad e-mail") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--email"_s, u"not-an-address"_s}
                                    << u"not-an-address"_s;
        QTest::newRow("bad demo size") << QStringList{u"demo"_s, u"--contacts"_s, u"-5"_s} << u"--contacts"_s;
    }

    void badInputIsAUsageErrorAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-01"_s}));
        const QByteArray before = tend::test::fileDigest(tend.databasePath());

        const CliResult result = tend.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
        QVERIFY(result.err.startsWith(u"tend: "_s));
        QCOMPARE(tend::test::fileDigest(tend.databasePath()), before);
    }

    void lookupFailuresExitOneAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown contact") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"zelda"_s} << u"zelda"_s;
        QTest::newRow("ambiguous contact") << QStringList{u"log"_s, u"coffee"_s, u"a"_s} << u"Alan Turing"_s;
        QTest::newRow("unknown reminder") << QStringList{u"dismiss"_s, u"42"_s} << u"42"_s;
        QTest::newRow("timeline of nobody") << QStringList{u"timeline"_s, u"nobody"_s} << u"nobody"_s;
        QTest::newRow("archive nobody") << QStringList{u"contact"_s, u"archive"_s, u"999"_s} << u"999"_s;
    }

    void lookupFailuresExitOneAndChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Alan Turing"_s);
        const QByteArray before = tend::test::fileDigest(tend.databasePath());
        const CliResult result = tend.run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
        QCOMPARE(tend::test::fileDigest(tend.databasePath()), before);
    }

    void corruptDatabaseIsNamedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a database, just some notes\n").repeated(100));
        file.close();
        const QByteArray before = tend::test::fileDigest(path);

        const CliResult result = CliRunner::runRaw({u"--db"_s, path, u"contact"_s, u"list"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QCOMPARE(tend::test::fileDigest(path), before);
    }

    void unreadableFolderIsAnError()
    {
        const CliResult result =
            CliRunner::runRaw({u"--db"_s, u"/nonexistent-folder/for/tend.db"_s, u"contact"_s, u"list"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"/nonexistent-folder/for/tend.db"_s), qPrintable(result.err));
    }

    void createdDatabaseIsOwnerOnly()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        const QFileDevice::Permissions permissions = QFile::permissions(tend.databasePath());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                 | QFileDevice::WriteOther)));
    }

    void versionAndHelpNeedNoDatabase()
    {
        const CliResult version = CliRunner::runRaw({u"--version"_s});
        QVERIFY_CLI_OK(version);
        QVERIFY(version.out.startsWith(u"tend "_s));
        const CliResult help = CliRunner::runRaw({u"--help"_s});
        QVERIFY_CLI_OK(help);
        for (const QString &command : {u"contact add"_s, u"log"_s, u"due"_s, u"snooze"_s, u"helped"_s,
                                       u"timeline"_s, u"demo"_s, u"remind"_s})
            QVERIFY2(help.out.contains(command), qPrintable(command));
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
