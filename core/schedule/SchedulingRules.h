#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QList>

#include <functional>
#include <optional>

// Tend's scheduling rules as pure functions: every one takes "today" (or the day it counts from)
// as a parameter, so the tests can pin them to leap days and month ends.
namespace tend::rules {

// A follow-up scheduled `days` after the interaction's own day.
QDate followUpDue(QDate interactionDate, int days);

// The contact's own cadence wins; otherwise the shortest default among its roles; else none.
std::optional<int> effectiveCadence(std::optional<int> ownCadence, const QList<Role> &roles,
                                    const std::function<std::optional<int>(Role)> &roleDefault);

// When the next keep-in-touch nudge falls due: `cadence` days after the last interaction (or after
// the day the contact was added, with no interaction yet), but not before a snooze ends.
QDate keepInTouchDue(QDate lastInteraction, QDate addedOn, int cadenceDays, QDate snoozedUntil = {});

// Snoozing moves a due day to today + days (so an overdue item leaves today's list).
QDate snoozedDue(QDate today, int days);

// Days past due: positive when overdue, 0 on the day, negative while still ahead.
int overdueDays(QDate due, QDate today);

// The first day of a "last N days" window ending today: today - N. The window includes both ends.
QDate windowStart(QDate today, int days);

// Whether a due day shows in a list that looks `withinDays` ahead of today.
bool isDueWithin(QDate due, QDate today, int withinDays);

} // namespace tend::rules
