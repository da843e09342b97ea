#include "store/InteractionRepository.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct InteractionRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(tend::InteractionRepository)
};

const QString selectColumns =
    u"SELECT i.id, i.kind, i.occurred_on, i.direction, i.summary, i.notes, i.agenda, i.created_at, i.updated_at,"
    " i.duration_minutes, i.rating FROM interaction i "_s;

Interaction fromRow(const QSqlQuery &row)
{
    Interaction interaction;
    interaction.id = row.value(0).toLongLong();
    interaction.kind = interactionKindFromKey(row.value(1).toString()).value_or(InteractionKind::Other);
    interaction.date = sql::toDay(row.value(2));
    interaction.direction = directionFromKey(row.value(3).toString()).value_or(Direction::Mutual);
    interaction.summary = row.value(4).toString();
    interaction.notes = row.value(5).toString();
    interaction.agenda = row.value(6).toString();
    interaction.createdAt = sql::toInstant(row.value(7));
    interaction.updatedAt = sql::toInstant(row.value(8));
    if (!row.value(9).isNull())
        interaction.durationMinutes = row.value(9).toInt();
    if (!row.value(10).isNull())
        interaction.rating = row.value(10).toInt();
    return interaction;
}

} // namespace

Status InteractionRepository::writeParticipants(const Interaction &interaction, qint64 id, bool replace)
{
    if (replace) {
        if (auto cleared = sql::exec(m_db, u"DELETE FROM interaction_participant WHERE interaction_id = ?"_s, {id});
            !cleared)
            return cleared.error();
    }
    QSet<qint64> seen;
    for (const ContactRef &participant : interaction.participants) {
        if (seen.contains(participant.id))
            continue;
        seen.insert(participant.id);
        if (auto added = addParticipant(id, participant.id); !added)
            return added;
    }
    return {};
}

Status InteractionRepository::addParticipant(qint64 interactionId, qint64 contactId)
{
    auto added = m_insertParticipant.exec(
        m_db, u"INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)"_s, {interactionId, contactId});
    if (!added) {
        if (!added.error().isForeignKeyFailure())
            return added.error();
        auto contact = sql::scalar(m_db, u"SELECT count(*) FROM contact WHERE id = ?"_s, {contactId});
        if (contact && *contact == 0)
            return Error::notFound(InteractionRepositoryText::tr("There is no contact with id %1.").arg(contactId));
        return Error::notFound(InteractionRepositoryText::tr("There is no interaction with id %1.").arg(interactionId));
    }
    return {};
}

Status InteractionRepository::removeParticipant(qint64 interactionId, qint64 contactId)
{
    auto removed = sql::exec(m_db, u"DELETE FROM interaction_participant WHERE interaction_id = ? AND contact_id = ?"_s,
                             {interactionId, contactId});
    if (!removed)
        return removed.error();
    return {};
}

Result<qint64> InteractionRepository::insert(const Interaction &interaction, const QDateTime &now)
{
    auto inserted = m_insert.exec(
        m_db,
        u"INSERT INTO interaction (id, kind, occurred_on, direction, summary, notes, agenda, created_at, updated_at,"
        " duration_minutes, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {interaction.id > 0 ? QVariant(interaction.id) : QVariant(QMetaType::fromType<qint64>()),
         toKey(interaction.kind), sql::day(interaction.date), toKey(interaction.direction),
         interaction.summary.trimmed(), interaction.notes, interaction.agenda,
         sql::instant(interaction.createdAt.isValid() ? interaction.createdAt : now),
         sql::instant(interaction.updatedAt.isValid() ? interaction.updatedAt : now),
         sql::optionalInt(interaction.durationMinutes), sql::optionalInt(interaction.rating)});
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto participants = writeParticipants(interaction, id, /*replace=*/false); !participants)
        return participants.error();
    return id;
}

Status InteractionRepository::update(const Interaction &interaction, const QDateTime &now)
{
    auto updated = sql::exec(m_db,
                             u"UPDATE interaction SET kind = ?, occurred_on = ?, direction = ?, summary = ?, notes = ?,"
                             " agenda = ?, updated_at = ?, duration_minutes = ?, rating = ? WHERE id = ?"_s,
                             {toKey(interaction.kind), sql::day(interaction.date), toKey(interaction.direction),
                              interaction.summary.trimmed(), interaction.notes, interaction.agenda,
                              sql::instant(now), sql::optionalInt(interaction.durationMinutes),
                              sql::optionalInt(interaction.rating), interaction.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(InteractionRepositoryText::tr("There is no interaction with id %1.").arg(interaction.id));
    return writeParticipants(interaction, interaction.id, /*replace=*/true);
}

Status InteractionRepository::remove(qint64 id)
{
    auto removed = sql::exec(m_db, u"DELETE FROM interaction WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error::notFound(InteractionRepositoryText::tr("There is no interaction with id %1.").arg(id));
    return {};
}

Result<Interaction> InteractionRepository::get(qint64 id) const
{
    auto row = sql::exec(m_db, selectColumns + u"WHERE i.id = ?"_s, {id});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(InteractionRepositoryText::tr("There is no interaction with id %1.").arg(id));
    QList<Interaction> found{fromRow(*row)};
    if (auto filled = fillParticipants(found); !filled)
        return filled.error();
    return found.constFirst();
}

Result<qint64> InteractionRepository::count() const
{
    return sql::scalar(m_db, u"SELECT count(*) FROM interaction"_s);
}

Result<QList<Interaction>> InteractionRepository::forContact(qint64 contactId) const
{
    auto rows = sql::exec(m_db,
                          selectColumns
                              + u"JOIN interaction_participant p ON p.interaction_id = i.id"
                                " WHERE p.contact_id = ? ORDER BY i.occurred_on DESC, i.id DESC"_s,
                          {contactId});
    if (!rows)
        return rows.error();
    QList<Interaction> interactions;
    while (rows->next())
        interactions.append(fromRow(*rows));
    if (auto filled = fillParticipants(interactions); !filled)
        return filled.error();
    return interactions;
}

Result<QList<Interaction>> InteractionRepository::introductionsFrom(qint64 contactId, QDate today) const
{
    auto rows = sql::exec(m_db,
                          selectColumns
                              + u"JOIN interaction_participant p ON p.interaction_id = i.id"
                                " WHERE p.contact_id = ? AND i.kind = 'intro' AND i.direction = 'received'"
                                " AND i.occurred_on <= ? ORDER BY i.occurred_on DESC, i.id DESC"_s,
                          {contactId, sql::day(today)});
    if (!rows)
        return rows.error();
    QList<Interaction> interactions;
    while (rows->next())
        interactions.append(fromRow(*rows));
    return interactions;
}

Result<QHash<qint64, QDate>> InteractionRepository::lastHeldOn(const QList<qint64> &contactIds, QDate today) const
{
    QHash<qint64, QDate> days;
    if (contactIds.isEmpty())
        return days;
    QJsonArray ids;
    for (const qint64 id : contactIds)
        ids.append(id);
    auto rows = sql::exec(m_db,
                          u"SELECT p.contact_id, max(i.occurred_on) FROM interaction_participant p"
                          " JOIN interaction i ON i.id = p.interaction_id"
                          " WHERE p.contact_id IN (SELECT value FROM json_each(?)) AND i.occurred_on <= ?"
                          " GROUP BY p.contact_id"_s,
                          {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)), sql::day(today)});
    if (!rows)
        return rows.error();
    while (rows->next())
        days.insert(rows->value(0).toLongLong(), sql::toDay(rows->value(1)));
    return days;
}

Status InteractionRepository::fillParticipants(QList<Interaction> &interactions) const
{
    if (interactions.isEmpty())
        return {};
    QJsonArray ids;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < interactions.size(); ++i) {
        ids.append(interactions.at(i).id);
        indexById.insert(interactions.at(i).id, i);
    }
    auto rows = sql::exec(m_db,
                          u"SELECT p.interaction_id, c.id, c.name FROM interaction_participant p"
                          " JOIN contact c ON c.id = p.contact_id"
                          " WHERE p.interaction_id IN (SELECT value FROM json_each(?)) ORDER BY c.name_key, c.id"_s,
                          {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qsizetype index = indexById.value(rows->value(0).toLongLong(), -1);
        if (index >= 0)
            interactions[index].participants.append({rows->value(1).toLongLong(), rows->value(2).toString()});
    }
    return {};
}

Result<QList<qint64>> InteractionRepository::soleInteractionIds(qint64 contactId) const
{
    auto rows = sql::exec(m_db,
                          u"SELECT p.interaction_id FROM interaction_participant p WHERE p.contact_id = ?"
                          " AND NOT EXISTS (SELECT 1 FROM interaction_participant o"
                          " WHERE o.interaction_id = p.interaction_id AND o.contact_id <> p.contact_id)"_s,
                          {contactId});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> InteractionRepository::sharedInteractionIds(qint64 contactId) const
{
    auto rows = sql::exec(m_db,
                          u"SELECT p.interaction_id FROM interaction_participant p WHERE p.contact_id = ?"
                          " AND EXISTS (SELECT 1 FROM interaction_participant o"
                          " WHERE o.interaction_id = p.interaction_id AND o.contact_id <> p.contact_id)"_s,
                          {contactId});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

} // namespace tend
