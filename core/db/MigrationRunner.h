#pragma once

#include "schedule/Clock.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tend {

class Database;

struct Migration
{
    int version = 0;      // the NNNN of NNNN_name.sql; -1 when the name does not follow that pattern
    QString name;         // the file name
    QString script;
    // Whether the columns Tend derives in C++ (folded name keys, the keep-in-touch schedule; see
    // db/MigrationSteps.h) must be recomputed once this migration ran. Listed in MigrationSteps.cpp.
    bool refreshesDerivedData = false;
};

// Applies the numbered migrations embedded from migrations/ (":/migrations"), recording the version
// in PRAGMA user_version. Each migration follows SQLite's procedure for schema changes (the
// "12 steps" of ALTER TABLE), so one that rebuilds a table keeps every row that refers to it:
//  1. foreign keys off, before the transaction (inside one SQLite ignores the pragma, and the
//     DROP TABLE of a rebuilt table would cascade), and legacy_alter_table on, so that renaming the
//     rebuilt table back leaves the triggers of other tables that name it as they are;
//  2. the script, in one transaction; after the last migration of an upgrade, in its transaction,
//     the derived columns when any migration of the upgrade asked for it (see MigrationSteps.h);
//  3. PRAGMA foreign_key_check and PRAGMA integrity_check must be clean before the commit, and so
//     must any check the script runs itself;
//  4. foreign keys back on (and legacy_alter_table off), whatever happened.
class MigrationRunner final
{
public:
    // Every .sql file in :/migrations, in version order. A file with another name is kept
    // (version -1) so that the runner can name it.
    static QList<Migration> bundled();
    static int latestVersion();

    using DerivedDataRefresh = std::function<Status(const QSqlDatabase &db)>;
    explicit MigrationRunner(QList<Migration> migrations = bundled(), DerivedDataRefresh refresh = {});

    // Names the first file that breaks the rules: not NNNN_name.sql, a number used twice, a gap
    // (the numbers must run 1, 2, 3…). The build checks the same; this is the start-up check.
    Status problem() const { return m_problem; }

    // Brings `db` from its version up to the newest; refuses a newer one (Error::Code::TooNew).
    // When `backupFirst` and the database already holds data, a copy is made in the backups
    // folder first; the migration does not start unless the copy succeeded.
    Status migrate(Database &db, bool backupFirst = true, const Clock &clock = Clock::system()) const;

    // What migrate() would refuse, without changing anything.
    Status checkVersion(int currentVersion, const QString &path) const;

    int latest() const;

private:
    Status apply(const QSqlDatabase &connection, const Migration &migration, bool refreshDerivedData) const;

    QList<Migration> m_migrations;
    DerivedDataRefresh m_refresh;
    Status m_problem;
};

} // namespace tend
