#pragma once

#include "db/BackupInfo.h"
#include "db/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tend {

// Copies of the database in the owner-only "backups" folder beside it (see
// Database::backupFolderFor), made with VACUUM INTO after an integrity check, and restores from
// them. Each copy is named after the instant it is given (the caller's Clock: see Notebook). Rotation (run after each daily copy):
//  - daily: the newest copy of each of the 7 most recent days that have one, plus the newest copy
//    of each of the 4 most recent ISO weeks before those days;
//  - before-migration, before-restore, before-bulk-change: kept for 30 days, and the newest of each
//    kind is always kept;
//  - manual copies are never deleted by Tend, and nothing taken on `today` is.
class BackupManager final
{
public:
    static constexpr int keptDays = 7;
    static constexpr int keptWeeks = 4;
    static constexpr int safetyCopyDays = 30;

    // A checked copy at `target`, or in the backups folder when `target` is empty. Returns its path.
    static Result<QString> backupNow(Database &db, const QDateTime &at, const QString &target = {},
                                     Database::ExistingTarget existing = Database::ExistingTarget::Refuse);

    // Takes the daily copy unless one was already taken on now's day, then rotates. Returns the new
    // copy's path, or an empty string when none was due. Called on start by the CLI and the GUI.
    static Result<QString> dailyBackupIfDue(Database &db, const QDateTime &now);
    static bool dailyBackupDue(const QString &databasePath, QDate today);

    // A safety copy before an upgrade from `fromVersion`; the upgrade must not start without it.
    static Result<QString> backupBeforeMigration(Database &db, int fromVersion, const QDateTime &at);

    // A safety copy before a change of many rows (demo generation, imports). Returns an empty
    // string when the database holds no contacts and no interactions yet (nothing to protect).
    static Result<QString> backupBeforeBulkChange(Database &db, const QDateTime &at);

    // The copies of the database at `databasePath`, newest first.
    static QList<BackupInfo> backups(const QString &databasePath);

    // The newest copy that opens read-only, passes quick_check and is not newer than this Tend.
    static std::optional<BackupInfo> newestGoodBackup(const QString &databasePath);

    // Deletes the copies the rotation rule above no longer keeps; returns their paths.
    static QStringList rotate(const QString &databasePath, QDate today);

    // Whether `file` can be restored: an SQLite file of Tend, not newer than this Tend, and intact.
    static Status checkRestorable(const QString &file);

    // Replaces the database at `databasePath` with `from` after checkRestorable(from). The current
    // database (even a damaged one) is first kept in the backups folder; the replacement is written
    // to a temporary file beside the database, synced and renamed over it, so a crash leaves either
    // the old or the new database, never a mixture. Close every connection to the database first.
    // Returns the path of the kept copy of the replaced database (empty if there was none).
    static Result<QString> restore(const QString &from, const QString &databasePath, const QDateTime &at);

    static QString kindName(BackupInfo::Kind kind);
};

} // namespace tend
