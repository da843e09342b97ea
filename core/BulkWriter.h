#pragma once

#include "model/Contact.h"
#include "model/ImportantDate.h"
#include "model/Interaction.h"
#include "model/Reminder.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSet>

#include <functional>

namespace tend {

class ContactRepository;
class InteractionRepository;
class ReminderRepository;

// Reports how far a long operation got; returning false asks it to stop (and roll back).
using ProgressFunction = std::function<bool(qint64 done, qint64 total)>;

// What a bulk write added or changed.
struct BulkSummary
{
    int contactsAdded = 0;
    int contactsUpdated = 0;
    int interactionsAdded = 0;
    int remindersAdded = 0;
};

// Many writes as one change: the demo network, an import, a sync. Handed to the function given to
// Notebook::writeInBulk, and valid only while it runs. Everything it writes commits together or not
// at all; the notebook's listeners hear one changed() at the end, not one per row. Each item is
// checked as the single-item Notebook calls check it, and its error names the problem, so an
// importer can skip a bad card and go on.
//
// Its statements are prepared once for the whole write (sql::Prepared); how they reach SQLite is
// this class's business, so a faster path (the sqlite3 handle) can replace it without a caller
// noticing.
class BulkWriter final
{
    Q_DISABLE_COPY_MOVE(BulkWriter)
public:
    // A new contact (contact.id ignored unless non-zero, as on undo); createdAt/updatedAt are kept
    // when set, so an import can keep the dates it read.
    Result<qint64> addContact(const Contact &contact);
    // Replaces a contact's fields, roles, e-mails, phones and links.
    Status updateContact(const Contact &contact);
    // A past or planned interaction; no follow-up is scheduled (add reminders for that).
    Result<qint64> addInteraction(const Interaction &interaction);
    // A reminder in any state, with its history (a "created" event when it has none).
    Result<qint64> addReminder(const Reminder &reminder);

    // An important date of a contact written in this bulk write (checked as addImportantDate).
    Result<qint64> addImportantDate(const ImportantDate &date);

    // Counts `items` as done and tells the progress function now and then. Fails with
    // Error::Code::Cancelled once it asked to stop: return that error to roll everything back.
    Status advance(qint64 items = 1);

    // The instant the write runs at (the notebook's clock), for rows without their own dates.
    const QDateTime &now() const { return m_now; }
    const BulkSummary &summary() const { return m_summary; }

private:
    friend class Notebook;
    BulkWriter(ContactRepository &contacts, InteractionRepository &interactions, ReminderRepository &reminders,
               QDateTime now, qint64 total, ProgressFunction progress);
    bool wasCancelled() const { return m_cancelled; }
    const QSet<qint64> &touchedContacts() const { return m_touched; }

    ContactRepository &m_contacts;
    InteractionRepository &m_interactions;
    ReminderRepository &m_reminders;
    QDateTime m_now;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_reportEvery = 1;
    ProgressFunction m_progress;
    bool m_cancelled = false;
    QSet<qint64> m_touched; // whose keep-in-touch schedule needs refreshing at the end
    BulkSummary m_summary;
};

} // namespace tend
