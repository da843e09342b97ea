#include "store/ExchangeQueries.h"

#include "db/Sql.h"
#include "store/NudgeSchedule.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tend::exchange {
namespace {

// Runs `statement` (first column a contact id) and hands each row to `apply` with its contact.
template<typename Target, typename Apply>
Status forEachChild(const QSqlDatabase &db, const QString &statement, QList<Target> &targets,
                    const QHash<qint64, qsizetype> &positions, Apply apply, const QVariantList &values = {})
{
    auto rows = sql::exec(db, statement, values);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const auto at = positions.constFind(rows->value(0).toLongLong());
        if (at != positions.cend())
            apply(targets[*at], *rows);
    }
    return {};
}

} // namespace

Result<QList<ContactKeys>> contactKeys(const QSqlDatabase &db)
{
    QList<ContactKeys> keys;
    QHash<qint64, qsizetype> positions;
    auto rows = sql::exec(db, u"SELECT id, COALESCE(uid, ''), name FROM contact ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        positions.insert(rows->value(0).toLongLong(), keys.size());
        keys.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(), {}, {}});
    }
    if (auto done = forEachChild(db, u"SELECT contact_id, email FROM contact_email ORDER BY contact_id, position"_s,
                                 keys, positions, [](ContactKeys &k, const QSqlQuery &row) { k.emails.append(row.value(1).toString()); });
        !done)
        return done.error();
    if (auto done = forEachChild(db, u"SELECT contact_id, phone FROM contact_phone ORDER BY contact_id, position"_s,
                                 keys, positions, [](ContactKeys &k, const QSqlQuery &row) { k.phones.append(row.value(1).toString()); });
        !done)
        return done.error();
    return keys;
}

Result<QList<Contact>> allContacts(const QSqlDatabase &db)
{
    QList<Contact> contacts;
    QHash<qint64, qsizetype> positions;
    auto rows = sql::exec(db,
                          u"SELECT id, name, organisation, title, met_via, met_via_detail, notes, cadence_days,"
                          " archived, created_at, updated_at, last_interaction_on, next_follow_up_on,"
                          " nudge_snoozed_until, kept_in_touch_on, nudge_cadence_days, nudge_due_on, uid, connected_on"
                          " FROM contact ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Contact contact;
        contact.id = rows->value(0).toLongLong();
        contact.name = rows->value(1).toString();
        contact.organisation = rows->value(2).toString();
        contact.title = rows->value(3).toString();
        if (!rows->value(4).isNull())
            contact.metVia = metViaFromKey(rows->value(4).toString());
        contact.metViaDetail = rows->value(5).toString();
        contact.notes = rows->value(6).toString();
        if (!rows->value(7).isNull())
            contact.cadenceDays = rows->value(7).toInt();
        contact.archived = rows->value(8).toInt() != 0;
        contact.createdAt = sql::toInstant(rows->value(9));
        contact.updatedAt = sql::toInstant(rows->value(10));
        contact.lastInteraction = sql::toDay(rows->value(11));
        contact.nextFollowUp = sql::toDay(rows->value(12));
        contact.nudgeSnoozedUntil = sql::toDay(rows->value(13));
        contact.keptInTouchOn = sql::toDay(rows->value(14));
        if (!rows->value(15).isNull())
            contact.nudgeCadenceDays = rows->value(15).toInt();
        contact.nudgeDue = sql::toDay(rows->value(16));
        contact.uid = rows->value(17).toString();
        contact.connectedOn = sql::toDay(rows->value(18));
        positions.insert(contact.id, contacts.size());
        contacts.append(std::move(contact));
    }
    rows = Error{};

    const auto children = [&](const QString &statement, auto apply) {
        return forEachChild(db, statement, contacts, positions, apply);
    };
    Status done = children(u"SELECT contact_id, role FROM contact_role ORDER BY contact_id"_s,
                           [](Contact &c, const QSqlQuery &row) {
                               if (auto role = roleFromKey(row.value(1).toString()))
                                   c.roles.append(*role);
                           });
    if (done)
        done = children(u"SELECT contact_id, email FROM contact_email ORDER BY contact_id, position"_s,
                        [](Contact &c, const QSqlQuery &row) { c.emails.append(row.value(1).toString()); });
    if (done)
        done = children(u"SELECT contact_id, phone FROM contact_phone ORDER BY contact_id, position"_s,
                        [](Contact &c, const QSqlQuery &row) { c.phones.append(row.value(1).toString()); });
    if (done)
        done = children(u"SELECT contact_id, label, url FROM contact_link ORDER BY contact_id, position"_s,
                        [](Contact &c, const QSqlQuery &row) {
                            c.links.append({row.value(1).toString(), row.value(2).toString()});
                        });
    if (done)
        done = children(u"SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                        " ORDER BY ct.contact_id, t.name_key"_s,
                        [](Contact &c, const QSqlQuery &row) { c.tags.append(row.value(1).toString()); });
    if (done)
        done = children(u"SELECT contact_id, card FROM contact_card"_s,
                        [](Contact &c, const QSqlQuery &row) { c.card = row.value(1).toString(); });
    if (done)
        done = children(u"SELECT contact_id, mime_type, data FROM contact_photo"_s, [](Contact &c, const QSqlQuery &row) {
            c.photo = {row.value(2).toByteArray(), row.value(1).toString()};
        });
    if (!done)
        return done.error();
    for (Contact &contact : contacts)
        contact.roles = sortedUniqueRoles(contact.roles);
    return contacts;
}

} // namespace tend::exchange

namespace tend::exchange {

namespace {

// The interactions dated after `after` in date order, or all of them by id for a null day, with
// their participants. After a day, both queries walk interaction_by_date from that day: ordered by
// id, SQLite would read the whole table instead.
Result<QList<Interaction>> interactionsFrom(const QSqlDatabase &db, QDate after)
{
    QList<Interaction> interactions;
    QHash<qint64, qsizetype> positions;
    const QString columns = u"SELECT id, kind, occurred_on, direction, summary, notes, agenda, created_at, updated_at,"
                            " duration_minutes, rating FROM interaction "_s;
    const QVariantList day = after.isValid() ? QVariantList{sql::day(after)} : QVariantList();
    auto rows = after.isValid() ? sql::exec(db, columns + u"WHERE occurred_on > ? ORDER BY occurred_on, id"_s, day)
                                : sql::exec(db, columns + u"ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Interaction i;
        i.id = rows->value(0).toLongLong();
        i.kind = interactionKindFromKey(rows->value(1).toString()).value_or(InteractionKind::Other);
        i.date = sql::toDay(rows->value(2));
        i.direction = directionFromKey(rows->value(3).toString()).value_or(Direction::Mutual);
        i.summary = rows->value(4).toString();
        i.notes = rows->value(5).toString();
        i.agenda = rows->value(6).toString();
        i.createdAt = sql::toInstant(rows->value(7));
        i.updatedAt = sql::toInstant(rows->value(8));
        if (!rows->value(9).isNull())
            i.durationMinutes = rows->value(9).toInt();
        if (!rows->value(10).isNull())
            i.rating = rows->value(10).toInt();
        positions.insert(i.id, interactions.size());
        interactions.append(std::move(i));
    }
    rows = Error{};
    // Every participant row when all interactions are asked for; else only those of the later ones.
    const QString participants = after.isValid()
        ? u"SELECT p.interaction_id, p.contact_id, c.name FROM interaction i"
          " JOIN interaction_participant p ON p.interaction_id = i.id JOIN contact c ON c.id = p.contact_id"
          " WHERE i.occurred_on > ? ORDER BY i.occurred_on, i.id, p.contact_id"_s
        : u"SELECT p.interaction_id, p.contact_id, c.name FROM interaction_participant p"
          " JOIN contact c ON c.id = p.contact_id ORDER BY p.interaction_id, p.contact_id"_s;
    if (auto done = forEachChild(db, participants,
                                 interactions, positions, [](Interaction &i, const QSqlQuery &row) {
                                     i.participants.append({row.value(1).toLongLong(), row.value(2).toString()});
                                 }, day);
        !done)
        return done.error();
    return interactions;
}

} // namespace

Result<QList<Interaction>> allInteractions(const QSqlDatabase &db)
{
    return interactionsFrom(db, {});
}

Result<QList<Interaction>> interactionsAfter(const QSqlDatabase &db, QDate day)
{
    return interactionsFrom(db, day);
}

Result<QList<Reminder>> allReminders(const QSqlDatabase &db)
{
    QList<Reminder> reminders;
    QHash<qint64, qsizetype> positions;
    auto rows = sql::exec(db, u"SELECT id, contact_id, interaction_id, due_on, reason, state, completed_at, created_at,"
                              " uid, repeat_every, repeat_from_completion, series_anchor, series_index, previous_id"
                              " FROM reminder ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Reminder r;
        r.id = rows->value(0).toLongLong();
        r.contactId = rows->value(1).toLongLong();
        if (!rows->value(2).isNull())
            r.interactionId = rows->value(2).toLongLong();
        r.due = sql::toDay(rows->value(3));
        r.reason = rows->value(4).toString();
        r.state = reminderStateFromKey(rows->value(5).toString()).value_or(ReminderState::Open);
        r.completedAt = sql::toInstant(rows->value(6));
        r.createdAt = sql::toInstant(rows->value(7));
        r.uid = rows->value(8).toString();
        if (!rows->value(9).isNull()) {
            if (auto recurrence = Recurrence::fromText(rows->value(9).toString(), {})) {
                r.recurrence = *recurrence;
                r.recurrence->fromCompletion = rows->value(10).toInt() != 0;
            }
            r.seriesAnchor = sql::toDay(rows->value(11));
            r.seriesIndex = rows->value(12).toInt();
        }
        if (!rows->value(13).isNull())
            r.previousId = rows->value(13).toLongLong();
        positions.insert(r.id, reminders.size());
        reminders.append(std::move(r));
    }
    rows = Error{};
    if (auto done = forEachChild(db, u"SELECT reminder_id, at, action, from_due, to_due FROM reminder_event ORDER BY reminder_id, id"_s,
                                 reminders, positions, [](Reminder &r, const QSqlQuery &row) {
                                     ReminderEvent event;
                                     event.at = sql::toInstant(row.value(1));
                                     event.action = reminderActionFromKey(row.value(2).toString())
                                                        .value_or(ReminderEvent::Action::Created);
                                     event.fromDue = sql::toDay(row.value(3));
                                     event.toDue = sql::toDay(row.value(4));
                                     r.history.append(event);
                                 });
        !done)
        return done.error();
    return reminders;
}

Result<QList<std::pair<QString, QString>>> allSettings(const QSqlDatabase &db)
{
    // The day the nudges were computed for is this file's state, not a setting of the user's.
    auto rows = sql::exec(db, u"SELECT key, value FROM setting WHERE key <> ? ORDER BY key"_s, {nudges::computedForKey()});
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> settings;
    while (rows->next())
        settings.append({rows->value(0).toString(), rows->value(1).toString()});
    return settings;
}

Status replaceSettings(const QSqlDatabase &db, const QList<std::pair<QString, QString>> &settings)
{
    if (auto done = sql::exec(db, u"DELETE FROM setting WHERE key <> ?"_s, {nudges::computedForKey()}); !done)
        return done.error();
    for (const auto &[key, value] : settings) {
        if (key == nudges::computedForKey())
            continue;
        if (auto done = sql::exec(db, u"INSERT INTO setting (key, value) VALUES (?, ?)"_s, {key, value}); !done)
            return done.error();
    }
    return {};
}

} // namespace tend::exchange
