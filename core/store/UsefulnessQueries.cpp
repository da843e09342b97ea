#include "store/UsefulnessQueries.h"

#include "db/Sql.h"
#include "schedule/SchedulingRules.h"

using namespace Qt::StringLiterals;

namespace tend::reports {

Result<QList<MostUseful>> mostUseful(const QSqlDatabase &db, QDate today)
{
    auto rows = sql::exec(db,
                          u"SELECT r.role, c.id, c.name, avg(i.rating), count(*)"
                          " FROM contact_role r"
                          " JOIN contact c ON c.id = r.contact_id"
                          " JOIN interaction_participant p ON p.contact_id = c.id"
                          " JOIN interaction i ON i.id = p.interaction_id"
                          " WHERE c.archived = 0 AND i.rating IS NOT NULL AND i.occurred_on >= ? AND i.occurred_on <= ?"
                          " GROUP BY r.role, c.id"
                          " ORDER BY r.role, avg(i.rating) DESC, count(*) DESC, c.name_key, c.id"_s,
                          {sql::day(rules::windowStart(today, MostUseful::days)), sql::day(today)});
    if (!rows)
        return rows.error();
    QHash<Role, MostUseful> best;
    while (rows->next()) {
        const auto role = roleFromKey(rows->value(0).toString());
        if (!role || best.contains(*role))
            continue; // the first row of each role is its best
        best.insert(*role, {*role, rows->value(1).toLongLong(), rows->value(2).toString(), rows->value(3).toDouble(),
                            rows->value(4).toInt()});
    }
    QList<MostUseful> result;
    for (const Role role : allRoles()) {
        if (best.contains(role))
            result.append(best.value(role));
    }
    return result;
}

} // namespace tend::reports
