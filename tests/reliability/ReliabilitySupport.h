#pragma once

#include "Notebook.h"
#include "model/Validation.h"

#include <QFileDevice>
#include <QMap>
#include <QString>

// Helpers for the reliability suites: damaged files, file modes, privilege drops, sample data.
namespace tend::test {

// Tests of read-only files and folders mean nothing to root, who may write anyway. While one of
// these lives, the process acts as "nobody" (effective uid 65534) and `folder` is owned by nobody.
// ok() is false (and the test should QSKIP) when the drop is impossible.
class Unprivileged final
{
    Q_DISABLE_COPY_MOVE(Unprivileged)
public:
    explicit Unprivileged(const QString &folder);
    ~Unprivileged();
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    bool m_dropped = false;
};

// While one of these lives, no file this process writes may grow past `bytes` (RLIMIT_FSIZE, with
// SIGXFSZ ignored so that the write fails instead of killing the process): a full disk, in
// process. ok() is false when the limit cannot be set.
class FileSizeLimit final
{
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    quint64 m_previous = 0;
    void (*m_previousHandler)(int) = nullptr;
};

// The permission bits of a file or folder as an octal number: 0600, 0700...
int modeOf(const QString &path);

// Text that breaks naive code: quotes, emoji, right-to-left scripts, markup, control characters.
// Notebooks of earlier versions stored it all verbatim (the schema fixtures in tests/data hold it).
QStringList awkwardTexts();

// `text` as a field of that shape takes it today: the control characters model/Validation refuses
// there become spaces; every other oddity stays.
QString storable(const QString &text, TextShape shape = TextShape::OneLine);

// Adds contacts (one per awkward text), interactions with notes, agendas and follow-ups, and
// reminders in every state. Fails the test on error.
void fillSampleData(Notebook &notebook);

// The number of rows of each user table, "contact=3;interaction=2;..." — equal before and after
// means no row was added or lost. The path form reads through a second, read-only connection.
QString rowCounts(const Database &database);
QString rowCounts(const QString &path);

// The columns of every table of the database (full-text indexes included, their shadow tables
// not), without those Tend derives in C++ and refills on upgrade (contact.name_key and the
// keep-in-touch schedule): what a person wrote, and what must survive any migration.
QMap<QString, QStringList> userColumns(const Database &database);
// Every value of those columns, in a stable order: equal dumps mean equal data. Pass the columns
// of the older database to compare it with an upgraded one (newer columns are left out).
QStringList tableDump(const Database &database, const QMap<QString, QStringList> &columns);
QStringList tableDump(const Database &database);

// Copies `source` to `target` and overwrites `count` bytes at `offset` with 0xA5 (or truncates
// when `count` is negative, keeping `offset` bytes).
void damageCopy(const QString &source, const QString &target, qint64 offset, qint64 count);

// Runs statements on `path` through a plain QSQLITE connection, bypassing Tend's checks: for
// making fixtures Tend itself would refuse to write (a newer version, another program's file).
void runRawSql(const QString &path, const QStringList &statements);

} // namespace tend::test
