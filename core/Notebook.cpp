#include "Notebook.h"

#include "db/BackupManager.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "exchange/JsonBackup.h"
#include "model/Validation.h"
#include "schedule/SchedulingRules.h"
#include "store/CascadeRows.h"
#include "store/ContactRepository.h"
#include "store/InteractionRepository.h"
#include "store/NudgeSchedule.h"
#include "store/ReminderRepository.h"
#include "store/ReportQueries.h"
#include "store/SearchDeferral.h"
#include "store/SearchQueries.h"
#include "store/SettingsRepository.h"
#include "store/ExchangeQueries.h"
#include "store/DuplicateQueries.h"
#include "store/PracticeQueries.h"
#include "store/BackupTableQueries.h"
#include "store/TagQueries.h"
#include "store/DateQueries.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct NotebookText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Notebook)
};

// A done or dismissed reminder stays so: closing it again would flip its state and add events.
Error alreadyClosed(const Reminder &reminder)
{
    const QDate on = reminder.completedAt.toLocalTime().date();
    const bool done = reminder.state == ReminderState::Done;
    if (!on.isValid()) {
        return Error::conflict(done ? NotebookText::tr("Reminder %1 was already done.").arg(reminder.id)
                                    : NotebookText::tr("Reminder %1 was already dismissed.").arg(reminder.id));
    }
    const QString day = on.toString(Qt::ISODate);
    return Error::conflict(done ? NotebookText::tr("Reminder %1 was already done on %2.").arg(reminder.id).arg(day)
                                : NotebookText::tr("Reminder %1 was already dismissed on %2.").arg(reminder.id).arg(day));
}

QList<qint64> participantIds(const Interaction &interaction)
{
    QList<qint64> ids;
    for (const ContactRef &participant : interaction.participants) {
        if (!ids.contains(participant.id))
            ids.append(participant.id);
    }
    return ids;
}

} // namespace

Result<std::unique_ptr<Notebook>> Notebook::open(const QString &path, OpenOptions options, Clock clock)
{
    options.clock = clock;
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::make_unique<Notebook>(std::move(database).value(), clock);
}

Notebook::Notebook(std::unique_ptr<Database> database, Clock clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_contacts(std::make_unique<ContactRepository>(m_database->connection()))
    , m_interactions(std::make_unique<InteractionRepository>(m_database->connection()))
    , m_reminders(std::make_unique<ReminderRepository>(m_database->connection()))
    , m_settings(std::make_unique<SettingsRepository>(m_database->connection()))
{
    if (auto version = m_database->dataVersion())
        m_dataVersion = *version;
    static_cast<void>(catchUpWithToday()); // a failure (a locked or read-only file) is retried on the next day change or open
}

Notebook::~Notebook() = default;

void Notebook::setClock(Clock clock)
{
    m_clock = clock;
    if (m_worker)
        m_worker->setClock(clock);
    static_cast<void>(catchUpWithToday()); // a failure (a locked file) is retried on the next day change or open
}

void Notebook::notifyExternalChange()
{
    static_cast<void>(catchUpWithToday()); // as above
    emit changed(Change::Everything);
}

Status Notebook::catchUpWithToday()
{
    // Read first: on most opens there is nothing to do, and no write lock is taken.
    auto people = nudges::catchUpCandidates(m_database->connection(), today());
    if (!people)
        return people.error();
    if (!*people)
        return {};
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto cadences = m_settings->roleCadences();
    if (!cadences)
        return cadences.error();
    if (auto done = nudges::catchUp(m_database->connection(), *cadences, today(), **people); !done)
        return done;
    return finish(transaction, Change::Contacts | Change::Reminders);
}

work::Worker &Notebook::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<work::Worker>(path(), m_clock, [this] {
            QMetaObject::invokeMethod(this, [this] { checkForExternalChanges(); }, Qt::QueuedConnection);
        });
    }
    return *m_worker;
}

QString Notebook::path() const
{
    return m_database->path();
}

int Notebook::schemaVersion() const
{
    return m_database->schemaVersion();
}

bool Notebook::checkForExternalChanges()
{
    auto version = m_database->dataVersion();
    if (!version || *version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    emit changed(Change::Everything);
    return true;
}

Status Notebook::refreshNudges(const QList<qint64> &contactIds)
{
    auto cadences = m_settings->roleCadences();
    if (!cadences)
        return cadences.error();
    return nudges::refresh(m_database->connection(), contactIds, *cadences, today());
}

Status Notebook::finish(Transaction &transaction, Changes what)
{
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit changed(what);
    return {};
}

// --- Contacts -------------------------------------------------------------------------------

Result<qint64> Notebook::addContact(const Contact &given)
{
    Contact contact = given;
    contact.emails = uniqueEmails(contact.emails);
    if (auto valid = firstProblem(validateContact(contact)); !valid)
        return valid.error();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = m_contacts->insert(contact, m_clock.now());
    if (!id)
        return id.error();
    if (auto scheduled = refreshNudges({*id}); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Contacts); !done)
        return done.error();
    return id;
}

Status Notebook::updateContact(const Contact &given)
{
    Contact contact = given;
    contact.emails = uniqueEmails(contact.emails);
    if (auto valid = firstProblem(validateContact(contact)); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto updated = m_contacts->update(contact, m_clock.now()); !updated)
        return updated;
    if (auto scheduled = refreshNudges({contact.id}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Contacts | Change::Reminders);
}

Status Notebook::setArchived(const QList<qint64> &ids, bool archived)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    for (const qint64 id : ids) {
        if (auto done = m_contacts->setArchived(id, archived, m_clock.now()); !done)
            return done;
    }
    return finish(transaction, Change::Contacts | Change::Reminders);
}

Result<Contact> Notebook::contact(qint64 id) const
{
    auto found = m_contacts->get(id);
    if (!found)
        return found;
    QList<Contact *> rows{&*found};
    if (auto settled = settleLastContact(rows); !settled)
        return settled.error();
    return found;
}

// contact.last_interaction_on (kept by triggers) is the latest interaction, planned ones included;
// the few whose latest lies ahead get their last held one instead, in one query for them all.
template<typename Row>
Status Notebook::settleLastContact(const QList<Row *> &rows) const
{
    QList<qint64> ahead;
    for (const Row *row : rows)
        if (row->lastInteraction.isValid() && row->lastInteraction > today())
            ahead.append(row->id);
    if (ahead.isEmpty())
        return {};
    auto held = m_interactions->lastHeldOn(ahead, today());
    if (!held)
        return held.error();
    for (Row *row : rows)
        if (ahead.contains(row->id))
            row->lastInteraction = held->value(row->id);
    return {};
}

Status Notebook::settleLastContact(QList<ContactSummary> &summaries) const
{
    QList<ContactSummary *> rows;
    for (ContactSummary &summary : summaries)
        rows.append(&summary);
    return settleLastContact(rows);
}

Result<ContactRef> Notebook::resolveContact(const QString &reference) const
{
    return m_contacts->resolve(reference);
}

Result<QList<ContactSummary>> Notebook::completeContact(const QString &prefix, int limit) const
{
    auto found = m_contacts->complete(prefix, limit);
    if (found)
        if (auto settled = settleLastContact(*found); !settled)
            return settled.error();
    return found;
}

Result<QList<ContactSummary>> Notebook::lookalikeContacts(const Contact &contact) const
{
    auto found = m_contacts->lookalikes(contact.name, contact.emails, contact.id);
    if (found)
        if (auto settled = settleLastContact(*found); !settled)
            return settled.error();
    return found;
}

Result<ContactPage> Notebook::contacts(const ContactQuery &query) const
{
    auto page = m_contacts->list(query);
    if (page)
        if (auto settled = settleLastContact(page->rows); !settled)
            return settled.error();
    return page;
}

Result<int> Notebook::contactCount(const ContactQuery &query) const
{
    return m_contacts->count(query);
}

Result<NotebookSize> Notebook::size() const
{
    ContactQuery everyone;
    everyone.includeArchived = true;
    auto contacts = m_contacts->count(everyone);
    if (!contacts)
        return contacts.error();
    auto interactions = m_interactions->count();
    if (!interactions)
        return interactions.error();
    return NotebookSize{*contacts, *interactions};
}

Result<ContactSnapshot> Notebook::deleteContact(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();

    ContactSnapshot snapshot;
    auto contact = m_contacts->get(id);
    if (!contact)
        return contact.error();
    snapshot.contact = *contact;
    auto sole = m_interactions->soleInteractionIds(id);
    if (!sole)
        return sole.error();
    snapshot.ownInteractionIds = *sole;
    auto shared = m_interactions->sharedInteractionIds(id);
    if (!shared)
        return shared.error();
    snapshot.sharedInteractionIds = *shared;

    QVariantList ownIds;
    for (const qint64 interactionId : std::as_const(snapshot.ownInteractionIds))
        ownIds.append(interactionId);
    auto rows = cascade::capture(m_database->connection(),
                                 {{u"contact"_s, u"id"_s, {id}}, {u"interaction"_s, u"id"_s, ownIds}});
    if (!rows)
        return rows.error();
    snapshot.rows = *rows;

    for (const qint64 interactionId : std::as_const(snapshot.ownInteractionIds)) {
        if (auto removed = m_interactions->remove(interactionId); !removed)
            return removed.error();
    }
    if (auto removed = m_contacts->remove(id); !removed)
        return removed.error();
    if (auto done = finish(transaction, Change::Everything); !done)
        return done.error();
    return snapshot;
}

Status Notebook::insertReminderSnapshot(const Reminder &reminder)
{
    auto inserted = m_reminders->insert(reminder, m_clock.now());
    if (!inserted)
        return inserted.error();
    return {};
}

Status Notebook::restoreContact(const ContactSnapshot &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto restored = cascade::restore(m_database->connection(), snapshot.rows); !restored)
        return restored;
    if (auto scheduled = refreshNudges({snapshot.contact.id}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Everything);
}

// --- Interactions ---------------------------------------------------------------------------

Status Notebook::checkInteraction(const Interaction &interaction) const
{
    return tend::checkInteraction(interaction, today());
}

Result<QList<Reminder>> Notebook::followUpsClosedByLogging(const Interaction &interaction, QDate today,
                                                           const FollowUpsToClose &toClose) const
{
    const QDate dueBy = toClose.due && interaction.date.isValid() ? today : QDate();
    return m_reminders->openFor(participantIds(interaction), dueBy, interaction.date, toClose.reminderIds);
}

Result<LoggedInteraction> Notebook::logInteraction(const Interaction &interaction, FollowUpChoice followUp,
                                                   const FollowUpsToClose &toClose)
{
    if (auto valid = checkInteraction(interaction); !valid)
        return valid.error();
    std::optional<int> days;
    switch (followUp.mode) {
    case FollowUpChoice::Mode::KindDefault: {
        auto kindDefault = m_settings->followUpDays(interaction.kind);
        if (!kindDefault)
            return kindDefault.error();
        days = *kindDefault;
        break;
    }
    case FollowUpChoice::Mode::Days:
        if (auto valid = checkDays(followUp.days, tr("The follow-up delay"), 0); !valid)
            return valid.error();
        days = followUp.days;
        break;
    case FollowUpChoice::Mode::None:
        break;
    }
    if (followUp.repeat && followUp.repeat->every < 1)
        return Error::invalid(tr("A reminder cannot repeat every 0 days; use 1 or more."));

    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    LoggedInteraction logged;
    auto closing = followUpsClosedByLogging(interaction, today(), toClose);
    if (!closing)
        return closing.error();
    for (const Reminder &reminder : std::as_const(*closing)) {
        if (auto closed = m_reminders->setState(reminder.id, ReminderState::Done, m_clock.now()); !closed)
            return closed.error();
        if (reminder.recurrence) {
            if (auto scheduled = scheduleNextOccurrence(reminder); !scheduled)
                return scheduled.error();
        }
    }
    logged.closedFollowUps = *closing;
    auto id = m_interactions->insert(interaction, m_clock.now());
    if (!id)
        return id.error();
    logged.interactionId = *id;
    if (auto advised = insertAdvice(*id, interaction.advice); !advised)
        return advised.error();

    Changes what = Change::Interactions | Change::Contacts;
    if (days) {
        logged.followUpDue = rules::followUpDue(interaction.date, *days);
        QSet<qint64> seen;
        for (const ContactRef &participant : interaction.participants) {
            if (seen.contains(participant.id))
                continue;
            seen.insert(participant.id);
            Reminder reminder;
            reminder.contactId = participant.id;
            reminder.interactionId = *id;
            reminder.due = logged.followUpDue;
            reminder.reason = followUpReason(interaction);
            reminder.recurrence = followUp.repeat;
            reminder.seriesAnchor = followUp.repeat ? reminder.due : QDate();
            auto reminderId = m_reminders->insert(reminder, m_clock.now());
            if (!reminderId)
                return reminderId.error();
            logged.reminderIds.append(*reminderId);
        }
        what |= Change::Reminders;
    }
    // A new interaction is news the nudge's snooze did not know about.
    const QList<qint64> people = participantIds(interaction);
    if (auto cleared = nudges::clearSnoozes(m_database->connection(), people); !cleared)
        return cleared.error();
    if (auto scheduled = refreshNudges(people); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, what | Change::Reminders); !done)
        return done.error();
    return logged;
}

Status Notebook::updateInteraction(const Interaction &interaction)
{
    if (auto valid = checkInteraction(interaction); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto before = m_interactions->get(interaction.id);
    if (!before)
        return before.error();
    if (auto updated = m_interactions->update(interaction, m_clock.now()); !updated)
        return updated;
    QList<qint64> people = participantIds(*before);
    for (const qint64 id : participantIds(interaction)) {
        if (!people.contains(id))
            people.append(id);
    }
    if (auto scheduled = refreshNudges(people); !scheduled)
        return scheduled;
    return finish(transaction, Change::Interactions | Change::Contacts | Change::Reminders);
}

Result<Interaction> Notebook::interaction(qint64 id) const
{
    return m_interactions->get(id);
}

Result<InteractionSnapshot> Notebook::deleteInteraction(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto snapshot = removeInteraction(id);
    if (!snapshot)
        return snapshot.error();
    if (auto done = finish(transaction, Change::Everything); !done)
        return done.error();
    return snapshot;
}

Result<InteractionSnapshot> Notebook::unlogInteraction(const LoggedInteraction &logged)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto snapshot = removeInteraction(logged.interactionId);
    if (!snapshot)
        return snapshot.error();
    for (const Reminder &before : logged.closedFollowUps) {
        auto closed = m_reminders->get(before.id);
        if (!closed)
            return closed.error();
        snapshot->closedFollowUps.append(*closed);
        if (auto reopened = m_reminders->restore(before); !reopened)
            return reopened.error();
        if (auto removed = removeOccurrencesAfter(before.id); !removed)
            return removed.error();
    }
    if (auto done = finish(transaction, Change::Everything); !done)
        return done.error();
    return snapshot;
}

Result<InteractionSnapshot> Notebook::removeInteraction(qint64 id)
{
    InteractionSnapshot snapshot;
    auto interaction = m_interactions->get(id);
    if (!interaction)
        return interaction.error();
    snapshot.interaction = *interaction;
    auto reminders = m_reminders->forInteraction(id);
    if (!reminders)
        return reminders.error();
    snapshot.reminders = *reminders;
    auto advice = PracticeRepository(m_database->connection()).adviceOf(id);
    if (!advice)
        return advice.error();
    snapshot.advice = *advice;
    if (auto removed = m_interactions->remove(id); !removed)
        return removed.error();
    if (auto scheduled = refreshNudges(participantIds(snapshot.interaction)); !scheduled)
        return scheduled.error();
    return snapshot;
}

Status Notebook::restoreInteraction(const InteractionSnapshot &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto id = m_interactions->insert(snapshot.interaction, m_clock.now());
    if (!id)
        return id.error();
    for (const Reminder &reminder : snapshot.reminders) {
        if (auto restored = insertReminderSnapshot(reminder); !restored)
            return restored;
    }
    for (const Reminder &closed : snapshot.closedFollowUps) {
        if (auto restored = m_reminders->restore(closed); !restored)
            return restored;
        if (closed.state == ReminderState::Done && closed.recurrence) {
            if (auto scheduled = scheduleNextOccurrence(closed); !scheduled)
                return scheduled;
        }
    }
    for (const AdviceItem &item : snapshot.advice) {
        if (auto restored = PracticeRepository(m_database->connection()).restoreAdvice(item); !restored)
            return restored;
    }
    if (auto scheduled = refreshNudges(participantIds(snapshot.interaction)); !scheduled)
        return scheduled;
    return finish(transaction, Change::Everything);
}

// --- Reminders ------------------------------------------------------------------------------

Result<qint64> Notebook::addReminder(qint64 contactId, QDate due, const QString &reason,
                                     const std::optional<Recurrence> &recurrence)
{
    if (auto valid = checkReminder(due, reason); !valid)
        return valid.error();
    if (recurrence && recurrence->every < 1)
        return Error::invalid(tr("A reminder cannot repeat every 0 days; use 1 or more."));
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Reminder reminder;
    reminder.contactId = contactId;
    reminder.due = due;
    reminder.reason = reason.trimmed().isEmpty() ? tr("Follow up") : reason.trimmed();
    reminder.recurrence = recurrence;
    reminder.seriesAnchor = recurrence ? due : QDate();
    auto id = m_reminders->insert(reminder, m_clock.now());
    if (!id)
        return id.error();
    if (auto done = finish(transaction, Change::Reminders | Change::Contacts); !done)
        return done.error();
    return id;
}

Result<Reminder> Notebook::reminder(qint64 id) const
{
    return m_reminders->get(id);
}

Result<Reminder> Notebook::deleteReminder(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto snapshot = m_reminders->get(id);
    if (!snapshot)
        return snapshot.error();
    if (auto removed = m_reminders->remove(id); !removed)
        return removed.error();
    if (auto done = finish(transaction, Change::Reminders | Change::Contacts); !done)
        return done.error();
    return snapshot;
}

Status Notebook::restoreDeletedReminder(const Reminder &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto restored = insertReminderSnapshot(snapshot); !restored)
        return restored;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::closeReminder(qint64 id, ReminderState state)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto current = m_reminders->get(id);
    if (!current)
        return current.error();
    if (current->state != ReminderState::Open)
        return alreadyClosed(*current);
    if (auto done = m_reminders->setState(id, state, m_clock.now()); !done)
        return done;
    if (state == ReminderState::Done && current->recurrence) {
        if (auto scheduled = scheduleNextOccurrence(*current); !scheduled)
            return scheduled;
    }
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::scheduleNextOccurrence(const Reminder &completed)
{
    const QDate anchor = completed.seriesAnchor.isValid() ? completed.seriesAnchor : completed.due;
    const rules::SeriesPosition next = rules::nextOccurrence(anchor, completed.seriesIndex, *completed.recurrence, today());
    if (!next.due.isValid())
        return {}; // the series ran past the calendar's end: nothing more to schedule
    Reminder occurrence;
    occurrence.contactId = completed.contactId;
    occurrence.interactionId = completed.interactionId;
    occurrence.due = next.due;
    occurrence.reason = completed.reason;
    occurrence.recurrence = completed.recurrence;
    occurrence.seriesAnchor = next.anchor;
    occurrence.seriesIndex = next.index;
    occurrence.previousId = completed.id;
    auto id = m_reminders->insert(occurrence, m_clock.now());
    if (!id)
        return id.error();
    return {};
}

// The occurrences completing `id` scheduled go when it is open again (reopened, or the undo).
Status Notebook::removeOccurrencesAfter(qint64 id)
{
    auto after = m_reminders->openOccurrencesAfter(id);
    if (!after)
        return after.error();
    for (const Reminder &occurrence : std::as_const(*after)) {
        if (auto removed = m_reminders->remove(occurrence.id); !removed)
            return removed;
    }
    return {};
}

Result<std::optional<Reminder>> Notebook::nextOccurrence(qint64 id) const
{
    auto after = m_reminders->openOccurrencesAfter(id);
    if (!after)
        return after.error();
    if (after->isEmpty())
        return std::optional<Reminder>();
    return std::optional<Reminder>(after->constFirst());
}

Status Notebook::completeReminder(qint64 id)
{
    return closeReminder(id, ReminderState::Done);
}

Status Notebook::dismissReminder(qint64 id)
{
    return closeReminder(id, ReminderState::Dismissed);
}

Status Notebook::reopenReminder(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_reminders->setState(id, ReminderState::Open, m_clock.now()); !done)
        return done;
    if (auto removed = removeOccurrencesAfter(id); !removed)
        return removed;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::snoozeReminder(qint64 id, int days)
{
    if (auto valid = checkDays(days, tr("The snooze")); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto current = m_reminders->get(id);
    if (!current)
        return current.error();
    if (current->state != ReminderState::Open)
        return Error::conflict(tr("Reminder %1 is already %2; only open reminders can be snoozed.")
                                   .arg(id).arg(inlineName(current->state)));
    const QDate due = rules::snoozedDue(today(), days);
    if (auto storable = checkSchedulable(due, tr("The snoozed reminder")); !storable)
        return storable;
    if (auto done = m_reminders->reschedule(id, due, ReminderEvent::Action::Snoozed, m_clock.now()); !done)
        return done;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::rescheduleReminder(qint64 id, QDate due)
{
    if (!due.isValid())
        return Error::invalid(tr("Enter a valid date."));
    if (auto storable = checkSchedulable(due, tr("The reminder")); !storable)
        return storable;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_reminders->reschedule(id, due, ReminderEvent::Action::Rescheduled, m_clock.now()); !done)
        return done;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::restoreReminder(const Reminder &before)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_reminders->restore(before); !done)
        return done;
    if (before.state == ReminderState::Open) {
        if (auto removed = removeOccurrencesAfter(before.id); !removed)
            return removed;
    }
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::snoozeNudge(qint64 contactId, QDate until)
{
    if (!until.isValid())
        return Error::invalid(tr("Enter a valid date."));
    if (auto storable = checkSchedulable(until, tr("The snoozed keep-in-touch nudge")); !storable)
        return storable;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto found = m_contacts->get(contactId);
    if (!found)
        return found.error();
    if (auto done = m_contacts->setNudgeState(contactId, {found->keptInTouchOn, until}); !done)
        return done;
    if (auto scheduled = refreshNudges({contactId}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Status Notebook::completeNudge(qint64 contactId)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto found = m_contacts->get(contactId);
    if (!found)
        return found.error();
    auto cadence = effectiveCadence(*found);
    if (!cadence)
        return cadence.error();
    if (!*cadence)
        return Error::conflict(tr("%1 has no keep-in-touch cadence.").arg(found->name));
    const QDate next = rules::keepInTouchDue(rules::lastContact(found->lastInteraction, today()), {}, **cadence);
    if (auto storable = checkSchedulable(next, tr("The next keep-in-touch nudge")); !storable)
        return storable;
    if (auto done = m_contacts->setNudgeState(contactId, {today(), {}}); !done)
        return done;
    if (auto scheduled = refreshNudges({contactId}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

Result<NudgeState> Notebook::nudgeState(qint64 contactId) const
{
    auto found = m_contacts->get(contactId);
    if (!found)
        return found.error();
    return NudgeState{found->keptInTouchOn, found->nudgeSnoozedUntil};
}

Status Notebook::restoreNudge(qint64 contactId, const NudgeState &before)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_contacts->setNudgeState(contactId, before); !done)
        return done;
    if (auto scheduled = refreshNudges({contactId}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Reminders | Change::Contacts);
}

// --- Reports --------------------------------------------------------------------------------

Result<QList<DueItem>> Notebook::due(QDate today, int withinDays, int firstOfEach) const
{
    if (auto valid = checkDays(withinDays, tr("The look-ahead"), 0); !valid)
        return valid.error();
    // Nothing is stored after the last storable day, so looking further finds nothing more.
    const QDate horizon = std::min(today.addDays(withinDays), limits::lastStorableDay());
    auto followUps = m_reminders->openDueBy(horizon, today, firstOfEach);
    if (!followUps)
        return followUps.error();
    auto factor = m_settings->overdueFactor();
    if (!factor)
        return factor.error();
    auto nudges = reports::keepInTouchNudges(m_database->connection(), today, withinDays, *factor, firstOfEach);
    if (!nudges)
        return nudges.error();

    auto chaseDays = introChaseDays();
    if (!chaseDays)
        return chaseDays.error();
    auto practiceItems = practice::dueItems(m_database->connection(), today, horizon, *chaseDays);
    if (!practiceItems)
        return practiceItems.error();
    const auto dueOrder = [](const DueItem &a, const DueItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    };
    if (firstOfEach >= 0 && practiceItems->size() > firstOfEach) {
        std::stable_sort(practiceItems->begin(), practiceItems->end(), dueOrder);
        practiceItems->resize(firstOfEach);
    }

    QList<DueItem> items = *followUps;
    items += *nudges;
    items += *practiceItems;
    std::stable_sort(items.begin(), items.end(), dueOrder);
    return items;
}

Result<QList<SearchHit>> Notebook::search(const QString &text, int limit) const
{
    return search::contacts(m_database->connection(), text, limit);
}

Result<QList<HelpedEntry>> Notebook::helped(QDate today, int days) const
{
    if (auto valid = checkDays(days, tr("The period")); !valid)
        return valid.error();
    return reports::helped(m_database->connection(), today, days);
}

Result<Insights> Notebook::insights(QDate today) const
{
    if (!today.isValid())
        return Error::invalid(tr("Insights need a valid day to count back from."));
    auto insights = reports::insights(m_database->connection(), today);
    if (!insights)
        return insights;
    auto unreported = PracticeRepository(m_database->connection()).actedOnNotReportedBack(today);
    if (!unreported)
        return unreported.error();
    insights->adviceNotReportedBack = *unreported;
    return insights;
}

Result<QList<TimelineEntry>> Notebook::timeline(qint64 contactId) const
{
    auto exists = m_contacts->exists(contactId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(tr("There is no contact with id %1.").arg(contactId));
    auto interactions = m_interactions->forContact(contactId);
    if (!interactions)
        return interactions.error();
    auto reminders = m_reminders->forContact(contactId);
    if (!reminders)
        return reminders.error();

    QList<TimelineEntry> entries;
    for (const Interaction &interaction : *interactions)
        entries.append({interaction.date, interaction});
    for (const Reminder &reminder : *reminders)
        entries.append({reminder.due, reminder});
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return !a.isInteraction() && b.isInteraction(); // on one day, the follow-up above the chat
    });
    return entries;
}

Result<std::optional<int>> Notebook::effectiveCadence(const Contact &contact) const
{
    auto rule = cadenceRule(contact);
    if (!rule)
        return rule.error();
    return rule->days;
}

// --- Bulk writes and backups ---------------------------------------------------------------

namespace {

// A large page cache while writing many rows: the indexes of a quarter-million rows stay in memory
// instead of spilling to the WAL mid-transaction. The connection's own size comes back after.
class LargeCacheWhileWriting
{
    Q_DISABLE_COPY_MOVE(LargeCacheWhileWriting)
public:
    explicit LargeCacheWhileWriting(const QSqlDatabase &db) : m_db(db)
    {
        if (auto current = sql::scalar(m_db, u"PRAGMA cache_size"_s); current) {
            m_previous = *current;
            (void)sql::exec(m_db, u"PRAGMA cache_size = -262144"_s); // KiB: 256 MiB at most, used as needed
        }
    }
    ~LargeCacheWhileWriting()
    {
        if (m_previous)
            (void)sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(*m_previous)); // PRAGMA takes no bound values
    }

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

} // namespace

Result<BulkSummary> Notebook::writeInBulk(qint64 total, const std::function<Status(BulkWriter &writer)> &write,
                                          const ProgressFunction &progress)
{
    const LargeCacheWhileWriting cache(m_database->connection());
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (auto deferred = searchdeferral::begin(m_database->connection()); !deferred)
        return deferred.error();
    BulkWriter writer(*m_contacts, *m_interactions, *m_reminders, m_clock.now(), total, progress);
    if (auto written = write(writer); !written)
        return written.error();
    if (writer.wasCancelled())
        return Error::cancelled(tr("Cancelled: nothing was changed."));
    if (auto indexed = searchdeferral::catchUp(m_database->connection()); !indexed)
        return indexed.error();
    auto cadences = m_settings->roleCadences();
    if (!cadences)
        return cadences.error();
    if (auto scheduled = nudges::refresh(m_database->connection(), writer.touchedContacts().values(), *cadences, today());
        !scheduled)
        return scheduled.error();
    const BulkSummary summary = writer.summary();
    if (auto done = finish(transaction, Change::Everything); !done)
        return done.error();
    return summary;
}

Result<QString> Notebook::backUpNow(const QString &target, Database::ExistingTarget existing)
{
    return BackupManager::backupNow(*m_database, m_clock.now(), target, existing);
}

bool Notebook::dailyBackupDue() const
{
    return BackupManager::dailyBackupDue(path(), m_clock.today());
}

Result<QString> Notebook::dailyBackupIfDue()
{
    return BackupManager::dailyBackupIfDue(*m_database, m_clock.now());
}

Result<QString> Notebook::backupBeforeBulkChange()
{
    return BackupManager::backupBeforeBulkChange(*m_database, m_clock.now());
}

QList<BackupInfo> Notebook::backups() const
{
    return BackupManager::backups(m_database->path());
}

bool Notebook::integrityCheckPending() const
{
    return m_database->integrityCheckPending();
}

void Notebook::interrupt() const
{
    m_database->interrupt();
}

Status Notebook::quickCheck()
{
    return m_database->quickCheck();
}

void Notebook::integrityCheckPassed()
{
    m_database->recordCheckPassed();
}

Result<QStringList> Notebook::integrityProblems() const
{
    return m_database->integrityProblems();
}

// --- Settings -------------------------------------------------------------------------------

Result<std::optional<int>> Notebook::followUpDays(InteractionKind kind) const
{
    return m_settings->followUpDays(kind);
}

Status Notebook::setFollowUpDays(InteractionKind kind, std::optional<int> days)
{
    if (days) {
        if (auto valid = checkDays(*days, tr("The follow-up delay")); !valid)
            return valid;
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_settings->setFollowUpDays(kind, days); !done)
        return done;
    return finish(transaction, Change::Settings);
}

Result<std::optional<int>> Notebook::roleCadence(Role role) const
{
    return m_settings->roleCadence(role);
}

Status Notebook::setRoleCadence(Role role, std::optional<int> days)
{
    if (days) {
        if (auto valid = checkDays(*days, tr("The cadence")); !valid)
            return valid;
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_settings->setRoleCadence(role, days); !done)
        return done;
    auto cadences = m_settings->roleCadences();
    if (!cadences)
        return cadences.error();
    if (auto scheduled = nudges::refreshRole(m_database->connection(), role, *cadences, today()); !scheduled)
        return scheduled;
    return finish(transaction, Change::Settings | Change::Reminders | Change::Contacts);
}

// --- Tags -----------------------------------------------------------------------------------

Status Notebook::setTags(qint64 contactId, const QStringList &tags)
{
    if (auto valid = checkTags(tags); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto done = m_contacts->setTags(contactId, tags); !done)
        return done;
    if (auto scheduled = refreshNudges({contactId}); !scheduled)
        return scheduled;
    return finish(transaction, Change::Contacts | Change::Reminders);
}

Result<QList<TagCount>> Notebook::tags() const
{
    return m_contacts->tagCounts();
}

// --- Import and export -----------------------------------------------------------------------

Result<ImportPlan> Notebook::planImport(const QList<io::ParsedFile> &files, const ImportOptions &options) const
{
    auto existing = exchange::contactKeys(m_database->connection());
    if (!existing)
        return existing.error();
    ImportContext context;
    context.existing = *existing;
    context.load = [this](qint64 id) { return m_contacts->get(id); };
    auto plan = tend::planImport(files, context, options);
    if (!plan)
        return plan.error();
    if (options.strict && plan->summary.skipped > 0) {
        const auto first = std::find_if(plan->summary.issues.cbegin(), plan->summary.issues.cend(), [](const ImportIssue &i) {
            return i.problem.severity == io::ImportProblem::Severity::Skipped;
        });
        return Error::invalid(tr("%1 (strict: nothing was imported, since %n record(s) would be left out)", nullptr,
                                 plan->summary.skipped)
                                  .arg(first != plan->summary.issues.cend() ? first->describe() : QString()));
    }
    return plan;
}

namespace {

// An imported record's dates for a contact that was there before: those of a kind it has none of.
Status addMissingDates(BulkWriter &writer, const QSqlDatabase &db, qint64 contactId, const QList<ImportantDate> &dates,
                       QList<qint64> &addedIds)
{
    if (dates.isEmpty())
        return {};
    auto existing = datestore::list(db, contactId);
    if (!existing)
        return existing.error();
    for (ImportantDate date : dates) {
        const bool known = std::any_of(existing->cbegin(), existing->cend(),
                                       [&date](const ImportantDate &other) { return other.kind == date.kind; });
        if (known)
            continue;
        date.contactId = contactId;
        auto id = writer.addImportantDate(date);
        if (!id)
            return id.error();
        addedIds.append(*id);
    }
    return {};
}

} // namespace

Result<ImportSummary> Notebook::importContacts(const QList<io::ParsedFile> &files, const ImportOptions &options,
                                               const ProgressFunction &progress)
{
    auto plan = planImport(files, options);
    if (!plan)
        return plan.error();
    ImportSummary summary = plan->summary;
    if (options.dryRun || plan->contacts.isEmpty())
        return summary;
    if (options.backupFirst) {
        auto backup = backupBeforeBulkChange();
        if (!backup)
            return backup.error();
        summary.backupPath = *backup;
    }
    QList<PlannedContact> &planned = plan->contacts;
    auto written = writeInBulk(planned.size(), [&](BulkWriter &writer) -> Status {
        for (PlannedContact &contact : planned) {
            if (contact.isNew) {
                auto id = writer.addContact(contact.contact);
                if (!id)
                    return id.error();
                contact.contact.id = *id;
                for (ImportantDate date : std::as_const(contact.dates)) {
                    date.contactId = *id;
                    if (auto added = writer.addImportantDate(date); !added)
                        return added.error();
                }
            } else {
                if (auto updated = writer.updateContact(contact.contact); !updated)
                    return updated;
                if (auto added = addMissingDates(writer, m_database->connection(), contact.contact.id, contact.dates,
                                              summary.addedDateIds); !added)
                    return added;
            }
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }
        return {};
    }, progress);
    if (!written)
        return written.error();
    for (const PlannedContact &contact : std::as_const(planned)) {
        if (contact.isNew)
            summary.createdIds.append(contact.contact.id);
        for (const qsizetype row : contact.rows)
            summary.rows[row].contactId = contact.contact.id;
    }
    return summary;
}


Status Notebook::undoImport(const ImportSummary &summary)
{
    auto undone = writeInBulk(summary.createdIds.size() + summary.updatedBefore.size(), [&](BulkWriter &writer) -> Status {
        for (const qint64 id : summary.addedDateIds) {
            if (auto removed = datestore::remove(m_database->connection(), id); !removed)
                return removed;
        }
        for (const qint64 id : summary.createdIds) {
            if (auto removed = m_contacts->remove(id); !removed)
                return removed;
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }
        for (const Contact &before : summary.updatedBefore) {
            if (auto restored = writer.updateContact(before); !restored)
                return restored;
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }
        return {};
    });
    if (!undone)
        return undone.error();
    return {};
}

Result<QList<Contact>> Notebook::exportContacts(const ExportFilter &filter) const
{
    auto contacts = exchange::allContacts(m_database->connection());
    if (!contacts)
        return contacts.error();
    if (filter.roles.isEmpty() && filter.tag.isEmpty())
        return contacts;
    QList<Contact> chosen;
    for (Contact &contact : *contacts) {
        if (filter.matches(contact))
            chosen.append(std::move(contact));
    }
    return chosen;
}

Result<QList<ImportantDate>> Notebook::exportImportantDates() const
{
    return datestore::listAll(m_database->connection());
}

Result<QList<Interaction>> Notebook::plannedInteractions() const
{
    return exchange::interactionsAfter(m_database->connection(), today());
}

Result<NotebookExport> Notebook::exportBackup() const
{
    const QSqlDatabase db = m_database->connection();
    exchange::BackupDocument document;
    auto contacts = exchange::allContacts(db);
    if (!contacts)
        return contacts.error();
    auto interactions = exchange::allInteractions(db);
    if (!interactions)
        return interactions.error();
    auto reminders = exchange::allReminders(db);
    if (!reminders)
        return reminders.error();
    auto settings = exchange::allSettings(db);
    if (!settings)
        return settings.error();

    QHash<qint64, QString> uids;
    for (const Contact &contact : std::as_const(*contacts))
        uids.insert(contact.id, contact.uid);
    QHash<qint64, int> refs;
    for (const Interaction &interaction : std::as_const(*interactions)) {
        exchange::BackupInteraction entry{interaction, {}};
        entry.interaction.participants.clear();
        for (const ContactRef &participant : interaction.participants)
            entry.participantUids.append(uids.value(participant.id));
        document.interactions.append(entry);
        refs.insert(interaction.id, int(document.interactions.size()));
    }
    QHash<qint64, int> reminderRefs;
    for (const Reminder &reminder : std::as_const(*reminders)) {
        exchange::BackupReminder entry{reminder, uids.value(reminder.contactId),
                                       reminder.interactionId ? refs.value(*reminder.interactionId) : 0,
                                       reminder.uid, reminder.previousId ? reminderRefs.value(*reminder.previousId) : 0};
        document.reminders.append(entry);
        reminderRefs.insert(reminder.id, int(document.reminders.size()));
    }
    auto dismissed = duplicates::dismissedByUid(db);
    if (!dismissed)
        return dismissed.error();
    auto tags = tagstore::withCadence(db);
    if (!tags)
        return tags.error();
    for (const TagRow &tag : std::as_const(*tags))
        document.tagCadences.append({tag.name, tag.cadenceDays.value_or(0)});
    auto tables = exchange::readBackupTables(db, uids, refs);
    if (!tables)
        return tables.error();
    document.tables = *tables;
    document.contacts = *contacts;
    document.settings = *settings;
    document.dismissedDuplicates = *dismissed;
    return NotebookExport{exchange::writeBackupJson(document), int(contacts->size())};
}

namespace {

QString interactionIdentity(const Interaction &interaction, QList<qint64> participantIds)
{
    std::sort(participantIds.begin(), participantIds.end());
    QStringList ids;
    for (const qint64 id : participantIds)
        ids.append(QString::number(id));
    return u"%1|%2|%3|%4"_s.arg(toKey(interaction.kind), interaction.date.toString(Qt::ISODate), interaction.summary.trimmed(),
                                ids.join(u','));
}

QString reminderIdentity(qint64 contactId, const Reminder &reminder)
{
    return u"%1|%2|%3|%4"_s.arg(contactId).arg(reminder.due.toString(Qt::ISODate), reminder.reason.trimmed(),
                                  sql::instant(reminder.createdAt).toString());
}

} // namespace

Result<ImportSummary> Notebook::importBackup(const QByteArray &json, const ImportOptions &options,
                                             const ProgressFunction &progress)
{
    auto document = exchange::readBackupJson(json);
    if (!document)
        return document.error();
    const QSqlDatabase db = m_database->connection();
    auto keys = exchange::contactKeys(db);
    if (!keys)
        return keys.error();
    const bool emptyNotebook = keys->isEmpty();
    QHash<QString, qint64> idByUid;
    for (const ContactKeys &key : std::as_const(*keys))
        idByUid.insert(key.uid, key.id);

    for (qsizetype i = 0; i < document->contacts.size(); ++i) {
        const Contact &contact = document->contacts.at(i);
        Status valid = firstProblem(validateContact(contact));
        if (valid)
            valid = checkTags(contact.tags);
        if (!valid)
            return Error::invalid(u"contacts[%1] (%2): %3"_s.arg(i).arg(contact.name.left(60), valid.error().message));
    }

    ImportSummary summary;
    summary.dryRun = options.dryRun;
    // Which contacts are new and which update one already here, decided before anything is written.
    QList<Contact> merged = document->contacts;
    QList<bool> isNew(merged.size(), true);
    for (qsizetype i = 0; i < merged.size(); ++i) {
        const auto existing = idByUid.constFind(merged.at(i).uid);
        ImportRow row;
        row.file = tr("JSON export");
        row.name = merged.at(i).name;
        if (existing == idByUid.cend()) {
            ++summary.created;
            row.action = ImportAction::Create;
        } else {
            auto current = m_contacts->get(*existing);
            if (!current)
                return current.error();
            Contact target = *current;
            isNew[i] = false;
            row.matchedBy = MatchReason::Uid;
            row.contactId = target.id;
            if (mergeContact(target, merged.at(i))) {
                summary.updatedBefore.append(*current);
                ++summary.updated;
                row.action = ImportAction::Update;
            } else {
                ++summary.unchanged;
                row.action = ImportAction::Unchanged;
            }
            merged[i] = target;
        }
        summary.rows.append(row);
    }
    if (options.dryRun)
        return summary;
    if (options.backupFirst) {
        auto backup = backupBeforeBulkChange();
        if (!backup)
            return backup.error();
        summary.backupPath = *backup;
    }

    const qint64 total = merged.size() + document->interactions.size() + document->reminders.size();
    auto written = writeInBulk(total, [&](BulkWriter &writer) -> Status {
        if (emptyNotebook) {
            if (auto restored = exchange::replaceSettings(db, document->settings); !restored)
                return restored;
        }
        auto cadences = m_settings->roleCadences();
        if (!cadences)
            return cadences.error();
        // Before the contacts, so the schedule computed for them at the end counts the tags' cadences.
        for (const exchange::BackupTagCadence &cadence : std::as_const(document->tagCadences)) {
            if (auto valid = checkTags({cadence.tag}); !valid)
                return Error::invalid(tr("tag_cadences: %1").arg(valid.error().message));
            if (auto added = tagstore::addToContacts(db, {}, {cadence.tag}); !added)
                return added;
            auto tag = tagstore::find(db, cadence.tag);
            if (!tag)
                return tag.error();
            if (*tag && !(*tag)->cadenceDays)
                if (auto set = tagstore::setCadence(db, (*tag)->id, cadence.cadenceDays); !set)
                    return set;
        }
        for (qsizetype i = 0; i < merged.size(); ++i) {
            Contact &contact = merged[i];
            if (isNew.at(i)) {
                // The cadence the schedule will compute, so that the refresh keeps a restored snooze.
                contact.nudgeCadenceDays = rules::effectiveCadence(contact.cadenceDays, contact.roles, [&](Role role) {
                    return cadences->contains(role) ? std::optional<int>(cadences->value(role)) : std::nullopt;
                });
                auto id = writer.addContact(contact);
                if (!id)
                    return id.error();
                contact.id = *id;
                summary.createdIds.append(*id);
                idByUid.insert(contact.uid, *id);
            } else if (!summary.updatedBefore.isEmpty()
                       && std::any_of(summary.updatedBefore.cbegin(), summary.updatedBefore.cend(),
                                      [&](const Contact &c) { return c.id == contact.id; })) {
                if (auto updated = writer.updateContact(contact); !updated)
                    return updated;
            }
            summary.rows[i].contactId = contact.id;
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }

        auto existingInteractions = exchange::allInteractions(db);
        if (!existingInteractions)
            return existingInteractions.error();
        QHash<QString, qint64> interactionByIdentity;
        for (const Interaction &interaction : std::as_const(*existingInteractions)) {
            QList<qint64> ids;
            for (const ContactRef &participant : interaction.participants)
                ids.append(participant.id);
            interactionByIdentity.insert(interactionIdentity(interaction, ids), interaction.id);
        }
        QList<qint64> interactionIds;
        for (qsizetype i = 0; i < document->interactions.size(); ++i) {
            const exchange::BackupInteraction &entry = document->interactions.at(i);
            Interaction interaction = entry.interaction;
            QList<qint64> ids;
            for (const QString &uid : entry.participantUids) {
                const auto id = idByUid.constFind(uid);
                if (id == idByUid.cend())
                    return Error::invalid(tr("interactions[%1]: the participant %2 is not among the contacts").arg(i).arg(uid));
                ids.append(*id);
                interaction.participants.append(ContactRef{*id, QString()});
            }
            const QString identity = interactionIdentity(interaction, ids);
            if (auto known = interactionByIdentity.constFind(identity); known != interactionByIdentity.cend()) {
                interactionIds.append(*known);
            } else {
                auto id = writer.addInteraction(interaction);
                if (!id)
                    return Error::invalid(tr("interactions[%1]: %2").arg(i).arg(id.error().message));
                interactionIds.append(*id);
                interactionByIdentity.insert(identity, *id);
            }
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }

        auto existingReminders = exchange::allReminders(db);
        if (!existingReminders)
            return existingReminders.error();
        QHash<QString, qint64> reminderByIdentity;
        QSet<QString> reminderUids;
        for (const Reminder &reminder : std::as_const(*existingReminders)) {
            reminderByIdentity.insert(reminderIdentity(reminder.contactId, reminder), reminder.id);
            reminderUids.insert(reminder.uid);
        }
        QList<qint64> reminderIds;
        for (qsizetype i = 0; i < document->reminders.size(); ++i) {
            const exchange::BackupReminder &entry = document->reminders.at(i);
            Reminder reminder = entry.reminder;
            const auto contactId = idByUid.constFind(entry.contactUid);
            if (contactId == idByUid.cend())
                return Error::invalid(tr("reminders[%1]: the contact %2 is not among the contacts").arg(i).arg(entry.contactUid));
            reminder.contactId = *contactId;
            if (entry.interactionRef > 0)
                reminder.interactionId = interactionIds.value(entry.interactionRef - 1);
            if (entry.previousRef > 0)
                reminder.previousId = reminderIds.value(entry.previousRef - 1);
            // A UID this notebook already gives another reminder names that one: this one gets its own.
            reminder.uid = reminderUids.contains(entry.uid) ? QString() : entry.uid;
            const QString identity = reminderIdentity(reminder.contactId, reminder);
            if (auto known = reminderByIdentity.constFind(identity); known != reminderByIdentity.cend()) {
                reminderIds.append(*known);
            } else {
                auto id = writer.addReminder(reminder);
                if (!id)
                    return Error::invalid(tr("reminders[%1]: %2").arg(i).arg(id.error().message));
                reminderIds.append(*id);
                reminderByIdentity.insert(identity, *id);
                reminderUids.insert(reminder.uid);
            }
            if (auto advanced = writer.advance(); !advanced)
                return advanced;
        }
        auto rows = exchange::writeBackupTables(db, document->tables, idByUid, interactionIds);
        if (!rows)
            return rows.error();
        summary.practiceAndDatesAdded = *rows;
        return duplicates::restoreDismissed(db, document->dismissedDuplicates);
    }, progress);
    if (!written)
        return written.error();
    summary.interactionsAdded = written->interactionsAdded;
    summary.remindersAdded = written->remindersAdded;
    return summary;
}

} // namespace tend
