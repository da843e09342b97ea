#include "store/NudgeSchedule.h"

#include "store/RoleColumn.h"

#include "db/Sql.h"
#include "model/Validation.h"
#include "schedule/CadenceRule.h"
#include "schedule/SchedulingRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::nudges {
namespace {

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// [[name, days], …] of the contact's tags that set a cadence (0 is "none").
QList<TagCadence> tagCadencesFromJson(const QVariant &json)
{
    QList<TagCadence> cadences;
    const QJsonArray pairs = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &pair : pairs) {
        const int days = pair[1].toInt();
        cadences.append({pair[0].toString(), days > 0 ? std::optional<int>(days) : std::nullopt});
    }
    return cadences;
}

// `where` is one of the fixed filters below, never user text.
// How many contacts' schedules changed.
Result<qsizetype> refreshWhere(const QSqlDatabase &db, const QString &where, const QVariantList &filterValues,
                               const QHash<Role, int> &roleCadences, QDate today, Snoozes snoozes)
{
    const QVariantList values = lastHeldValues(today) + filterValues;
    auto rows = sql::exec(db,
                          u"SELECT c.id, c.cadence_days, (SELECT json_group_array(role) FROM contact_role"
                          " WHERE contact_id = c.id), "_s + lastHeldSql() + u", c.kept_in_touch_on, c.created_at,"
                          " c.nudge_snoozed_until, c.nudge_cadence_days, c.nudge_due_on,"
                          " (SELECT json_group_array(json_array(t.name, t.cadence_days)) FROM contact_tag ct"
                          " JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id AND t.cadence_days IS NOT NULL)"
                          " FROM contact c WHERE "_s
                              + where,
                          values);
    if (!rows)
        return rows.error();
    struct Change
    {
        qint64 id;
        QVariant cadence;
        QVariant due;
        QVariant snoozedUntil;
    };
    QList<Change> changes;
    const auto roleDefault = [&](Role role) {
        return roleCadences.contains(role) ? std::optional<int>(roleCadences.value(role)) : std::nullopt;
    };
    while (rows->next()) {
        std::optional<int> own;
        if (!rows->value(1).isNull())
            own = rows->value(1).toInt();
        const std::optional<int> cadence =
            rules::cadenceRule(own, tagCadencesFromJson(rows->value(9)), rolecolumn::roles(rows->value(2)), roleDefault).days;
        std::optional<int> before;
        if (!rows->value(7).isNull())
            before = rows->value(7).toInt();
        QDate snoozedUntil = sql::toDay(rows->value(6));
        if (snoozes == Snoozes::ResetOnCadenceChange && before != cadence)
            snoozedUntil = {};
        QDate due;
        if (cadence) {
            const QDate lastContact = rules::lastContact(sql::toDay(rows->value(3)), sql::toDay(rows->value(4)));
            const QDate addedOn = sql::toInstant(rows->value(5)).toLocalTime().date();
            due = rules::keepInTouchDue(lastContact, addedOn, *cadence, snoozedUntil);
            if (due > limits::lastStorableDay()) // beyond the calendar: never due
                due = {};
        }
        const QDate dueBefore = sql::toDay(rows->value(8));
        const bool snoozeCleared = snoozedUntil != sql::toDay(rows->value(6));
        if (cadence != before || due != dueBefore || snoozeCleared) {
            changes.append({rows->value(0).toLongLong(), sql::optionalInt(cadence), sql::day(due),
                            sql::day(snoozedUntil)});
        }
    }
    rows = Error{};
    for (const Change &change : std::as_const(changes)) {
        if (auto done = sql::exec(db,
                                  u"UPDATE contact SET nudge_cadence_days = ?, nudge_due_on = ?, nudge_snoozed_until = ?"
                                  " WHERE id = ?"_s,
                                  {change.cadence, change.due, change.snoozedUntil, change.id});
            !done)
            return done.error();
    }
    return changes.size();
}

Status statusOf(const Result<qsizetype> &changed)
{
    if (!changed)
        return changed.error();
    return {};
}

} // namespace

Status refresh(const QSqlDatabase &db, const QList<qint64> &contactIds, const QHash<Role, int> &roleCadences,
               QDate today, Snoozes snoozes)
{
    if (contactIds.isEmpty())
        return {};
    return statusOf(refreshWhere(db, u"c.id IN (SELECT value FROM json_each(?))"_s, {idsJson(contactIds)}, roleCadences,
                        today, snoozes));
}

Status refreshRole(const QSqlDatabase &db, Role role, const QHash<Role, int> &roleCadences, QDate today)
{
    return statusOf(refreshWhere(db, u"c.id IN (SELECT contact_id FROM contact_role WHERE role = ?)"_s, {toKey(role)},
                        roleCadences, today, Snoozes::ResetOnCadenceChange));
}

Status refreshTag(const QSqlDatabase &db, qint64 tagId, const QHash<Role, int> &roleCadences, QDate today)
{
    return statusOf(refreshWhere(db, u"c.id IN (SELECT contact_id FROM contact_tag WHERE tag_id = ?)"_s, {tagId}, roleCadences,
                        today, Snoozes::ResetOnCadenceChange));
}

Status refreshAll(const QSqlDatabase &db, const QHash<Role, int> &roleCadences, QDate today, Snoozes snoozes)
{
    return statusOf(refreshWhere(db, u"1 = 1"_s, {}, roleCadences, today, snoozes));
}

Result<std::optional<QList<qint64>>> catchUpCandidates(const QSqlDatabase &db, QDate today)
{
    auto stored = sql::exec(db, u"SELECT value FROM setting WHERE key = ?"_s, {computedForKey()});
    if (!stored)
        return stored.error();
    const QDate computedFor = stored->next() ? sql::toDay(stored->value(0)) : QDate();
    stored = Error{};
    if (computedFor == today)
        return std::optional<QList<qint64>>();
    // The interactions whose counting changed: dated in (earlier, later] of the two days.
    QVariant after = sql::day(std::min(computedFor, today));
    QVariant upTo = sql::day(std::max(computedFor, today));
    if (!computedFor.isValid()) {
        after = sql::day(today);
        upTo = u"9999-12-31"_s;
    }
    auto people = sql::exec(db, u"SELECT DISTINCT p.contact_id FROM interaction i"
                                " JOIN interaction_participant p ON p.interaction_id = i.id"
                                " WHERE i.occurred_on > ? AND i.occurred_on <= ?"_s,
                            {after, upTo});
    if (!people)
        return people.error();
    QList<qint64> contactIds;
    while (people->next())
        contactIds.append(people->value(0).toLongLong());
    return std::optional<QList<qint64>>(contactIds);
}

Status catchUp(const QSqlDatabase &db, const QHash<Role, int> &roleCadences, QDate today, const QList<qint64> &contactIds)
{
    if (auto done = refresh(db, contactIds, roleCadences, today, Snoozes::Keep); !done)
        return done;
    if (auto done = sql::exec(db, u"INSERT INTO setting (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              {computedForKey(), sql::day(today)});
        !done)
        return done.error();
    return {};
}

QString computedForKey()
{
    return u"nudges-computed-for"_s;
}

QString lastHeldSql()
{
    // The trigger-kept column settles it unless it lies after the day: only then the index of the
    // contact's interactions is read.
    return u"(CASE WHEN ? IS NULL OR c.last_interaction_on IS NULL OR c.last_interaction_on <= ?"
           " THEN c.last_interaction_on"
           " ELSE (SELECT max(i.occurred_on) FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id"
           " WHERE p.contact_id = c.id AND i.occurred_on <= ?) END)"_s;
}

QVariantList lastHeldValues(QDate today)
{
    const QVariant day = sql::day(today);
    return {day, day, day};
}

Status clearSnoozes(const QSqlDatabase &db, const QList<qint64> &contactIds)
{
    if (contactIds.isEmpty())
        return {};
    auto cleared = sql::exec(db,
                             u"UPDATE contact SET nudge_snoozed_until = NULL WHERE nudge_snoozed_until IS NOT NULL"
                             " AND id IN (SELECT value FROM json_each(?))"_s,
                             {idsJson(contactIds)});
    if (!cleared)
        return cleared.error();
    return {};
}

} // namespace tend::nudges
