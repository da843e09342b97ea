#include "db/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "tend.core.sql")

namespace tend::sql {
namespace {

struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sql)
};

// SQLite primary result codes (sqlite3.h), as reported by the QSQLITE driver.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteTooBig = 18,
    SqliteNotADb = 26,
};

// A null QString inside a non-null QVariant is text the user left empty: store '', not NULL.
// Deliberate NULLs are null QVariants (see day(), instant(), optionalInt()).
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QString(u""_s);
    return value;
}

} // namespace

Error errorFrom(const QSqlError &error, const QString &doing)
{
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (native & 0xff) : -1;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCDebug(lcSql) << doing << "failed:" << error.nativeErrorCode() << detail;

    switch (primary) {
    case SqliteBusy:
    case SqliteLocked:
        return {Error::Code::Busy,
                SqlText::tr("%1: the database is in use by another program and stayed locked; try again in a moment.")
                    .arg(doing)};
    case SqliteReadOnly:
        return {Error::Code::ReadOnly,
                SqlText::tr("%1: the database cannot be written (read-only file or folder).").arg(doing)};
    case SqliteFull:
        return {Error::Code::DiskFull, SqlText::tr("%1: the disk is full; nothing was changed.").arg(doing)};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {Error::Code::Corrupt, SqlText::tr("%1: the database file is damaged (%2).").arg(doing, detail)};
    case SqliteCantOpen:
    case SqliteIoErr:
        return {Error::Code::Io, SqlText::tr("%1: the database file could not be read or written (%2).").arg(doing, detail)};
    case SqliteTooBig:
        return {Error::Code::Invalid, SqlText::tr("%1: a value is too large to store.").arg(doing)};
    case SqliteConstraint:
        return {Error::Code::Invalid, SqlText::tr("%1: the change breaks a rule of the data (%2).").arg(doing, detail)};
    default:
        return {Error::Code::Database, u"%1: %2"_s.arg(doing, detail)};
    }
}

Status execPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec())
        return errorFrom(query.lastError(), SqlText::tr("Running a database statement"));
    return {};
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        qCWarning(lcSql) << "prepare failed:" << statement << query.lastError().text();
        return errorFrom(query.lastError(), SqlText::tr("Preparing a database statement"));
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, bindable(values.at(i)));
    if (!query.exec()) {
        qCDebug(lcSql) << "exec failed:" << statement;
        return errorFrom(query.lastError(), SqlText::tr("Running a database statement"));
    }
    return query;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return Error{Error::Code::Database, SqlText::tr("A database query returned no row.")};
    return query->value(0).toLongLong();
}

QVariant day(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant instant(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return dateTime.toUTC().toString(Qt::ISODate);
}

QDateTime toInstant(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

} // namespace tend::sql
