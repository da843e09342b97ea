#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// The one thin helper through which core runs SQL: always prepared, always bound.
namespace tend::sql {

// Prepares `statement`, binds `values` positionally (?), executes it.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Executes an already prepared query with new positional values (for bulk inserts).
Status execPrepared(QSqlQuery &query, const QVariantList &values);

// Runs a statement expected to return one integer (count(*), PRAGMA user_version...).
Result<qint64> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// The sqlite3 handle behind a QSQLITE connection; null when it is closed or not SQLite.
sqlite3 *handleOf(const QSqlDatabase &db);

// Maps a driver error to an Error a person can read, naming what was being done.
Error errorFrom(const QSqlError &error, const QString &doing);

// Maps an SQLite result code (extended) and SQLite's own words to an Error, as above.
Error errorFrom(int extendedCode, const QString &detail, const QString &doing);

// A write statement prepared on first use and run again with new values: the repositories keep one
// per INSERT, so a bulk write of 250,000 rows prepares each statement once. Writes only.
//
// It runs on the sqlite3 handle that the QSQLITE driver exposes (QSqlDriver::handle()), inside
// the same connection and transaction as every QSqlQuery: Qt Sql's per-value binding (a QVariant
// copy, a conversion to UTF-16 and back per value) costs more than SQLite's insert itself. Text is
// bound as UTF-8. Must be destroyed before its connection closes (the repositories are).
class Prepared final
{
    Q_DISABLE_COPY_MOVE(Prepared)
public:
    Prepared() = default;
    ~Prepared();
    // Runs `statement` (always the same text for one Prepared) with `values`; returns the new rowid.
    Result<qint64> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_handle = nullptr;
    QString m_text;
    QList<QByteArray> m_boundText; // alive until the statement is reset
};

// Value conversions: days as YYYY-MM-DD, instants as UTC YYYY-MM-DDTHH:MM:SSZ, null for invalid.
QVariant day(QDate date);
QDate toDay(const QVariant &value);
QVariant instant(const QDateTime &dateTime);
QDateTime toInstant(const QVariant &value);
QVariant optionalInt(const std::optional<int> &value);

// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
QString escapeLike(const QString &text);

} // namespace tend::sql
