#include "store/SyncTaskQueries.h"

#include "db/Sql.h"

using namespace Qt::StringLiterals;

namespace tend::synctasks {
namespace {

const QString askColumns = u"SELECT a.id, a.contact_id, c.name, a.direction, a.text, a.deadline, a.state,"
                           " a.state_changed_on, a.uid, c.uid, a.ical_original, a.created_at"
                           " FROM ask a JOIN contact c ON c.id = a.contact_id"_s;

AskTaskRow askTaskOf(const QSqlQuery &row)
{
    AskTaskRow task;
    Ask &ask = task.ask;
    ask.id = row.value(0).toLongLong();
    ask.contact.id = row.value(1).toLongLong();
    ask.contact.name = row.value(2).toString();
    ask.direction = askDirectionFromKey(row.value(3).toString()).value_or(AskDirection::Mine);
    ask.text = row.value(4).toString();
    ask.deadline = sql::toDay(row.value(5));
    ask.state = askStateFromKey(row.value(6).toString()).value_or(AskState::Open);
    ask.stateChangedOn = sql::toDay(row.value(7));
    task.uid = row.value(8).toString();
    task.contactUid = row.value(9).toString();
    task.ical = row.value(10).toString().toUtf8();
    task.askedOn = sql::toInstant(row.value(11)).toLocalTime().date();
    return task;
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (auto done = sql::exec(db, statement, values); !done)
        return done.error();
    return {};
}

} // namespace

Result<QList<AskTaskRow>> askTasks(const QSqlDatabase &db, QDate closedSince)
{
    auto rows = sql::exec(db, askColumns + u" WHERE a.left_sync = 0"
                                           " AND (a.state IN ('open', 'answered') OR a.state_changed_on >= ?)"
                                           " ORDER BY a.id"_s,
                          {sql::day(closedSince)});
    if (!rows)
        return rows.error();
    QList<AskTaskRow> tasks;
    while (rows->next())
        tasks.append(askTaskOf(*rows));
    return tasks;
}

Result<std::optional<AskTaskRow>> askTaskByUid(const QSqlDatabase &db, const QString &uid)
{
    auto rows = sql::exec(db, askColumns + u" WHERE a.uid = ?"_s, {uid});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<AskTaskRow>();
    return std::optional<AskTaskRow>(askTaskOf(*rows));
}

Status setAskDeadline(const QSqlDatabase &db, qint64 askId, QDate deadline)
{
    return exec(db, u"UPDATE ask SET deadline = ? WHERE id = ?"_s, {sql::day(deadline), askId});
}

Status setAskSyncCopy(const QSqlDatabase &db, qint64 askId, const QByteArray &ical)
{
    return exec(db, u"UPDATE ask SET ical_original = ?, left_sync = 0 WHERE id = ?"_s, {QString::fromUtf8(ical), askId});
}

Status setAskLeftSync(const QSqlDatabase &db, qint64 askId)
{
    return exec(db, u"UPDATE ask SET left_sync = 1 WHERE id = ?"_s, {askId});
}

namespace {

const QString dateColumns = u"SELECT d.id, d.uid, c.uid, d.ical_original, d.left_sync_on"
                            " FROM important_date d JOIN contact c ON c.id = d.contact_id"_s;

DateTaskColumns dateColumnsOf(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
            row.value(3).toString().toUtf8(), sql::toDay(row.value(4))};
}

} // namespace

Result<QHash<qint64, DateTaskColumns>> dateTaskColumns(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, dateColumns, {});
    if (!rows)
        return rows.error();
    QHash<qint64, DateTaskColumns> columns;
    while (rows->next()) {
        DateTaskColumns date = dateColumnsOf(*rows);
        columns.insert(date.dateId, std::move(date));
    }
    return columns;
}

Result<std::optional<DateTaskColumns>> dateTaskByUid(const QSqlDatabase &db, const QString &uid)
{
    auto rows = sql::exec(db, dateColumns + u" WHERE d.uid = ?"_s, {uid});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<DateTaskColumns>();
    return std::optional<DateTaskColumns>(dateColumnsOf(*rows));
}

Status setDateSyncCopy(const QSqlDatabase &db, qint64 dateId, const QByteArray &ical)
{
    return exec(db, u"UPDATE important_date SET ical_original = ?, left_sync_on = NULL WHERE id = ?"_s,
                {QString::fromUtf8(ical), dateId});
}

Status setDateLeftSync(const QSqlDatabase &db, qint64 dateId, QDate occursOn)
{
    return exec(db, u"UPDATE important_date SET left_sync_on = ? WHERE id = ?"_s, {sql::day(occursOn), dateId});
}

} // namespace tend::synctasks
