#pragma once

#include "model/Interaction.h"
#include "model/Reminder.h"

#include <QDate>
#include <QString>

#include <variant>

namespace tend {

// Give/receive balance with one person over a window of days.
struct HelpedEntry
{
    qint64 contactId = 0;
    QString contactName;
    int gaveCount = 0;     // "gave" and "mutual" interactions
    QDate lastGave;
    int receivedCount = 0; // "received" and "mutual" interactions
    QDate lastReceived;
};

// An interaction or a reminder on a contact's timeline.
struct TimelineEntry
{
    QDate date; // the interaction's day or the reminder's due day
    std::variant<Interaction, Reminder> item;

    bool isInteraction() const { return std::holds_alternative<Interaction>(item); }
    const Interaction &interaction() const { return std::get<Interaction>(item); }
    const Reminder &reminder() const { return std::get<Reminder>(item); }
};

} // namespace tend
