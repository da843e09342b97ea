#include "store/ReportQueries.h"

#include "store/RoleColumn.h"

#include "db/Sql.h"
#include "model/Validation.h"
#include "schedule/CadenceRule.h"
#include "schedule/SchedulingRules.h"
#include "store/NudgeSchedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::reports {

namespace {

struct ReportQueriesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::reports)
};

// The reason always explains the date beside it: a cadence from the last contact, or the snooze.
QString keepInTouchReason(int cadenceDays, QDate lastContact, QDate snoozedUntil, QDate due)
{
    const QString every = ReportQueriesText::tr("every %n day(s)", nullptr, cadenceDays);
    if (snoozedUntil.isValid() && due == snoozedUntil && (!lastContact.isValid() || lastContact.addDays(cadenceDays) != due))
        return ReportQueriesText::tr("keep in touch (%1; snoozed until %2)").arg(every, snoozedUntil.toString(Qt::ISODate));
    return lastContact.isValid()
               ? ReportQueriesText::tr("keep in touch (%1; last contact %2)").arg(every, lastContact.toString(Qt::ISODate))
               : ReportQueriesText::tr("keep in touch (%1; no contact logged yet)").arg(every);
}

QString monthKey(QDate day)
{
    return day.toString(u"yyyy-MM"_s);
}

Status countRoles(const QSqlDatabase &db, QDate windowStart, QDate today, Insights &insights)
{
    // last_interaction_on is the contact's latest interaction day (kept by triggers), so it settles
    // "active" alone unless it lies after today; only then does the EXISTS look inside the window.
    // CASE, not AND/OR: written as `>= ? AND (<= ? OR EXISTS …)`, SQLite 3.40 ran the EXISTS for
    // every contact (1.2 s instead of 15 ms on the 10,000-contact bench).
    auto rows = sql::exec(db,
                          u"SELECT r.role, count(*),"
                          " sum(CASE WHEN c.last_interaction_on IS NULL OR c.last_interaction_on < ? THEN 0"
                          "          WHEN c.last_interaction_on <= ? THEN 1"
                          "          ELSE EXISTS (SELECT 1 FROM interaction_participant p"
                          "                       JOIN interaction i ON i.id = p.interaction_id"
                          "                       WHERE p.contact_id = c.id AND i.occurred_on >= ? AND i.occurred_on <= ?) END)"
                          " FROM contact_role r JOIN contact c ON c.id = r.contact_id"
                          " WHERE c.archived = 0"
                          " GROUP BY r.role"_s,
                          {sql::day(windowStart), sql::day(today), sql::day(windowStart), sql::day(today)});
    if (!rows)
        return rows.error();
    const QList<Role> roles = allRoles();
    for (const Role role : roles)
        insights.roles.append({role, 0, 0});
    while (rows->next()) {
        const auto role = roleFromKey(rows->value(0).toString());
        if (!role)
            continue;
        RoleActivity &activity = insights.roles[roles.indexOf(*role)];
        activity.total = rows->value(1).toInt();
        activity.active = rows->value(2).toInt();
    }
    return {};
}

Status countMonthsByRole(const QSqlDatabase &db, QDate firstDay, QDate today, const QHash<QString, int> &monthIndex,
                         Insights &insights)
{
    // DISTINCT: an interaction with two mentors is one interaction with mentors.
    auto rows = sql::exec(db,
                          u"SELECT substr(i.occurred_on, 1, 7), r.role, count(DISTINCT i.id)"
                          " FROM interaction i"
                          " JOIN interaction_participant p ON p.interaction_id = i.id"
                          " JOIN contact_role r ON r.contact_id = p.contact_id"
                          " WHERE i.occurred_on >= ? AND i.occurred_on <= ?"
                          " GROUP BY 1, 2"_s,
                          {sql::day(firstDay), sql::day(today)});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const int index = monthIndex.value(rows->value(0).toString(), -1);
        const auto role = roleFromKey(rows->value(1).toString());
        if (index >= 0 && role)
            insights.months[index].byRole.insert(*role, rows->value(2).toInt());
    }
    return {};
}

Status countMonthsByDirection(const QSqlDatabase &db, QDate firstDay, QDate windowStart, QDate today,
                              const QHash<QString, int> &monthIndex, Insights &insights)
{
    auto rows = sql::exec(db,
                          u"SELECT substr(occurred_on, 1, 7),"
                          " sum(direction IN ('gave', 'mutual')),"
                          " sum(direction IN ('received', 'mutual')),"
                          " sum(occurred_on >= ? AND direction IN ('gave', 'mutual')),"
                          " sum(occurred_on >= ? AND direction IN ('received', 'mutual'))"
                          " FROM interaction"
                          " WHERE occurred_on >= ? AND occurred_on <= ?"
                          " GROUP BY 1"_s,
                          {sql::day(windowStart), sql::day(windowStart), sql::day(firstDay), sql::day(today)});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const int index = monthIndex.value(rows->value(0).toString(), -1);
        if (index < 0)
            continue;
        insights.months[index].gave = rows->value(1).toInt();
        insights.months[index].received = rows->value(2).toInt();
        insights.recentGave += rows->value(3).toInt();
        insights.recentReceived += rows->value(4).toInt();
    }
    return {};
}

} // namespace

Result<QList<DueItem>> keepInTouchNudges(const QSqlDatabase &db, QDate today, int withinDays, double overdueFactor,
                                         int limit)
{
    const QDate horizon = std::min(today.addDays(withinDays), limits::lastStorableDay());
    // The same expression as the "Losing touch" order (ContactRepository), walking its index.
    auto rows = sql::exec(db,
                          u"SELECT c.id, c.name, c.nudge_cadence_days, c.nudge_due_on, "_s + nudges::lastHeldSql()
                              + u", c.kept_in_touch_on, c.nudge_snoozed_until,"
                          " (SELECT json_group_array(role) FROM contact_role WHERE contact_id = c.id)"
                          " FROM contact c"
                          " WHERE COALESCE(c.nudge_due_on, '9999-12-31') <= ? AND c.nudge_due_on IS NOT NULL"
                          " AND c.archived = 0"
                          " AND (c.next_follow_up_on IS NULL OR c.next_follow_up_on > ?)"
                          " ORDER BY COALESCE(c.nudge_due_on, '9999-12-31'), c.id LIMIT ?"_s,
                          nudges::lastHeldValues(today) + QVariantList{sql::day(horizon), sql::day(horizon), limit});
    if (!rows)
        return rows.error();

    QList<DueItem> items;
    while (rows->next()) {
        DueItem item;
        item.kind = DueItem::Kind::KeepInTouch;
        item.contactId = rows->value(0).toLongLong();
        item.contactName = rows->value(1).toString();
        item.roles = rolecolumn::roles(rows->value(7));
        item.cadenceDays = rows->value(2).toInt();
        item.due = sql::toDay(rows->value(3));
        item.overdueDays = rules::overdueDays(item.due, today);
        item.overdueOn = rules::overdueOn(item.due, item.cadenceDays, overdueFactor);
        item.overdue = item.overdueOn <= today;
        const QDate lastContact = rules::lastContact(sql::toDay(rows->value(4)), sql::toDay(rows->value(5)));
        item.reason = keepInTouchReason(item.cadenceDays, lastContact, sql::toDay(rows->value(6)), item.due);
        items.append(item);
    }
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

Result<Insights> insights(const QSqlDatabase &db, QDate today)
{
    Insights insights;
    insights.today = today;
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate firstDay = thisMonth.addMonths(1 - Insights::monthCount);
    QHash<QString, int> monthIndex;
    for (int index = 0; index < Insights::monthCount; ++index) {
        MonthActivity month;
        month.month = firstDay.addMonths(index);
        monthIndex.insert(monthKey(month.month), index);
        insights.months.append(month);
    }
    // The activity window lies inside the months (90 days back never reaches 11 months back), so
    // the direction query can total it on the way.
    const QDate windowStart = rules::windowStart(today, Insights::activeDays);
    Q_ASSERT(windowStart >= firstDay);

    if (auto counted = countRoles(db, windowStart, today, insights); !counted)
        return counted.error();
    if (auto counted = countMonthsByRole(db, firstDay, today, monthIndex, insights); !counted)
        return counted.error();
    if (auto counted = countMonthsByDirection(db, firstDay, windowStart, today, monthIndex, insights); !counted)
        return counted.error();
    return insights;
}

} // namespace tend::reports
