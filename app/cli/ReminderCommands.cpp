#include "cli/ArgumentValues.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "util/Parsing.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

QJsonObject dueJson(const DueItem &item)
{
    return {
        {u"id"_s, json::number(item.reminderId)},
        {u"kind"_s, toKey(item.kind)},
        {u"contact_id"_s, item.contactId},
        {u"contact"_s, item.contactName},
        {u"due"_s, json::day(item.due)},
        {u"overdue_days"_s, item.overdueDays},
        {u"reason"_s, json::text(item.reason)},
    };
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

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*items, dueJson);
        return Success;
    }
    if (items->isEmpty()) {
        CommandContext::print(u"Nothing due."_s);
        return Success;
    }
    TextTable table({u"ID"_s, u"DUE"_s, u"WHEN"_s, u"CONTACT"_s, u"REASON"_s});
    for (const DueItem &item : std::as_const(*items)) {
        table.addRow({item.reminderId ? QString::number(*item.reminderId) : u"-"_s, text::day(item.due),
                      text::overdue(item.overdueDays), item.contactName, item.reason});
    }
    CommandContext::print(table.toString());
    return Success;
}

// done / dismiss / snooze: the reminder id first, then the change itself.
int changeReminder(const ParsedArguments &arguments, CommandContext &context,
                   const std::function<Status(Notebook &, qint64)> &change, const QString &doneText)
{
    auto id = values::reminderId(arguments.positionals.constFirst());
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    if (auto changed = change(**notebook, *id); !changed)
        return CommandContext::fail(changed.error());
    auto reminder = (*notebook)->reminder(*id);
    if (!reminder)
        return CommandContext::fail(reminder.error());
    CommandContext::print(doneText.arg(*id).arg(reminder->contactName, reminder->due.toString(Qt::ISODate)));
    return Success;
}

int snooze(const ParsedArguments &arguments, CommandContext &context)
{
    auto days = parse::days(arguments.positionals.at(1), u"snooze days"_s);
    if (!days)
        return CommandContext::fail(days.error());
    return changeReminder(arguments, context,
                          [days = *days](Notebook &notebook, qint64 id) { return notebook.snoozeReminder(id, days); },
                          u"Snoozed reminder %1 (%2) until %3."_s);
}

int remind(const ParsedArguments &arguments, CommandContext &context)
{
    const bool inDays = arguments.isSet(u"in"_s);
    if (inDays == arguments.isSet(u"on"_s))
        return CommandContext::usageError(u"Give exactly one of --in DAYS or --on YYYY-MM-DD."_s);
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
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    auto id = (*notebook)->addReminder(ref->id, due, arguments.value(u"reason"_s));
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(u"Reminder %1: %2, due %3."_s.arg(*id).arg(ref->name, due.toString(Qt::ISODate)));
    return Success;
}

} // namespace

QList<Command> reminderCommands()
{
    return {
        {{u"due"_s}, u"[--within DAYS] [--json]"_s,
         u"Follow-ups due by today (+DAYS) and lapsed keep-in-touch cadences, most overdue first."_s,
         {{u"within"_s, u"DAYS"_s, u"also what falls due in the next DAYS days"_s},
          {u"json"_s, {}, u"print JSON instead of text"_s}},
         0, 0, listDue},
        {{u"done"_s}, u"REMINDER"_s, u"Mark a follow-up done."_s, {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) {
             return changeReminder(a, c, [](Notebook &n, qint64 id) { return n.completeReminder(id); },
                                   u"Done: reminder %1 (%2, due %3)."_s);
         }},
        {{u"dismiss"_s}, u"REMINDER"_s, u"Drop a follow-up without doing it."_s, {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) {
             return changeReminder(a, c, [](Notebook &n, qint64 id) { return n.dismissReminder(id); },
                                   u"Dismissed reminder %1 (%2, due %3)."_s);
         }},
        {{u"snooze"_s}, u"REMINDER DAYS"_s, u"Move a follow-up to today + DAYS."_s, {}, 2, 2, snooze},
        {{u"remind"_s}, u"CONTACT (--in DAYS | --on YYYY-MM-DD) [--reason TEXT]"_s,
         u"Add a follow-up of your own."_s,
         {{u"in"_s, u"DAYS"_s, u"due in DAYS days"_s},
          {u"on"_s, u"YYYY-MM-DD"_s, u"due on this day"_s},
          {u"reason"_s, u"TEXT"_s, u"what to do"_s}},
         1, 1, remind},
    };
}

} // namespace tend::cli
