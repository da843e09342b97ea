#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "Notebook.h"
#include "db/Database.h"
#include "db/IntegritySchedule.h"
#include "db/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate monday(2026, 11, 23);

Result<std::unique_ptr<Notebook>> openOn(const QString &path, QDate today,
                                         IntegrityCheck check = IntegrityCheck::WhenDue)
{
    OpenOptions options;
    options.check = check;
    return Notebook::open(path, options, Clock::fixed(today));
}

// Fills a table that nothing but quick_check reads with overflow pages at the end of the file,
// then overwrites the file's last pages in place (same inode): damage that opening, reading the
// contacts and the window's first queries never touch.
void damageTheLastPagesInPlace(const QString &path)
{
    {
        auto db = Database::open(path, [] {
            OpenOptions options;
            options.check = IntegrityCheck::Never;
            return options;
        }());
        QVERIFY(db);
        QVERIFY(sql::exec((*db)->connection(), u"CREATE TABLE padding (data BLOB)"_s));
        QVERIFY(sql::exec((*db)->connection(), u"INSERT INTO padding VALUES (zeroblob(200000))"_s));
        QVERIFY(sql::exec((*db)->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 3 * 4096));
    QCOMPARE(file.write(QByteArray(3 * 4096, '\xa5')), 3 * 4096);
}

} // namespace

// docs/reliability.md, "When Tend reads the whole file".
class TestIntegritySchedule : public QObject
{
    Q_OBJECT
private slots:
    void theCheckRunsOnceADay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        {
            auto nb = openOn(path, monday);
            QVERIFY(nb);
            QVERIFY(test::addContact(**nb, u"Ada"_s) > 0);
        }
        QVERIFY(IntegritySchedule::begin(path)->checkDue(monday)); // a new file: nothing checked yet
        { QVERIFY(openOn(path, monday)); }
        QVERIFY(!IntegritySchedule::begin(path)->checkDue(monday));
        QVERIFY(IntegritySchedule::begin(path)->checkDue(monday.addDays(1)));

        // A check that passed today is not repeated, so damage done since is not seen on open…
        damageTheLastPagesInPlace(path);
        QVERIFY(!IntegritySchedule::begin(path)->checkDue(monday));
        QVERIFY(openOn(path, monday));
        // …but it is the next day, and before any backup.
        auto nextDay = openOn(path, monday.addDays(1));
        QVERIFY(!nextDay);
        QCOMPARE(nextDay.error().code, Error::Code::Corrupt);
        QVERIFY2(nextDay.error().message.contains(path), qPrintable(nextDay.error().message));
        // The failed check is not forgotten: it is due again until one passes.
        QVERIFY(IntegritySchedule::begin(path)->checkDue(monday));
        QVERIFY(!openOn(path, monday));
        auto unchecked = openOn(path, monday, IntegrityCheck::Never);
        QVERIFY(unchecked);
        QVERIFY(!(*unchecked)->backUpNow());
    }

    void aLogLeftBehindWithNobodyHoldingTheNotebookMeansAnUncleanEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        { QVERIFY(openOn(path, monday)); }
        { QVERIFY(openOn(path, monday)); }
        QVERIFY(!QFile::exists(path + u"-wal"_s)); // SQLite removes it on a clean close
        QVERIFY(!IntegritySchedule::begin(path)->lastSessionEndedUncleanly());

        QFile wal(path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, '\0'));
        wal.close();
        {
            auto alone = IntegritySchedule::begin(path);
            QVERIFY(alone->lastSessionEndedUncleanly());
            QVERIFY(alone->checkDue(monday));
        }
        // While a notebook is open, its log is no sign of anything.
        auto open = openOn(path, monday);
        QVERIFY(open);
        QVERIFY(wal.open(QIODevice::WriteOnly | QIODevice::Append));
        wal.close();
        auto beside = IntegritySchedule::begin(path);
        QVERIFY(!beside->lastSessionEndedUncleanly());
    }

    void aFileCopiedOverTheNotebookIsCheckedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        { QVERIFY(openOn(path, monday)); }
        { QVERIFY(openOn(path, monday)); }
        QVERIFY(!IntegritySchedule::begin(path)->checkDue(monday));
        QVERIFY(QFile::copy(path, path + u".copy"_s));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(path + u".copy"_s, path));
        QVERIFY(IntegritySchedule::begin(path)->checkDue(monday));
    }

    void aDeferredCheckIsLeftToTheCaller()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        {
            auto nb = openOn(path, monday);
            QVERIFY(nb);
            QVERIFY(test::addContact(**nb, u"Ada"_s) > 0);
        }
        damageTheLastPagesInPlace(path);
        auto nb = openOn(path, monday.addDays(1), IntegrityCheck::Deferred);
        QVERIFY2(nb, nb ? "" : qPrintable(nb.error().message));
        QVERIFY((*nb)->integrityCheckPending());
        QVERIFY((*nb)->resolveContact(u"Ada"_s)); // usable meanwhile
        auto check = (*nb)->quickCheck();
        QVERIFY(!check);
        QCOMPARE(check.error().code, Error::Code::Corrupt);
        QVERIFY((*nb)->integrityCheckPending());
    }

    void aPassedDeferredCheckIsRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tend.db"_s);
        { QVERIFY(openOn(path, monday)); }
        auto nb = openOn(path, monday.addDays(1), IntegrityCheck::Deferred);
        QVERIFY(nb);
        QVERIFY((*nb)->integrityCheckPending());
        QVERIFY(IntegritySchedule::begin(path)->checkDue(monday.addDays(1)));
        QVERIFY((*nb)->quickCheck());
        QVERIFY(!(*nb)->integrityCheckPending());
        QVERIFY(!IntegritySchedule::begin(path)->checkDue(monday.addDays(1)));
    }
};

QTEST_GUILESS_MAIN(TestIntegritySchedule)
#include "tst_integrityschedule.moc"
