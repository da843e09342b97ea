#include "CliRunner.h"
#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "model/Validation.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/resource.h>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tend;
using test::CliRunner;

namespace {

// A database with Ada (mentor) and one open follow-up, made through the CLI itself.
QString seededDatabase(const QTemporaryDir &dir)
{
    const CliRunner tend(dir.filePath(u"tend.db"_s));
    const auto added = tend.run({u"contact"_s, u"add"_s, u"Ada Lovelace"_s, u"--role"_s, u"mentor"_s});
    const auto logged = tend.run({u"log"_s, u"coffee"_s, u"Ada"_s, u"--summary"_s, u"first chat"_s});
    if (!added.ok() || !logged.ok())
        QTest::qFail(qPrintable(u"seeding failed: "_s + added.describe() + logged.describe()), __FILE__, __LINE__);
    return tend.databasePath();
}

QStringList dailyBackups(const QString &databasePath)
{
    QStringList days;
    for (const BackupInfo &backup : BackupManager::backups(databasePath)) {
        if (backup.kind == BackupInfo::Kind::Daily)
            days.append(backup.takenAt.date().toString(Qt::ISODate));
    }
    return days;
}

void becomeNobody()
{
    if (::getuid() == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(97);
    }
}

} // namespace

// The command line's side of the reliability promises: backup, restore and check, the message for
// a damaged database, the daily copy, bad input on every command, and faults.
class TestCliReliability : public QObject
{
    Q_OBJECT
private slots:
    void backupRestoreAndCheckRoundTrip()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        const auto backup = tend.run({u"backup"_s});
        QCOMPARE(backup.exitCode, 0);
        const QString copy = backup.out.trimmed();
        QVERIFY2(QFileInfo::exists(copy), qPrintable(backup.out + backup.err));
        QCOMPARE(test::modeOf(copy), 0600);
        const QString chosen = dir.filePath(u"chosen copy.db"_s);
        QCOMPARE(tend.run({u"backup"_s, chosen}).exitCode, 0);
        QVERIFY(QFileInfo::exists(chosen));
        QVERIFY(tend.run({u"backup"_s, chosen}).exitCode != 0); // never overwrites

        QCOMPARE(tend.run({u"contact"_s, u"add"_s, u"Grace Hopper"_s}).exitCode, 0);
        const auto restored = tend.run({u"restore"_s, copy});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"kept as"_s));
        const auto list = tend.run({u"contact"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray contacts = list.json().array();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(u"name"_s).toString(), u"Ada Lovelace"_s);

        const auto check = tend.run({u"check"_s});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(u"healthy"_s), qPrintable(check.out));
    }

    void restoreRefusesABadFileAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        const QString bad = dir.filePath(u"notes.txt"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the droids\n");
        file.close();
        const QByteArray digest = test::fileDigest(db);
        const auto restored = tend.run({u"restore"_s, bad});
        QVERIFY(restored.exitCode != 0);
        QVERIFY2(restored.err.contains(QDir::toNativeSeparators(bad)), qPrintable(restored.err));
        QCOMPARE(test::fileDigest(db), digest);
    }

    void damagedDatabaseNamesTheNewestGoodBackup()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        const QString copy = tend.run({u"backup"_s}).out.trimmed();
        QVERIFY(QFileInfo::exists(copy));
        test::damageCopy(db, db + u".damaged"_s, 4096 * 2, 4096);
        QVERIFY(QFile::remove(db) && QFile::rename(db + u".damaged"_s, db));
        const QByteArray digest = test::fileDigest(db);

        for (const QStringList &command : {QStringList{u"due"_s}, QStringList{u"contact"_s, u"add"_s, u"X"_s},
                                           QStringList{u"check"_s}}) {
            const auto result = tend.run(command);
            QVERIFY2(result.exitCode != 0, qPrintable(command.join(u' ')));
            QVERIFY2(result.err.contains(QDir::toNativeSeparators(db)), qPrintable(result.err));
            QVERIFY2(result.err.contains(QDir::toNativeSeparators(copy)), qPrintable(result.err));
            QVERIFY2(result.err.contains(u"restore"_s), qPrintable(result.err));
        }
        QCOMPARE(test::fileDigest(db), digest);

        QCOMPARE(tend.run({u"restore"_s, copy}).exitCode, 0);
        QCOMPARE(tend.run({u"check"_s}).exitCode, 0);
    }

    void theFirstCommandOfTheDayTakesTheDailyBackup()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir); // 2026-11-23
        CliRunner tend(db);
        QCOMPARE(tend.run({u"contact"_s, u"add"_s, u"Grace"_s}).exitCode, 0);
        QCOMPARE(dailyBackups(db), QStringList{u"2026-11-23"_s});
        tend.setToday(QDate(2026, 11, 24));
        QCOMPARE(tend.run({u"due"_s}).exitCode, 0);
        QCOMPARE(tend.run({u"contact"_s, u"add"_s, u"Linus"_s}).exitCode, 0);
        QCOMPARE(tend.run({u"contact"_s, u"add"_s, u"Barbara"_s}).exitCode, 0);
        QCOMPARE(dailyBackups(db), (QStringList{u"2026-11-24"_s, u"2026-11-23"_s}));
        // The copy of the 24th holds what was there when that day's first command started.
        const auto copies = BackupManager::backups(db);
        auto copy = Notebook::open(copies.constFirst().path, [] {
            OpenOptions readOnly;
            readOnly.readOnly = true;
            readOnly.migrate = false;
            readOnly.create = false;
            return readOnly;
        }());
        QVERIFY(copy.ok());
        QVERIFY((*copy)->resolveContact(u"Grace"_s).ok());
        QVERIFY(!(*copy)->resolveContact(u"Linus"_s).ok());
    }

    // The command does not wait for the day's copy: it leaves it to `tend backup --daily` in the
    // background, whose report (empty while it works) is gone when the copy is done and checked.
    void theDailyCopyIsTakenInTheBackground()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir); // 2026-11-23
        CliRunner tend(db, QDate(2026, 11, 24));
        const QString report = QDir(Database::backupFolderFor(db)).filePath(u".tend.db.daily-backup"_s);
        auto process = tend.start({u"due"_s});
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY2(QFileInfo::exists(report) || dailyBackups(db).contains(u"2026-11-24"_s),
                 "neither a copier at work nor its copy");
        QDeadlineTimer deadline(60000);
        while (QFileInfo::exists(report) && !deadline.hasExpired())
            QTest::qWait(20);
        QVERIFY(!QFileInfo::exists(report));
        QCOMPARE(dailyBackups(db), (QStringList{u"2026-11-24"_s, u"2026-11-23"_s}));
        OpenOptions checked;
        checked.readOnly = true;
        checked.create = false;
        checked.migrate = false;
        checked.check = IntegrityCheck::Always;
        QVERIFY(Database::open(BackupManager::backups(db).constFirst().path, checked));
        // One copier a day: later commands start none.
        QVERIFY(tend.run({u"due"_s}).ok());
        QCOMPARE(dailyBackups(db).size(), 2);
    }

    // A copier that failed leaves its words; the next command says them once, and tries again.
    void aFailedBackgroundCopyIsSaidByTheNextCommand()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        CliRunner tend(db, QDate(2026, 11, 24));
        QFile report(QDir(Database::backupFolderFor(db)).filePath(u".tend.db.daily-backup"_s));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write("tend: the disk is full; nothing was changed.\n");
        report.close();
        const auto first = tend.run({u"due"_s});
        QVERIFY(first.ok());
        QVERIFY2(first.err.contains(u"warning: the daily backup failed: the disk is full"_s), qPrintable(first.err));
        QCOMPARE(dailyBackups(db), (QStringList{u"2026-11-24"_s, u"2026-11-23"_s}));
        const auto second = tend.run({u"due"_s});
        QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("words");
        const QString tooLong(limits::notesLength + 1, u'x');
        const auto row = [](const char *name, const QStringList &command, const QString &words) {
            QTest::newRow(name) << command << words;
        };
        row("empty name", {u"contact"_s, u"add"_s, u""_s}, u"name"_s);
        row("blank name", {u"contact"_s, u"add"_s, u"   "_s}, u"name"_s);
        row("unknown role", {u"contact"_s, u"add"_s, u"Bo"_s, u"--role"_s, u"boss"_s}, u"boss"_s);
        row("note over the limit", {u"contact"_s, u"add"_s, u"Bo"_s, u"--note"_s, tooLong}, u"too long"_s);
        row("bad e-mail", {u"contact"_s, u"add"_s, u"Bo"_s, u"--email"_s, u"nope"_s}, u"e-mail"_s);
        row("zero cadence", {u"contact"_s, u"add"_s, u"Bo"_s, u"--cadence"_s, u"0"_s}, u"cadence"_s);
        row("unknown how-met", {u"contact"_s, u"add"_s, u"Bo"_s, u"--met-via"_s, u"bar"_s}, u"bar"_s);
        row("edit with an unknown role", {u"contact"_s, u"edit"_s, u"Ada"_s, u"--role"_s, u"boss"_s}, u"boss"_s);
        row("edit to an empty name", {u"contact"_s, u"edit"_s, u"Ada"_s, u"--name"_s, u""_s}, u""_s);
        row("archive nobody", {u"contact"_s, u"archive"_s, u"Nobody"_s}, u"Nobody"_s);
        row("log on an impossible date", {u"log"_s, u"coffee"_s, u"Ada"_s, u"--date"_s, u"2026-02-30"_s}, u"2026-02-30"_s);
        row("log on a non-date", {u"log"_s, u"coffee"_s, u"Ada"_s, u"--date"_s, u"yesterday"_s}, u"yesterday"_s);
        row("log an unknown kind", {u"log"_s, u"lunch"_s, u"Ada"_s}, u"lunch"_s);
        row("log with nobody", {u"log"_s, u"coffee"_s, u"Nobody"_s}, u"Nobody"_s);
        row("log a bad direction", {u"log"_s, u"coffee"_s, u"Ada"_s, u"--direction"_s, u"took"_s}, u"took"_s);
        row("log a bad follow-up", {u"log"_s, u"coffee"_s, u"Ada"_s, u"--follow-up"_s, u"soon"_s}, u"soon"_s);
        row("log notes over the limit", {u"log"_s, u"coffee"_s, u"Ada"_s, u"--note"_s, tooLong}, u"too long"_s);
        row("done a non-number", {u"done"_s, u"first"_s}, u"first"_s);
        row("done an unknown reminder", {u"done"_s, u"9999"_s}, u"9999"_s);
        row("snooze zero days", {u"snooze"_s, u"1"_s, u"0"_s}, u"0"_s);
        row("snooze forever", {u"snooze"_s, u"1"_s, u"99999"_s}, u"99999"_s);
        row("dismiss an unknown reminder", {u"dismiss"_s, u"9999"_s}, u"9999"_s);
        row("due within a negative window", {u"due"_s, u"--within"_s, u"-3"_s}, u"-3"_s);
        row("helped since words", {u"helped"_s, u"--since"_s, u"ages"_s}, u"ages"_s);
        row("timeline of nobody", {u"timeline"_s, u"Nobody"_s}, u"Nobody"_s);
        row("demo with negative contacts", {u"demo"_s, u"--contacts"_s, u"-5"_s}, u"-5"_s);
        row("unknown command", {u"frobnicate"_s}, u"frobnicate"_s);
    }

    void badInputChangesNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, words);
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        QCOMPARE(tend.run({u"backup"_s}).exitCode, 0);
        const QByteArray digest = test::fileDigest(db);
        const QStringList backupsBefore = QDir(Database::backupFolderFor(db)).entryList(QDir::Files);
        const auto result = tend.run(command);
        QVERIFY2(result.exitCode != 0 && result.exitCode != -1, qPrintable(result.out + result.err));
        QVERIFY2(result.err.startsWith(u"tend: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(words), qPrintable(result.err));
        QCOMPARE(test::fileDigest(db), digest);
        Q_UNUSED(backupsBefore);
    }

    void awkwardTextGoesInAndComesOutVerbatim()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"tend.db"_s);
        const CliRunner tend(db);
        // Control characters are refused (tests/cli/tst_cli_outcomes); everything else is kept.
        QStringList texts;
        QStringList lines;
        for (const QString &text : test::awkwardTexts()) {
            texts.append(test::storable(text, TextShape::MultiLine));
            lines.append(test::storable(text));
        }
        for (int i = 0; i < texts.size(); ++i) {
            const QString name = u"N%1 "_s.arg(i) + lines.at(i).left(100).trimmed();
            const auto added = tend.run({u"contact"_s, u"add"_s, name, u"--note"_s, texts.at(i), u"--org"_s,
                                         lines.at((i + 1) % lines.size()).left(200).trimmed()});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            const auto logged = tend.run({u"log"_s, u"call"_s, name, u"--summary"_s, lines.at(i).left(200),
                                          u"--note"_s, texts.at(i), u"--agenda"_s, texts.at(i)});
            QVERIFY2(logged.exitCode == 0, qPrintable(logged.err));
        }
        const auto list = tend.run({u"contact"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        QStringList listed;
        for (const QJsonValue &value : list.json().array())
            listed.append(value.toObject().value(u"name"_s).toString());
        auto nb = Notebook::open(db);
        QVERIFY(nb.ok());
        for (int i = 0; i < texts.size(); ++i) {
            const QString name = u"N%1 "_s.arg(i) + lines.at(i).left(100).trimmed();
            QVERIFY2(listed.contains(name), qPrintable(name));
            auto ref = (*nb)->resolveContact(name);
            QVERIFY(ref.ok());
            auto contact = (*nb)->contact(ref->id);
            QCOMPARE(contact->notes, texts.at(i));
            auto timeline = (*nb)->timeline(ref->id);
            QVERIFY(timeline.ok() && !timeline->isEmpty());
            const Interaction chat = std::get<Interaction>(timeline->constFirst().item);
            QCOMPARE(chat.notes, texts.at(i));
            QCOMPARE(chat.agenda, texts.at(i));
        }
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const CliRunner tend(dir.filePath(u"gone/away/tend.db"_s));
        const auto result = tend.run({u"contact"_s, u"add"_s, u"Ada"_s});
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(dir.filePath(u"gone/away"_s))), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"gone"_s)));
    }

    void readOnlyDatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), 65534, 65534) == 0 || ::getuid() != 0);
        QVERIFY(::chown(QFile::encodeName(db).constData(), 65534, 65534) == 0 || ::getuid() != 0);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner));
        const QByteArray digest = test::fileDigest(db);
        const auto result = tend.run({u"contact"_s, u"add"_s, u"Grace"_s}, becomeNobody);
        QVERIFY2(result.exitCode != 0 && result.exitCode != 97, qPrintable(result.err));
        QVERIFY2(result.err.contains(u"cannot be written"_s) || result.err.contains(u"read-only"_s), qPrintable(result.err));
        QCOMPARE(test::fileDigest(db), digest);
    }

    void fileSizeLimitActsLikeAFullDisk()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        QCOMPARE(tend.run({u"backup"_s}).exitCode, 0); // today's copy exists: the next write is the test
        auto before = Notebook::open(db);
        QVERIFY(before.ok());
        const QString counts = test::rowCounts((*before)->path());
        before = Error{};
        // Below the note's 90,000 bytes whatever the schema's size: its write cannot fit.
        const qint64 size = std::min(QFileInfo(db).size(), qint64(64 * 1024));
        const auto limitWrites = [size] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
            const rlimit limit{rlim_t(size), rlim_t(size)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
        const auto result = tend.run({u"contact"_s, u"add"_s, u"Big"_s, u"--note"_s, QString(90'000, u'x')}, limitWrites);
        QVERIFY2(result.exitCode > 0, qPrintable(result.out + result.err));
        QVERIFY2(result.err.contains(u"\ntend: "_s) || result.err.startsWith(u"tend: "_s), qPrintable(result.err));
        auto after = Notebook::open(db);
        QVERIFY(after.ok());
        QCOMPARE(test::rowCounts((*after)->path()), counts);
        auto problems = (*after)->integrityProblems();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    void lockedDatabaseGivesAClearMessage()
    {
        QTemporaryDir dir;
        const QString db = seededDatabase(dir);
        const CliRunner tend(db);
        auto holder = Database::open(db);
        QVERIFY(holder.ok());
        Transaction lock((*holder)->connection());
        QVERIFY(lock.begun().ok());
        const auto result = tend.run({u"contact"_s, u"add"_s, u"Grace"_s});
        QVERIFY(result.exitCode > 0);
        QVERIFY2(result.err.contains(u"in use by another program"_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_clireliability.moc"
