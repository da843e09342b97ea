#include "cli/RecordJson.h"

#include "cli/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tend::cli::json {

QJsonObject interaction(const Interaction &interaction)
{
    QJsonArray participants;
    for (const ContactRef &ref : interaction.participants)
        participants.append(QJsonObject{{u"id"_s, ref.id}, {u"name"_s, ref.name}});
    return {
        {u"id"_s, interaction.id},
        {u"date"_s, day(interaction.date)},
        {u"kind"_s, toKey(interaction.kind)},
        {u"direction"_s, toKey(interaction.direction)},
        {u"participants"_s, participants},
        {u"summary"_s, text(interaction.summary)},
        {u"notes"_s, text(interaction.notes)},
        {u"agenda"_s, text(interaction.agenda)},
    };
}

QJsonObject reminder(const Reminder &reminder)
{
    return {
        {u"id"_s, reminder.id},
        {u"contact_id"_s, reminder.contactId},
        {u"contact"_s, reminder.contactName},
        {u"date"_s, day(reminder.due)},
        {u"state"_s, toKey(reminder.state)},
        {u"reason"_s, text(reminder.reason)},
        {u"interaction_id"_s, number(reminder.interactionId)},
        {u"completed"_s, day(reminder.completedAt.date())},
    };
}

} // namespace tend::cli::json
