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

// rules::cadenceRule (schedule/CadenceRule.h) for a contact without tags: their own cadence, else
// the shortest among its roles; else none.
std::optional<int> effectiveCadence(std::optional<int> ownCadence, const QList<Role> &roles,
                                    const std::function<std::optional<int>(Role)> &roleDefault);

// The day a contact was last in touch: their latest interaction, or the day the user marked the
// nudge done ("been in touch"), whichever is later. Null when neither happened.
QDate lastContact(QDate lastInteraction, QDate keptInTouchOn);

// When the next keep-in-touch nudge falls due: `cadence` days after the last contact (or after the
// day the contact was added, with none yet), but not before a snooze ends. A snooze belongs to the
// moment it was set: a new interaction or another cadence clears it (see store/NudgeSchedule).
QDate keepInTouchDue(QDate lastContact, QDate addedOn, int cadenceDays, QDate snoozedUntil = {});

// Snoozing moves a due day to today + days (so an overdue item leaves today's list).
QDate snoozedDue(QDate today, int days);

// Days past due: positive when overdue, 0 on the day, negative while still ahead.
int overdueDays(QDate due, QDate today);

// The first day of a "last N days" window ending today: today - N. The window includes both ends.
QDate windowStart(QDate today, int days);

// Whether a due day shows in a list that looks `withinDays` ahead of today.
bool isDueWithin(QDate due, QDate today, int withinDays);

} // namespace tend::rules
