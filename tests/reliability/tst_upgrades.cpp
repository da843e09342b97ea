#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"
#include "db/MigrationRunner.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

// A private, writable copy of a checked-in fixture.
QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(u"tend.db"_s);
    if (!QFile::copy(test::testDataPath(name), path))
        QTest::qFail(qPrintable(u"missing fixture tests/data/"_s + name), __FILE__, __LINE__);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QStringList dumpWithoutMigrating(const QString &path)
{
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    auto database = Database::open(path, options);
    if (!database) {
        QTest::qFail(qPrintable(database.error().message), __FILE__, __LINE__);
        return {};
    }
    return test::tableDump(**database);
}

} // namespace

// Every earlier schema version has a fixture in tests/data (made by tend_make_schema_fixture);
// each upgrades to the newest with all its data, after a safety copy.
class TestUpgrades : public QObject
{
    Q_OBJECT
private slots:
    void everyEarlierVersionUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < MigrationRunner::latestVersion(); ++version)
            QTest::addRow("schema-v%d", version) << version;
    }

    void everyEarlierVersionUpgrades()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v%1.db"_s.arg(version));
        const QStringList before = dumpWithoutMigrating(path);
        QVERIFY(before.size() > 50);

        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY2(nb.ok(), nb.ok() ? "" : qPrintable(nb.error().message));
        QCOMPARE((*nb)->database().schemaVersion(), MigrationRunner::latestVersion());
        QCOMPARE(test::tableDump((*nb)->database()), before);
        auto problems = (*nb)->database().integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());

        // Awkward text survived verbatim and is found by the search added in version 2.
        const QStringList texts = test::awkwardTexts();
        for (const QString &text : texts) {
            auto ref = (*nb)->resolveContact(text.trimmed());
            QVERIFY2(ref.ok(), qPrintable(text));
            auto contact = (*nb)->contact(ref->id);
            QVERIFY(contact.ok());
            QCOMPARE(contact->name, text.trimmed());
            QCOMPARE(contact->notes, texts.join(u"\n"_s));
        }
        auto hits = (*nb)->search(u"مريم"_s);
        QVERIFY(hits.ok());
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->constFirst().name, texts.at(2));

        // The safety copy holds the old version and the same data.
        const auto copies = BackupManager::backups(path);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.constFirst().kind, BackupInfo::Kind::BeforeMigration);
        QVERIFY(copies.constFirst().path.contains(u"-schema%1"_s.arg(version)));
        QCOMPARE(dumpWithoutMigrating(copies.constFirst().path), before);
        OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        readOnly.create = false;
        QCOMPARE((*Database::open(copies.constFirst().path, readOnly))->schemaVersion(), version);

        // Opening again changes nothing and makes no second copy.
        nb = Error{};
        QVERIFY(Notebook::open(path).ok());
        QCOMPARE(BackupManager::backups(path).size(), 1);
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v1.db"_s);
        test::runRawSql(path, {u"PRAGMA user_version = 99"_s});
        const QByteArray digest = test::fileDigest(path);
        auto nb = Notebook::open(path);
        QVERIFY(!nb.ok());
        QCOMPARE(nb.error().code, Error::Code::TooNew);
        QVERIFY(nb.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(nb.error().message.contains(u"schema 99"_s));
        QCOMPARE(test::fileDigest(path), digest);
        QVERIFY(!QFileInfo::exists(Database::backupFolderFor(path)));
    }

    void emptyDatabaseGetsTheNewestSchemaWithoutACopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fresh.db"_s);
        auto nb = Notebook::open(path);
        QVERIFY(nb.ok());
        QCOMPARE((*nb)->database().schemaVersion(), MigrationRunner::latestVersion());
        auto appId = sql::scalar((*nb)->database().connection(), u"PRAGMA application_id"_s);
        QCOMPARE(*appId, qint64(0x54656E64));
        QVERIFY(BackupManager::backups(path).isEmpty());
        auto hits = (*nb)->search(u"anything"_s);
        QVERIFY(hits.ok() && hits->isEmpty());
    }

    void aFailingMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v1.db"_s);
        const QStringList before = dumpWithoutMigrating(path);
        QList<Migration> migrations = MigrationRunner::bundled().mid(0, 1);
        migrations.append({2, u"0002_broken.sql"_s,
                           u"CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);"_s});
        OpenOptions options;
        options.migrate = false;
        auto database = Database::open(path, options);
        QVERIFY(database.ok());
        auto migrated = MigrationRunner(migrations).migrate(**database);
        QVERIFY(!migrated.ok());
        QVERIFY(migrated.error().message.contains(u"0002_broken.sql"_s));
        QCOMPARE((*database)->schemaVersion(), 1);
        auto table = sql::scalar((*database)->connection(),
                                 u"SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"_s);
        QCOMPARE(*table, 0);
        database = Error{};
        QCOMPARE(dumpWithoutMigrating(path), before);
    }
};

QTEST_GUILESS_MAIN(TestUpgrades)
#include "tst_upgrades.moc"
