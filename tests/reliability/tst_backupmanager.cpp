#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

std::unique_ptr<Database> openOrFail(const QString &path, bool readOnly = false)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = readOnly;
    options.migrate = !readOnly;
    auto opened = Database::open(path, options);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

QList<QDate> dailyDates(const QString &databasePath)
{
    QList<QDate> dates;
    for (const BackupInfo &backup : BackupManager::backups(databasePath)) {
        if (backup.kind == BackupInfo::Kind::Daily)
            dates.append(backup.takenAt.date());
    }
    return dates;
}

} // namespace

// Backups: private checked copies, the daily copy and its rotation, restore and what it refuses.
class TestBackupManager : public QObject
{
    Q_OBJECT
private slots:
    void backupNowMakesAPrivateCheckedCopy()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        auto path = nb->backUpNow();
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().message));
        QCOMPARE(QFileInfo(*path).absolutePath(), Database::backupFolderFor(nb.path));
        QCOMPARE(test::modeOf(*path), 0600);
        QCOMPARE(test::modeOf(Database::backupFolderFor(nb.path)), 0700);
        QCOMPARE(BackupManager::backups(nb.path).size(), 1);
        QCOMPARE(BackupManager::backups(nb.path).constFirst().kind, BackupInfo::Kind::Manual);
        auto copy = openOrFail(*path, true);
        QVERIFY(copy);
        QCOMPARE(test::rowCounts(*copy), test::rowCounts(nb.database()));

        const QString chosen = nb.dir.filePath(u"elsewhere/my copy.db"_s);
        auto explicitCopy = nb->backUpNow(chosen);
        QVERIFY(explicitCopy.ok());
        QCOMPARE(*explicitCopy, chosen);
        QCOMPARE(test::modeOf(chosen), 0600);
        QVERIFY(!nb->backUpNow(chosen).ok()); // never overwrites unasked
    }

    // "Back Up To…" onto a file the user agreed to replace: the old file stays whole until the new
    // copy is complete, and the notebook's own files are never a target.
    void backupToAnExistingFileReplacesItOnlyWhenAsked()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString chosen = nb.dir.filePath(u"copy.db"_s);
        {
            QFile old(chosen);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older copy");
        }
        auto replaced = nb->backUpNow(chosen, Database::ExistingTarget::Replace);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().message));
        QCOMPARE(test::modeOf(chosen), 0600);
        auto copy = openOrFail(chosen, true);
        QVERIFY(copy);
        QCOMPARE(test::rowCounts(*copy), test::rowCounts(nb.database()));
        QCOMPARE(QDir(nb.dir.path()).entryList({u".copy.db.partial-*"_s}, QDir::Hidden | QDir::Files), QStringList());

        const QString before = test::rowCounts(nb.database());
        const QStringList ownFiles{nb.path, QString(nb.path + u"-wal"_s), nb.dir.filePath(QString(u"./"_s + QFileInfo(nb.path).fileName()))};
        for (const QString &own : ownFiles) {
            auto refused = nb->backUpNow(own, Database::ExistingTarget::Replace);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"own file"_s), qPrintable(refused.error().message));
        }
        QCOMPARE(test::rowCounts(nb.database()), before);
        auto folder = nb->backUpNow(nb.dir.path(), Database::ExistingTarget::Replace);
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(u"folder"_s));
    }

    void dailyBackupIsTakenOncePerDay()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada"_s);
        auto first = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        QVERIFY(first.ok());
        QVERIFY(!first->isEmpty());
        auto second = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        QVERIFY(second.ok());
        QVERIFY(second->isEmpty());
        auto next = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
        QVERIFY(next.ok());
        QVERIFY(!next->isEmpty());
        QCOMPARE(dailyDates(nb.path), (QList<QDate>{QDate(2026, 11, 24), QDate(2026, 11, 23)}));
    }

    void rotationKeepsSevenDailyAndFourWeekly()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        // 40 days, 2026-10-01 (Thursday) to 2026-11-09 (Monday), one start per day.
        for (QDate day(2026, 10, 1); day <= QDate(2026, 11, 9); day = day.addDays(1)) {
            auto taken = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(day, QTime(12, 0)));
            QVERIFY2(taken.ok() && !taken->isEmpty(), qPrintable(day.toString(Qt::ISODate)));
            QVERIFY(nb->addReminder(ada, day, u"day %1"_s.arg(day.toString(Qt::ISODate))).ok());
        }
        // Days: the 7 newest days. Weeks: the newest copy of each of the 4 ISO weeks before them
        // (2 Nov is the Monday of week 45; 1 Nov, 25 Oct and 18 Oct are Sundays).
        const QList<QDate> expected{QDate(2026, 11, 9), QDate(2026, 11, 8), QDate(2026, 11, 7), QDate(2026, 11, 6),
                                    QDate(2026, 11, 5), QDate(2026, 11, 4), QDate(2026, 11, 3), QDate(2026, 11, 2),
                                    QDate(2026, 11, 1), QDate(2026, 10, 25), QDate(2026, 10, 18)};
        QCOMPARE(dailyDates(nb.path), expected);
        QCOMPARE(QDir(Database::backupFolderFor(nb.path)).entryList(QDir::Files).size(), expected.size());
        // Each kept copy is the database as it was that day.
        auto oldest = openOrFail(BackupManager::backups(nb.path).constLast().path, true);
        QVERIFY(oldest);
        QCOMPARE(*sql::scalar(oldest->connection(), u"SELECT count(*) FROM reminder"_s), 17); // 1..17 Oct
    }

    void todaysCopySurvivesAClockThatWentBack()
    {
        test::TempNotebook nb;
        for (QDate day(2026, 10, 1); day <= QDate(2026, 11, 9); day = day.addDays(1))
            QVERIFY(BackupManager::dailyBackupIfDue(nb.database(), QDateTime(day, QTime(12, 0))).ok());
        auto past = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
        QVERIFY(past.ok());
        QVERIFY(QFileInfo::exists(*past));
        // The 11 of rotationKeepsSevenDailyAndFourWeekly, plus 1 June outside every tier.
        QCOMPARE(dailyDates(nb.path).size(), 12);
        QCOMPARE(dailyDates(nb.path).constLast(), QDate(2026, 6, 1));
    }

    void safetyCopiesAreKeptThirtyDaysAndTheNewestOfEachKind()
    {
        test::TempNotebook nb;
        const QString folder = Database::backupFolderFor(nb.path);
        const QStringList names{u"tend-20260901-100000-before-migration-schema1.db"_s,
                                u"tend-20260905-100000-before-migration-schema1.db"_s,
                                u"tend-20261101-100000-before-migration-schema1.db"_s,
                                u"tend-20260901-100000-before-restore.db"_s,
                                u"tend-20250101-100000-manual.db"_s,
                                u"tend-demo-20250101-100000-daily.db"_s}; // another database's copy
        for (const QString &name : names)
            QVERIFY(nb.database().copyTo(QDir(folder).filePath(name)).ok());
        const QStringList removed = BackupManager::rotate(nb.path, QDate(2026, 11, 23));
        QCOMPARE(removed.size(), 2);
        QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{u"tend-20250101-100000-manual.db"_s, u"tend-20260901-100000-before-restore.db"_s,
                                    u"tend-20261101-100000-before-migration-schema1.db"_s,
                                    u"tend-demo-20250101-100000-daily.db"_s}));
    }

    void halfWrittenCopiesAreNeverListedAndAreCleanedUp()
    {
        test::TempNotebook nb;
        QVERIFY(nb->backUpNow().ok());
        const QDir folder(Database::backupFolderFor(nb.path));
        // What a crash during VACUUM INTO leaves: a hidden partial file, never named *.db.
        const QString stale = folder.filePath(u".tend-20261101-100000-daily.db.partial-0123"_s);
        const QString fresh = folder.filePath(u".tend-20261123-100000-daily.db.partial-4567"_s);
        for (const QString &path : {stale, fresh}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SQLite format 3");
        }
        QFile staleFile(stale);
        QVERIFY(staleFile.open(QIODevice::ReadWrite));
        QVERIFY(staleFile.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
        staleFile.close();
        QCOMPARE(BackupManager::backups(nb.path).size(), 1);
        BackupManager::rotate(nb.path, QDate::currentDate());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh)); // may belong to a copy being written right now
        QCOMPARE(BackupManager::backups(nb.path).size(), 1);
    }

    void bulkChangeCopyOnlyWhenThereIsData()
    {
        test::TempNotebook nb;
        auto empty = nb->backupBeforeBulkChange();
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        test::addContact(*nb.notebook, u"Ada"_s);
        auto copy = nb->backupBeforeBulkChange();
        QVERIFY(copy.ok());
        QVERIFY(!copy->isEmpty());
        QCOMPARE(BackupManager::backups(nb.path).constFirst().kind, BackupInfo::Kind::BeforeBulkChange);
    }

    void restoreRoundTrip()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString before = test::rowCounts(nb.database());
        auto backup = nb->backUpNow();
        QVERIFY(backup.ok());
        test::addContact(*nb.notebook, u"Added after the backup"_s);
        const QString after = test::rowCounts(nb.database());
        nb.notebook.reset();

        auto kept = BackupManager::restore(*backup, nb.path, QDateTime::currentDateTime());
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
        QVERIFY(QFileInfo::exists(*kept));
        QCOMPARE(test::modeOf(nb.path), 0600);
        QCOMPARE(test::modeOf(*kept), 0600);
        QVERIFY(!QDir(nb.dir.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').contains(u"restoring"_s));

        auto restored = Notebook::open(nb.path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY(restored.ok());
        QCOMPARE(test::rowCounts((*restored)->path()), before);
        QVERIFY(!(*restored)->resolveContact(u"Added after the backup"_s).ok());
        QVERIFY((*restored)->resolveContact(test::awkwardTexts().at(2)).ok());
        auto problems = (*restored)->integrityProblems();
        QVERIFY(problems.ok() && problems->isEmpty());

        auto replaced = openOrFail(*kept, true);
        QVERIFY(replaced);
        QCOMPARE(test::rowCounts(*replaced), after);
    }

    void restoreRefusesWhileTheDatabaseIsOpen()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada"_s);
        auto backup = nb->backUpNow();
        QVERIFY(backup.ok());
        test::addContact(*nb.notebook, u"Grace"_s);
        // Keep a read open, as a GUI window would.
        auto reader = sql::exec(nb.database().connection(), u"SELECT id FROM contact"_s);
        QVERIFY(reader.ok() && reader->next());
        auto restored = BackupManager::restore(*backup, nb.path, QDateTime::currentDateTime());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, Error::Code::Busy);
        for (const BackupInfo &kept : nb->backups()) // refused: no copy of what it would have replaced
            QVERIFY2(kept.kind != BackupInfo::Kind::BeforeRestore, qPrintable(kept.path));
        reader = Error{};
        QVERIFY(nb->resolveContact(u"Grace"_s).ok());
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("not sqlite") << u"garbage"_s << Error::Code::Corrupt << u"not an SQLite file"_s;
        QTest::newRow("truncated") << u"truncate"_s << Error::Code::Corrupt << u"truncated"_s;
        QTest::newRow("damaged page") << u"flip"_s << Error::Code::Corrupt << u"damaged"_s;
        QTest::newRow("newer version") << u"too-new"_s << Error::Code::TooNew << u"newer version of Tend"_s;
        QTest::newRow("other program") << u"other-app"_s << Error::Code::Corrupt << u"another program"_s;
        QTest::newRow("empty database") << u"empty"_s << Error::Code::Corrupt << u"empty database"_s;
        QTest::newRow("missing") << u"missing"_s << Error::Code::NotFound << u"There is no file"_s;
    }

    void restoreRefusesBadFiles()
    {
        QFETCH(QString, damage);
        QFETCH(Error::Code, code);
        QFETCH(QString, words);
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        auto good = nb->backUpNow();
        QVERIFY(good.ok());
        nb.notebook.reset();

        const QString bad = nb.dir.filePath(u"candidate.db"_s);
        if (damage == u"garbage"_s) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'Z'));
        } else if (damage == u"truncate"_s) {
            test::damageCopy(*good, bad, QFileInfo(*good).size() / 2, -1);
        } else if (damage == u"flip"_s) {
            test::damageCopy(*good, bad, 4096 * 2, 4096);
        } else if (damage == u"too-new"_s) {
            QVERIFY(QFile::copy(*good, bad));
            test::runRawSql(bad, {u"PRAGMA user_version = 99"_s});
        } else if (damage == u"other-app"_s) {
            test::runRawSql(bad, {u"CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)"_s,
                                  u"INSERT INTO photos (blob) VALUES (x'00ff')"_s});
        } else if (damage == u"empty"_s) {
            test::runRawSql(bad, {u"PRAGMA application_id = 1415933540"_s});
        }
        const QByteArray badDigest = test::fileDigest(bad);
        const QByteArray currentDigest = test::fileDigest(nb.path);
        const QStringList backupsBefore = QDir(Database::backupFolderFor(nb.path)).entryList(QDir::Files);

        auto restored = BackupManager::restore(bad, nb.path, QDateTime::currentDateTime());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().code, code);
        QVERIFY2(restored.error().message.contains(words), qPrintable(restored.error().message));
        QVERIFY2(restored.error().message.contains(QDir::toNativeSeparators(bad)), qPrintable(restored.error().message));
        QCOMPARE(test::fileDigest(nb.path), currentDigest);
        QCOMPARE(test::fileDigest(bad), badDigest);
        QCOMPARE(QDir(Database::backupFolderFor(nb.path)).entryList(QDir::Files), backupsBefore);
        QVERIFY(!QDir(nb.dir.path()).entryList(QDir::Files | QDir::Hidden).join(u' ').contains(u"restoring"_s));
    }

    void restoreKeepsADamagedDatabaseByteForByte()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        auto good = nb->backUpNow();
        QVERIFY(good.ok());
        nb.notebook.reset();
        test::damageCopy(nb.path, nb.path + u".damaged"_s, 0, 100); // destroys the header
        QVERIFY(QFile::remove(nb.path));
        QVERIFY(QFile::rename(nb.path + u".damaged"_s, nb.path));
        QVERIFY(!Database::open(nb.path).ok());
        QFile damaged(nb.path);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray damagedBytes = damaged.readAll();
        damaged.close();

        auto kept = BackupManager::restore(*good, nb.path, QDateTime::currentDateTime());
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
        QFile keptFile(*kept);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), damagedBytes);
        QVERIFY(openOrFail(nb.path));
    }

    void newestGoodBackupSkipsDamagedCopies()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString folder = Database::backupFolderFor(nb.path);
        const QString older = QDir(folder).filePath(u"tend-20261120-080000-daily.db"_s);
        const QString newer = QDir(folder).filePath(u"tend-20261122-080000-daily.db"_s);
        QVERIFY(nb.database().copyTo(older).ok());
        QVERIFY(nb.database().copyTo(QDir(folder).filePath(u"good.tmp"_s)).ok());
        test::damageCopy(QDir(folder).filePath(u"good.tmp"_s), newer, 4096 * 2, 4096);
        QVERIFY(!BackupManager::newestGoodBackup(u"/no/such/tend.db"_s));
        const auto best = BackupManager::newestGoodBackup(nb.path);
        QVERIFY(best);
        QCOMPARE(best->path, older);
        QCOMPARE(best->takenAt, QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
