#pragma once

#include "model/Interaction.h"
#include "model/Reminder.h"

#include <QDate>
#include <QHash>
#include <QList>
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

// How many people of one role you are in touch with. Archived contacts count in neither number.
struct RoleActivity
{
    Role role = Role::Mentor;
    int active = 0; // with an interaction in the last Insights::activeDays days (see Insights)
    int total = 0;  // every contact with the role
};

// One calendar month of interactions.
struct MonthActivity
{
    QDate month; // its first day
    // Interactions with someone of each role. An interaction with a mentor and a peer counts once
    // for each of the two roles; one with two mentors counts once for mentor.
    QHash<Role, int> byRole;
    // Mutual counts on both sides, as in HelpedEntry; unlike HelpedEntry's per-person counts, an
    // interaction counts once however many people took part.
    int gave = 0;     // "gave" and "mutual" interactions
    int received = 0; // "received" and "mutual" interactions

    int interactions(Role role) const { return byRole.value(role); }
};

// What the Insights page and `tend insights` show.
// "Active" means: not archived, with an interaction dated in [today - activeDays, today] (the
// "last N days" window of rules::windowStart). Archived contacts leave the role counts, but their
// past interactions stay in the months: archiving someone does not undo what happened (as in
// Helped lately). Interactions dated after today are not counted anywhere.
struct Insights
{
    static constexpr int activeDays = 90;
    static constexpr int monthCount = 12;

    QDate today;
    QList<RoleActivity> roles;   // every role, in allRoles() order
    QList<MonthActivity> months; // monthCount months, oldest first; the last is today's, up to today
    int recentGave = 0;          // interactions over the last activeDays days, counted as in MonthActivity
    int recentReceived = 0;
    int adviceNotReportedBack = 0; // advice acted on, by today, and never reported back (issue 9)

    RoleActivity role(Role role) const
    {
        for (const RoleActivity &activity : roles)
            if (activity.role == role)
                return activity;
        return {role, 0, 0};
    }
};

} // namespace tend
