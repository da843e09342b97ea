#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace tend;

// The database, its -wal and -shm and every backup are readable by the owner only (0600) in
// owner-only folders (0700) — even under a permissive umask, so the app's umask is not the only guard.
class TestPrivacy : public QObject
{
    Q_OBJECT
    mode_t m_savedUmask = 0;

private slots:
    void init() { m_savedUmask = ::umask(022); }
    void cleanup() { ::umask(m_savedUmask); }

    void databaseAndJournalFilesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY(nb.ok());
        test::fillSampleData(**nb);
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(QFileInfo::exists(path + u"-shm"_s));
        QCOMPARE(test::modeOf(path), 0600);
        QCOMPARE(test::modeOf(path + u"-wal"_s), 0600);
        QCOMPARE(test::modeOf(path + u"-shm"_s), 0600);
    }

    void backupsAreOwnerOnly()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        auto daily = BackupManager::dailyBackupIfDue(nb.database(), QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        auto manual = nb->backUpNow();
        auto bulk = nb->backupBeforeBulkChange();
        QVERIFY(daily.ok() && manual.ok() && bulk.ok());
        QCOMPARE(test::modeOf(Database::backupFolderFor(nb.path)), 0700);
        for (const QString &file : {*daily, *manual, *bulk})
            QCOMPARE(test::modeOf(file), 0600);

        nb.notebook.reset();
        auto kept = BackupManager::restore(*manual, nb.path, QDateTime::currentDateTime());
        QVERIFY(kept.ok());
        QCOMPARE(test::modeOf(nb.path), 0600);
        QCOMPARE(test::modeOf(*kept), 0600);
    }

    void aLooseBackupFolderIsTightened()
    {
        test::TempNotebook nb;
        const QString folder = Database::backupFolderFor(nb.path);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(nb->backUpNow().ok());
        QCOMPARE(test::modeOf(folder), 0700);
    }

    void preMigrationCopyIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        QVERIFY(QFile::copy(test::testDataPath(u"schema-v1.db"_s), path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        auto nb = Notebook::open(path);
        QVERIFY2(nb.ok(), nb.ok() ? "" : qPrintable(nb.error().message));
        const auto copies = BackupManager::backups(path);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().kind, BackupInfo::Kind::BeforeMigration);
        QCOMPARE(test::modeOf(copies.constFirst().path), 0600);
        QCOMPARE(test::modeOf(Database::backupFolderFor(path)), 0700);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
