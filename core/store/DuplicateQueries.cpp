#include "store/DuplicateQueries.h"

#include "db/Sql.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::duplicates {

Result<Candidates> candidates(const QSqlDatabase &db)
{
    Candidates found;
    QHash<qint64, qsizetype> positions;
    auto rows = sql::exec(db, u"SELECT id, name_key, name, organisation, title, last_interaction_on, next_follow_up_on,"
                              " nudge_due_on, nudge_cadence_days FROM contact WHERE archived = 0 ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        positions.insert(id, found.keys.size());
        found.keys.append({id, rows->value(1).toString(), {}, {}});
        ContactSummary summary;
        summary.id = id;
        summary.name = rows->value(2).toString();
        summary.organisation = rows->value(3).toString();
        summary.title = rows->value(4).toString();
        summary.lastInteraction = sql::toDay(rows->value(5));
        summary.nextFollowUp = sql::toDay(rows->value(6));
        summary.nudgeDue = sql::toDay(rows->value(7));
        if (!rows->value(8).isNull())
            summary.nudgeCadenceDays = rows->value(8).toInt();
        found.summaries.insert(id, summary);
    }
    for (const bool emails : {true, false}) {
        // Two fixed statements, one per table.
        auto children = sql::exec(db, emails ? u"SELECT e.contact_id, e.email FROM contact_email e JOIN contact c ON c.id = e.contact_id"
                                               " WHERE c.archived = 0 ORDER BY e.contact_id, e.position"_s
                                             : u"SELECT p.contact_id, p.phone FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                                               " WHERE c.archived = 0 ORDER BY p.contact_id, p.position"_s);
        if (!children)
            return children.error();
        while (children->next()) {
            const qint64 id = children->value(0).toLongLong();
            const auto at = positions.constFind(id);
            if (at == positions.cend())
                continue;
            const QString value = children->value(1).toString();
            if (emails) {
                found.keys[*at].emails.append(value);
                found.summaries[id].emails.append(value);
            } else {
                found.keys[*at].phones.append(value);
            }
        }
    }
    auto roles = sql::exec(db, u"SELECT r.contact_id, r.role FROM contact_role r JOIN contact c ON c.id = r.contact_id"
                               " WHERE c.archived = 0"_s);
    if (!roles)
        return roles.error();
    while (roles->next()) {
        const auto summary = found.summaries.find(roles->value(0).toLongLong());
        if (summary == found.summaries.end())
            continue;
        if (const auto role = roleFromKey(roles->value(1).toString()))
            summary->roles.append(*role);
    }
    for (ContactSummary &summary : found.summaries)
        summary.roles = sortedUniqueRoles(summary.roles);
    return found;
}

Result<QSet<std::pair<qint64, qint64>>> dismissedPairs(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT contact_id, other_id FROM dismissed_duplicate"_s);
    if (!rows)
        return rows.error();
    QSet<std::pair<qint64, qint64>> pairs;
    while (rows->next())
        pairs.insert({rows->value(0).toLongLong(), rows->value(1).toLongLong()});
    return pairs;
}

Status dismiss(const QSqlDatabase &db, qint64 a, qint64 b, const QDateTime &now)
{
    auto done = sql::exec(db, u"INSERT INTO dismissed_duplicate (contact_id, other_id, dismissed_at) VALUES (?, ?, ?)"
                              " ON CONFLICT DO NOTHING"_s,
                          {std::min(a, b), std::max(a, b), sql::instant(now)});
    if (!done)
        return done.error();
    return {};
}

Status undismiss(const QSqlDatabase &db, qint64 a, qint64 b)
{
    auto done = sql::exec(db, u"DELETE FROM dismissed_duplicate WHERE contact_id = ? AND other_id = ?"_s,
                          {std::min(a, b), std::max(a, b)});
    if (!done)
        return done.error();
    return {};
}

Result<QList<DismissedDuplicate>> dismissedByUid(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT a.uid, b.uid, d.dismissed_at FROM dismissed_duplicate d"
                              " JOIN contact a ON a.id = d.contact_id JOIN contact b ON b.id = d.other_id"_s);
    if (!rows)
        return rows.error();
    QList<DismissedDuplicate> pairs;
    while (rows->next()) {
        QString first = rows->value(0).toString();
        QString second = rows->value(1).toString();
        if (second < first)
            std::swap(first, second);
        pairs.append({first, second, sql::toInstant(rows->value(2))});
    }
    std::sort(pairs.begin(), pairs.end(), [](const DismissedDuplicate &left, const DismissedDuplicate &right) {
        return std::pair(left.firstUid, left.secondUid) < std::pair(right.firstUid, right.secondUid);
    });
    return pairs;
}

Status restoreDismissed(const QSqlDatabase &db, const QList<DismissedDuplicate> &pairs)
{
    for (const DismissedDuplicate &pair : pairs) {
        auto done = sql::exec(db, u"INSERT INTO dismissed_duplicate (contact_id, other_id, dismissed_at)"
                                  " SELECT min(a.id, b.id), max(a.id, b.id), ? FROM contact a, contact b"
                                  " WHERE a.uid = ? AND b.uid = ? AND a.id <> b.id ON CONFLICT DO NOTHING"_s,
                              {sql::instant(pair.dismissedAt), pair.firstUid, pair.secondUid});
        if (!done)
            return done.error();
    }
    return {};
}

} // namespace tend::duplicates
