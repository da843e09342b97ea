#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "model/Validation.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

// Disk full, read-only file or folder, a locked database, a missing folder: each gives a clear
// error naming the problem, and the data is intact afterwards.
class TestFaults : public QObject
{
    Q_OBJECT

    static Contact bigContact(const QString &name)
    {
        Contact contact;
        contact.name = name;
        contact.notes = QString(limits::notesLength, u'x');
        return contact;
    }

private slots:
    void diskFullIsReportedAndChangesNothing()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString before = test::rowCounts(nb.database());
        auto pages = sql::scalar(nb.database().connection(), u"PRAGMA page_count"_s);
        QVERIFY(pages.ok());
        // An integer we computed, not user text: PRAGMA values cannot be bound.
        QVERIFY(sql::exec(nb.database().connection(), u"PRAGMA max_page_count = "_s + QString::number(*pages)).ok());

        auto added = nb->addContact(bigContact(u"Too Big"_s));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, Error::Code::DiskFull);
        QVERIFY2(added.error().message.contains(u"disk is full"_s), qPrintable(added.error().message));
        QCOMPARE(test::rowCounts(nb.database()), before);
        auto problems = nb->integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());

        // Space comes back: the same notebook keeps working.
        QVERIFY(sql::exec(nb.database().connection(), u"PRAGMA max_page_count = 1073741823"_s).ok());
        QVERIFY(nb->addContact(bigContact(u"Fits Now"_s)).ok());
    }

    void lockedDatabaseGivesBusyAfterTheTimeout()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada"_s);
        const QString before = test::rowCounts(nb.database());

        OpenOptions quick;
        quick.busyTimeoutMs = 150;
        auto other = Notebook::open(nb.path, quick, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY(other.ok());

        Transaction holder(nb.database().connection());
        QVERIFY(holder.begun().ok());
        QVERIFY(sql::exec(nb.database().connection(), u"UPDATE contact SET title = 'held'"_s).ok());

        Contact contact;
        contact.name = u"Grace"_s;
        auto added = (*other)->addContact(contact);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, Error::Code::Busy);
        QVERIFY2(added.error().message.contains(u"in use by another program"_s), qPrintable(added.error().message));
        QVERIFY(holder.commit().ok());

        // Once the lock is released the same connection writes normally.
        QVERIFY((*other)->addContact(contact).ok());
        QCOMPARE(test::rowCounts(nb.database()).section(u';', 0, 0), u"contact=2"_s);
        Q_UNUSED(before);
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/tend.db"_s);
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Io);
        QVERIFY2(opened.error().message.contains(u"does not exist"_s), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QDir::toNativeSeparators(dir.filePath(u"no/such/folder"_s))));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    }

    void readOnlyFileRefusesWritesAndKeepsData()
    {
        QTemporaryDir dir;
        test::Unprivileged unprivileged(dir.path());
        if (!unprivileged.ok())
            QSKIP("cannot drop root privileges, so a read-only file would still be writable");
        const QString path = dir.filePath(u"tend.db"_s);
        QString before;
        {
            auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
            QVERIFY(nb.ok());
            test::fillSampleData(**nb);
            before = test::rowCounts((*nb)->path());
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray digest = test::fileDigest(path);

        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        if (nb.ok()) {
            auto added = (*nb)->addContact(bigContact(u"Nope"_s));
            QVERIFY(!added.ok());
            QCOMPARE(added.error().code, Error::Code::ReadOnly);
            QVERIFY2(added.error().message.contains(u"cannot be written"_s), qPrintable(added.error().message));
            QCOMPARE(test::rowCounts((*nb)->path()), before);
        } else {
            QCOMPARE(nb.error().code, Error::Code::ReadOnly);
            QVERIFY2(nb.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(nb.error().message));
        }
        nb = Error{};
        QCOMPARE(test::fileDigest(path), digest);
    }

    void readOnlyFolderIsReportedAndKeepsData()
    {
        QTemporaryDir dir;
        test::Unprivileged unprivileged(dir.path());
        if (!unprivileged.ok())
            QSKIP("cannot drop root privileges, so a read-only folder would still be writable");
        const QString path = dir.filePath(u"tend.db"_s);
        QString before;
        {
            auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
            QVERIFY(nb.ok());
            test::fillSampleData(**nb);
            before = test::rowCounts((*nb)->path());
        }
        const QByteArray digest = test::fileDigest(path);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        if (nb.ok()) {
            auto added = (*nb)->addContact(bigContact(u"Nope"_s));
            QVERIFY(!added.ok());
            QVERIFY2(added.error().code == Error::Code::ReadOnly || added.error().code == Error::Code::Io,
                     qPrintable(added.error().message));
        } else {
            QCOMPARE(nb.error().code, Error::Code::ReadOnly);
            QVERIFY2(nb.error().message.contains(QDir::toNativeSeparators(dir.path())), qPrintable(nb.error().message));
        }
        nb = Error{};
        // A new database in that folder cannot be created either, and says why.
        auto created = Database::open(dir.filePath(u"new.db"_s));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::ReadOnly);

        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(test::fileDigest(path), digest);
        auto reopened = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY(reopened.ok());
        QCOMPARE(test::rowCounts((*reopened)->path()), before);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
