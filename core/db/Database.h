#pragma once

#include "schedule/Clock.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tend {

struct OpenOptions
{
    bool create = true;            // create the file when it does not exist
    bool migrate = true;           // bring an older schema up to date (after a backup copy)
    bool quickCheck = true;        // run PRAGMA quick_check on an existing file
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    Clock clock = Clock::system(); // names the safety copy taken before an upgrade
};

// One open SQLite connection through QSQLITE, configured the way Tend needs it:
// foreign keys on, WAL journal, synchronous=FULL, busy timeout, owner-only file permissions.
// Use it from the thread that opened it.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});
    ~Database();

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // SQLite's PRAGMA data_version: changes when another connection (another process, such as the
    // CLI) commits to the database; this connection's own commits leave it unchanged.
    Result<qint64> dataVersion() const;

    // A consistent copy of the whole database at `target` (VACUUM INTO), created owner-only.
    // An existing `target` is refused, or with Replace swapped for the copy in one rename once the
    // copy is complete; the database's own files are never a target.
    enum class ExistingTarget { Refuse, Replace };
    Status copyTo(const QString &target, ExistingTarget existing = ExistingTarget::Refuse) const;

    // PRAGMA integrity_check and foreign_key_check; an empty list means healthy.
    Result<QStringList> integrityProblems() const;

    // The folder where automatic and pre-migration copies go: "backups" beside the database.
    static QString backupFolderFor(const QString &databasePath);

private:
    Database(QSqlDatabase db, QString path);
    Status configure(const OpenOptions &options);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace tend
