#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/PracticeFilterOptions.h"
#include "cli/PracticeJson.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int actedOnAdvice(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("advice"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    if (auto marked = (*notebook)->markAdviceActedOn(*id, arguments.value(u"outcome"_s)); !marked)
        return CommandContext::fail(marked.error());
    auto item = (*notebook)->advice(*id);
    if (!item)
        return CommandContext::fail(item.error());
    CommandContext::print(CliText::tr("Advice %1 acted on. Tell %2 how it helped: `tend advice reported %1`.")
                              .arg(*id)
                              .arg(item->from.name));
    return Success;
}

int reportedAdvice(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("advice"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto logged = (*notebook)->reportAdviceBack(*id, arguments.value(u"summary"_s));
    if (!logged)
        return CommandContext::fail(logged.error());
    CommandContext::print(CliText::tr("Advice %1 reported back and closed (logged interaction %2).").arg(*id).arg(*logged));
    return Success;
}

int listAdvice(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto filter = practiceFilter(arguments, **notebook);
    if (!filter)
        return CommandContext::fail(filter.error());
    auto items = (*notebook)->adviceItems(*filter);
    if (!items)
        return CommandContext::fail(items.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*items, json::advice);
        return Success;
    }
    if (items->isEmpty()) {
        CommandContext::print(CliText::tr("No advice."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("FROM"), CliText::tr("RECEIVED"), CliText::tr("STATE"),
                     CliText::tr("ADVICE")});
    for (const AdviceItem &item : std::as_const(*items)) {
        table.addRow({QString::number(item.id), item.from.name, text::day(item.receivedOn), displayName(item.state),
                      item.text});
    }
    CommandContext::print(table.toString());
    return Success;
}

} // namespace

QList<Command> adviceCommands()
{
    return {
        {{u"advice"_s, u"acted"_s},
         u"ID --outcome TEXT"_s,
         CliText::tr("Mark advice acted on, with what came of it; Tend then proposes telling them."),
         {{u"outcome"_s, u"TEXT"_s, CliText::tr("what came of acting on it")}},
         1, 1, actedOnAdvice},
        {{u"advice"_s, u"reported"_s},
         u"ID [--summary TEXT]"_s,
         CliText::tr("Log that you told them how the advice helped (given), and close it."),
         {{u"summary"_s, u"TEXT"_s, CliText::tr("one line for the logged interaction")}},
         1, 1, reportedAdvice},
        {{u"advice"_s, u"list"_s},
         u"[--open] [--contact CONTACT] [--json]"_s,
         CliText::tr("List advice received and whether it was reported back."),
         {{u"open"_s, {}, CliText::tr("only advice not reported back yet")},
          {u"contact"_s, u"CONTACT"_s, CliText::tr("only advice from this person")},
          {u"json"_s, {}, CliText::tr("print JSON")}},
         0, 0, listAdvice},
    };
}

} // namespace tend::cli
