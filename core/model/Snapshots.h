#pragma once

#include "model/Contact.h"
#include "model/Interaction.h"
#include "model/Reminder.h"

#include <QList>

namespace tend {

// Everything a delete removed, so that undo can put it back with the same ids.
struct InteractionSnapshot
{
    Interaction interaction;
    QList<Reminder> reminders; // follow-ups that hung off it, with their history
    QList<Reminder> closedFollowUps; // follow-ups logging it closed, as they are closed (see unlogInteraction)
};

struct ContactSnapshot
{
    Contact contact;
    QList<InteractionSnapshot> ownInteractions; // interactions where they were the only participant
    QList<qint64> sharedInteractionIds;         // interactions they were one of several in
    QList<Reminder> reminders;                  // their reminders not covered above, with history
};

} // namespace tend
