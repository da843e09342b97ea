// Notebook: what sync keeps in the notebook (issue 13; docs/sync.md).
#include "Notebook.h"

#include "db/Transaction.h"
#include "store/ContactRepository.h"
#include "store/DateQueries.h"
#include "store/ReminderRepository.h"
#include "store/SyncStateQueries.h"

#include <algorithm>

namespace tend {
namespace {

bool everyRoleShares(const QList<Role> &roles, const QHash<Role, SyncRoleSharing> &sharing, bool notes)
{
    return std::all_of(roles.cbegin(), roles.cend(), [&](Role role) {
        const SyncRoleSharing shared = sharing.value(role, {role, role != Role::Therapist, false});
        return notes ? shared.notes : shared.contacts;
    });
}

// The contact's first date of the card's kind takes the card's day, or goes; one is added when
// there is none. Callers own the transaction.
Status applyCardDate(const QSqlDatabase &db, qint64 contactId, const CardDate &card, const QList<ImportantDate> &had,
                     const QDateTime &now)
{
    const auto existing = std::find_if(had.cbegin(), had.cend(), [&](const ImportantDate &date) { return date.kind == card.kind; });
    if (existing == had.cend()) {
        if (!card.date)
            return {};
        ImportantDate added = *card.date;
        added.id = 0;
        added.contactId = contactId;
        added.kind = card.kind;
        if (Status valid = checkImportantDate(added); !valid)
            return valid;
        if (auto inserted = datestore::insert(db, added, now); !inserted)
            return inserted.error();
        return {};
    }
    if (!card.date)
        return datestore::remove(db, existing->id);
    if (card.date->year == existing->year && card.date->month == existing->month && card.date->day == existing->day)
        return {};
    ImportantDate moved = *existing;
    moved.year = card.date->year;
    moved.month = card.date->month;
    moved.day = card.date->day;
    if (Status valid = checkImportantDate(moved); !valid)
        return valid;
    return datestore::setDay(db, moved);
}

} // namespace

Result<QList<SyncCollection>> Notebook::syncCollections() const
{
    return syncstate::collections(m_database->connection());
}

Result<qint64> Notebook::saveSyncCollection(const SyncCollection &collection)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = syncstate::saveCollection(m_database->connection(), collection);
    if (!id)
        return id.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return id;
}

Status Notebook::forgetSyncAccount()
{
    return syncstate::removeCollections(m_database->connection());
}

Status Notebook::setSyncCollectionState(qint64 collectionId, const QString &syncToken, const QString &ctag)
{
    return syncstate::setCollectionState(m_database->connection(), collectionId, syncToken, ctag);
}

Status Notebook::recordSyncRun(qint64 collectionId, const QString &error)
{
    return syncstate::recordRun(m_database->connection(), collectionId, m_clock.now(), error);
}

Result<QList<SyncStatusRow>> Notebook::syncStatus(qint64 collectionId) const
{
    return syncstate::statusRows(m_database->connection(), collectionId);
}

Status Notebook::putSyncStatus(qint64 collectionId, const SyncStatusRow &row)
{
    return syncstate::putStatus(m_database->connection(), collectionId, row);
}

Status Notebook::removeSyncStatus(qint64 collectionId, const QString &uid)
{
    return syncstate::removeStatus(m_database->connection(), collectionId, uid);
}

Result<QList<SyncRoleSharing>> Notebook::syncRoleSharing() const
{
    return syncstate::roleSharing(m_database->connection());
}

Status Notebook::setSyncRoleSharing(const QList<SyncRoleSharing> &sharing)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    for (const SyncRoleSharing &role : sharing) {
        if (auto done = syncstate::setRoleSharing(m_database->connection(), role); !done)
            return done;
    }
    return transaction.commit();
}

Result<QList<SyncContact>> Notebook::syncedContacts() const
{
    const QSqlDatabase db = m_database->connection();
    auto sharingList = syncstate::roleSharing(db);
    if (!sharingList)
        return sharingList.error();
    QHash<Role, SyncRoleSharing> sharing;
    for (const SyncRoleSharing &role : *sharingList)
        sharing.insert(role.role, role);
    auto left = syncstate::contactsThatLeftSync(db);
    if (!left)
        return left.error();
    auto serverCards = syncstate::contactsWithServerCards(db);
    if (!serverCards)
        return serverCards.error();
    auto contacts = exportContacts();
    if (!contacts)
        return contacts.error();
    auto dates = datestore::listAll(db);
    if (!dates)
        return dates.error();
    QHash<qint64, QList<ImportantDate>> datesOf;
    for (ImportantDate &date : *dates)
        datesOf[date.contactId].append(std::move(date));
    QList<SyncContact> synced;
    for (Contact &contact : *contacts) {
        if (left->contains(contact.id) || !everyRoleShares(contact.roles, sharing, /*notes=*/false))
            continue;
        const bool notes = !contact.roles.isEmpty() && everyRoleShares(contact.roles, sharing, /*notes=*/true);
        const bool fromServer = serverCards->contains(contact.id);
        QList<ImportantDate> own = datesOf.take(contact.id);
        synced.append({std::move(contact), notes, fromServer, std::move(own)});
    }
    return synced;
}

Result<qint64> Notebook::writeContactFromServer(const Contact &given, const QList<CardDate> &dates)
{
    Contact contact = given;
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (contact.id > 0) {
        auto left = syncstate::contactsThatLeftSync(db);
        if (!left)
            return left.error();
        if (left->contains(contact.id))
            contact.archived = false;
        if (auto updated = m_contacts->update(contact, m_clock.now()); !updated)
            return updated.error();
    } else {
        auto id = m_contacts->insert(contact, m_clock.now());
        if (!id)
            return id.error();
        contact.id = *id;
    }
    if (!dates.isEmpty()) {
        auto had = datestore::list(db, contact.id);
        if (!had)
            return had.error();
        for (const CardDate &date : dates) {
            if (auto applied = applyCardDate(db, contact.id, date, *had, m_clock.now()); !applied)
                return applied.error();
        }
    }
    if (auto done = syncstate::setLeftSync(db, contact.id, false); !done)
        return done.error();
    if (auto done = syncstate::markCardFromServer(db, contact.id); !done)
        return done.error();
    if (auto scheduled = refreshNudges({contact.id}); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders); !done)
        return done.error();
    return contact.id;
}

Status Notebook::leaveSync(qint64 contactId)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_contacts->setArchived(contactId, true, m_clock.now()); !done)
        return done;
    if (auto done = syncstate::setLeftSync(db, contactId, true); !done)
        return done;
    return finish(transaction, Change::Contacts | Change::Reminders);
}

Status Notebook::setCommitsWaitForDisk(bool wait)
{
    return m_database->setCommitsWaitForDisk(wait);
}

Result<QList<SyncReminder>> Notebook::syncedReminders() const
{
    auto contacts = syncedContacts();
    if (!contacts)
        return contacts.error();
    QSet<qint64> synced;
    for (const SyncContact &contact : *contacts)
        synced.insert(contact.contact.id);
    const QDateTime closedSince(today().addDays(-60), QTime(0, 0), Qt::UTC);
    auto reminders = m_reminders->toSync(closedSince);
    if (!reminders)
        return reminders.error();
    auto columns = syncstate::reminderSyncColumns(m_database->connection());
    if (!columns)
        return columns.error();
    QList<SyncReminder> chosen;
    for (Reminder &reminder : *reminders) {
        if (!synced.contains(reminder.contactId))
            continue;
        const syncstate::ReminderSyncColumns sync = columns->value(reminder.id);
        chosen.append({std::move(reminder), sync.uid, sync.contactUid, sync.ical});
    }
    if (auto derived = appendDerivedTasks(synced, chosen); !derived)
        return derived.error();
    return chosen;
}

Result<qint64> Notebook::writeReminderFromServer(const SyncReminder &given)
{
    const QSqlDatabase db = m_database->connection();
    const Reminder &wanted = given.reminder;
    if (!wanted.due.isValid())
        return Error::invalid(tr("The task has no due date Tend can use."));
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto derived = writeDerivedTaskFromServer(given);
    if (!derived)
        return derived.error();
    if (*derived) {
        if (auto done = finish(transaction, Change::Reminders); !done)
            return done.error();
        return **derived;
    }
    auto known = syncstate::reminderByUid(db, given.uid);
    if (!known)
        return known.error();
    qint64 id = 0;
    if (*known) {
        id = **known;
        auto current = m_reminders->get(id);
        if (!current)
            return current.error();
        if (current->due != wanted.due) {
            if (auto done = m_reminders->reschedule(id, wanted.due, ReminderEvent::Action::Rescheduled, m_clock.now()); !done)
                return done.error();
        }
        if (current->reason != wanted.reason.trimmed()) {
            if (auto done = syncstate::setReminderReason(db, id, wanted.reason.trimmed()); !done)
                return done.error();
        }
        if (current->state != wanted.state) {
            if (auto done = m_reminders->setState(id, wanted.state, m_clock.now()); !done)
                return done.error();
            // Done on the phone is done here: a recurring reminder's next occurrence is scheduled
            // (and sent by the next sync); reopened there, that occurrence goes again.
            if (wanted.state == ReminderState::Done && current->state == ReminderState::Open && current->recurrence) {
                if (auto scheduled = scheduleNextOccurrence(*current); !scheduled)
                    return scheduled.error();
            } else if (wanted.state == ReminderState::Open) {
                if (auto removed = removeOccurrencesAfter(id); !removed)
                    return removed.error();
            }
        }
    } else {
        auto contact = syncstate::contactByUid(db, given.contactUid);
        if (!contact)
            return contact.error();
        if (!*contact || given.contactUid.isEmpty())
            return Error::notFound(tr("The task is not about a contact in Tend (it names no contact Tend knows)."));
        Reminder added = wanted;
        added.id = 0;
        added.contactId = **contact;
        added.interactionId.reset();
        added.history.clear();
        auto inserted = m_reminders->insert(added, m_clock.now());
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (auto done = syncstate::setReminderSyncCopy(db, id, given.uid, given.ical); !done)
        return done.error();
    if (auto done = finish(transaction, Change::Reminders | Change::Contacts); !done)
        return done.error();
    return id;
}

Status Notebook::reminderLeavesSync(const QString &uid)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto derived = derivedTaskLeavesSync(uid);
    if (!derived)
        return derived.error();
    if (*derived)
        return finish(transaction, Change::Reminders);
    auto known = syncstate::reminderByUid(db, uid);
    if (!known)
        return known.error();
    if (!*known)
        return transaction.commit();
    auto current = m_reminders->get(**known);
    if (!current)
        return current.error();
    if (current->state == ReminderState::Open) {
        if (auto done = m_reminders->setState(current->id, ReminderState::Dismissed, m_clock.now()); !done)
            return done;
    }
    if (auto done = syncstate::setReminderLeftSync(db, current->id); !done)
        return done;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

} // namespace tend
