#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "schedule/SchedulingRules.h"
#include "util/Parsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// "id" is what done, snooze and dismiss take: a follow-up's reminder number (12), for a
// keep-in-touch nudge the string "k" + the contact's id ("k7"), for an important date's reminder
// "d" + the date's id ("d3").
JsonRows::Row dueJson(const DueItem &item)
{
    JsonRows::Row json;
    if (item.kind == DueItem::Kind::KeepInTouch || item.kind == DueItem::Kind::ImportantDate)
        json.text("id"_L1, values::dueReferenceText(item));
    else
        json.optionalInteger("id"_L1, item.reminderId);
    json.text("kind"_L1, toKey(item.kind))
        .integer("contact_id"_L1, item.contactId)
        .text("contact"_L1, item.contactName)
        .day("due"_L1, item.due)
        .integer("overdue_days"_L1, item.overdueDays)
        .boolean("overdue"_L1, item.overdue)
        .day("overdue_on"_L1, item.overdueOn)
        .textOrNull("reason"_L1, item.reason);
    if (isPracticeItem(item.kind)) // the ask, introduction, advice or meeting it comes from
        json.optionalInteger("source_id"_L1, item.sourceId);
    if (item.kind == DueItem::Kind::ImportantDate) { // "due" is the day itself
        json.optionalInteger("date_id"_L1, item.sourceId)
            .day("occurs_on"_L1, item.due)
            .day("remind_on"_L1, item.remindOn)
            .optionalInteger("years"_L1, item.years ? std::optional<qint64>(*item.years) : std::nullopt);
    }
    return json;
}

QString dateReminderText(const DueItem &item)
{
    return item.years ? CliText::tr("%1 (%2)").arg(item.reason).arg(*item.years) : item.reason;
}

int listDue(const ParsedArguments &arguments, CommandContext &context)
{
    int within = 0;
    if (arguments.isSet(u"within"_s)) {
        auto days = parse::days(arguments.value(u"within"_s), u"--within"_s, 0);
        if (!days)
            return CommandContext::fail(days.error());
        within = *days;
    }
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto items = (*notebook)->due(context.today(), within);
    if (!items)
        return CommandContext::fail(items.error());
    auto dates = (*notebook)->dueDates(context.today(), within);
    if (!dates)
        return CommandContext::fail(dates.error());

    if (arguments.isSet(u"json"_s)) {
        JsonRows rows;
        for (const DueItem &item : std::as_const(*items))
            rows.append(dueJson(item));
        for (const DueItem &date : std::as_const(*dates))
            rows.append(dueJson(date));
        CommandContext::printJson(rows);
        return Success;
    }
    if (items->isEmpty() && dates->isEmpty()) {
        CommandContext::print(CliText::tr("Nothing due."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("DUE"), CliText::tr("WHEN"), CliText::tr("CONTACT"), CliText::tr("REASON")});
    for (const DueItem &item : std::as_const(*items)) {
        table.addRow({values::dueReferenceText(item), text::day(item.due),
                      item.overdue ? CliText::tr("%1, overdue").arg(text::overdue(item.overdueDays)) : text::overdue(item.overdueDays),
                      item.contactName, item.reason});
    }
    for (const DueItem &date : std::as_const(*dates)) {
        table.addRow({values::dueReferenceText(date), text::day(date.due), text::overdue(date.overdueDays), date.contactName,
                      dateReminderText(date)});
    }
    CommandContext::print(table.toString());
    return Success;
}

// What done / dismiss / snooze do to a follow-up, to a keep-in-touch nudge, and what they print.
struct DueAction
{
    std::function<Status(Notebook &, qint64 reminderId)> onFollowUp;
    std::function<Status(Notebook &, qint64 contactId)> onNudge;
    QString followUpText; // %1 id, %2 contact, %3 due day
    QString nudgeText;    // %1 reference, %2 contact, %3 the day the next nudge is due
    std::function<Status(Notebook &, const UpcomingDate &occurrence)> onDate;
    // What was done to a date's occurrence, as the message says it.
    std::function<QString(const UpcomingDate &occurrence, QDate today)> dateText;
};

// A date's reminder: the occurrence it shows for now (one snoozed past its day, or the next).
int actOnDate(Notebook &book, qint64 dateId, CommandContext &context, const DueAction &action)
{
    auto occurrence = book.currentDateOccurrence(dateId, context.today());
    if (!occurrence)
        return CommandContext::fail(occurrence.error());
    if (auto changed = action.onDate(book, *occurrence); !changed)
        return CommandContext::fail(changed.error());
    CommandContext::print(action.dateText(*occurrence, context.today()));
    return Success;
}

int actOnDueItem(const ParsedArguments &arguments, CommandContext &context, const DueAction &action)
{
    auto reference = values::dueReference(arguments.positionals.constFirst());
    if (!reference)
        return CommandContext::fail(reference.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    Notebook &book = **notebook;

    if (reference->kind == values::DueReference::Kind::ImportantDate)
        return actOnDate(book, reference->id, context, action);
    if (reference->kind == values::DueReference::Kind::FollowUp) {
        if (auto changed = action.onFollowUp(book, reference->id); !changed)
            return CommandContext::fail(changed.error());
        auto reminder = book.reminder(reference->id);
        if (!reminder)
            return CommandContext::fail(reminder.error());
        CommandContext::print(action.followUpText.arg(reference->id).arg(reminder->contactName,
                                                                         reminder->due.toString(Qt::ISODate)));
        if (reminder->state == ReminderState::Done && reminder->recurrence) {
            auto next = book.nextOccurrence(reference->id);
            if (next && *next)
                CommandContext::print(CliText::tr("Next: reminder %1, due %2.").arg((*next)->id).arg((*next)->due.toString(Qt::ISODate)));
        }
        return Success;
    }

    auto contact = book.contact(reference->id);
    if (!contact)
        return CommandContext::fail(contact.error());
    auto cadence = book.effectiveCadence(*contact);
    if (!cadence)
        return CommandContext::fail(cadence.error());
    if (!*cadence) {
        return CommandContext::fail(Error::conflict(
            CliText::tr("%1 has no keep-in-touch cadence, so there is no nudge k%2 to act on.")
                .arg(contact->name).arg(contact->id)));
    }
    if (auto changed = action.onNudge(book, reference->id); !changed)
        return CommandContext::fail(changed.error());
    auto after = book.contact(reference->id);
    if (!after)
        return CommandContext::fail(after.error());
    CommandContext::print(action.nudgeText.arg(u"k%1"_s.arg(after->id), after->name,
                                               after->nudgeDue.toString(Qt::ISODate)));
    return Success;
}

// A date comes back every year, so done and dismiss both close this year's occurrence.
Status completeDate(Notebook &notebook, const UpcomingDate &date)
{
    auto before = notebook.completeDateReminder(date.date.id, date.occursOn);
    return before ? Status() : Status(before.error());
}

int snooze(const ParsedArguments &arguments, CommandContext &context)
{
    auto days = parse::days(arguments.positionals.at(1), CliText::tr("snooze days"));
    if (!days)
        return CommandContext::fail(days.error());
    return actOnDueItem(
        arguments, context,
        {[days = *days](Notebook &notebook, qint64 id) { return notebook.snoozeReminder(id, days); },
         [days = *days](Notebook &notebook, qint64 id) { return notebook.snoozeNudge(id, notebook.today().addDays(days)); },
         CliText::tr("Snoozed reminder %1 (%2) until %3."), CliText::tr("Snoozed keep-in-touch %1 (%2) until %3."),
         [days = *days](Notebook &notebook, const UpcomingDate &date) -> Status {
             auto before = notebook.snoozeDateReminder(date.date.id, date.occursOn, notebook.today().addDays(days));
             return before ? Status() : Status(before.error());
         },
         [days = *days](const UpcomingDate &date, QDate today) {
             return CliText::tr("Snoozed d%1 (%2, %3 on %4) until %5.")
                 .arg(QString::number(date.date.id), date.date.contactName, date.date.title(),
                      date.occursOn.toString(Qt::ISODate), today.addDays(days).toString(Qt::ISODate));
         }});
}

int done(const ParsedArguments &arguments, CommandContext &context)
{
    return actOnDueItem(arguments, context,
                        {[](Notebook &notebook, qint64 id) { return notebook.completeReminder(id); },
                         [](Notebook &notebook, qint64 id) { return notebook.completeNudge(id); },
                         CliText::tr("Done: reminder %1 (%2, due %3)."),
                         CliText::tr("Done: keep-in-touch %1 (%2); the next nudge is due %3."), completeDate,
                         [](const UpcomingDate &date, QDate) {
                             return CliText::tr("Done: d%1 (%2, %3 on %4).")
                                 .arg(QString::number(date.date.id), date.date.contactName, date.date.title(),
                                      date.occursOn.toString(Qt::ISODate));
                         }});
}

// A nudge comes back every cadence, so dismissing one skips this round, as `done` does.
int dismiss(const ParsedArguments &arguments, CommandContext &context)
{
    return actOnDueItem(arguments, context,
                        {[](Notebook &notebook, qint64 id) { return notebook.dismissReminder(id); },
                         [](Notebook &notebook, qint64 id) { return notebook.completeNudge(id); },
                         CliText::tr("Dismissed reminder %1 (%2, due %3)."),
                         CliText::tr("Skipped keep-in-touch %1 (%2) this round; the next nudge is due %3."), completeDate,
                         [](const UpcomingDate &date, QDate) {
                             return CliText::tr("Dismissed d%1 (%2, %3 on %4) for this year.")
                                 .arg(QString::number(date.date.id), date.date.contactName, date.date.title(),
                                      date.occursOn.toString(Qt::ISODate));
                         }});
}

int remind(const ParsedArguments &arguments, CommandContext &context)
{
    const bool inDays = arguments.isSet(u"in"_s);
    if (inDays == arguments.isSet(u"on"_s))
        return CommandContext::usageError(CliText::tr("Give exactly one of --in DAYS or --on YYYY-MM-DD."));
    QDate due;
    if (inDays) {
        auto days = parse::days(arguments.value(u"in"_s), u"--in"_s, 0);
        if (!days)
            return CommandContext::fail(days.error());
        due = context.today().addDays(*days);
    } else {
        auto day = parse::day(arguments.value(u"on"_s), u"--on"_s);
        if (!day)
            return CommandContext::fail(day.error());
        due = *day;
    }
    std::optional<Recurrence> recurrence;
    if (arguments.isSet(u"every"_s)) {
        auto parsed = Recurrence::fromText(arguments.value(u"every"_s), u"--every"_s);
        if (!parsed)
            return CommandContext::fail(parsed.error());
        recurrence = *parsed;
        recurrence->fromCompletion = arguments.isSet(u"from-completion"_s);
    } else if (arguments.isSet(u"from-completion"_s)) {
        return CommandContext::usageError(CliText::tr("--from-completion needs --every."));
    }
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    auto id = (*notebook)->addReminder(ref->id, due, arguments.value(u"reason"_s), recurrence);
    if (!id)
        return CommandContext::fail(id.error());
    if (recurrence)
        CommandContext::print(CliText::tr("Reminder %1: %2, due %3, repeating every %4.")
                                  .arg(*id).arg(ref->name, due.toString(Qt::ISODate), recurrence->toText()));
    else
        CommandContext::print(CliText::tr("Reminder %1: %2, due %3.").arg(*id).arg(ref->name, due.toString(Qt::ISODate)));
    return Success;
}

} // namespace

QList<Command> reminderCommands()
{
    return {
        {{u"due"_s}, u"[--within DAYS] [--json]"_s,
         CliText::tr("Follow-ups due by today (+DAYS) and lapsed keep-in-touch cadences, most overdue first."),
         {{u"within"_s, u"DAYS"_s, CliText::tr("also what falls due in the next DAYS days")},
          {u"json"_s, {}, CliText::tr("print JSON instead of text; each \"id\" is what done, snooze and dismiss "
                                      "take: a number for a follow-up (12), a string for a nudge (\"k7\") or a date (\"d3\")")}},
         0, 0, listDue},
        {{u"done"_s}, u"ID"_s, CliText::tr("Mark a follow-up done (12), a keep-in-touch nudge kept (k7), or a date's reminder done (d3)."), {}, 1, 1, done},
        {{u"dismiss"_s}, u"ID"_s, CliText::tr("Drop a follow-up without doing it, or skip a nudge (k7) or a date (d3) this round."), {}, 1, 1,
         dismiss},
        {{u"snooze"_s}, u"ID DAYS"_s, CliText::tr("Move a follow-up, a nudge (k7) or a date's reminder (d3) to today + DAYS."), {}, 2, 2, snooze},
        {{u"remind"_s}, u"CONTACT (--in DAYS | --on YYYY-MM-DD) [--reason TEXT] [--every 1m|2w|90d|1y [--from-completion]]"_s,
         CliText::tr("Add a follow-up of your own, once or repeating."),
         {{u"in"_s, u"DAYS"_s, CliText::tr("due in DAYS days")},
          {u"on"_s, u"YYYY-MM-DD"_s, CliText::tr("due on this day")},
          {u"reason"_s, u"TEXT"_s, CliText::tr("what to do")},
          {u"every"_s, u"N(d|w|m|y)"_s, CliText::tr("repeat every N days, weeks, months or years; done schedules the next")},
          {u"from-completion"_s, {}, CliText::tr("count the next one from the day it is done, not from when it was due")}},
         1, 1, remind},
    };
}

} // namespace tend::cli
