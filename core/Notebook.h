#pragma once

#include "db/Database.h"
#include "model/Contact.h"
#include "model/Interaction.h"
#include "model/Reminder.h"
#include "model/Reports.h"
#include "model/SearchHit.h"
#include "model/Snapshots.h"
#include "schedule/Clock.h"
#include "store/ContactQuery.h"
#include "util/Result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tend {

class ContactRepository;
class InteractionRepository;
class ReminderRepository;
class SettingsRepository;

// Everything a user can do with Tend, as one object over one database. The CLI and the GUI are
// thin layers over it. Every write is one transaction: it happens wholly or not at all, and
// emits changed() after it is committed.
class Notebook final : public QObject
{
    Q_OBJECT
public:
    enum class Change { Contacts = 0x1, Interactions = 0x2, Reminders = 0x4, Settings = 0x8, Everything = 0xf };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    static Result<std::unique_ptr<Notebook>> open(const QString &path, const OpenOptions &options = {},
                                                  Clock clock = Clock::system());
    Notebook(std::unique_ptr<Database> database, Clock clock, QObject *parent = nullptr);
    ~Notebook() override;

    Database &database() { return *m_database; }
    const Database &database() const { return *m_database; }
    const Clock &clock() const { return m_clock; }
    void setClock(Clock clock) { m_clock = clock; }
    QDate today() const { return m_clock.today(); }

    // Contacts
    Result<qint64> addContact(const Contact &contact);
    Status updateContact(const Contact &contact);
    Status setArchived(const QList<qint64> &ids, bool archived);
    Result<Contact> contact(qint64 id) const;
    Result<ContactRef> resolveContact(const QString &reference) const;
    Result<QList<ContactRef>> completeContact(const QString &prefix, int limit = 10) const;
    Result<ContactPage> contacts(const ContactQuery &query) const;
    Result<int> contactCount(const ContactQuery &query) const;
    Result<ContactSnapshot> deleteContact(qint64 id);
    Status restoreContact(const ContactSnapshot &snapshot);

    // Interactions
    Result<LoggedInteraction> logInteraction(const Interaction &interaction,
                                             FollowUpChoice followUp = FollowUpChoice::kindDefault());
    Status updateInteraction(const Interaction &interaction);
    Result<Interaction> interaction(qint64 id) const;
    Result<InteractionSnapshot> deleteInteraction(qint64 id);
    Status restoreInteraction(const InteractionSnapshot &snapshot);

    // Reminders and keep-in-touch nudges
    Result<qint64> addReminder(qint64 contactId, QDate due, const QString &reason);
    Result<Reminder> reminder(qint64 id) const;
    Status completeReminder(qint64 id);
    Status dismissReminder(qint64 id);
    Status reopenReminder(qint64 id);
    Status snoozeReminder(qint64 id, int days);         // due becomes today + days
    Status rescheduleReminder(qint64 id, QDate due);    // "pick a date"
    Status restoreReminder(const Reminder &before);     // undo of any of the above
    Status snoozeNudge(qint64 contactId, QDate until);  // hide a keep-in-touch nudge until a day
    Status completeNudge(qint64 contactId);             // "been in touch": next nudge a cadence from today

    // Reports
    // Open follow-ups due by today + withinDays and lapsed keep-in-touch cadences, most overdue first.
    Result<QList<DueItem>> due(QDate today, int withinDays = 0) const;
    Result<QList<HelpedEntry>> helped(QDate today, int days = 30) const;
    // Active contacts per role and twelve months of interactions up to today (see Insights).
    Result<Insights> insights(QDate today) const;
    // Interactions and reminders of one contact, newest first.
    Result<QList<TimelineEntry>> timeline(qint64 contactId) const;
    // The cadence that applies to a contact: their own, else the shortest of their roles'.
    Result<std::optional<int>> effectiveCadence(const Contact &contact) const;

    // Full-text search over names, organisations, titles, notes, e-mails and interaction notes;
    // best match first. Any text is safe to pass (see search::ftsQuery).
    Result<QList<SearchHit>> search(const QString &text, int limit = 20) const;

    // Settings
    Result<std::optional<int>> followUpDays(InteractionKind kind) const;
    Status setFollowUpDays(InteractionKind kind, std::optional<int> days);
    Result<std::optional<int>> roleCadence(Role role) const;
    Status setRoleCadence(Role role, std::optional<int> days);

    // Tells listeners that another process changed the database (see ExternalChangeWatcher).
    void notifyExternalChange() { emit changed(Change::Everything); }

signals:
    void changed(tend::Notebook::Changes what);

private:
    Status checkInteraction(const Interaction &interaction) const;
    Status insertReminderSnapshot(const Reminder &reminder);
    Status finish(class Transaction &transaction, Changes what);

    std::unique_ptr<Database> m_database;
    Clock m_clock;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<ReminderRepository> m_reminders;
    std::unique_ptr<SettingsRepository> m_settings;
};

} // namespace tend

Q_DECLARE_OPERATORS_FOR_FLAGS(tend::Notebook::Changes)
