#include "store/PracticeUndoQueries.h"

#include "db/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend::practiceundo {
namespace {

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<QList<StoredStep>> introductionSteps(const QSqlDatabase &db, qint64 introductionId)
{
    auto rows = sql::exec(db, u"SELECT id, interaction_id FROM introduction_step WHERE introduction_id = ? ORDER BY id"_s,
                          {introductionId});
    if (!rows)
        return rows.error();
    QList<StoredStep> steps;
    while (rows->next()) {
        StoredStep step;
        step.id = rows->value(0).toLongLong();
        if (!rows->value(1).isNull())
            step.interactionId = rows->value(1).toLongLong();
        steps.append(step);
    }
    return steps;
}

Status removeIntroductionSteps(const QSqlDatabase &db, const QList<qint64> &stepIds)
{
    QJsonArray ids;
    for (const qint64 id : stepIds)
        ids.append(id);
    auto done = sql::exec(db, u"DELETE FROM introduction_step WHERE id IN (SELECT value FROM json_each(?))"_s,
                          {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!done)
        return done.error();
    return {};
}

Status removeIntroduction(const QSqlDatabase &db, qint64 id)
{
    if (auto done = sql::exec(db, u"DELETE FROM introduction WHERE id = ?"_s, {id}); !done)
        return done.error();
    return {};
}

Status writeIntroduction(const QSqlDatabase &db, const Introduction &snapshot, const QDateTime &now, bool withSteps)
{
    // An upsert, not INSERT OR REPLACE: replacing the row would take its steps with it.
    auto written = sql::exec(db,
                             u"INSERT INTO introduction (id, first_id, second_id, why, state, state_changed_on, declined_by,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET first_id = excluded.first_id, second_id = excluded.second_id,"
                             " why = excluded.why, state = excluded.state, state_changed_on = excluded.state_changed_on,"
                             " declined_by = excluded.declined_by"_s,
                             {snapshot.id, snapshot.first.id, snapshot.second.id, snapshot.why, toKey(snapshot.state),
                              sql::day(snapshot.stateChangedOn), idOrNull(snapshot.declinedBy), sql::instant(now)});
    if (!written)
        return written.error();
    if (!withSteps)
        return {};
    for (const IntroStep &step : snapshot.history) {
        auto inserted = sql::exec(db,
                                  u"INSERT INTO introduction_step (introduction_id, on_day, from_state, to_state, interaction_id)"
                                  " VALUES (?, ?, ?, ?, (SELECT id FROM interaction WHERE id = ?))"_s,
                                  {snapshot.id, sql::day(step.on), toKey(step.from), toKey(step.to), idOrNull(step.interactionId)});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status writeAdviceState(const QSqlDatabase &db, const AdviceItem &snapshot)
{
    auto done = sql::exec(db,
                          u"UPDATE advice SET state = ?, outcome = ?, acted_on = ?, reported_on = ?,"
                          " report_interaction_id = (SELECT id FROM interaction WHERE id = ?) WHERE id = ?"_s,
                          {toKey(snapshot.state), snapshot.outcome, sql::day(snapshot.actedOn), sql::day(snapshot.reportedOn),
                           idOrNull(snapshot.reportInteractionId), snapshot.id});
    if (!done)
        return done.error();
    return {};
}

Status writeAskDeadline(const QSqlDatabase &db, qint64 askId, QDate deadline)
{
    if (auto done = sql::exec(db, u"UPDATE ask SET deadline = ? WHERE id = ?"_s, {sql::day(deadline), askId}); !done)
        return done.error();
    return {};
}

} // namespace tend::practiceundo
