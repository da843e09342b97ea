#include "db/Database.h"

#include "db/DurableFiles.h"
#include "db/FileClaim.h"
#include "db/IntegritySchedule.h"
#include "db/MigrationRunner.h"
#include "db/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "tend.core.db")

namespace tend {
namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Database)
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 tendApplicationId = 0x54656E64; // "Tend"

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"tend-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool hasRecoveryLog(const QString &databasePath)
{
    for (const auto suffix : {u"-wal", u"-journal"}) {
        const QFileInfo log(databasePath + suffix);
        if (log.exists() && log.size() > 0)
            return true;
    }
    return false;
}

// A file SQLite would call "not a database" gets a message that names the file.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, DatabaseText::tr("Cannot read %1: %2.")
                                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16)) {
        return Error{Error::Code::Corrupt,
                     DatabaseText::tr("%1 is not a Tend database (it is not an SQLite file, or its start is damaged).").arg(
                         QDir::toNativeSeparators(path))};
    }
    // A database shorter than one page, or than the page count its header claims, was truncated.
    // Not so while a WAL or rollback journal is beside it: a checkpoint writes page 1 first and
    // grows the file as it goes, so one killed midway leaves the rest in the log, and SQLite
    // completes it on open (the quick check then judges the result).
    const QByteArray rest = file.read(100 - 16);
    if (rest.size() == 100 - 16 && hasRecoveryLog(path))
        return {};
    if (rest.size() == 100 - 16) {
        const auto byte = [&](int offset) { return quint32(quint8(rest.at(offset - 16))); };
        quint32 pageSize = (byte(16) << 8) | byte(17);
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 pageCount = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
        const bool countValid = byte(24) == byte(92) && byte(25) == byte(93) && byte(26) == byte(94)
                                && byte(27) == byte(95);
        if (countValid && pageCount > 0 && qint64(pageSize) * pageCount > file.size()) {
            return Error{Error::Code::Corrupt,
                         DatabaseText::tr("%1 is truncated: it should hold %2 bytes but has %3.").arg(
                             QDir::toNativeSeparators(path)).arg(qint64(pageSize) * pageCount).arg(file.size())};
        }
    } else {
        return Error{Error::Code::Corrupt, DatabaseText::tr("%1 is truncated (shorter than an SQLite header).").arg(
                                               QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace

Database::Database(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

void Database::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle); // thread-safe: the one sqlite3 call meant for other threads
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error::invalid(DatabaseText::tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error{Error::Code::Io, DatabaseText::tr("%1 is a folder, not a database file.").arg(nativePath)};
    if (info.exists() && !info.isFile()) {
        return Error{Error::Code::Io, DatabaseText::tr("%1 is not a regular file (it is a device, a pipe or a socket); "
                                                       "give Tend a file name for its notebook.").arg(nativePath)};
    }
    if (!info.exists() && info.isSymLink()) {
        return Error{Error::Code::NotFound,
                     DatabaseText::tr("%1 is a symbolic link to %2, which does not exist.")
                         .arg(nativePath, QDir::toNativeSeparators(info.symLinkTarget()))};
    }

    if (!info.exists()) {
        if (!options.create)
            return Error::notFound(DatabaseText::tr("There is no database at %1.").arg(nativePath));
        if (!info.absoluteDir().exists()) {
            return Error{Error::Code::Io,
                         DatabaseText::tr("Cannot create %1: the folder %2 does not exist.").arg(
                             nativePath, QDir::toNativeSeparators(info.absolutePath()))};
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return Error{Error::Code::ReadOnly,
                         DatabaseText::tr("Cannot create %1: %2.").arg(nativePath, file.errorString())};
        }
        file.setPermissions(ownerOnly);
    }
    const bool existed = info.exists();
    // Read through a descriptor of our own only when no connection of this process has the file.
    auto claim = FileClaim::claim(path, [&] { return existed ? checkHeader(path) : Status{}; });
    if (!claim)
        return claim.error();
    if (existed && info.size() == 0 && options.create && !options.readOnly) {
        // An empty file becomes a notebook below: owner-only, like one Tend creates.
        if (!QFile::setPermissions(path, ownerOnly)) {
            return Error{Error::Code::ReadOnly,
                         DatabaseText::tr("Cannot make %1 private to you; Tend keeps its notebook readable only by its "
                                          "owner.").arg(nativePath)};
        }
    }

    // Before SQLite touches the file: whether the last session left its log behind.
    std::unique_ptr<IntegritySchedule> schedule;
    if (!options.readOnly && (options.check == IntegrityCheck::WhenDue || options.check == IntegrityCheck::Deferred))
        schedule = IntegritySchedule::begin(info.absoluteFilePath());

    // The Database must own the only handle, so that a failed open below removes the connection.
    std::unique_ptr<Database> database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
        db.setDatabaseName(path);
        QStringList connectOptions{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs)};
        if (options.readOnly)
            connectOptions.append(u"QSQLITE_OPEN_READONLY"_s);
        db.setConnectOptions(connectOptions.join(u';'));
        database.reset(new Database(db, info.absoluteFilePath()));
        database->m_schedule = std::move(schedule);
        database->m_claim = std::move(claim).value();
    }
    if (!database->m_db.open())
        return sql::errorFrom(database->m_db.lastError(), DatabaseText::tr("Opening %1").arg(nativePath));
    database->m_handle = sql::handleOf(database->m_db);

    if (auto configured = database->configure(options); !configured)
        return configured.error();
    return database;
}

Status Database::configure(const OpenOptions &options)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);

    // Read-only looks first: a file we must refuse is never written, not even its journal mode.
    auto version = sql::scalar(m_db, u"PRAGMA user_version"_s);
    if (!version)
        return Error{version.error().code == Error::Code::Database ? Error::Code::Corrupt : version.error().code,
                     DatabaseText::tr("%1 could not be read as a database: %2").arg(nativePath, version.error().message)};
    auto applicationId = sql::scalar(m_db, u"PRAGMA application_id"_s);
    auto tableCount = applicationId ? sql::scalar(m_db, u"SELECT count(*) FROM sqlite_schema"_s) : applicationId;
    if (!tableCount) {
        const Error &error = tableCount.error();
        return Error{error.code == Error::Code::Database ? Error::Code::Corrupt : error.code,
                     DatabaseText::tr("%1 could not be read as a database: %2").arg(nativePath, error.message)};
    }

    if (*applicationId != 0 && *applicationId != tendApplicationId)
        return Error{Error::Code::Corrupt, DatabaseText::tr("%1 is an SQLite database of another program, not Tend's.")
                                               .arg(nativePath)};
    if (*version == 0 && *tableCount > 0)
        return Error{Error::Code::Corrupt, DatabaseText::tr("%1 is an SQLite database of another program, not Tend's.")
                                               .arg(nativePath)};

    const MigrationRunner runner;
    if (auto supported = runner.checkVersion(int(*version), m_path); !supported)
        return supported;

    bool checked = false;
    if (*tableCount > 0) {
        m_today = options.clock.today();
        const bool due = options.check != IntegrityCheck::Never && (!m_schedule || m_schedule->checkDue(m_today));
        if (due && options.check == IntegrityCheck::Deferred && m_schedule) {
            m_checkPending = true;
        } else if (due) {
            if (auto healthy = quickCheck(); !healthy)
                return healthy;
            checked = true;
        }
    }
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA temp_store = MEMORY"_s}) {
        if (auto done = sql::exec(m_db, pragma); !done)
            return done.error();
    }
    if (!options.readOnly) {
        auto journal = sql::exec(m_db, u"PRAGMA journal_mode = WAL"_s);
        if (!journal)
            return journal.error();
    }

    if (options.migrate && !options.readOnly && *version < runner.latest()) {
        if (*tableCount > 0 && !checked) { // an upgrade never starts on a damaged file
            if (auto healthy = quickCheck(); !healthy)
                return healthy;
        }
        return runner.migrate(*this, *version > 0, options.clock);
    }
    return {};
}

Status Database::quickCheck()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    auto check = sql::exec(m_db, u"PRAGMA quick_check"_s);
    QStringList problems;
    if (!check) {
        if (check.error().code == Error::Code::Cancelled)
            return check.error(); // interrupted (a worker's job cancelled): no verdict either way
        problems.append(check.error().message);
    } else {
        while (check->next())
            problems.append(check->value(0).toString());
        if (check->lastError().isValid()) {
            const Error stopped = sql::errorFrom(check->lastError(), DatabaseText::tr("Checking %1").arg(nativePath));
            if (stopped.code == Error::Code::Cancelled)
                return stopped;
            problems.append(stopped.message);
        }
    }
    if (problems != QStringList{u"ok"_s}) {
        if (m_schedule)
            m_schedule->forget();
        return Error{Error::Code::Corrupt, DatabaseText::tr("%1 is damaged: %2").arg(nativePath, problems.mid(0, 3).join(u"; "_s))};
    }
    recordCheckPassed();
    return {};
}

void Database::recordCheckPassed()
{
    m_checkPending = false;
    if (m_schedule)
        m_schedule->recordPassed(m_today.isValid() ? m_today : QDate::currentDate());
}

int Database::schemaVersion() const
{
    auto version = sql::scalar(m_db, u"PRAGMA user_version"_s);
    return version ? int(*version) : -1;
}

Result<qint64> Database::dataVersion() const
{
    return sql::scalar(m_db, u"PRAGMA data_version"_s);
}

Status Database::copyTo(const QString &target, ExistingTarget existing) const
{
    const QFileInfo targetInfo(target);
    const QString ownFile = QFileInfo(m_path).canonicalFilePath();
    for (const auto suffix : {u"", u"-wal", u"-shm", u"-journal"}) {
        if (targetInfo.absoluteFilePath() == m_path + suffix
            || (targetInfo.exists() && targetInfo.canonicalFilePath() == ownFile + suffix)) {
            return Error::conflict(DatabaseText::tr("%1 is the notebook's own file; choose another place for the copy.").arg(
                QDir::toNativeSeparators(target)));
        }
    }
    if (targetInfo.isDir())
        return Error{Error::Code::Io, DatabaseText::tr("%1 is a folder; choose a file name for the copy.")
                                          .arg(QDir::toNativeSeparators(target))};
    if (targetInfo.exists() && existing == ExistingTarget::Refuse)
        return Error{Error::Code::Io, DatabaseText::tr("%1 already exists.").arg(QDir::toNativeSeparators(target))};
    if (!targetInfo.absoluteDir().exists() && !QDir().mkpath(targetInfo.absolutePath())) {
        return Error{Error::Code::Io,
                     DatabaseText::tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(targetInfo.absolutePath()))};
    }
    // VACUUM INTO a hidden partial file, created owner-only first (VACUUM INTO fills an empty file
    // in place), synced, then published under its real name: a crash never leaves a half copy there.
    const QString partial = durable::partialNameFor(targetInfo.absoluteFilePath());
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{Error::Code::Io, DatabaseText::tr("Cannot create %1: %2.")
                                              .arg(QDir::toNativeSeparators(target), file.errorString())};
        file.setPermissions(ownerOnly);
    }
    auto vacuum = sql::exec(m_db, u"VACUUM INTO ?"_s, {partial});
    if (!vacuum) {
        QFile::remove(partial);
        return Error{vacuum.error().code,
                     DatabaseText::tr("Copying the database to %1 failed: %2")
                         .arg(QDir::toNativeSeparators(target), vacuum.error().message)};
    }
    vacuum = Error{};
    // VACUUM INTO writes its output without syncing it; a backup must be on the disk.
    if (auto synced = durable::syncFile(partial); !synced) {
        QFile::remove(partial);
        return synced;
    }
    if (existing == ExistingTarget::Replace)
        return durable::replaceFile(partial, targetInfo.absoluteFilePath());
    return durable::publish(partial, targetInfo.absoluteFilePath());
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    auto integrity = sql::exec(m_db, u"PRAGMA integrity_check"_s);
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    auto foreignKeys = sql::exec(m_db, u"PRAGMA foreign_key_check"_s);
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next()) {
        problems.append(DatabaseText::tr("row %1 of table %2 points to a missing row in %3").arg(
            foreignKeys->value(1).toString(), foreignKeys->value(0).toString(), foreignKeys->value(2).toString()));
    }
    return problems;
}

Status Database::setCommitsWaitForDisk(bool wait)
{
    // PRAGMA takes no bound value; the statement is one of two fixed texts.
    if (auto done = sql::exec(m_db, wait ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s); !done)
        return done.error();
    return {};
}

QString Database::backupFolderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

} // namespace tend
