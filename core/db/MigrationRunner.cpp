#include "db/MigrationRunner.h"

#include "db/BackupManager.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

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
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), it.fileName(), QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int MigrationRunner::latestVersion()
{
    static const int latest = MigrationRunner().latest();
    return latest;
}

MigrationRunner::MigrationRunner(QList<Migration> migrations) : m_migrations(std::move(migrations)) {}

int MigrationRunner::latest() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Status MigrationRunner::checkVersion(int currentVersion, const QString &path) const
{
    if (currentVersion > latest()) {
        return Error{Error::Code::TooNew,
                     MigrationRunnerText::tr("%1 was written by a newer version of Tend (schema %2; this Tend knows up to %3). "
                                             "It was left untouched; please update Tend.").arg(QDir::toNativeSeparators(path))
                         .arg(currentVersion)
                         .arg(latest())};
    }
    return {};
}

Status MigrationRunner::migrate(Database &db, bool backupFirst) const
{
    const int current = db.schemaVersion();
    if (current < 0)
        return Error{Error::Code::Corrupt, MigrationRunnerText::tr("Cannot read the schema version of %1.").arg(db.path())};
    if (auto supported = checkVersion(current, db.path()); !supported)
        return supported;
    if (current == latest())
        return {};

    if (backupFirst) {
        auto copied = BackupManager::backupBeforeMigration(db, current);
        if (!copied) {
            return Error{copied.error().code,
                         MigrationRunnerText::tr("Tend did not upgrade the database because the safety copy failed: %1").arg(
                             copied.error().message)};
        }
    }

    QSqlDatabase connection = db.connection();
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current)
            continue;
        if (!connection.transaction())
            return sql::errorFrom(connection.lastError(), MigrationRunnerText::tr("Starting migration %1")
                                                              .arg(migration.name));
        const QStringList statements = splitSqlScript(migration.script);
        for (const QString &statement : statements) {
            auto done = sql::exec(connection, statement);
            if (!done) {
                connection.rollback();
                return Error{done.error().code,
                             MigrationRunnerText::tr("Migration %1 failed: %2").arg(migration.name, done.error().message)};
            }
        }
        // PRAGMA cannot take a bound value; the version is an integer we parsed from a file name.
        auto version = sql::exec(connection, u"PRAGMA user_version = "_s + QString::number(migration.version));
        if (!version || !connection.commit()) {
            connection.rollback();
            return Error{Error::Code::Database, MigrationRunnerText::tr("Migration %1 could not be saved.")
                                                    .arg(migration.name)};
        }
        qCInfo(lcDb) << "applied" << migration.name;
    }
    return {};
}

} // namespace tend
