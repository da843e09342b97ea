// The mentorship practice: asks, introductions, advice and planned meetings (see Notebook.h).
#include "Notebook.h"

#include "db/Transaction.h"
#include "model/Validation.h"
#include "practice/AskRules.h"
#include "practice/IntroductionFlow.h"
#include "schedule/SchedulingRules.h"
#include "store/InteractionRepository.h"
#include "store/NudgeSchedule.h"
#include "store/PracticeRepository.h"
#include "store/ReminderRepository.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct NotebookPracticeText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Notebook)
};

QList<qint64> idsOf(const QList<ContactRef> &people)
{
    QList<qint64> ids;
    for (const ContactRef &person : people) {
        if (!ids.contains(person.id))
            ids.append(person.id);
    }
    return ids;
}

Status checkOneLine(const QString &text, const QString &what, int maximum)
{
    if (text.size() > maximum)
        return Error::invalid(NotebookPracticeText::tr("%1 is too long (at most %2 characters).").arg(what).arg(maximum));
    if (firstForbiddenCharacter(text, TextShape::OneLine) >= 0)
        return Error::invalid(NotebookPracticeText::tr("%1 may not hold line breaks or control characters.").arg(what));
    return {};
}

Status checkMultiLine(const QString &text, const QString &what)
{
    if (text.size() > limits::notesLength)
        return Error::invalid(NotebookPracticeText::tr("%1 is too long (at most %2 characters).").arg(what).arg(limits::notesLength));
    if (firstForbiddenCharacter(text, TextShape::MultiLine) >= 0)
        return Error::invalid(NotebookPracticeText::tr("%1 may not hold control characters.").arg(what));
    return {};
}

Status checkAdviceText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(NotebookPracticeText::tr("An item of advice is empty: say what the advice was."));
    return checkOneLine(text.trimmed(), NotebookPracticeText::tr("An item of advice"), limits::shortTextLength);
}

} // namespace

// --- Asks ------------------------------------------------------------------------------------

Result<qint64> Notebook::addAsk(const Ask &given)
{
    Ask ask = given;
    ask.text = ask.text.trimmed();
    ask.why = ask.why.trimmed();
    ask.action = ask.action.trimmed();
    if (auto valid = practice::checkNewAsk(ask, today()); !valid)
        return valid.error();
    // A long request is only a hint (practice::SmartCheck), so the limit is the notes' one.
    if (auto valid = checkOneLine(ask.text, tr("The ask's text"), limits::notesLength); !valid)
        return valid.error();
    if (auto valid = checkOneLine(ask.action, tr("The action"), limits::shortTextLength); !valid)
        return valid.error();
    if (auto valid = checkMultiLine(ask.why, tr("Why it matters")); !valid)
        return valid.error();
    if (ask.deadline.isValid() && ask.deadline > limits::lastStorableDay())
        return Error::invalid(tr("The deadline %1 is after the last day Tend can store.").arg(ask.deadline.toString(Qt::ISODate)));
    if (auto found = contact(ask.contact.id); !found)
        return found.error();
    if (ask.interactionId) {
        if (auto found = interaction(*ask.interactionId); !found)
            return Error::invalid(tr("There is no interaction with id %1 for the ask to come from.").arg(*ask.interactionId));
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = PracticeRepository(m_database->connection()).insertAsk(ask, today(), m_clock.now());
    if (!id)
        return id.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return id;
}

Result<Ask> Notebook::ask(qint64 id) const
{
    return PracticeRepository(m_database->connection()).ask(id);
}

Result<QList<Ask>> Notebook::asks(const PracticeFilter &filter) const
{
    return PracticeRepository(m_database->connection()).asks(filter);
}

Status Notebook::moveAsk(qint64 id, AskState to, const QString &note)
{
    if (auto valid = checkMultiLine(note, tr("The note")); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    PracticeRepository practice(m_database->connection());
    auto before = practice.ask(id);
    if (!before)
        return before.error();
    if (auto allowed = practice::checkMove(*before, to); !allowed)
        return allowed;
    if (auto moved = practice.moveAsk(*before, to, today(), note.trimmed()); !moved)
        return moved;
    return finish(transaction, Change::Reminders);
}

Result<Ask> Notebook::deleteAsk(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    PracticeRepository practice(m_database->connection());
    auto snapshot = practice.ask(id);
    if (!snapshot)
        return snapshot.error();
    if (auto removed = practice.removeAsk(id); !removed)
        return removed.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return snapshot;
}

Status Notebook::restoreAsk(const Ask &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    PracticeRepository practice(m_database->connection());
    if (auto removed = practice.removeAsk(snapshot.id); !removed)
        return removed;
    if (auto restored = practice.restoreAsk(snapshot, m_clock.now()); !restored)
        return restored;
    return finish(transaction, Change::Reminders);
}

// --- Introductions ---------------------------------------------------------------------------

Result<qint64> Notebook::addIntroduction(qint64 firstId, qint64 secondId, const QString &why)
{
    if (auto valid = checkMultiLine(why.trimmed(), tr("Why")); !valid)
        return valid.error();
    auto first = contact(firstId);
    if (!first)
        return first.error();
    auto second = contact(secondId);
    if (!second)
        return second.error();
    if (auto valid = practice::checkParties(*first, *second); !valid)
        return valid.error();
    Introduction introduction;
    introduction.first = {first->id, first->name};
    introduction.second = {second->id, second->name};
    introduction.why = why.trimmed();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = PracticeRepository(m_database->connection()).insertIntroduction(introduction, today(), m_clock.now());
    if (!id)
        return id.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return id;
}

Result<QList<Interaction>> Notebook::introductionsReceivedFrom(qint64 contactId) const
{
    return m_interactions->introductionsFrom(contactId, today());
}

Result<Introduction> Notebook::introduction(qint64 id) const
{
    return PracticeRepository(m_database->connection()).introduction(id);
}

Result<QList<Introduction>> Notebook::introductions(const PracticeFilter &filter) const
{
    return PracticeRepository(m_database->connection()).introductions(filter);
}

Result<Introduction> Notebook::advanceIntroduction(qint64 id, bool declined)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    PracticeRepository practice(m_database->connection());
    auto before = practice.introduction(id);
    if (!before)
        return before.error();
    auto plan = practice::planNextStep(*before, declined);
    if (!plan)
        return plan.error();
    // Going on with someone archived since the introduction was proposed is refused too.
    if (plan->to != IntroState::Declined) {
        auto first = contact(before->first.id);
        if (!first)
            return first.error();
        auto second = contact(before->second.id);
        if (!second)
            return second.error();
        if (auto valid = practice::checkParties(*first, *second); !valid)
            return valid.error();
    }
    auto logged = logPracticeInteraction(InteractionKind::Intro, plan->logWith, plan->summary);
    if (!logged)
        return logged.error();
    if (auto moved = practice.moveIntroduction(*before, plan->to, today(), plan->declinedBy, *logged); !moved)
        return moved.error();
    auto after = practice.introduction(id);
    if (!after)
        return after.error();
    if (auto done = finish(transaction, Change::Interactions | Change::Contacts | Change::Reminders); !done)
        return done.error();
    return after;
}

Result<int> Notebook::introChaseDays() const
{
    return PracticeRepository(m_database->connection()).chaseDays(practice::defaultChaseDays);
}

Status Notebook::setIntroChaseDays(int days)
{
    if (auto valid = checkDays(days, tr("The days before chasing")); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto stored = PracticeRepository(m_database->connection()).setChaseDays(days); !stored)
        return stored;
    return finish(transaction, Change::Settings | Change::Reminders);
}

// --- Advice ----------------------------------------------------------------------------------

Status Notebook::insertAdvice(qint64 interactionId, const QStringList &items)
{
    PracticeRepository practice(m_database->connection());
    for (const QString &text : items) {
        if (auto valid = checkAdviceText(text); !valid)
            return valid;
        if (auto inserted = practice.insertAdvice(interactionId, text.trimmed()); !inserted)
            return inserted.error();
    }
    return {};
}

Result<qint64> Notebook::addAdvice(qint64 interactionId, const QString &text)
{
    if (auto valid = checkAdviceText(text); !valid)
        return valid.error();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    if (auto found = m_interactions->get(interactionId); !found) {
        if (found.error().code != Error::Code::NotFound)
            return found.error();
        return Error::invalid(tr("There is no interaction with id %1 to add advice to.").arg(interactionId));
    }
    auto id = PracticeRepository(m_database->connection()).insertAdvice(interactionId, text.trimmed());
    if (!id)
        return id.error();
    if (auto done = finish(transaction, Change::Interactions); !done)
        return done.error();
    return id;
}

Result<AdviceItem> Notebook::advice(qint64 id) const
{
    return PracticeRepository(m_database->connection()).advice(id);
}

Result<QList<AdviceItem>> Notebook::adviceItems(const PracticeFilter &filter) const
{
    return PracticeRepository(m_database->connection()).adviceItems(filter);
}

Status Notebook::markAdviceActedOn(qint64 id, const QString &outcome)
{
    if (outcome.trimmed().isEmpty())
        return Error::invalid(tr("Say what came of acting on the advice (--outcome)."));
    if (auto valid = checkMultiLine(outcome.trimmed(), tr("The outcome")); !valid)
        return valid;
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    PracticeRepository practice(m_database->connection());
    auto item = practice.advice(id);
    if (!item)
        return item.error();
    if (item->state != AdviceState::Open)
        return Error::invalid(tr("Advice %1 is already %2.").arg(id).arg(displayName(item->state)));
    if (auto marked = practice.markActedOn(id, outcome.trimmed(), today()); !marked)
        return marked;
    return finish(transaction, Change::Interactions | Change::Reminders);
}

Result<qint64> Notebook::reportAdviceBack(qint64 id, const QString &summary)
{
    if (auto valid = checkOneLine(summary.trimmed(), tr("The summary"), limits::shortTextLength); !valid)
        return valid.error();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    PracticeRepository practice(m_database->connection());
    auto item = practice.advice(id);
    if (!item)
        return item.error();
    if (item->state != AdviceState::ActedOn) {
        return Error::invalid(item->state == AdviceState::Open
                                  ? tr("Advice %1 has not been acted on yet: mark it acted on, with its outcome, first.").arg(id)
                                  : tr("Advice %1 was already reported back.").arg(id));
    }
    auto given = m_interactions->get(item->interactionId);
    if (!given)
        return given.error();
    QString text = summary.trimmed();
    if (text.isEmpty())
        text = tr("Told them how their advice helped: %1").arg(item->text).left(limits::shortTextLength);
    auto logged = logPracticeInteraction(InteractionKind::Message, idsOf(given->participants), text, item->outcome);
    if (!logged)
        return logged.error();
    if (auto marked = practice.markReportedBack(id, today(), *logged); !marked)
        return marked.error();
    if (auto done = finish(transaction, Change::Interactions | Change::Contacts | Change::Reminders); !done)
        return done.error();
    return logged;
}

// Dated today, given by me, no follow-up: a step of the practice that is its own record.
Result<qint64> Notebook::logPracticeInteraction(InteractionKind kind, const QList<qint64> &with, const QString &summary,
                                                const QString &notes)
{
    Interaction interaction;
    interaction.kind = kind;
    interaction.date = today();
    interaction.direction = Direction::Gave;
    interaction.summary = summary.left(limits::shortTextLength);
    interaction.notes = notes;
    for (const qint64 id : with)
        interaction.participants.append(ContactRef{id, {}});
    auto id = m_interactions->insert(interaction, m_clock.now());
    if (!id)
        return id.error();
    if (auto cleared = nudges::clearSnoozes(m_database->connection(), with); !cleared)
        return cleared.error();
    if (auto scheduled = refreshNudges(with); !scheduled)
        return scheduled.error();
    return id;
}

// --- Planned meetings ------------------------------------------------------------------------

Result<qint64> Notebook::planMeeting(const Interaction &meeting)
{
    if (!meeting.date.isValid() || meeting.date <= today()) {
        return Error::invalid(tr("A planned meeting is dated after today (%1); %2 is not.")
                                  .arg(today().toString(Qt::ISODate),
                                       meeting.date.isValid() ? meeting.date.toString(Qt::ISODate) : tr("no day")));
    }
    if (auto valid = checkInteraction(meeting); !valid)
        return valid.error();
    auto logged = logInteraction(meeting, FollowUpChoice::none(), FollowUpsToClose::none());
    if (!logged)
        return logged.error();
    return logged->interactionId;
}

Status Notebook::setAgenda(qint64 interactionId, const QString &agenda)
{
    auto meeting = interaction(interactionId);
    if (!meeting)
        return meeting.error();
    meeting->agenda = agenda;
    return updateInteraction(*meeting);
}

Result<LoggedInteraction> Notebook::holdMeeting(qint64 plannedId, const Interaction &given, FollowUpChoice followUp)
{
    auto planned = interaction(plannedId);
    if (!planned)
        return planned.error();
    if (planned->date <= today()) {
        return Error::invalid(tr("Interaction %1 is not a planned meeting: it is dated %2, not after today.")
                                  .arg(plannedId)
                                  .arg(planned->date.toString(Qt::ISODate)));
    }
    Interaction record = given;
    record.id = plannedId;
    if (!record.date.isValid())
        record.date = today();
    if (record.date > today()) {
        return Error::invalid(tr("A meeting that was held is dated today or earlier, not %1.")
                                  .arg(record.date.toString(Qt::ISODate)));
    }
    if (record.participants.isEmpty())
        record.participants = planned->participants;
    if (record.agenda.trimmed().isEmpty())
        record.agenda = planned->agenda;
    record.createdAt = planned->createdAt;
    if (auto valid = checkInteraction(record); !valid)
        return valid.error();
    std::optional<int> days;
    if (followUp.mode == FollowUpChoice::Mode::KindDefault) {
        auto kindDefault = m_settings->followUpDays(record.kind);
        if (!kindDefault)
            return kindDefault.error();
        days = *kindDefault;
    } else if (followUp.mode == FollowUpChoice::Mode::Days) {
        if (auto valid = checkDays(followUp.days, tr("The follow-up delay"), 0); !valid)
            return valid.error();
        days = followUp.days;
    }

    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    LoggedInteraction logged;
    logged.interactionId = plannedId;
    auto closing = followUpsClosedByLogging(record, today());
    if (!closing)
        return closing.error();
    for (const Reminder &reminder : std::as_const(*closing)) {
        if (auto closed = m_reminders->setState(reminder.id, ReminderState::Done, m_clock.now()); !closed)
            return closed.error();
    }
    logged.closedFollowUps = *closing;
    if (auto updated = m_interactions->update(record, m_clock.now()); !updated)
        return updated.error();
    if (auto advised = insertAdvice(plannedId, record.advice); !advised)
        return advised.error();
    const QList<qint64> people = idsOf(record.participants);
    if (days) {
        logged.followUpDue = rules::followUpDue(record.date, *days);
        for (const qint64 person : people) {
            Reminder reminder;
            reminder.contactId = person;
            reminder.interactionId = plannedId;
            reminder.due = logged.followUpDue;
            reminder.reason = followUpReason(record);
            auto reminderId = m_reminders->insert(reminder, m_clock.now());
            if (!reminderId)
                return reminderId.error();
            logged.reminderIds.append(*reminderId);
        }
    }
    QList<qint64> touched = idsOf(planned->participants);
    for (const qint64 person : people) {
        if (!touched.contains(person))
            touched.append(person);
    }
    if (auto cleared = nudges::clearSnoozes(m_database->connection(), people); !cleared)
        return cleared.error();
    if (auto scheduled = refreshNudges(touched); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Interactions | Change::Contacts | Change::Reminders); !done)
        return done.error();
    return logged;
}

} // namespace tend
