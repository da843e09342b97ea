#include "db/BackupManager.h"

#include "db/Database.h"
#include "db/DurableFiles.h"
#include "db/Sql.h"
#include "model/KeyTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace tend {
namespace {

struct BackupManagerText
{
    Q_DECLARE_TR_FUNCTIONS(tend::BackupManager)
};

QString stampFormat()
{
    return u"yyyyMMdd-HHmmss"_s;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

constexpr keys::Table<BackupInfo::Kind, 5> kindNames{{
    {BackupInfo::Kind::Daily, u"daily"},
    {BackupInfo::Kind::Manual, u"manual"},
    {BackupInfo::Kind::BeforeMigration, u"before-migration"},
    {BackupInfo::Kind::BeforeRestore, u"before-restore"},
    {BackupInfo::Kind::BeforeBulkChange, u"before-bulk-change"},
}};

QRegularExpression backupNamePattern(const QString &databasePath)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())
                              + u"-(\\d{8}-\\d{6})-([a-z-]+?)(?:-schema\\d+)?(?:-(\\d+))?\\.db$"_s);
}

// "<database name>-<stamp>-<kind>[-schemaN].db" in the backups folder, with "-2", "-3"... when a
// copy of the same kind was already taken in the same second.
Result<QString> newBackupPath(const QString &databasePath, const QDateTime &at, BackupInfo::Kind kind,
                              const QString &extra = {})
{
    const QString folder = Database::backupFolderFor(databasePath);
    if (auto made = durable::makePrivateFolder(folder); !made)
        return made.error();
    const QString stem = QFileInfo(databasePath).completeBaseName() + u'-' + at.toString(stampFormat()) + u'-'
                         + BackupManager::kindName(kind) + extra;
    QString candidate = QDir(folder).filePath(stem + u".db"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(folder).filePath(stem + u'-' + QString::number(n) + u".db"_s);
    return candidate;
}

// Copies `db` to a new file of `kind`; the copy is synced and owner-only (Database::copyTo).
Result<QString> copyInto(Database &db, const QDateTime &at, BackupInfo::Kind kind, const QString &extra = {})
{
    auto target = newBackupPath(db.path(), at, kind, extra);
    if (!target)
        return target.error();
    if (auto copied = db.copyTo(*target); !copied)
        return copied.error();
    qCInfo(lcDb) << "backed up" << db.path() << "to" << *target;
    return *target;
}

Status refuseDamaged(Database &db)
{
    auto problems = db.integrityProblems();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error{Error::Code::Corrupt, BackupManagerText::tr("%1 is damaged, so it was not copied: %2").arg(
                                               native(db.path()), problems->mid(0, 3).join(u"; "_s))};
    }
    return {};
}

OpenOptions readOnlyCheck(bool quickCheck)
{
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    options.check = quickCheck ? IntegrityCheck::Always : IntegrityCheck::Never;
    return options;
}

// Keeps a copy of the database that a restore will replace. A healthy database is copied
// consistently and switched out of WAL mode, which also proves no other connection has it open;
// one that does not open (damaged, too new) is copied byte for byte together with its -wal.
Result<QString> keepReplacedDatabase(const QString &databasePath, const QDateTime &at)
{
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.busyTimeoutMs = 1000;
    auto current = Database::open(databasePath, options);
    if (current) {
        // First the proof that nobody else has it open, so that a refused restore keeps no copy.
        const QSqlDatabase connection = (*current)->connection();
        const bool checkpointed = sql::exec(connection, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok();
        auto mode = sql::exec(connection, u"PRAGMA journal_mode = DELETE"_s);
        const bool leftWal = mode && mode->next() && mode->value(0).toString() == u"delete"_s;
        mode = Error{};
        if (!checkpointed || !leftWal) {
            return Error{Error::Code::Busy,
                         BackupManagerText::tr("%1 is open in another program (perhaps the Tend window); close it and restore again. "
                                               "Nothing was changed.").arg(native(databasePath))};
        }
        return copyInto(**current, at, BackupInfo::Kind::BeforeRestore);
    }

    auto target = newBackupPath(databasePath, at, BackupInfo::Kind::BeforeRestore);
    if (!target)
        return target.error();
    if (auto copied = durable::copyPrivately(databasePath, *target); !copied)
        return copied.error();
    const QString wal = databasePath + u"-wal"_s;
    if (QFileInfo::exists(wal)) {
        if (auto copied = durable::copyPrivately(wal, *target + u"-wal"_s); !copied)
            return copied.error();
    }
    qCInfo(lcDb) << "kept the unopenable" << databasePath << "as" << *target << ":" << current.error().message;
    return *target;
}

} // namespace

QString BackupManager::kindName(BackupInfo::Kind kind)
{
    return keys::keyOf(kindNames, kind);
}

Result<QString> BackupManager::backupNow(Database &db, const QDateTime &at, const QString &target,
                                         Database::ExistingTarget existing)
{
    if (auto healthy = refuseDamaged(db); !healthy)
        return healthy.error();
    if (target.isEmpty())
        return copyInto(db, at, BackupInfo::Kind::Manual);
    if (auto copied = db.copyTo(target, existing); !copied)
        return copied.error();
    return QFileInfo(target).absoluteFilePath();
}

bool BackupManager::dailyBackupDue(const QString &databasePath, QDate today)
{
    const QList<BackupInfo> existing = backups(databasePath);
    return std::none_of(existing.begin(), existing.end(), [&](const BackupInfo &backup) {
        return backup.kind == BackupInfo::Kind::Daily && backup.takenAt.date() == today;
    });
}

Result<QString> BackupManager::dailyBackupIfDue(Database &db, const QDateTime &now)
{
    const QDate today = now.date();
    if (!dailyBackupDue(db.path(), today))
        return QString();
    if (auto healthy = refuseDamaged(db); !healthy)
        return healthy.error();
    auto copied = copyInto(db, now, BackupInfo::Kind::Daily);
    if (!copied)
        return copied;
    rotate(db.path(), today);
    return copied;
}

Result<QString> BackupManager::backupBeforeMigration(Database &db, int fromVersion, const QDateTime &at)
{
    return copyInto(db, at, BackupInfo::Kind::BeforeMigration,
                    u"-schema"_s + QString::number(fromVersion));
}

Result<QString> BackupManager::backupBeforeBulkChange(Database &db, const QDateTime &at)
{
    auto rows = sql::scalar(db.connection(),
                            u"SELECT (SELECT count(*) FROM contact) + (SELECT count(*) FROM interaction)"_s);
    if (!rows)
        return rows.error();
    if (*rows == 0)
        return QString();
    return copyInto(db, at, BackupInfo::Kind::BeforeBulkChange);
}

QList<BackupInfo> BackupManager::backups(const QString &databasePath)
{
    const QRegularExpression pattern = backupNamePattern(databasePath);
    const QDir folder(Database::backupFolderFor(databasePath));
    QList<std::pair<int, BackupInfo>> found; // (same-second sequence number, backup)
    for (const QFileInfo &file : folder.entryInfoList({u"*.db"_s}, QDir::Files)) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const auto kind = keys::valueOf(kindNames, match.captured(2));
        const QDateTime takenAt = QDateTime::fromString(match.captured(1), stampFormat());
        if (!kind || !takenAt.isValid())
            continue;
        found.append({match.captured(3).isEmpty() ? 1 : match.captured(3).toInt(),
                      BackupInfo{file.absoluteFilePath(), takenAt, *kind, file.size()}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.second.takenAt != b.second.takenAt)
            return a.second.takenAt > b.second.takenAt;
        if (a.first != b.first)
            return a.first > b.first;
        return a.second.path > b.second.path;
    });
    QList<BackupInfo> result;
    result.reserve(found.size());
    for (const auto &entry : std::as_const(found))
        result.append(entry.second);
    return result;
}

std::optional<BackupInfo> BackupManager::newestGoodBackup(const QString &databasePath)
{
    for (const BackupInfo &backup : backups(databasePath)) {
        auto opened = Database::open(backup.path, readOnlyCheck(true));
        if (opened && (*opened)->schemaVersion() >= 1)
            return backup;
    }
    return std::nullopt;
}

QStringList BackupManager::rotate(const QString &databasePath, QDate today)
{
    const QList<BackupInfo> all = backups(databasePath); // newest first
    QSet<QString> keep;

    QSet<QDate> keptDates;
    for (const BackupInfo &backup : all) {
        if (backup.kind != BackupInfo::Kind::Daily || keptDates.size() == keptDays)
            continue;
        if (!keptDates.contains(backup.takenAt.date())) {
            keptDates.insert(backup.takenAt.date());
            keep.insert(backup.path);
        }
    }
    const QDate oldestKeptDay = keptDates.isEmpty() ? QDate() : *std::min_element(keptDates.begin(), keptDates.end());
    QSet<int> keptWeeksSet;
    for (const BackupInfo &backup : all) {
        if (backup.kind != BackupInfo::Kind::Daily || keptWeeksSet.size() == keptWeeks
            || backup.takenAt.date() >= oldestKeptDay)
            continue;
        int year = 0;
        const int week = backup.takenAt.date().weekNumber(&year);
        if (!keptWeeksSet.contains(year * 100 + week)) {
            keptWeeksSet.insert(year * 100 + week);
            keep.insert(backup.path);
        }
    }

    QSet<BackupInfo::Kind> newestOfKindSeen;
    const QDate safetyCutoff = today.addDays(-safetyCopyDays);
    for (const BackupInfo &backup : all) {
        if (backup.kind == BackupInfo::Kind::Daily)
            continue;
        if (backup.kind == BackupInfo::Kind::Manual || backup.takenAt.date() > safetyCutoff
            || !newestOfKindSeen.contains(backup.kind))
            keep.insert(backup.path);
        newestOfKindSeen.insert(backup.kind);
    }

    // Copies abandoned half-way by a crash (see durable::publish) older than a day.
    const QDir folder(Database::backupFolderFor(databasePath));
    for (const QFileInfo &partial : folder.entryInfoList({u".*.partial-*"_s}, QDir::Files | QDir::Hidden)) {
        if (partial.lastModified().date() < today.addDays(-1))
            QFile::remove(partial.absoluteFilePath());
    }

    QStringList removed;
    for (const BackupInfo &backup : all) {
        // Today's copy stays even when the clock went back and newer-dated copies exist.
        if (keep.contains(backup.path) || backup.takenAt.date() == today)
            continue;
        if (QFile::remove(backup.path)) {
            QFile::remove(backup.path + u"-wal"_s);
            removed.append(backup.path);
        } else {
            qCWarning(lcDb) << "could not remove the old backup" << backup.path;
        }
    }
    return removed;
}

Status BackupManager::checkRestorable(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error::notFound(BackupManagerText::tr("There is no file %1.").arg(native(file)));
    if (!info.isFile())
        return Error::conflict(BackupManagerText::tr("%1 is not a file; choose a backup file to restore.").arg(native(file)));
    auto opened = Database::open(file, readOnlyCheck(false));
    if (!opened)
        return opened.error();
    if ((*opened)->schemaVersion() < 1)
        return Error{Error::Code::Corrupt, BackupManagerText::tr("%1 is an empty database, not a Tend backup.")
                                               .arg(native(file))};
    auto problems = (*opened)->integrityProblems();
    if (!problems)
        return Error{Error::Code::Corrupt, BackupManagerText::tr("%1 is damaged: %2")
                                               .arg(native(file), problems.error().message)};
    if (!problems->isEmpty())
        return Error{Error::Code::Corrupt, BackupManagerText::tr("%1 is damaged: %2")
                                               .arg(native(file), problems->mid(0, 3).join(u"; "_s))};
    return {};
}

Result<QString> BackupManager::restore(const QString &from, const QString &databasePath, const QDateTime &at)
{
    const QFileInfo target(databasePath);
    if (QFileInfo(from).canonicalFilePath() == target.canonicalFilePath() && target.exists())
        return Error::conflict(BackupManagerText::tr("%1 is the database itself; choose a backup to restore.")
                                  .arg(native(from)));
    if (auto restorable = checkRestorable(from); !restorable)
        return restorable.error();
    if (!target.absoluteDir().exists()) {
        return Error{Error::Code::Io, BackupManagerText::tr("Cannot restore to %1: the folder %2 does not exist.").arg(
                                          native(databasePath), native(target.absolutePath()))};
    }

    // The replacement is written beside the database (same file system, so rename is atomic).
    const QString temporary = target.absoluteDir().filePath(
        u".%1.restoring-%2"_s.arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    {
        auto source = Database::open(from, readOnlyCheck(false));
        if (!source)
            return source.error();
        if (auto copied = (*source)->copyTo(temporary); !copied)
            return copied.error();
    }
    if (auto copy = Database::open(temporary, readOnlyCheck(true)); !copy) {
        QFile::remove(temporary);
        return Error{Error::Code::Io, BackupManagerText::tr("The copy of %1 did not read back correctly; nothing was changed: %2")
                                          .arg(
                                          native(from), copy.error().message)};
    }

    QString kept;
    if (target.exists()) {
        auto keptCopy = keepReplacedDatabase(databasePath, at);
        if (!keptCopy) {
            QFile::remove(temporary);
            return keptCopy.error();
        }
        kept = *keptCopy;
    }
    // Nothing was restored: neither the replacement nor the copy of what it would have replaced stays.
    const auto abandon = [&] {
        QFile::remove(temporary);
        if (!kept.isEmpty()) {
            QFile::remove(kept);
            QFile::remove(kept + u"-wal"_s);
        }
    };
    // A -wal left by the replaced database must not be replayed into the restored one.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        const QString side = databasePath + suffix;
        if (QFileInfo::exists(side) && !QFile::remove(side)) {
            abandon();
            return Error{Error::Code::Io, BackupManagerText::tr("Cannot remove %1; nothing was restored.").arg(native(side))};
        }
    }
    if (auto replaced = durable::replaceFile(temporary, databasePath); !replaced) {
        abandon();
        return replaced.error();
    }
    qCInfo(lcDb) << "restored" << databasePath << "from" << from << "; the replaced database is" << kept;
    return kept;
}

} // namespace tend
