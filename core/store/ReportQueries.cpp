#include "store/ReportQueries.h"

#include "db/Sql.h"
#include "schedule/SchedulingRules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::reports {

namespace {

QString keepInTouchReason(int cadenceDays, QDate lastContact)
{
    const QString every = cadenceDays == 1 ? u"every day"_s : u"every %1 days"_s.arg(cadenceDays);
    return lastContact.isValid() ? u"keep in touch (%1; last contact %2)"_s.arg(every, lastContact.toString(Qt::ISODate))
                                 : u"keep in touch (%1; no contact logged yet)"_s.arg(every);
}

} // namespace

Result<QList<DueItem>> keepInTouchNudges(const QSqlDatabase &db, QDate today, int withinDays,
                                         const QHash<Role, int> &roleCadences)
{
    const QDate horizon = today.addDays(withinDays);
    auto rows = sql::exec(db,
                          u"SELECT c.id, c.name, c.cadence_days, c.last_interaction_on, c.created_at,"
                          " c.nudge_snoozed_until, (SELECT json_group_array(role) FROM contact_role WHERE contact_id = c.id)"
                          " FROM contact c WHERE c.archived = 0"
                          " AND (c.next_follow_up_on IS NULL OR c.next_follow_up_on > ?)"
                          " AND (c.cadence_days IS NOT NULL OR EXISTS (SELECT 1 FROM contact_role r WHERE r.contact_id = c.id))"_s,
                          {sql::day(horizon)});
    if (!rows)
        return rows.error();

    QList<DueItem> items;
    while (rows->next()) {
        QList<Role> roles;
        const QJsonArray roleKeys = QJsonDocument::fromJson(rows->value(6).toString().toUtf8()).array();
        for (const QJsonValue &key : roleKeys) {
            if (auto role = roleFromKey(key.toString()))
                roles.append(*role);
        }
        roles = sortedUniqueRoles(roles);
        std::optional<int> own;
        if (!rows->value(2).isNull())
            own = rows->value(2).toInt();
        const std::optional<int> cadence = rules::effectiveCadence(own, roles, [&](Role role) {
            return roleCadences.contains(role) ? std::optional<int>(roleCadences.value(role)) : std::nullopt;
        });
        if (!cadence)
            continue;
        const QDate last = sql::toDay(rows->value(3));
        const QDate addedOn = sql::toInstant(rows->value(4)).toLocalTime().date();
        const QDate due = rules::keepInTouchDue(last, addedOn, *cadence, sql::toDay(rows->value(5)));
        if (!rules::isDueWithin(due, today, withinDays))
            continue;

        DueItem item;
        item.kind = DueItem::Kind::KeepInTouch;
        item.contactId = rows->value(0).toLongLong();
        item.contactName = rows->value(1).toString();
        item.roles = roles;
        item.due = due;
        item.overdueDays = rules::overdueDays(due, today);
        item.cadenceDays = *cadence;
        item.reason = keepInTouchReason(*cadence, last);
        items.append(item);
    }
    std::sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        return a.due != b.due ? a.due < b.due : a.contactId < b.contactId;
    });
    return items;
}

Result<QList<HelpedEntry>> helped(const QSqlDatabase &db, QDate today, int days)
{
    auto rows = sql::exec(
        db,
        u"SELECT c.id, c.name,"
        " sum(i.direction IN ('gave', 'mutual')),"
        " max(CASE WHEN i.direction IN ('gave', 'mutual') THEN i.occurred_on END),"
        " sum(i.direction IN ('received', 'mutual')),"
        " max(CASE WHEN i.direction IN ('received', 'mutual') THEN i.occurred_on END)"
        " FROM interaction i"
        " JOIN interaction_participant p ON p.interaction_id = i.id"
        " JOIN contact c ON c.id = p.contact_id"
        " WHERE i.occurred_on >= ? AND i.occurred_on <= ?"
        " GROUP BY c.id"
        " ORDER BY max(CASE WHEN i.direction IN ('gave', 'mutual') THEN i.occurred_on END) IS NULL,"
        " max(CASE WHEN i.direction IN ('gave', 'mutual') THEN i.occurred_on END) DESC,"
        " max(CASE WHEN i.direction IN ('received', 'mutual') THEN i.occurred_on END) DESC, c.name_key, c.id"_s,
        {sql::day(rules::windowStart(today, days)), sql::day(today)});
    if (!rows)
        return rows.error();
    QList<HelpedEntry> entries;
    while (rows->next()) {
        HelpedEntry entry;
        entry.contactId = rows->value(0).toLongLong();
        entry.contactName = rows->value(1).toString();
        entry.gaveCount = rows->value(2).toInt();
        entry.lastGave = sql::toDay(rows->value(3));
        entry.receivedCount = rows->value(4).toInt();
        entry.lastReceived = sql::toDay(rows->value(5));
        entries.append(entry);
    }
    return entries;
}

} // namespace tend::reports
