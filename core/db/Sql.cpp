#include "db/Sql.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSql, "tend.core.sql")
// QT_LOGGING_RULES="tend.core.sql.plan.debug=true": each query's plan as SQLite will run it, for
// docs/performance.md. Off unless asked.
Q_LOGGING_CATEGORY(lcSqlPlan, "tend.core.sql.plan", QtWarningMsg)

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
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return errorFrom(numeric ? native : -1, detail, doing);
}

Error errorFrom(int extendedCode, const QString &detail, const QString &doing)
{
    const int extended = extendedCode >= 0 ? extendedCode : 0;
    const int primary = extendedCode >= 0 ? (extendedCode & 0xff) : -1;
    qCDebug(lcSql) << doing << "failed:" << extendedCode << detail;

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

namespace {

void logPlan(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    const QString trimmed = statement.trimmed();
    if (!trimmed.startsWith(u"SELECT"_s, Qt::CaseInsensitive) && !trimmed.startsWith(u"WITH"_s, Qt::CaseInsensitive))
        return;
    QSqlQuery plan(db);
    plan.setForwardOnly(true);
    if (!plan.prepare(u"EXPLAIN QUERY PLAN "_s + statement))
        return;
    for (int i = 0; i < values.size(); ++i)
        plan.bindValue(i, bindable(values.at(i)));
    if (!plan.exec())
        return;
    QHash<int, int> depth; // a step's id → how deep it sits
    QStringList lines{trimmed.simplified()};
    while (plan.next()) {
        const int level = depth.value(plan.value(1).toInt(), -1) + 1;
        depth.insert(plan.value(0).toInt(), level);
        lines.append(QString(2 * (level + 1), u' ') + plan.value(3).toString());
    }
    qCDebug(lcSqlPlan).noquote() << lines.join(u'\n');
}

} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (lcSqlPlan().isDebugEnabled())
        logPlan(db, statement, values);
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

Prepared::~Prepared()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant driverHandle = db.driver() ? db.driver()->handle() : QVariant();
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(driverHandle.constData());
}

Result<qint64> Prepared::exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return Error{Error::Code::Database, SqlText::tr("The database connection is closed or not an SQLite one.")};

    if (m_text != statement || m_handle != handle) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_text.clear();
        m_handle = handle;
        const QByteArray text = statement.toUtf8();
        if (const int rc = sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                              &m_statement, nullptr);
            rc != SQLITE_OK) {
            qCWarning(lcSql) << "prepare failed:" << statement << sqlite3_errmsg(handle);
            return errorFrom(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)),
                             SqlText::tr("Preparing a database statement"));
        }
        m_text = statement;
    }

    const auto finishRun = [this] {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_boundText.clear();
    };
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        switch (value.isNull() ? QMetaType::UnknownType : value.metaType().id()) { // null: NULL (see bindable)
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::Short:
            rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = m_boundText.emplace_back(value.toByteArray());
            rc = sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        default: { // text; a null QString inside a non-null QVariant is text left empty: ''
            const QByteArray &text = m_boundText.emplace_back(value.toString().toUtf8());
            rc = sqlite3_bind_text64(m_statement, index, text.isNull() ? "" : text.constData(),
                                     sqlite3_uint64(text.size()), SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            const Error error = errorFrom(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)),
                                          SqlText::tr("Running a database statement"));
            finishRun();
            return error;
        }
    }

    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // sqlite3_prepare_v3 statements report the specific code from step itself.
        const Error error = errorFrom(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)),
                                      SqlText::tr("Running a database statement"));
        qCDebug(lcSql) << "exec failed:" << statement;
        finishRun();
        return error;
    }
    const qint64 rowId = sqlite3_last_insert_rowid(handle);
    finishRun();
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
