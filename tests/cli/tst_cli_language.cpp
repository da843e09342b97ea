#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

// `tend` speaks the language of the session's locale: LANG=de_DE.UTF-8 is German (no generated
// glibc locale needed), C.UTF-8 English. What a script or a user types stays the same in every
// language: command words, options, stored keys, JSON.
class TestCliLanguage : public QObject
{
    Q_OBJECT
private slots:
    void helpFollowsTheLocale();
    void messagesAndErrorsAreGerman();
    void keysAndJsonStayTheSame();
    void germanHasPlurals();
};

void TestCliLanguage::helpFollowsTheLocale()
{
    const CliResult german = CliRunner::runRaw({u"--help"_s}, u"de_DE.UTF-8"_s);
    QVERIFY2(german.ok(), qPrintable(german.describe()));
    QVERIFY2(german.out.startsWith(u"Aufruf: tend [--db PATH]"_s), qPrintable(german.out));
    QVERIFY2(german.out.contains(u"Befehle:"_s), qPrintable(german.out));
    QVERIFY2(german.out.contains(u"contact add"_s), qPrintable(german.out)); // command words stay

    const CliResult english = CliRunner::runRaw({u"--help"_s});
    QVERIFY2(english.ok(), qPrintable(english.describe()));
    QVERIFY2(english.out.startsWith(u"Usage: tend [--db PATH]"_s), qPrintable(english.out));
    QVERIFY2(english.out.contains(u"Commands:"_s), qPrintable(english.out));

    const CliResult commandHelp = CliRunner::runRaw({u"log"_s, u"--help"_s}, u"de_DE.UTF-8"_s);
    QVERIFY2(commandHelp.out.contains(u"Optionen:"_s) && commandHelp.out.contains(u"--follow-up DAYS"_s),
             qPrintable(commandHelp.out));
}

void TestCliLanguage::messagesAndErrorsAreGerman()
{
    CliRunner cli;
    cli.setLocale(u"de_DE.UTF-8"_s);
    const CliResult nothing = cli.run({u"due"_s});
    QVERIFY2(nothing.ok(), qPrintable(nothing.describe()));
    QCOMPARE(nothing.out.trimmed(), u"Nichts fällig."_s);

    const CliResult badRole = cli.run({u"contact"_s, u"add"_s, u"Bob"_s, u"--role"_s, u"boss"_s});
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.err.contains(u"unbekannte Rolle „boss“"_s), qPrintable(badRole.err));
    QVERIFY2(badRole.err.contains(u"mentor, sponsor, coach, therapist, peer"_s), qPrintable(badRole.err));

    const CliResult unknown = CliRunner::runRaw({u"--colour"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"Unbekannte Option --colour."_s), qPrintable(unknown.err));
}

void TestCliLanguage::keysAndJsonStayTheSame()
{
    CliRunner cli;
    cli.setLocale(u"de_DE.UTF-8"_s);
    cli.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s, u"--met-via"_s, u"work-program"_s});
    const CliResult json = cli.run({u"contact"_s, u"list"_s, u"--json"_s});
    QVERIFY2(json.ok(), qPrintable(json.describe()));
    const QJsonObject ada = json.json().array().at(0).toObject();
    QCOMPARE(ada.value(u"roles"_s).toArray().at(0).toString(), u"mentor"_s);

    const CliResult logged = cli.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--direction"_s, u"received"_s});
    QVERIFY2(logged.ok(), qPrintable(logged.describe()));
    QVERIFY2(logged.out.contains(u"Kaffeegespräch mit Ada Lovelace am 2026-11-23"_s), qPrintable(logged.out));

    const CliResult shown = cli.run({u"contact"_s, u"show"_s, u"ada"_s});
    QVERIFY2(shown.out.contains(u"Rollen:"_s) && shown.out.contains(u"mentor"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"work-program"_s), qPrintable(shown.out));
}

void TestCliLanguage::germanHasPlurals()
{
    CliRunner cli;
    cli.setLocale(u"de_DE.UTF-8"_s);
    cli.addContact(u"Ada Lovelace"_s, {u"--cadence"_s, u"1"_s});
    cli.addContact(u"Grace Hopper"_s, {u"--cadence"_s, u"30"_s});
    QVERIFY2(cli.run({u"contact"_s, u"show"_s, u"ada"_s}).out.contains(u"jeden Tag (eigener Rhythmus)"_s), "singular");
    QVERIFY2(cli.run({u"contact"_s, u"show"_s, u"grace"_s}).out.contains(u"alle 30 Tage (eigener Rhythmus)"_s), "plural");
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
