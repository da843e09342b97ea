#include "db/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "tend.core.sql")

namespace tend::sql {
namespace {

// SQLite result codes (sqlite3.h), as reported by the QSQLITE driver, which turns on SQLite's
// extended codes: the primary code is the low byte.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteInterrupt = 9,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteTooBig = 18,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

enum SqliteExtendedCode {
    SqliteConstraintCheck = 275,
    SqliteConstraintForeignKey = 787,
    SqliteConstraintNotNull = 1299,
    SqliteConstraintPrimaryKey = 1555,
    SqliteConstraintTrigger = 1811,
    SqliteConstraintUnique = 2067,
    SqliteConstraintRowId = 2579,
};

struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sql)
};

// What a refused constraint means, without the SQL text SQLite puts in its message.
QString constraintMessage(int extended, const QString &doing, const QString &detail)
{
    switch (extended) {
    case SqliteConstraintForeignKey:
        return SqlText::tr("%1: it refers to a contact, interaction or reminder that does not exist; nothing was changed.")
            .arg(doing);
    case SqliteConstraintUnique:
    case SqliteConstraintPrimaryKey:
    case SqliteConstraintRowId:
        return SqlText::tr("%1: it would duplicate an entry that already exists; nothing was changed.").arg(doing);
    case SqliteConstraintNotNull:
        return SqlText::tr("%1: a required value is missing; nothing was changed.").arg(doing);
    case SqliteConstraintCheck:
        return SqlText::tr("%1: a value is outside what the notebook can store (a date beyond the year 9999, or a number "
                  "out of range); nothing was changed.")
            .arg(doing);
    case SqliteConstraintTrigger:
        return SqlText::tr("%1: %2; nothing was changed.").arg(doing, detail); // the text of Tend's own RAISE()
    default:
        return SqlText::tr("%1: the change breaks a rule of the notebook; nothing was changed.").arg(doing);
    }
}

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
    const int extended = numeric ? native : 0;
    const int primary = numeric ? (native & 0xff) : -1;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCDebug(lcSql) << doing << "failed:" << error.nativeErrorCode() << detail;

    const auto make = [&](Error::Code code, const QString &message) { return Error{code, message, extended, detail}; };
    switch (primary) {
    case SqliteBusy:
    case SqliteLocked:
        return make(Error::Code::Busy,
                    SqlText::tr("%1: the database is in use by another program and stayed locked; try again in a moment.").arg(doing));
    case SqliteReadOnly:
        return make(Error::Code::ReadOnly, SqlText::tr("%1: the database cannot be written (read-only file or folder).").arg(doing));
    case SqliteFull:
        return make(Error::Code::DiskFull, SqlText::tr("%1: the disk is full; nothing was changed.").arg(doing));
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(Error::Code::Corrupt, SqlText::tr("%1: the database file is damaged (%2).").arg(doing, detail));
    case SqliteCantOpen:
    case SqliteIoErr:
        return make(Error::Code::Io, SqlText::tr("%1: the database file could not be read or written (%2).").arg(doing, detail));
    case SqliteInterrupt:
        return make(Error::Code::Cancelled, SqlText::tr("%1: stopped before it finished; nothing was changed.").arg(doing));
    case SqliteTooBig:
        return make(Error::Code::Constraint, SqlText::tr("%1: a value is too large to store; nothing was changed.").arg(doing));
    case SqliteConstraint:
        return make(Error::Code::Constraint, constraintMessage(extended, doing, detail));
    default:
        return make(Error::Code::Database, u"%1: %2"_s.arg(doing, detail));
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

Result<qint64> Prepared::exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (m_statement != statement) {
        m_query = QSqlQuery(db);
        m_statement.clear();
        if (!m_query.prepare(statement)) {
            qCWarning(lcSql) << "prepare failed:" << statement << m_query.lastError().text();
            return errorFrom(m_query.lastError(), SqlText::tr("Preparing a database statement"));
        }
        m_statement = statement;
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, bindable(values.at(i)));
    if (!m_query.exec()) {
        qCDebug(lcSql) << "exec failed:" << statement;
        return errorFrom(m_query.lastError(), SqlText::tr("Running a database statement"));
    }
    const qint64 rowId = m_query.lastInsertId().toLongLong();
    m_query.finish();
    return rowId;
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
