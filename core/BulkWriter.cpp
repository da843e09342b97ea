#include "BulkWriter.h"

#include "model/Validation.h"
#include "store/ContactRepository.h"
#include "store/DateQueries.h"
#include "store/InteractionRepository.h"
#include "store/ReminderRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {
namespace {

struct BulkWriterText
{
    Q_DECLARE_TR_FUNCTIONS(tend::BulkWriter)
};

// About 200 reports over a whole write: enough for a smooth bar, few enough to cost nothing.
constexpr qint64 reportsPerWrite = 200;

} // namespace

BulkWriter::BulkWriter(ContactRepository &contacts, InteractionRepository &interactions, ReminderRepository &reminders,
                       QDateTime now, qint64 total, ProgressFunction progress)
    : m_contacts(contacts), m_interactions(interactions), m_reminders(reminders), m_now(std::move(now)),
      m_total(std::max<qint64>(total, 0)), m_reportEvery(std::max<qint64>(1, m_total / reportsPerWrite)),
      m_progress(std::move(progress))
{
}

Result<qint64> BulkWriter::addImportantDate(const ImportantDate &date)
{
    if (auto valid = checkImportantDate(date); !valid)
        return valid.error();
    return datestore::insert(m_contacts.database(), date, m_now);
}

Result<qint64> BulkWriter::addContact(const Contact &contact)
{
    if (auto valid = firstProblem(validateContact(contact)); !valid)
        return valid.error();
    auto id = m_contacts.insert(contact, m_now);
    if (!id)
        return id.error();
    m_touched.insert(*id);
    ++m_summary.contactsAdded;
    return id;
}

Status BulkWriter::updateContact(const Contact &contact)
{
    if (auto valid = firstProblem(validateContact(contact)); !valid)
        return valid;
    if (auto updated = m_contacts.update(contact, m_now); !updated)
        return updated;
    m_touched.insert(contact.id);
    ++m_summary.contactsUpdated;
    return {};
}

Result<qint64> BulkWriter::addInteraction(const Interaction &interaction)
{
    if (auto valid = checkInteraction(interaction, m_now.date()); !valid)
        return valid.error();
    auto id = m_interactions.insert(interaction, m_now);
    if (!id)
        return id.error();
    for (const ContactRef &participant : interaction.participants)
        m_touched.insert(participant.id);
    ++m_summary.interactionsAdded;
    return id;
}

Result<qint64> BulkWriter::addReminder(const Reminder &reminder)
{
    if (auto valid = checkReminder(reminder.due, reminder.reason); !valid)
        return valid.error();
    auto id = m_reminders.insert(reminder, m_now);
    if (!id)
        return id.error();
    ++m_summary.remindersAdded;
    return id;
}

Status BulkWriter::advance(qint64 items)
{
    if (m_cancelled)
        return Error::cancelled(BulkWriterText::tr("Cancelled: nothing was changed."));
    const qint64 before = m_done;
    m_done += items;
    const bool report = m_done / m_reportEvery != before / m_reportEvery || (m_total > 0 && m_done >= m_total);
    if (report && m_progress && !m_progress(std::min(m_done, std::max(m_total, m_done)), std::max(m_total, m_done))) {
        m_cancelled = true;
        return Error::cancelled(BulkWriterText::tr("Cancelled: nothing was changed."));
    }
    return {};
}

} // namespace tend
