#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace tend {

class Database;

struct Migration
{
    int version = 0;      // the NNNN of NNNN_name.sql
    QString name;         // the file name
    QString script;
};

// Applies the numbered migrations embedded from migrations/ (":/migrations"), each in its own
// transaction, recording the version in PRAGMA user_version.
class MigrationRunner final
{
public:
    static QList<Migration> bundled();
    static int latestVersion();

    explicit MigrationRunner(QList<Migration> migrations = bundled());

    // Brings `db` from its version up to the newest; refuses a newer one (Error::Code::TooNew).
    // When `backupFirst` and the database already holds data, a copy is made in the backups
    // folder first; the migration does not start unless the copy succeeded.
    Status migrate(Database &db, bool backupFirst = true) const;

    // What migrate() would refuse, without changing anything.
    Status checkVersion(int currentVersion, const QString &path) const;

    int latest() const;

private:
    QList<Migration> m_migrations;
};

} // namespace tend
