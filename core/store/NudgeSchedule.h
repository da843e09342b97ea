#pragma once

#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The keep-in-touch schedule of each contact, kept in contact.nudge_cadence_days and
// contact.nudge_due_on. The rule itself is rules::cadenceRule and rules::keepInTouchDue; these
// columns only remember its answer, so that `tend due`, Today and the "Losing touch" order read one
// value and page through it with an index. Every write that changes an input of the rule (a
// contact's cadence, roles or tags, a role's or tag's cadence, an interaction, "been in touch", a snooze) calls
// refresh for the contacts it touched, inside its own transaction.
//
// Only what has happened counts: an interaction dated after `today` is a planned meeting, and the
// schedule reads the last interaction on or before `today` (an invalid `today` counts every one,
// as the first schedule of version 3 did; catchUp corrects it). So the schedule depends on the day
// too: catchUp recomputes the contacts with an interaction between the day it was last computed
// for and today, which an index on interaction.occurred_on finds without looking at other contacts.
namespace tend::nudges {

enum class Snoozes {
    ResetOnCadenceChange, // a snooze set under another cadence no longer applies
    Keep,                 // first computation (a migration): there is no earlier cadence to compare
};

// Recomputes the schedule of `contactIds` with the given role cadences.
Status refresh(const QSqlDatabase &db, const QList<qint64> &contactIds, const QHash<Role, int> &roleCadences,
               QDate today, Snoozes snoozes = Snoozes::ResetOnCadenceChange);

// Every contact with `role` (after that role's cadence changed).
Status refreshRole(const QSqlDatabase &db, Role role, const QHash<Role, int> &roleCadences, QDate today);

// Every contact tagged `tagId` (after that tag's cadence changed, or before a tag leaves them).
Status refreshTag(const QSqlDatabase &db, qint64 tagId, const QHash<Role, int> &roleCadences, QDate today);

// Every contact (a migration, a bulk write).
Status refreshAll(const QSqlDatabase &db, const QHash<Role, int> &roleCadences, QDate today,
                  Snoozes snoozes = Snoozes::ResetOnCadenceChange);

// Brings the schedule from the day it was computed for (the setting "nudges-computed-for") to
// `today`: the people of the interactions dated in between are recomputed, and the setting
// remembers `today`. Without the setting (a notebook of an earlier version), the people of every
// interaction after `today` are. So a notebook is written once a day, on the first open, and
// only its day-changed contacts are read.
// The people to recompute (reads only; nullopt when the schedule is of today already), then the
// catch-up itself, in a transaction.
Result<std::optional<QList<qint64>>> catchUpCandidates(const QSqlDatabase &db, QDate today);
Status catchUp(const QSqlDatabase &db, const QHash<Role, int> &roleCadences, QDate today, const QList<qint64> &contactIds);

// The setting that holds the day (not the user's: backups leave it out).
QString computedForKey();

// SQL for the last day contact `c` was in touch by an interaction on or before a day, with the
// values it binds (the day, three times): c.last_interaction_on unless that is a planned meeting.
QString lastHeldSql();
QVariantList lastHeldValues(QDate today);

// A new interaction supersedes any snooze of the nudges of the people in it.
Status clearSnoozes(const QSqlDatabase &db, const QList<qint64> &contactIds);

} // namespace tend::nudges
