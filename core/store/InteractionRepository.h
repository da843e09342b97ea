#pragma once

#include "db/Sql.h"
#include "model/Interaction.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Reads and writes interactions and their participants. Callers own the transaction.
class InteractionRepository final
{
public:
    explicit InteractionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts with interaction.id when non-zero (undo), else a new id.
    Result<qint64> insert(const Interaction &interaction, const QDateTime &now);
    Status update(const Interaction &interaction, const QDateTime &now);
    Status remove(qint64 id);
    Status addParticipant(qint64 interactionId, qint64 contactId);
    Status removeParticipant(qint64 interactionId, qint64 contactId);

    Result<Interaction> get(qint64 id) const;
    Result<qint64> count() const;
    // Newest first, with participant names; two queries however many rows.
    Result<QList<Interaction>> forContact(qint64 contactId) const;
    // Introductions the contact made for the user: their `intro` interactions received, up to `today`.
    Result<QList<Interaction>> introductionsFrom(qint64 contactId, QDate today) const;
    // For each of `contactIds`, the day of their latest interaction on or before `today` (none
    // when they have only planned ones): the last contact, which a planned meeting is not yet.
    Result<QHash<qint64, QDate>> lastHeldOn(const QList<qint64> &contactIds, QDate today) const;
    // Interaction ids where the contact is the only participant / one of several.
    Result<QList<qint64>> soleInteractionIds(qint64 contactId) const;
    Result<QList<qint64>> sharedInteractionIds(qint64 contactId) const;

private:
    Status writeParticipants(const Interaction &interaction, qint64 id, bool replace);
    Status fillParticipants(QList<Interaction> &interactions) const;

    QSqlDatabase m_db;
    sql::Prepared m_insert;
    sql::Prepared m_insertParticipant;
};

} // namespace tend
