#pragma once

#include "db/FileClaim.h"
#include "schedule/Clock.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace tend {

// Whether an open reads every page of an existing file (PRAGMA quick_check). WhenDue checks once
// a day and after an unclean end (db/IntegritySchedule); Deferred leaves a due check to the
// caller (the window runs it on its worker: Database::integrityCheckPending). A read-only open
// keeps no record, so there WhenDue and Deferred mean Always.
enum class IntegrityCheck { Always, WhenDue, Deferred, Never };

struct OpenOptions
{
    bool create = true;            // create the file when it does not exist
    bool migrate = true;           // bring an older schema up to date (after a check and a copy)
    IntegrityCheck check = IntegrityCheck::WhenDue;
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

    // PRAGMA quick_check, with the file named in the message (Error::Code::Corrupt when it fails);
    // a pass is recorded for IntegrityCheck::WhenDue.
    Status quickCheck();
    // A check an IntegrityCheck::Deferred open left for later, and its pass, when another
    // connection (a worker's) ran it.
    bool integrityCheckPending() const { return m_checkPending; }
    void recordCheckPassed();

    // Whether a commit waits until it is on the disk (synchronous FULL, the default) or only hands
    // it to the system (NORMAL): with WAL, a power cut may then lose the last commits of this
    // connection, in order, but never damages the file. For writes that can be redone: sync, whose
    // engine converges from any lost suffix of its writes.
    Status setCommitsWaitForDisk(bool wait);

    // Stops the statement running on this connection, from any thread: it fails as interrupted
    // (and a write's transaction rolls back). For cancelling a worker's job at once.
    void interrupt() const;

    // The folder where automatic and pre-migration copies go: "backups" beside the database.
    static QString backupFolderFor(const QString &databasePath);

private:
    Database(QSqlDatabase db, QString path);
    Status configure(const OpenOptions &options);

    FileClaim m_claim; // released after the connection closes
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr; // m_db's, read in the opening thread; for interrupt()
    QString m_path;
    std::unique_ptr<class IntegritySchedule> m_schedule;
    QDate m_today;
    bool m_checkPending = false;
};

} // namespace tend
