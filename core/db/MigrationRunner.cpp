#include "db/MigrationRunner.h"

#include "db/BackupManager.h"
#include "db/Database.h"
#include "db/MigrationSteps.h"
#include "db/Sql.h"
#include "db/SqlScript.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace tend {
namespace {

struct MigrationRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(tend::MigrationRunner)
};

Status validate(const QList<Migration> &migrations)
{
    QSet<int> seen;
    int expected = 1;
    for (const Migration &migration : migrations) {
        if (migration.version < 1) {
            return Error{Error::Code::Corrupt,
                         MigrationRunnerText::tr("The migration file %1 is not named NNNN_name.sql (four digits, an underscore, lower-case "
                            "letters, digits or underscores); this build of Tend is broken.")
                             .arg(migration.name)};
        }
        if (seen.contains(migration.version)) {
            return Error{Error::Code::Corrupt,
                         MigrationRunnerText::tr("The migration file %1 reuses the number %2; this build of Tend is broken.")
                             .arg(migration.name)
                             .arg(migration.version, 4, 10, QChar(u'0'))};
        }
        if (migration.version != expected) {
            return Error{Error::Code::Corrupt,
                         MigrationRunnerText::tr("The migration file %1 follows a gap: migration %2 is missing; this build of Tend is broken.")
                             .arg(migration.name)
                             .arg(expected, 4, 10, QChar(u'0'))};
        }
        seen.insert(migration.version);
        ++expected;
    }
    return {};
}

QString statementKeyword(const QString &statement, int word)
{
    static const QRegularExpression separators(u"[\\s=();]+"_s);
    return statement.section(separators, word, word, QString::SectionSkipEmpty).toLower();
}

bool isPragma(const QString &statement, const QString &name)
{
    return statementKeyword(statement, 0) == u"pragma"_s && statementKeyword(statement, 1) == name;
}

// The rows of a check pragma that are not "ok": integrity_check and quick_check print "ok" when
// clean, foreign_key_check prints nothing.
Result<QStringList> checkProblems(QSqlQuery &rows, bool foreignKeys)
{
    QStringList problems;
    while (rows.next()) {
        if (foreignKeys) {
            problems.append(MigrationRunnerText::tr("row %1 of %2 refers to a missing row of %3")
                                .arg(rows.value(1).toString(), rows.value(0).toString(), rows.value(2).toString()));
        } else if (rows.value(0).toString() != u"ok"_s) {
            problems.append(rows.value(0).toString());
        }
    }
    return problems;
}

Status runChecked(const QSqlDatabase &connection, const Migration &migration, const QString &statement)
{
    auto done = sql::exec(connection, statement);
    if (!done) {
        return Error{done.error().code, MigrationRunnerText::tr("Migration %1 failed: %2").arg(migration.name, done.error().message),
                     done.error().sqliteCode};
    }
    const bool foreignKeys = isPragma(statement, u"foreign_key_check"_s);
    if (!foreignKeys && !isPragma(statement, u"integrity_check"_s) && !isPragma(statement, u"quick_check"_s))
        return {};
    auto problems = checkProblems(*done, foreignKeys);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error{Error::Code::Corrupt,
                     MigrationRunnerText::tr("Migration %1 was not saved: %2 found %3").arg(migration.name, statement.simplified(),
                                                                        problems->mid(0, 3).join(u"; "_s))};
    }
    return {};
}

} // namespace

QList<Migration> MigrationRunner::bundled()
{
    initMigrationResources();
    static const QRegularExpression fileName(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    QList<Migration> migrations;
    QDirIterator it(u":/migrations"_s, QDir::Files);
    while (it.hasNext()) {
        it.next();
        const auto match = fileName.match(it.fileName());
        QFile file(it.filePath());
        const QString script = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        const int version = match.hasMatch() ? match.captured(1).toInt() : -1;
        migrations.append({version, it.fileName(), script, migrationRefreshesDerivedData(version)});
    }
    std::sort(migrations.begin(), migrations.end(), [](const Migration &a, const Migration &b) {
        return a.version != b.version ? a.version < b.version : a.name < b.name;
    });
    return migrations;
}

int MigrationRunner::latestVersion()
{
    static const int latest = MigrationRunner().latest();
    return latest;
}

MigrationRunner::MigrationRunner(QList<Migration> migrations, DerivedDataRefresh refresh)
    : m_migrations(std::move(migrations)), m_refresh(refresh ? std::move(refresh) : DerivedDataRefresh(refreshDerivedData)),
      m_problem(validate(m_migrations))
{
}

int MigrationRunner::latest() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Status MigrationRunner::checkVersion(int currentVersion, const QString &path) const
{
    if (!m_problem)
        return m_problem;
    if (currentVersion > latest()) {
        return Error{Error::Code::TooNew,
                     MigrationRunnerText::tr("%1 was written by a newer version of Tend (schema %2; this Tend knows up to %3). "
                                             "It was left untouched; please update Tend.").arg(QDir::toNativeSeparators(path))
                         .arg(currentVersion)
                         .arg(latest())};
    }
    return {};
}

Status MigrationRunner::migrate(Database &db, bool backupFirst, const Clock &clock) const
{
    const int current = db.schemaVersion();
    if (current < 0)
        return Error{Error::Code::Corrupt, MigrationRunnerText::tr("Cannot read the schema version of %1.").arg(db.path())};
    if (auto supported = checkVersion(current, db.path()); !supported)
        return supported;
    if (current == latest())
        return {};

    if (backupFirst) {
        auto copied = BackupManager::backupBeforeMigration(db, current, clock.now());
        if (!copied) {
            return Error{copied.error().code,
                         MigrationRunnerText::tr("Tend did not upgrade the database because the safety copy failed: %1").arg(
                             copied.error().message)};
        }
    }

    const bool refresh = std::any_of(m_migrations.cbegin(), m_migrations.cend(), [current](const Migration &migration) {
        return migration.version > current && migration.refreshesDerivedData;
    });
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        const bool last = migration.version == latest();
        if (auto applied = apply(db.connection(), migration, refresh && last); !applied)
            return applied;
        qCInfo(lcDb) << "applied" << migration.name;
    }
    return {};
}

Status MigrationRunner::apply(const QSqlDatabase &connection, const Migration &migration, bool refreshDerivedData) const
{
    // Step 1, before the transaction: inside one, SQLite ignores this pragma. And the rename that
    // ends a rebuild must leave the triggers of other tables alone: they name the table as it will
    // be called again (since SQLite 3.26 the rename otherwise checks them against a schema in which
    // it was just dropped, and fails).
    if (auto off = sql::exec(connection, u"PRAGMA foreign_keys = OFF"_s); !off)
        return off.error();
    const auto restorePragmas = qScopeGuard([&connection] {
        for (const QString &pragma : {u"PRAGMA legacy_alter_table = OFF"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (auto done = sql::exec(connection, pragma); !done)
                qCWarning(lcDb) << "could not run" << pragma << ":" << done.error().message;
        }
    });
    if (auto legacy = sql::exec(connection, u"PRAGMA legacy_alter_table = ON"_s); !legacy)
        return legacy.error();
    auto off = sql::scalar(connection, u"PRAGMA foreign_keys"_s);
    if (!off || *off != 0)
        return Error{Error::Code::Database, MigrationRunnerText::tr("Migration %1 did not start: foreign keys stayed on.").arg(migration.name)};

    Transaction transaction(connection);
    if (auto begun = transaction.begun(); !begun)
        return Error{begun.error().code, MigrationRunnerText::tr("Starting migration %1: %2").arg(migration.name, begun.error().message),
                     begun.error().sqliteCode};

    static const QStringList transactionControl{u"begin"_s, u"commit"_s, u"end"_s, u"rollback"_s, u"savepoint"_s,
                                                u"release"_s};
    const QStringList statements = splitSqlScript(migration.script);
    for (const QString &statement : statements) {
        if (transactionControl.contains(statementKeyword(statement, 0))) {
            return Error{Error::Code::Corrupt,
                         MigrationRunnerText::tr("Migration %1 contains %2; the runner gives every migration its own transaction.")
                             .arg(migration.name, statementKeyword(statement, 0).toUpper())};
        }
        if (isPragma(statement, u"foreign_keys"_s)) {
            return Error{Error::Code::Corrupt,
                         MigrationRunnerText::tr("Migration %1 sets PRAGMA foreign_keys, which does nothing inside its transaction; the "
                            "runner turns foreign keys off around every migration.")
                             .arg(migration.name)};
        }
        if (auto done = runChecked(connection, migration, statement); !done)
            return done;
    }
    if (refreshDerivedData) {
        if (auto done = m_refresh(connection); !done)
            return Error{done.error().code, MigrationRunnerText::tr("Migration %1 failed: %2").arg(migration.name, done.error().message),
                         done.error().sqliteCode};
    }
    for (const QString &check : {u"PRAGMA foreign_key_check"_s, u"PRAGMA integrity_check"_s}) {
        if (auto clean = runChecked(connection, migration, check); !clean)
            return clean;
    }
    // PRAGMA cannot take a bound value; the version is an integer we parsed from a file name.
    if (auto version = sql::exec(connection, u"PRAGMA user_version = "_s + QString::number(migration.version)); !version)
        return Error{version.error().code, MigrationRunnerText::tr("Migration %1 failed: %2").arg(migration.name, version.error().message)};
    if (auto committed = transaction.commit(); !committed) {
        const Error &error = committed.error();
        QString message = MigrationRunnerText::tr("Migration %1 could not be saved: %2").arg(migration.name, error.message);
        if (!error.detail.isEmpty() && !error.message.contains(error.detail))
            message += u" ("_s + error.detail + u')';
        return Error{error.code, message, error.sqliteCode, error.detail};
    }
    return {};
}

} // namespace tend
