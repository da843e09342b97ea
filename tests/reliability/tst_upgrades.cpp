#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/BackupManager.h"
#include "db/MigrationRunner.h"
#include "db/Sql.h"
#include "db/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

Q_DECLARE_METATYPE(QList<Migration>)

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

QStringList dumpWithoutMigrating(const QString &path, const QMap<QString, QStringList> &columns = {})
{
    const auto database = test::openForReading(path);
    if (!database)
        return {};
    return columns.isEmpty() ? test::tableDump(*database) : test::tableDump(*database, columns);
}

QMap<QString, QStringList> columnsOf(const QString &path)
{
    const auto database = test::openForReading(path);
    return database ? test::userColumns(*database) : QMap<QString, QStringList>();
}

// A migration that rebuilds `contact` the way a new role, kind or how-you-met would: SQLite cannot
// change a CHECK list in place, so it creates the new table, copies, drops the old one and renames.
// Made from the database's own schema, so it stays right as later migrations change contact.
QString rebuildContactScript(const Database &database, QString &failure)
{
    auto schema = sql::exec(database.connection(),
                            u"SELECT type, sql FROM sqlite_schema WHERE tbl_name = 'contact' AND sql IS NOT NULL"
                            " ORDER BY type = 'table' DESC, name"_s);
    if (!schema) {
        failure = schema.error().message;
        return {};
    }
    QString create;
    QStringList recreate;
    while (schema->next()) {
        if (schema->value(0).toString() == u"table"_s)
            create = schema->value(1).toString();
        else
            recreate.append(schema->value(1).toString()); // its indexes and triggers
    }
    const QString oldCheck = u"met_via IN ('work-program',"_s;
    if (!create.contains(oldCheck)) {
        failure = u"contact no longer has the met_via CHECK list this test widens: "_s + create;
        return {};
    }
    create.replace(oldCheck, u"met_via IN ('conference', 'work-program',"_s);
    create.replace(u"CREATE TABLE contact"_s, u"CREATE TABLE contact_rebuilt"_s);
    QStringList script{create, u"INSERT INTO contact_rebuilt SELECT * FROM contact"_s, u"DROP TABLE contact"_s,
                       u"ALTER TABLE contact_rebuilt RENAME TO contact"_s};
    script += recreate;
    script.append(u"PRAGMA integrity_check"_s); // the migration's own check; the runner reads it
    return script.join(u";\n"_s) + u";\n"_s;
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
        const QMap<QString, QStringList> columns = columnsOf(path);
        const QStringList before = dumpWithoutMigrating(path);
        QVERIFY(before.size() > 50);

        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY2(nb.ok(), nb.ok() ? "" : qPrintable(nb.error().message));
        QCOMPARE((*nb)->schemaVersion(), MigrationRunner::latestVersion());
        QCOMPARE(dumpWithoutMigrating(path, columns), before);
        auto problems = (*nb)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());

        // Awkward text survived verbatim and is found by the search added in version 2.
        const QStringList texts = test::awkwardTexts();
        for (const QString &text : texts) {
            // Fixtures from version 4 on were filled with what today's checks let a field store.
            const QString name = version < 4 ? text.trimmed() : test::storable(text.left(limits::nameLength)).trimmed();
            auto ref = (*nb)->resolveContact(name);
            QVERIFY2(ref.ok(), qPrintable(text));
            auto contact = (*nb)->contact(ref->id);
            QVERIFY(contact.ok());
            QCOMPARE(contact->name, name);
            const QString notes = texts.join(u"\n"_s);
            QCOMPARE(contact->notes, version < 4 ? notes : test::storable(notes, TextShape::MultiLine));
        }
        auto hits = (*nb)->search(u"مريم"_s);
        QVERIFY(hits.ok());
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->constFirst().name, texts.at(2));

        // Version 3 refilled the name keys without accents and scheduled every nudge.
        auto zoe = (*nb)->resolveContact(u"zoe"_s);
        QVERIFY2(zoe.ok(), zoe.ok() ? "" : qPrintable(zoe.error().message));
        QCOMPARE(zoe->name, texts.at(1));
        ContactQuery everyone;
        everyone.includeArchived = true;
        auto listed = (*nb)->contacts(everyone);
        QVERIFY(listed.ok());
        for (const ContactSummary &row : std::as_const(listed->rows)) {
            auto contact = (*nb)->contact(row.id);
            auto cadence = (*nb)->effectiveCadence(*contact);
            QCOMPARE(row.nudgeCadenceDays, *cadence);
            QCOMPARE(row.nudgeDue.isValid(), cadence->has_value());
        }

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

    // The danger a rebuild meets, and the runner's answer to it: with foreign keys on, DROP TABLE
    // contact deletes every participant and reminder. Run by the runner, every row of every table
    // survives, compared by content.
    // Version 6 (issue 9) adds the practice's tables beside every row of version 5: the whole
    // dump is compared above; here its contacts take asks, introductions and advice at once.
    // Version 10 (issue 10 §3) remembers date reminders done or snoozed: version 9's important
    // dates (and every other row, compared above) come through, and their reminders can be done.
    void version9DatesTakeTheirReminders()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v9.db"_s);
        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 12, 10)));
        QVERIFY2(nb.ok(), nb.ok() ? "" : qPrintable(nb.error().message));
        QVERIFY((*nb)->schemaVersion() >= 10);
        auto dates = (*nb)->upcomingDates(QDate(2026, 12, 10), 366);
        QVERIFY(dates.ok());
        QCOMPARE(dates->size(), 2);
        auto shown = (*nb)->dueDates(QDate(2026, 12, 10));
        QVERIFY(shown.ok());
        QCOMPARE(shown->size(), 1); // the birthday, 1815-12-10
        const qint64 birthday = *shown->constFirst().sourceId;
        QCOMPARE(shown->constFirst().years, 211);
        QVERIFY((*nb)->completeDateReminder(birthday, QDate(2026, 12, 10)).ok());
        QVERIFY((*nb)->dueDates(QDate(2026, 12, 10))->isEmpty());
        auto problems = (*nb)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }

    void version5TakesThePractice()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v5.db"_s);
        auto nb = Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY2(nb.ok(), nb.ok() ? "" : qPrintable(nb.error().message));
        QVERIFY((*nb)->schemaVersion() >= 6);
        QVERIFY((*nb)->asks()->isEmpty());
        QVERIFY((*nb)->introductions()->isEmpty());
        QVERIFY((*nb)->adviceItems()->isEmpty());
        QCOMPARE(*(*nb)->introChaseDays(), 7);
        ContactQuery everyone;
        auto listed = (*nb)->contacts(everyone);
        QVERIFY(listed.ok());
        QVERIFY(listed->rows.size() >= 2);
        const qint64 first = listed->rows.at(0).id;
        const qint64 second = listed->rows.at(1).id;
        Ask ask;
        ask.contact.id = first;
        ask.text = u"Review my plan"_s;
        ask.deadline = QDate(2026, 11, 30);
        QVERIFY((*nb)->addAsk(ask).ok());
        auto introduction = (*nb)->addIntroduction(first, second, u"Both write compilers"_s);
        QVERIFY2(introduction.ok(), introduction.ok() ? "" : qPrintable(introduction.error().message));
        QVERIFY((*nb)->advanceIntroduction(*introduction).ok());
        auto due = (*nb)->due(QDate(2026, 11, 30));
        QVERIFY(due.ok());
        QVERIFY(std::any_of(due->cbegin(), due->cend(),
                            [](const DueItem &item) { return item.kind == DueItem::Kind::AskDeadline; }));
        QVERIFY(std::any_of(due->cbegin(), due->cend(),
                            [](const DueItem &item) { return item.kind == DueItem::Kind::IntroChase; }));
        auto problems = (*nb)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
    }

    void aMigrationThatRebuildsContactKeepsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v1.db"_s);
        QVERIFY(Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23))).ok()); // today's schema
        QString failure;
        QString script;
        {
            const auto database = test::openForReading(path);
            QVERIFY(database);
            script = rebuildContactScript(*database, failure);
        }
        QVERIFY2(!script.isEmpty(), qPrintable(failure));
        const QStringList before = dumpWithoutMigrating(path);
        const QString counts = test::rowCounts(path);
        QVERIFY2(counts.contains(u"interaction_participant=14"_s), qPrintable(counts));

        // The old way: foreign keys on, inside one transaction. The participants are gone.
        const QString naive = dir.filePath(u"naive.db"_s);
        QVERIFY(QFile::copy(path, naive));
        QStringList statements{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA legacy_alter_table = ON"_s, u"BEGIN"_s};
        statements += splitSqlScript(script);
        statements.removeLast(); // the integrity_check, which the raw helper would not read
        statements.append(u"COMMIT"_s);
        test::runRawSql(naive, statements);
        QVERIFY2(test::rowCounts(naive).contains(u"interaction_participant=0"_s), qPrintable(test::rowCounts(naive)));

        // The runner's way.
        const int next = MigrationRunner::latestVersion() + 1;
        QList<Migration> migrations = MigrationRunner::bundled();
        migrations.append({next, u"%1_rebuild_contact.sql"_s.arg(next, 4, 10, QChar(u'0')), script});
        OpenOptions options;
        options.migrate = false;
        auto database = Database::open(path, options);
        QVERIFY(database.ok());
        auto migrated = MigrationRunner(migrations).migrate(**database, false);
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QCOMPARE((*database)->schemaVersion(), next);
        QCOMPARE(*sql::scalar((*database)->connection(), u"PRAGMA foreign_keys"_s), 1); // back on
        auto problems = (*database)->integrityProblems();
        QVERIFY(problems.ok());
        QCOMPARE(*problems, QStringList());
        QCOMPARE(test::rowCounts(**database), counts);
        QCOMPARE(test::tableDump(**database), before);
        // The widened list takes the new value; the triggers on contact came back with it.
        QVERIFY(sql::exec((*database)->connection(), u"UPDATE contact SET met_via = 'conference' WHERE id = 1"_s).ok());
        Notebook notebook(std::move(database).value(), Clock::fixed(QDate(2026, 11, 23)));
        QVERIFY(test::addContact(notebook, u"Rebuilt Ng"_s) > 0);
        auto hits = notebook.search(u"rebuilt"_s);
        QVERIFY(hits.ok() && hits->size() == 1);
    }

    void migrationFilesFollowTheRules_data()
    {
        QTest::addColumn<QList<Migration>>("migrations");
        QTest::addColumn<QString>("named");
        const QList<Migration> bundled = MigrationRunner::bundled();
        const int next = MigrationRunner::latestVersion() + 1;
        QList<Migration> badName = bundled;
        badName.append({-1, u"add-tags.sql"_s, u"SELECT 1"_s});
        QTest::newRow("not NNNN_name.sql") << badName << u"add-tags.sql"_s;
        QList<Migration> twice = bundled;
        twice.append({next - 1, u"%1_again.sql"_s.arg(next - 1, 4, 10, QChar(u'0')), u"SELECT 1"_s});
        std::stable_sort(twice.begin(), twice.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        QTest::newRow("a number twice") << twice << u"%1_again.sql"_s.arg(next - 1, 4, 10, QChar(u'0'));
        QList<Migration> gap = bundled;
        gap.append({next + 1, u"%1_later.sql"_s.arg(next + 1, 4, 10, QChar(u'0')), u"SELECT 1"_s});
        QTest::newRow("a gap") << gap << u"%1_later.sql"_s.arg(next + 1, 4, 10, QChar(u'0'));
        QList<Migration> foreignKeys = bundled;
        foreignKeys.append({next, u"%1_keys.sql"_s.arg(next, 4, 10, QChar(u'0')), u"PRAGMA foreign_keys = OFF"_s});
        QTest::newRow("PRAGMA foreign_keys inside") << foreignKeys << u"%1_keys.sql"_s.arg(next, 4, 10, QChar(u'0'));
        QList<Migration> commit = bundled;
        commit.append({next, u"%1_commit.sql"_s.arg(next, 4, 10, QChar(u'0')), u"CREATE TABLE x (y); COMMIT"_s});
        QTest::newRow("its own COMMIT") << commit << u"%1_commit.sql"_s.arg(next, 4, 10, QChar(u'0'));
        QList<Migration> dangling = bundled;
        dangling.append({next, u"%1_orphans.sql"_s.arg(next, 4, 10, QChar(u'0')),
                         u"INSERT INTO reminder (contact_id, due_on, created_at) VALUES (999999, '2026-01-01', 'x')"_s});
        QTest::newRow("breaks a foreign key") << dangling << u"%1_orphans.sql"_s.arg(next, 4, 10, QChar(u'0'));
    }

    void migrationFilesFollowTheRules()
    {
        QFETCH(QList<Migration>, migrations);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v1.db"_s);
        QVERIFY(Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23))).ok());
        const QStringList before = dumpWithoutMigrating(path);
        OpenOptions options;
        options.migrate = false;
        auto database = Database::open(path, options);
        QVERIFY(database.ok());
        auto migrated = MigrationRunner(migrations).migrate(**database, false);
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().message.contains(named), qPrintable(migrated.error().message));
        QCOMPARE((*database)->schemaVersion(), MigrationRunner::latestVersion());
        QCOMPARE(*sql::scalar((*database)->connection(), u"PRAGMA foreign_keys"_s), 1);
        database = Error{};
        QCOMPARE(dumpWithoutMigrating(path), before);
    }

    // Start-up names a bundled file that breaks the rules before touching any database.
    void aBrokenSetOfMigrationsStopsTheOpen()
    {
        QList<Migration> migrations = MigrationRunner::bundled();
        migrations.append({-1, u"notes.txt.sql"_s, u"SELECT 1"_s});
        const MigrationRunner runner(migrations);
        QVERIFY(!runner.problem().ok());
        QVERIFY(runner.problem().error().message.contains(u"notes.txt.sql"_s));
        QVERIFY(!runner.checkVersion(1, u"x.db"_s).ok());
        QVERIFY(MigrationRunner().problem().ok()); // the real ones follow the rules
    }

    // A commit that fails (here the WAL cannot grow past a file-size limit) says what the driver said.
    void aFailedCommitKeepsTheDriversMessage()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"schema-v1.db"_s);
        QVERIFY(Notebook::open(path, {}, Clock::fixed(QDate(2026, 11, 23))).ok());
        const QStringList before = dumpWithoutMigrating(path);
        const int next = MigrationRunner::latestVersion() + 1;
        QList<Migration> migrations = MigrationRunner::bundled();
        // About 1.5 MB: held in the page cache until the commit writes it to the WAL.
        migrations.append({next, u"%1_big.sql"_s.arg(next, 4, 10, QChar(u'0')),
                           u"CREATE TABLE big (b BLOB); INSERT INTO big VALUES (zeroblob(1500000))"_s});
        OpenOptions options;
        options.migrate = false;
        auto database = Database::open(path, options);
        QVERIFY(database.ok());
        QVERIFY(sql::exec((*database)->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
        Status migrated;
        {
            const test::FileSizeLimit limit(QFileInfo(path).size() + 512 * 1024);
            QVERIFY(limit.ok());
            migrated = MigrationRunner(migrations).migrate(**database, false);
        }
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().message.contains(u"could not be saved"_s), qPrintable(migrated.error().message));
        QVERIFY(!migrated.error().detail.isEmpty());
        QVERIFY2(migrated.error().message.contains(migrated.error().detail), qPrintable(migrated.error().message));
        QCOMPARE((*database)->schemaVersion(), MigrationRunner::latestVersion());
        database = Error{};
        QCOMPARE(dumpWithoutMigrating(path), before);
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
        QCOMPARE((*nb)->schemaVersion(), MigrationRunner::latestVersion());
        auto appId = sql::scalar(test::openForReading(path)->connection(), u"PRAGMA application_id"_s);
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
