#pragma once

#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

// The keep-in-touch schedule of each contact, kept in contact.nudge_cadence_days and
// contact.nudge_due_on. The rule itself is rules::cadenceRule and rules::keepInTouchDue; these
// columns only remember its answer, so that `tend due`, Today and the "Losing touch" order read one
// value and page through it with an index. Every write that changes an input of the rule (a
// contact's cadence, roles or tags, a role's or tag's cadence, an interaction, "been in touch", a snooze) calls
// refresh for the contacts it touched, inside its own transaction.
namespace tend::nudges {

enum class Snoozes {
    ResetOnCadenceChange, // a snooze set under another cadence no longer applies
    Keep,                 // first computation (a migration): there is no earlier cadence to compare
};

// Recomputes the schedule of `contactIds` with the given role cadences.
Status refresh(const QSqlDatabase &db, const QList<qint64> &contactIds, const QHash<Role, int> &roleCadences,
               Snoozes snoozes = Snoozes::ResetOnCadenceChange);

// Every contact with `role` (after that role's cadence changed).
Status refreshRole(const QSqlDatabase &db, Role role, const QHash<Role, int> &roleCadences);

// Every contact tagged `tagId` (after that tag's cadence changed, or before a tag leaves them).
Status refreshTag(const QSqlDatabase &db, qint64 tagId, const QHash<Role, int> &roleCadences);

// Every contact (a migration, a bulk write).
Status refreshAll(const QSqlDatabase &db, const QHash<Role, int> &roleCadences,
                  Snoozes snoozes = Snoozes::ResetOnCadenceChange);

// A new interaction supersedes any snooze of the nudges of the people in it.
Status clearSnoozes(const QSqlDatabase &db, const QList<qint64> &contactIds);

} // namespace tend::nudges
