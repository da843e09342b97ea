#include "CliRunner.h"

#include <QFile>
#include <QTest>


using namespace tend::test;
using namespace Qt::StringLiterals;

// What tend does with its own arguments and environment before any command runs: the first
// minutes of a new user, who types odd things.
class TestCliArguments : public QObject
{
    Q_OBJECT
private slots:
    // How start-up is measured (scripts/bench.sh): the window opens on the notebook, shows its
    // first frame and quits by itself with 0. It is a window option: commands refuse it.
    void theWindowCanQuitAfterItsFirstFrame()
    {
        const QString home = m_home.path();
        const QString db = home + u"/startup.db"_s;
        QVERIFY(CliRunner(db).run({u"contact"_s, u"add"_s, u"Ada"_s}).ok());
        const CliResult shown = CliRunner::runInEnvironment(
            {u"--db"_s, db, u"--exit-after-startup"_s}, [home](QProcessEnvironment &environment) {
                environment.insert(u"HOME"_s, home);
                environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
                environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            });
        QVERIFY2(shown.exitCode == 0 && !shown.timedOut, qPrintable(shown.describe()));
        const CliResult refused = CliRunner::runRaw({u"--db"_s, db, u"--exit-after-startup"_s, u"due"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"option of the window"_s), qPrintable(refused.describe()));
    }

    void anEmptyDatabasePathIsAUsageError()
    {
        const QString home = m_home.path();
        const auto inHome = [home](QProcessEnvironment &environment) { environment.insert(u"HOME"_s, home); };
        for (const QStringList &arguments : {QStringList{u"--db"_s, QString(), u"due"_s},
                                             QStringList{u"--db="_s, u"due"_s},
                                             QStringList{u"due"_s, u"--db"_s, QString()}}) {
            const CliResult result = CliRunner::runInEnvironment(arguments, inHome);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(u"--db needs a file name"_s), qPrintable(result.describe()));
        }
        const CliResult emptyVariable = CliRunner::runInEnvironment({u"due"_s}, [home](QProcessEnvironment &environment) {
            environment.insert(u"HOME"_s, home);
            environment.insert(u"TEND_DB"_s, QString());
        });
        QCOMPARE(emptyVariable.exitCode, 2);
        QVERIFY2(emptyVariable.err.contains(u"TEND_DB is set but empty"_s), qPrintable(emptyVariable.describe()));
        // Nothing was written to the user's real notebook.
        QVERIFY(!QFile::exists(home + u"/.local/share/Tend/tend/tend.db"_s));
    }

    void repeatedGlobalOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--db twice") << QStringList{u"--db"_s, u"a.db"_s, u"--db"_s, u"b.db"_s, u"due"_s};
        QTest::newRow("--today twice") << QStringList{u"--today"_s, u"2026-01-01"_s, u"--today=2026-01-02"_s, u"due"_s};
        QTest::newRow("--demo twice") << QStringList{u"--demo"_s, u"--demo"_s, u"due"_s};
        QTest::newRow("--db before and after the command")
            << QStringList{u"--db"_s, u"a.db"_s, u"due"_s, u"--db"_s, u"b.db"_s};
    }
    void repeatedGlobalOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        const QString folder = m_home.path();
        for (QString &argument : arguments) {
            if (argument.endsWith(u".db"_s))
                argument = folder + u'/' + argument;
        }
        const CliResult result = CliRunner::runRaw(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"given twice"_s), qPrintable(result.describe()));
        QVERIFY(!QFile::exists(folder + u"/a.db"_s));
        QVERIFY(!QFile::exists(folder + u"/b.db"_s));
    }

    void theWindowWithoutADisplaySaysSo()
    {
        // CliRunner removes DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM.
        CliRunner tend;
        const CliResult result = CliRunner::runRaw({u"--db"_s, tend.databasePath()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.crashed, qPrintable(result.describe()));
        QVERIFY2(result.err.contains(u"Tend's window needs a display; use a command (tend --help)."_s),
                 qPrintable(result.describe()));
        QVERIFY(!QFile::exists(tend.databasePath()));
    }

    void qtWindowOptionsBelongToTheWindow()
    {
        CliRunner tend;
        const CliResult withCommand = tend.run({u"-style"_s, u"Fusion"_s, u"due"_s});
        // withGlobals puts --db/--today first, so -style comes before the command word.
        QCOMPARE(withCommand.exitCode, 2);
        QVERIFY2(withCommand.err.contains(u"-style is an option of the window"_s), qPrintable(withCommand.describe()));
        // Without a command they reach Qt: the window needs a display, not a fix to the command line.
        const CliResult forTheWindow = CliRunner::runRaw({u"--db"_s, tend.databasePath(), u"-reverse"_s});
        QCOMPARE(forTheWindow.exitCode, 1);
        QVERIFY2(forTheWindow.err.contains(u"needs a display"_s), qPrintable(forTheWindow.describe()));
        const CliResult unknown = CliRunner::runRaw({u"-bogus"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"Unknown option -bogus"_s));
    }

    void invalidUtf8IsRefusedNotStored()
    {
        CliRunner tend;
        QVERIFY(tend.run({u"due"_s}).ok()); // the notebook exists
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        shell.setProcessEnvironment(environment);
        shell.start(u"/bin/sh"_s, {u"-c"_s, u"exec \"$0\" --db \"$1\" contact add \"$(printf 'Ad\\377a')\""_s,
                                   CliRunner::binary(), tend.databasePath()});
        QVERIFY(shell.waitForFinished(60'000));
        QCOMPARE(shell.exitCode(), 2);
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(err.contains(u"Argument 5 is not valid text"_s), qPrintable(err));
        const CliResult list = tend.run({u"contact"_s, u"list"_s, u"--json"_s});
        QVERIFY_CLI_OK(list);
        QCOMPARE(list.json().array().size(), 0);
    }

    void noHomeIsNamed()
    {
        const CliResult result = CliRunner::runInEnvironment({u"due"_s}, [](QProcessEnvironment &environment) {
            environment.remove(u"HOME"_s);
            environment.remove(u"XDG_DATA_HOME"_s);
        });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"HOME is not set"_s), qPrintable(result.describe()));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
