#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"
#include "db/FileClaim.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

// The last frame for `page` in a WAL file (https://sqlite.org/fileformat.html#the_write_ahead_log).
QByteArray newestWalCopyOfPage(const QString &walPath, quint32 page)
{
    QFile wal(walPath);
    if (!wal.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = wal.readAll();
    constexpr qsizetype walHeader = 32;
    constexpr qsizetype frameHeader = 24;
    if (bytes.size() < walHeader)
        return {};
    const auto pageSize = qsizetype(qFromBigEndian<quint32>(bytes.constData() + 8));
    QByteArray newest;
    for (qsizetype at = walHeader; at + frameHeader + pageSize <= bytes.size(); at += frameHeader + pageSize) {
        if (qFromBigEndian<quint32>(bytes.constData() + at) == page)
            newest = bytes.mid(at + frameHeader, pageSize);
    }
    return newest;
}

} // namespace

// Opening refuses a file that is not a healthy Tend database, with a message naming the file,
// never modifies or deletes it, and core can name the newest good backup to offer instead.
class TestOpenIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void damagedFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("garbage") << u"garbage"_s << Error::Code::Corrupt << u"not an SQLite file"_s;
        QTest::newRow("text file") << u"text"_s << Error::Code::Corrupt << u"not an SQLite file"_s;
        QTest::newRow("truncated to half") << u"half"_s << Error::Code::Corrupt << u"truncated"_s;
        QTest::newRow("truncated in header") << u"header"_s << Error::Code::Corrupt << u"truncated"_s;
        QTest::newRow("page overwritten") << u"page"_s << Error::Code::Corrupt << u"damaged"_s;
        QTest::newRow("newer version") << u"too-new"_s << Error::Code::TooNew << u"newer version of Tend"_s;
        QTest::newRow("other program") << u"other-app"_s << Error::Code::Corrupt << u"another program"_s;
        QTest::newRow("other application id") << u"other-id"_s << Error::Code::Corrupt << u"another program"_s;
    }

    void damagedFilesAreRefusedUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(Error::Code, code);
        QFETCH(QString, words);

        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        auto backup = nb->backUpNow();
        QVERIFY(backup.ok());
        nb.notebook.reset();
        QVERIFY(!QFileInfo::exists(nb.path + u"-wal"_s)); // checkpointed on close: the file holds everything

        const QString healthy = nb.dir.filePath(u"healthy.db"_s);
        QVERIFY(QFile::copy(nb.path, healthy));
        QVERIFY(QFile::remove(nb.path));
        const qint64 size = QFileInfo(healthy).size();
        if (damage == u"garbage"_s || damage == u"text"_s) {
            QFile file(nb.path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damage == u"text"_s ? QByteArray("name,notes\nAda,\"hi\"\n") : QByteArray(70000, char(0x3c)));
        } else if (damage == u"half"_s) {
            test::damageCopy(healthy, nb.path, size / 2, -1);
        } else if (damage == u"header"_s) {
            test::damageCopy(healthy, nb.path, 40, -1);
        } else if (damage == u"page"_s) {
            test::damageCopy(healthy, nb.path, 4096 * 2, 4096);
        } else {
            QVERIFY(QFile::copy(healthy, nb.path));
            if (damage == u"too-new"_s)
                test::runRawSql(nb.path, {u"PRAGMA user_version = 99"_s});
            else if (damage == u"other-id"_s)
                test::runRawSql(nb.path, {u"PRAGMA application_id = 42"_s});
            else
                test::runRawSql(nb.path, {u"PRAGMA application_id = 0"_s, u"PRAGMA user_version = 0"_s});
        }
        const QByteArray digest = test::fileDigest(nb.path);

        for (bool readOnly : {false, true}) {
            OpenOptions options;
            options.readOnly = readOnly;
            auto opened = Notebook::open(nb.path, options);
            QVERIFY2(!opened.ok(), "a damaged database was opened");
            QCOMPARE(opened.error().code, code);
            QVERIFY2(opened.error().message.contains(words), qPrintable(opened.error().message));
            QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(nb.path)), qPrintable(opened.error().message));
        }
        QVERIFY(QFileInfo::exists(nb.path));
        QCOMPARE(test::fileDigest(nb.path), digest);
        QCOMPARE(BackupManager::backups(nb.path).size(), 1); // no copy of a refused file was made

        const auto offer = BackupManager::newestGoodBackup(nb.path);
        QVERIFY(offer);
        QCOMPARE(offer->path, *backup);
    }

    // A checkpoint copies pages from the WAL in page order, so page 1 (with the grown page count)
    // lands first and the file grows after it. Killed in between, the file is shorter than its
    // header says while the WAL still holds every page: SQLite finishes the job on open.
    void checkpointKilledAfterPageOneOpens()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QSqlDatabase live = nb.database().connection();
        QVERIFY(sql::exec(live, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        QVERIFY(sql::exec(live, u"PRAGMA wal_autocheckpoint = 0"_s).ok());
        for (int round = 0; round < 4; ++round)
            test::fillSampleData(*nb.notebook);
        const QString counts = test::rowCounts(nb.database());

        const QString crashed = nb.dir.filePath(u"crashed.db"_s);
        QVERIFY(QFile::copy(nb.path, crashed));
        QVERIFY(QFile::copy(nb.path + u"-wal"_s, crashed + u"-wal"_s));
        const QByteArray newestPageOne = newestWalCopyOfPage(crashed + u"-wal"_s, 1);
        QVERIFY2(!newestPageOne.isEmpty(), "the WAL holds page 1");
        const quint32 claimedPages = qFromBigEndian<quint32>(newestPageOne.constData() + 28);
        QFile file(crashed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY2(qint64(claimedPages) * newestPageOne.size() > file.size(), "the WAL grew the database");
        QCOMPARE(file.write(newestPageOne), newestPageOne.size());
        file.close();

        auto reopened = Database::open(crashed);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QCOMPARE(test::rowCounts(**reopened), counts);
        auto problems = (*reopened)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }

    void healthyDatabaseOpensAfterReopening()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString counts = test::rowCounts(nb.database());
        nb.notebook.reset();
        auto reopened = Notebook::open(nb.path);
        QVERIFY(reopened.ok());
        QCOMPARE(test::rowCounts((*reopened)->path()), counts);
        auto problems = (*reopened)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }

    // The window's worker (and its backups and syncs) open a second connection while the window's
    // is open. Reading the file to check its header closed a descriptor of it, which dropped this
    // process's locks: a `tend` command then took itself for the last connection and deleted the
    // WAL and its index under the window, whose next read failed with a disk I/O error.
    void aSecondConnectionKeepsTheFileLockedForOtherProcesses()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("needs python3 (its sqlite3 module is the other process)");
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        QVERIFY(QFileInfo::exists(nb.path + u"-wal"_s));
        {
            QCOMPARE(FileClaim::heldOn(nb.path), 1);
            auto second = Database::open(nb.path);
            QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
            QCOMPARE(FileClaim::heldOn(nb.path), 2);
            auto alsoRefused = Database::open(nb.dir.filePath(u"missing/none.db"_s));
            QVERIFY(!alsoRefused.ok());
        }
        QCOMPARE(FileClaim::heldOn(nb.path), 1);

        // Another process: may it take SQLite's shared-lock range for itself (it may not while
        // a connection here holds it), and does its closing connection leave the WAL alone?
        const QString script = uR"(
import fcntl, os, sqlite3, sys
path = sys.argv[1]
fd = os.open(path, os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 510, 0x40000002)
    print("unlocked")
except OSError:
    print("locked")
os.close(fd)
connection = sqlite3.connect(path)
print(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
connection.close()
)"_s;
        QProcess other;
        other.start(python, {u"-c"_s, script, nb.path});
        QVERIFY(other.waitForFinished(30000));
        const QStringList said = QString::fromUtf8(other.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(said.value(0), u"locked"_s);
        QVERIFY2(QFileInfo::exists(nb.path + u"-wal"_s), "the other process must not delete the WAL of an open notebook");
        QVERIFY(QFileInfo::exists(nb.path + u"-shm"_s));

        const QString before = test::rowCounts(nb.database());
        test::fillSampleData(*nb.notebook);
        QVERIFY(test::rowCounts(nb.database()) != before);
        auto problems = nb.notebook->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOpenIntegrity)
#include "tst_openintegrity.moc"
