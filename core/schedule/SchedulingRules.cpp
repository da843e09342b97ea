#include "schedule/SchedulingRules.h"

#include "schedule/CadenceRule.h"

#include <algorithm>

namespace tend::rules {

QDate followUpDue(QDate interactionDate, int days)
{
    return interactionDate.addDays(days);
}

std::optional<int> effectiveCadence(std::optional<int> ownCadence, const QList<Role> &roles,
                                    const std::function<std::optional<int>(Role)> &roleDefault)
{
    return cadenceRule(ownCadence, {}, roles, roleDefault).days;
}

QDate lastContact(QDate lastInteraction, QDate keptInTouchOn)
{
    if (!keptInTouchOn.isValid())
        return lastInteraction;
    if (!lastInteraction.isValid())
        return keptInTouchOn;
    return std::max(lastInteraction, keptInTouchOn);
}

QDate keepInTouchDue(QDate lastContact, QDate addedOn, int cadenceDays, QDate snoozedUntil)
{
    const QDate base = lastContact.isValid() ? lastContact : addedOn;
    const QDate due = base.addDays(cadenceDays);
    return snoozedUntil.isValid() ? std::max(due, snoozedUntil) : due;
}

QDate snoozedDue(QDate today, int days)
{
    return today.addDays(days);
}

int overdueDays(QDate due, QDate today)
{
    return int(due.daysTo(today));
}

QDate windowStart(QDate today, int days)
{
    return today.addDays(-days);
}

bool isDueWithin(QDate due, QDate today, int withinDays)
{
    return due.isValid() && due <= today.addDays(withinDays);
}

} // namespace tend::rules
