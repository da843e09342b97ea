#include "store/DateOccurrenceQueries.h"

#include "db/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend::occurrencestore {
namespace {

Result<QList<DateOccurrence>> select(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto rows = sql::exec(db,
                          u"SELECT important_date_id, occurs_on, done_on, snoozed_until FROM date_occurrence WHERE "_s + where
                              + u" ORDER BY occurs_on, important_date_id"_s,
                          values);
    if (!rows)
        return rows.error();
    QList<DateOccurrence> found;
    while (rows->next()) {
        DateOccurrence occurrence;
        occurrence.dateId = rows->value(0).toLongLong();
        occurrence.occursOn = sql::toDay(rows->value(1));
        occurrence.doneOn = rows->value(2).isNull() ? QDate() : sql::toDay(rows->value(2));
        occurrence.snoozedUntil = rows->value(3).isNull() ? QDate() : sql::toDay(rows->value(3));
        found.append(occurrence);
    }
    return found;
}

} // namespace

Result<std::optional<DateOccurrence>> get(const QSqlDatabase &db, qint64 dateId, QDate occursOn)
{
    auto found = select(db, u"important_date_id = ? AND occurs_on = ?"_s, {dateId, sql::day(occursOn)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<DateOccurrence>();
    return std::optional<DateOccurrence>(found->constFirst());
}

Status put(const QSqlDatabase &db, const DateOccurrence &occurrence)
{
    if (!occurrence.doneOn.isValid() && !occurrence.snoozedUntil.isValid())
        return remove(db, occurrence.dateId, occurrence.occursOn);
    auto written = sql::exec(db,
                             u"INSERT INTO date_occurrence (important_date_id, occurs_on, done_on, snoozed_until)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (important_date_id, occurs_on)"
                             " DO UPDATE SET done_on = excluded.done_on, snoozed_until = excluded.snoozed_until"_s,
                             {occurrence.dateId, sql::day(occurrence.occursOn), sql::day(occurrence.doneOn),
                              sql::day(occurrence.snoozedUntil)});
    if (!written)
        return written.error();
    return {};
}

Status remove(const QSqlDatabase &db, qint64 dateId, QDate occursOn)
{
    auto removed = sql::exec(db, u"DELETE FROM date_occurrence WHERE important_date_id = ? AND occurs_on = ?"_s,
                             {dateId, sql::day(occursOn)});
    if (!removed)
        return removed.error();
    return {};
}

Result<QList<DateOccurrence>> since(const QSqlDatabase &db, QDate from)
{
    return select(db, u"occurs_on >= ?"_s, {sql::day(from)});
}

} // namespace tend::occurrencestore
