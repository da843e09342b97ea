#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "util/Parsing.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

QJsonObject upcomingJson(const UpcomingDate &date)
{
    return {
        {u"id"_s, date.date.id},
        {u"contact_id"_s, date.date.contactId},
        {u"contact"_s, date.date.contactName},
        {u"kind"_s, toKey(date.date.kind)},
        {u"label"_s, json::text(date.date.label)},
        {u"date"_s, date.date.dateText()},
        {u"next"_s, json::day(date.occursOn)},
        {u"remind_on"_s, json::day(date.remindOn)},
        {u"years"_s, date.years ? QJsonValue(*date.years) : QJsonValue(QJsonValue::Null)},
    };
}

// tend date add CONTACT KIND [LABEL] DATE: a custom date takes its label before the day.
int addDate(const ParsedArguments &arguments, CommandContext &context)
{
    const QStringList words = arguments.positionals;
    auto kind = importantDateKindFromKey(words.at(1));
    if (!kind)
        return CommandContext::fail(Error::invalid(CliText::tr("\"%1\" is not a kind of date; use one of %2.")
                                                       .arg(words.at(1), importantDateKindKeysForMessage())));
    const bool custom = *kind == ImportantDate::Kind::Custom;
    if (words.size() != (custom ? 4 : 3)) {
        return CommandContext::usageError(custom ? CliText::tr("A custom date takes a label and a day: tend date add CONTACT custom LABEL DATE.")
                                                 : CliText::tr("Give the day after the kind: tend date add CONTACT %1 DATE.").arg(toKey(*kind)));
    }
    auto parsed = parseImportantDay(words.constLast(), CliText::tr("DATE"));
    if (!parsed)
        return CommandContext::fail(parsed.error());
    ImportantDate date = *parsed;
    date.kind = *kind;
    if (custom)
        date.label = words.at(2);

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(words.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    date.contactId = ref->id;
    auto id = (*notebook)->addImportantDate(date);
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(CliText::tr("Date %1: %2's %3, %4.").arg(*id).arg(ref->name, date.title(), date.dateText()));
    return Success;
}

int listDates(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    int within = 365;
    if (arguments.isSet(u"within"_s)) {
        auto days = parse::days(arguments.value(u"within"_s), u"--within"_s, 0);
        if (!days)
            return CommandContext::fail(days.error());
        within = *days;
    }
    auto dates = (*notebook)->upcomingDates(context.today(), within);
    if (!dates)
        return CommandContext::fail(dates.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*dates, upcomingJson);
        return Success;
    }
    if (dates->isEmpty()) {
        CommandContext::print(CliText::tr("No important dates."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("NEXT"), CliText::tr("CONTACT"), CliText::tr("WHAT"), CliText::tr("YEARS")});
    for (const UpcomingDate &date : std::as_const(*dates)) {
        table.addRow({QString::number(date.date.id), text::day(date.occursOn), date.date.contactName, date.date.title(),
                      date.years ? QString::number(*date.years) : u"-"_s});
    }
    CommandContext::print(table.toString());
    return Success;
}

} // namespace

QList<Command> dateCommands()
{
    return {
        {{u"date"_s, u"add"_s}, u"CONTACT (birthday | anniversary | custom LABEL) DATE"_s,
         CliText::tr("Add an important date: YYYY-MM-DD, or --MM-DD without a year."), {}, 3, 4, addDate},
        {{u"date"_s, u"list"_s}, u"[--within DAYS] [--json]"_s,
         CliText::tr("Important dates of the next DAYS days (default: a year), soonest first."),
         {{u"within"_s, u"DAYS"_s, CliText::tr("how far ahead to look")},
          {u"json"_s, {}, CliText::tr("print JSON instead of text")}},
         0, 0, listDates},
    };
}

} // namespace tend::cli
