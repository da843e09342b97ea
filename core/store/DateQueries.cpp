#include "store/DateQueries.h"

#include "db/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend::datestore {
namespace {

struct DateQueriesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::datestore)
};

Result<QList<ImportantDate>> select(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto rows = sql::exec(db,
                          u"SELECT d.id, d.contact_id, c.name, d.kind, d.label, d.year, d.month, d.day"
                          " FROM important_date d JOIN contact c ON c.id = d.contact_id WHERE "_s
                              + where + u" ORDER BY d.month, d.day, c.name_key, d.id"_s,
                          values);
    if (!rows)
        return rows.error();
    QList<ImportantDate> dates;
    while (rows->next()) {
        ImportantDate date;
        date.id = rows->value(0).toLongLong();
        date.contactId = rows->value(1).toLongLong();
        date.contactName = rows->value(2).toString();
        date.kind = importantDateKindFromKey(rows->value(3).toString()).value_or(ImportantDate::Kind::Custom);
        date.label = rows->value(4).toString();
        date.year = rows->value(5).isNull() ? 0 : rows->value(5).toInt();
        date.month = rows->value(6).toInt();
        date.day = rows->value(7).toInt();
        dates.append(date);
    }
    return dates;
}

} // namespace

Result<qint64> insert(const QSqlDatabase &db, const ImportantDate &date, const QDateTime &now)
{
    auto inserted = sql::exec(db,
                              u"INSERT INTO important_date (id, contact_id, kind, label, year, month, day, created_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {date.id > 0 ? QVariant(date.id) : QVariant(QMetaType::fromType<qint64>()), date.contactId,
                               toKey(date.kind), date.kind == ImportantDate::Kind::Custom ? date.label.trimmed() : QString(),
                               date.year > 0 ? QVariant(date.year) : QVariant(QMetaType::fromType<int>()), date.month,
                               date.day, sql::instant(now)});
    if (!inserted) {
        if (inserted.error().isForeignKeyFailure())
            return Error::notFound(DateQueriesText::tr("There is no contact with id %1.").arg(date.contactId));
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

Status setDay(const QSqlDatabase &db, const ImportantDate &date)
{
    auto updated = sql::exec(db, u"UPDATE important_date SET year = ?, month = ?, day = ? WHERE id = ?"_s,
                             {date.year > 0 ? QVariant(date.year) : QVariant(QMetaType::fromType<int>()), date.month,
                              date.day, date.id});
    if (!updated)
        return updated.error();
    return {};
}

Status remove(const QSqlDatabase &db, qint64 id)
{
    auto removed = sql::exec(db, u"DELETE FROM important_date WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error::notFound(DateQueriesText::tr("There is no important date with id %1.").arg(id));
    return {};
}

Result<ImportantDate> get(const QSqlDatabase &db, qint64 id)
{
    auto found = select(db, u"d.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(DateQueriesText::tr("There is no important date with id %1.").arg(id));
    return found->constFirst();
}

Result<QList<ImportantDate>> list(const QSqlDatabase &db, qint64 contactId)
{
    if (contactId > 0)
        return select(db, u"d.contact_id = ?"_s, {contactId});
    return select(db, u"c.archived = 0"_s, {});
}

Result<QList<ImportantDate>> listAll(const QSqlDatabase &db)
{
    return select(db, u"1"_s, {});
}

} // namespace tend::datestore
