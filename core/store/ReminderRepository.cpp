#include "store/ReminderRepository.h"

#include "store/RoleColumn.h"

#include "db/Sql.h"
#include "schedule/SchedulingRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>


using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ReminderRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ReminderRepository)
};

QString idsJson(const QList<Reminder> &reminders)
{
    QJsonArray ids;
    for (const Reminder &reminder : reminders)
        ids.append(reminder.id);
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

} // namespace

// Which of the rows a reminder points to is missing, once SQLite refused it for a foreign key.
Error ReminderRepository::missingReference(const Reminder &reminder) const
{
    auto contact = sql::scalar(m_db, u"SELECT count(*) FROM contact WHERE id = ?"_s, {reminder.contactId});
    if (contact && *contact == 0)
        return Error::notFound(ReminderRepositoryText::tr("There is no contact with id %1.").arg(reminder.contactId));
    if (reminder.interactionId)
        return Error::notFound(ReminderRepositoryText::tr("There is no interaction with id %1.").arg(*reminder.interactionId));
    return Error::notFound(ReminderRepositoryText::tr("The reminder refers to a contact or interaction that does not exist."));
}

Status ReminderRepository::addEvent(qint64 id, ReminderEvent::Action action, const QDateTime &at, QDate fromDue,
                                    QDate toDue)
{
    auto added = m_insertEvent.exec(m_db,
                           u"INSERT INTO reminder_event (reminder_id, at, action, from_due, to_due) VALUES (?, ?, ?, ?, ?)"_s,
                           {id, sql::instant(at), toKey(action), sql::day(fromDue), sql::day(toDue)});
    if (!added)
        return added.error();
    return {};
}

Result<qint64> ReminderRepository::insert(const Reminder &reminder, const QDateTime &now)
{
    auto inserted = m_insert.exec(
        m_db,
        u"INSERT INTO reminder (id, contact_id, interaction_id, due_on, reason, state, completed_at, created_at,"
        " repeat_every, repeat_from_completion, series_anchor, series_index, previous_id, uid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {reminder.id > 0 ? QVariant(reminder.id) : QVariant(QMetaType::fromType<qint64>()), reminder.contactId,
         reminder.interactionId ? QVariant(*reminder.interactionId) : QVariant(QMetaType::fromType<qint64>()),
         sql::day(reminder.due), reminder.reason.trimmed(), toKey(reminder.state), sql::instant(reminder.completedAt),
         sql::instant(reminder.createdAt.isValid() ? reminder.createdAt : now),
         reminder.recurrence ? QVariant(reminder.recurrence->toText()) : QVariant(QMetaType::fromType<QString>()),
         reminder.recurrence && reminder.recurrence->fromCompletion ? 1 : 0,
         sql::day(reminder.recurrence ? reminder.seriesAnchor : QDate()), reminder.seriesIndex,
         reminder.previousId ? QVariant(*reminder.previousId) : QVariant(QMetaType::fromType<qint64>()),
         reminder.uid.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reminder.uid)});
    if (!inserted) {
        if (inserted.error().isForeignKeyFailure())
            return missingReference(reminder);
        return inserted.error();
    }
    const qint64 id = *inserted;
    if (reminder.history.isEmpty()) {
        if (auto added = addEvent(id, ReminderEvent::Action::Created, now, {}, reminder.due); !added)
            return added.error();
        return id;
    }
    for (const ReminderEvent &event : reminder.history) {
        if (auto added = addEvent(id, event.action, event.at, event.fromDue, event.toDue); !added)
            return added.error();
    }
    return id;
}

Status ReminderRepository::reschedule(qint64 id, QDate due, ReminderEvent::Action action, const QDateTime &now)
{
    auto current = get(id);
    if (!current)
        return current.error();
    auto updated = sql::exec(m_db, u"UPDATE reminder SET due_on = ? WHERE id = ?"_s, {sql::day(due), id});
    if (!updated)
        return updated.error();
    return addEvent(id, action, now, current->due, due);
}

Status ReminderRepository::setState(qint64 id, ReminderState state, const QDateTime &now)
{
    auto current = get(id);
    if (!current)
        return current.error();
    const bool open = state == ReminderState::Open;
    auto updated = sql::exec(m_db, u"UPDATE reminder SET state = ?, completed_at = ? WHERE id = ?"_s,
                             {toKey(state), open ? sql::instant({}) : sql::instant(now), id});
    if (!updated)
        return updated.error();
    const ReminderEvent::Action action = state == ReminderState::Done        ? ReminderEvent::Action::Done
                                         : state == ReminderState::Dismissed ? ReminderEvent::Action::Dismissed
                                                                             : ReminderEvent::Action::Reopened;
    return addEvent(id, action, now, current->due, current->due);
}

Result<QList<Reminder>> ReminderRepository::openOccurrencesAfter(qint64 id) const
{
    return select(u"WHERE r.previous_id = ? AND r.state = 'open' ORDER BY r.id"_s, {id});
}

Status ReminderRepository::remove(qint64 id)
{
    auto removed = sql::exec(m_db, u"DELETE FROM reminder WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error::notFound(ReminderRepositoryText::tr("There is no reminder with id %1.").arg(id));
    return {};
}

Status ReminderRepository::restore(const Reminder &reminder)
{
    auto updated = sql::exec(m_db,
                             u"UPDATE reminder SET due_on = ?, reason = ?, state = ?, completed_at = ? WHERE id = ?"_s,
                             {sql::day(reminder.due), reminder.reason, toKey(reminder.state),
                              sql::instant(reminder.completedAt), reminder.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(ReminderRepositoryText::tr("There is no reminder with id %1.").arg(reminder.id));
    if (auto cleared = sql::exec(m_db, u"DELETE FROM reminder_event WHERE reminder_id = ?"_s, {reminder.id}); !cleared)
        return cleared.error();
    for (const ReminderEvent &event : reminder.history) {
        if (auto added = addEvent(reminder.id, event.action, event.at, event.fromDue, event.toDue); !added)
            return added;
    }
    return {};
}

Result<QList<Reminder>> ReminderRepository::select(const QString &where, const QVariantList &values) const
{
    auto rows = sql::exec(m_db,
                          u"SELECT r.id, r.contact_id, c.name, r.interaction_id, r.due_on, r.reason, r.state,"
                          " r.completed_at, r.created_at, r.repeat_every, r.repeat_from_completion, r.series_anchor, r.series_index,"
                          " r.previous_id, r.uid FROM reminder r JOIN contact c ON c.id = r.contact_id "_s
                              + where,
                          values);
    if (!rows)
        return rows.error();
    QList<Reminder> reminders;
    while (rows->next()) {
        Reminder reminder;
        reminder.id = rows->value(0).toLongLong();
        reminder.contactId = rows->value(1).toLongLong();
        reminder.contactName = rows->value(2).toString();
        if (!rows->value(3).isNull())
            reminder.interactionId = rows->value(3).toLongLong();
        reminder.due = sql::toDay(rows->value(4));
        reminder.reason = rows->value(5).toString();
        reminder.state = reminderStateFromKey(rows->value(6).toString()).value_or(ReminderState::Open);
        reminder.completedAt = sql::toInstant(rows->value(7));
        reminder.createdAt = sql::toInstant(rows->value(8));
        if (!rows->value(9).isNull()) {
            if (auto recurrence = Recurrence::fromText(rows->value(9).toString(), {})) {
                reminder.recurrence = *recurrence;
                reminder.recurrence->fromCompletion = rows->value(10).toInt() != 0;
            }
            reminder.seriesAnchor = sql::toDay(rows->value(11));
            reminder.seriesIndex = rows->value(12).toInt();
        }
        if (!rows->value(13).isNull())
            reminder.previousId = rows->value(13).toLongLong();
        reminder.uid = rows->value(14).toString();
        reminders.append(reminder);
    }
    if (auto filled = fillHistory(reminders); !filled)
        return filled.error();
    return reminders;
}

Status ReminderRepository::fillHistory(QList<Reminder> &reminders) const
{
    if (reminders.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < reminders.size(); ++i)
        indexById.insert(reminders.at(i).id, i);
    auto rows = sql::exec(m_db,
                          u"SELECT reminder_id, at, action, from_due, to_due FROM reminder_event"
                          " WHERE reminder_id IN (SELECT value FROM json_each(?)) ORDER BY id"_s,
                          {idsJson(reminders)});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qsizetype index = indexById.value(rows->value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        reminders[index].history.append({sql::toInstant(rows->value(1)), reminderActionFromKey(rows->value(2).toString()).value_or(ReminderEvent::Action::Rescheduled),
                                         sql::toDay(rows->value(3)), sql::toDay(rows->value(4))});
    }
    return {};
}

Result<QList<Reminder>> ReminderRepository::toSync(const QDateTime &closedSince) const
{
    return select(u"WHERE r.left_sync = 0 AND (r.state = 'open' OR r.completed_at >= ?) ORDER BY r.id"_s,
                  {sql::instant(closedSince)});
}

Result<Reminder> ReminderRepository::get(qint64 id) const
{
    auto found = select(u"WHERE r.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(ReminderRepositoryText::tr("There is no reminder with id %1.").arg(id));
    return found->constFirst();
}

Result<QList<Reminder>> ReminderRepository::forContact(qint64 contactId) const
{
    return select(u"WHERE r.contact_id = ? ORDER BY r.due_on DESC, r.id DESC"_s, {contactId});
}

Result<QList<Reminder>> ReminderRepository::forInteraction(qint64 interactionId) const
{
    return select(u"WHERE r.interaction_id = ? ORDER BY r.id"_s, {interactionId});
}

Result<QList<Reminder>> ReminderRepository::openFor(const QList<qint64> &contactIds, QDate until, QDate askedBy,
                                                   const QList<qint64> &named) const
{
    auto idsJson = [](const QList<qint64> &ids) {
        QJsonArray array;
        for (const qint64 id : ids)
            array.append(id);
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    return select(u"WHERE r.state = 'open' AND r.contact_id IN (SELECT value FROM json_each(?))"
                  " AND (r.id IN (SELECT value FROM json_each(?))"
                  "      OR (r.due_on <= ? AND (r.interaction_id IS NULL"
                  "          OR (SELECT occurred_on FROM interaction WHERE id = r.interaction_id) <= ?)))"
                  " ORDER BY r.due_on, r.id"_s,
                  {idsJson(contactIds), idsJson(named), sql::day(until), sql::day(askedBy)});
}

Result<QList<DueItem>> ReminderRepository::openDueBy(QDate until, QDate today, int limit) const
{
    auto rows = sql::exec(m_db,
                          u"SELECT r.id, r.contact_id, c.name, r.due_on, r.reason,"
                          " (SELECT json_group_array(role) FROM contact_role WHERE contact_id = c.id)"
                          " FROM reminder r JOIN contact c ON c.id = r.contact_id"
                          " WHERE r.state = 'open' AND r.due_on <= ? AND c.archived = 0"
                          " ORDER BY r.due_on, c.name_key, r.id LIMIT ?"_s,
                          {sql::day(until), limit});
    if (!rows)
        return rows.error();
    QList<DueItem> items;
    while (rows->next()) {
        DueItem item;
        item.kind = DueItem::Kind::FollowUp;
        item.reminderId = rows->value(0).toLongLong();
        item.contactId = rows->value(1).toLongLong();
        item.contactName = rows->value(2).toString();
        item.due = sql::toDay(rows->value(3));
        item.reason = rows->value(4).toString();
        item.roles = rolecolumn::roles(rows->value(5));
        item.overdueDays = rules::overdueDays(item.due, today);
        item.overdueOn = item.due.addDays(1);
        item.overdue = item.overdueOn <= today;
        items.append(item);
    }
    return items;
}

} // namespace tend
