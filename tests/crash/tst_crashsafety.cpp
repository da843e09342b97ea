#include "CliRunner.h"
#include "CrashCase.h"

#include "Notebook.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::crash;
using test::CliRunner;

// Kills the real `tend` with SIGKILL at random moments while it works (see CrashCase.h), then
// proves the database opens, passes integrity_check and foreign_key_check, and every operation is
// wholly there or wholly absent. Set TEND_CRASH_SEED to replay a sequence of kill points.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedOperationsAreAllOrNothing_data()
    {
        QTest::addColumn<int>("caseIndex");
        const QList<CrashCase> cases = crashCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }

    void killedOperationsAreAllOrNothing()
    {
        QFETCH(int, caseIndex);
        const CrashCase crashCase = crashCases().at(caseIndex);
        const quint32 seed = qEnvironmentVariableIsSet("TEND_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("TEND_CRASH_SEED"))
                                 : 20261123u + quint32(caseIndex);
        QRandomGenerator random(seed);
        qInfo("%s: seed %u (set TEND_CRASH_SEED to replay)", qPrintable(crashCase.name), seed);

        QTemporaryDir dir;
        const QString prepared = dir.filePath(u"prepared.db"_s);
        crashCase.prepare(prepared);

        // Calibrate: one uninterrupted run, timing every command; it must leave everything present.
        const QString calibration = dir.filePath(u"calibration.db"_s);
        if (QFile::exists(prepared))
            QVERIFY(QFile::copy(prepared, calibration));
        QList<qint64> durationsUs;
        const CliRunner calibrationTend(calibration, fixedToday);
        const QList<QStringList> calibrationCommands = crashCase.commands(0);
        for (const QStringList &command : calibrationCommands) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY_CLI_OK(calibrationTend.run(command));
            durationsUs.append(timer.nsecsElapsed() / 1000);
        }
        {
            auto db = Database::open(calibration);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            const CheckResult result = crashCase.check(**db, 0, int(calibrationCommands.size()));
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u"\n"_s)));
        }

        int killedMidway = 0;
        int killedBeforeItsCommit = 0;
        int victimApplied = 0;
        int victimAbsent = 0;
        int finishedFirst = 0;
        // A machine faster than the calibration run would finish every command before its kill,
        // and the test would prove nothing: each command that beats its kill shortens the delays.
        double pace = 1.0;
        for (int run = 0; run < crashCase.runs; ++run) {
            const QString path = dir.filePath(u"run-%1.db"_s.arg(run));
            if (QFile::exists(prepared))
                QVERIFY(QFile::copy(prepared, path));
            const QList<QStringList> commands = crashCase.commands(run);
            const int victim = int(random.bounded(qsizetype(commands.size())));
            // Half the kills anywhere from the start to a little past the usual end, half around the
            // end (a loaded machine runs slower than the calibration), where commit and exit happen.
            const double duration = double(durationsUs.at(victim)) * pace;
            const qint64 delayUs = run % 2 == 0 ? qint64(random.bounded(duration * 1.1))
                                                : qint64(duration * 0.7 + random.bounded(duration * 0.8));

            const CliRunner tend(path, fixedToday);
            for (int i = 0; i < victim; ++i)
                QVERIFY_CLI_OK(tend.run(commands.at(i)));
            const std::unique_ptr<QProcess> process = tend.start(commands.at(victim));
            QVERIFY(process->waitForStarted());
            QThread::usleep(quint64(delayUs));
            const bool running = process->state() == QProcess::Running;
            if (running) {
                process->kill(); // SIGKILL: no handlers, no flushing, no destructors
                ++killedMidway;
                pace = std::min(1.0, pace * 1.1);
            } else {
                ++finishedFirst;
                pace *= 0.6;
            }
            QVERIFY(process->waitForFinished(60'000));

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(u"run %1: the database does not open after the kill: %2"_s.arg(run).arg(
                                  db.ok() ? QString() : db.error().message)));
            auto integrity = (*db)->integrityProblems();
            QVERIFY(integrity.ok());
            QVERIFY2(integrity->isEmpty(), qPrintable(u"run %1: %2"_s.arg(run).arg(integrity->join(u"; "_s))));
            const CheckResult result = crashCase.check(**db, run, victim);
            (result.victimApplied ? victimApplied : victimAbsent)++;
            if (running && !result.victimApplied)
                ++killedBeforeItsCommit;
            const QStringList &problems = result.problems;
            QVERIFY2(problems.isEmpty(),
                     qPrintable(u"run %1 (killed command %2 after %3 µs): %4"_s.arg(run).arg(victim).arg(delayUs).arg(
                         problems.join(u"; "_s))));
        }
        qInfo("%s: %d runs, %d killed while running (%d before their commit), %d finished first; the killed "
              "command took effect %d times, not at all %d times; calibration %s µs",
              qPrintable(crashCase.name), crashCase.runs, killedMidway, killedBeforeItsCommit, finishedFirst,
              victimApplied, victimAbsent,
              qPrintable(QStringList([&] {
                  QStringList parts;
                  for (qint64 us : durationsUs)
                      parts.append(QString::number(us));
                  return parts;
              }()).join(u'/')));
        // The kills must have interrupted work, not landed after it: most runs killed a running
        // command, and some of those before it committed (the all-or-nothing case worth proving).
        QVERIFY2(killedMidway * 2 >= crashCase.runs,
                 qPrintable(u"only %1 of %2 kills interrupted a running command"_s.arg(killedMidway).arg(crashCase.runs)));
        QVERIFY2(killedBeforeItsCommit > 0, "no kill landed before the killed command committed");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
