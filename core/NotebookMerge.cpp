// Notebook: merging two contacts and finding possible duplicates (issue 11).
#include "Notebook.h"

#include "db/Transaction.h"
#include "model/Tags.h"
#include "model/Validation.h"
#include "store/ContactRepository.h"
#include "store/DuplicateQueries.h"
#include "store/MergeQueries.h"

#include <QHash>

namespace tend {

Result<MergePreview> Notebook::mergePreview(qint64 keepId, qint64 otherId) const
{
    if (keepId == otherId)
        return Error::invalid(tr("Contact #%1 cannot be merged with itself.").arg(keepId));
    auto keep = m_contacts->get(keepId);
    if (!keep)
        return keep.error();
    auto other = m_contacts->get(otherId);
    if (!other)
        return other.error();
    const QSqlDatabase db = m_database->connection();
    auto moved = merge::interactionsWithout(db, otherId, keepId);
    if (!moved)
        return moved.error();
    auto shared = merge::interactionsShared(db, otherId, keepId);
    if (!shared)
        return shared.error();
    auto reminders = merge::reminderIds(db, otherId);
    if (!reminders)
        return reminders.error();
    MergePreview preview;
    preview.keep = *keep;
    preview.other = *other;
    preview.conflicts = mergeConflicts(*keep, *other);
    preview.merged = mergedContact(*keep, *other);
    preview.interactions = int(moved->size() + shared->size());
    preview.reminders = int(reminders->size());
    return preview;
}

Result<MergeSnapshot> Notebook::mergeContacts(qint64 keepId, qint64 otherId, const MergeChoices &choices)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto preview = mergePreview(keepId, otherId);
    if (!preview)
        return preview.error();
    const Contact merged = mergedContact(preview->keep, preview->other, choices);
    Status valid = firstProblem(validateContact(merged));
    if (valid)
        valid = checkTags(merged.tags);
    if (!valid)
        return Error::invalid(tr("%1 and %2 cannot be merged: %3").arg(preview->keep.name, preview->other.name,
                                                                        valid.error().message));

    MergeSnapshot snapshot;
    auto keepRows = merge::copyRows(db, keepId);
    if (!keepRows)
        return keepRows.error();
    snapshot.keep = *keepRows;
    auto otherRows = merge::copyRows(db, otherId);
    if (!otherRows)
        return otherRows.error();
    snapshot.other = *otherRows;
    auto moved = merge::interactionsWithout(db, otherId, keepId);
    if (!moved)
        return moved.error();
    snapshot.movedInteractionIds = *moved;
    auto shared = merge::interactionsShared(db, otherId, keepId);
    if (!shared)
        return shared.error();
    snapshot.sharedInteractionIds = *shared;
    auto reminders = merge::reminderIds(db, otherId);
    if (!reminders)
        return reminders.error();
    snapshot.movedReminderIds = *reminders;

    if (auto done = merge::moveParticipation(db, snapshot.movedInteractionIds, otherId, keepId); !done)
        return done.error();
    if (auto done = merge::moveReminders(db, snapshot.movedReminderIds, keepId); !done)
        return done.error();
    if (auto done = merge::moveImportantDates(db, otherId, keepId); !done)
        return done.error();
    if (auto done = m_contacts->update(merged, m_clock.now()); !done)
        return done.error();
    if (auto done = m_contacts->setNudgeState(keepId, {merged.keptInTouchOn, merged.nudgeSnoozedUntil}); !done)
        return done.error();
    // Removing OTHER drops its participation in the shared interactions, its own rows and its
    // dismissed pairs (the foreign keys cascade).
    if (auto done = m_contacts->remove(otherId); !done)
        return done.error();
    if (auto scheduled = refreshNudges({keepId}); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Everything); !done)
        return done.error();
    return snapshot;
}

Status Notebook::unmergeContacts(const MergeSnapshot &snapshot)
{
    const qint64 keepId = snapshot.keep.contactId;
    const qint64 otherId = snapshot.other.contactId;
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto keepThere = m_contacts->exists(keepId);
    if (!keepThere)
        return keepThere.error();
    if (!*keepThere)
        return Error::notFound(tr("There is no contact with id %1.").arg(keepId));
    auto otherThere = m_contacts->exists(otherId);
    if (!otherThere)
        return otherThere.error();
    if (*otherThere)
        return Error::conflict(tr("Contact #%1 is in the notebook already: the merge was taken back before.").arg(otherId));

    if (auto done = merge::restoreRows(db, snapshot.other); !done)
        return done;
    if (auto done = merge::moveParticipation(db, snapshot.movedInteractionIds, keepId, otherId); !done)
        return done;
    if (auto done = merge::addParticipation(db, snapshot.sharedInteractionIds, otherId); !done)
        return done;
    if (auto done = merge::moveReminders(db, snapshot.movedReminderIds, otherId); !done)
        return done;
    if (auto done = merge::restoreRows(db, snapshot.keep); !done)
        return done;
    if (auto scheduled = refreshNudges({keepId, otherId}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Everything);
}

Result<QList<DuplicatePair>> Notebook::possibleDuplicates() const
{
    const QSqlDatabase db = m_database->connection();
    auto candidates = duplicates::candidates(db);
    if (!candidates)
        return candidates.error();
    auto dismissed = duplicates::dismissedPairs(db);
    if (!dismissed)
        return dismissed.error();
    const QList<exchange::DuplicateIds> found = exchange::findDuplicates(candidates->keys, *dismissed);
    QList<DuplicatePair> pairs;
    pairs.reserve(found.size());
    for (const exchange::DuplicateIds &pair : found)
        pairs.append({candidates->summaries.value(pair.a), candidates->summaries.value(pair.b), pair.reasons});
    return pairs;
}

Status Notebook::dismissDuplicate(qint64 a, qint64 b)
{
    if (a == b)
        return Error::invalid(tr("A contact is always the same person as itself (#%1).").arg(a));
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    for (const qint64 id : {a, b}) {
        auto there = m_contacts->exists(id);
        if (!there)
            return there.error();
        if (!*there)
            return Error::notFound(tr("There is no contact with id %1.").arg(id));
    }
    if (auto done = duplicates::dismiss(m_database->connection(), a, b, m_clock.now()); !done)
        return done;
    return finish(transaction, Change::Contacts);
}

Status Notebook::undismissDuplicate(qint64 a, qint64 b)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = duplicates::undismiss(m_database->connection(), a, b); !done)
        return done;
    return finish(transaction, Change::Contacts);
}

} // namespace tend
