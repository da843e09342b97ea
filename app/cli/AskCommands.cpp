#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/PracticeFilterOptions.h"
#include "cli/PracticeJson.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "practice/AskRules.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int addAsk(const ParsedArguments &arguments, CommandContext &context)
{
    Ask ask;
    ask.text = arguments.positionals.at(1);
    ask.why = arguments.value(u"why"_s);
    ask.action = arguments.value(u"action"_s);
    ask.direction = arguments.isSet(u"from-them"_s) ? AskDirection::Theirs : AskDirection::Mine;
    if (!arguments.isSet(u"by"_s))
        return CommandContext::fail(Error::invalid(CliText::tr("An ask needs a deadline: --by YYYY-MM-DD.")));
    auto deadline = parse::day(arguments.value(u"by"_s), u"--by"_s);
    if (!deadline)
        return CommandContext::fail(deadline.error());
    ask.deadline = *deadline;
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto contact = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!contact)
        return CommandContext::fail(contact.error());
    ask.contact = *contact;
    auto id = (*notebook)->addAsk(ask);
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(ask.direction == AskDirection::Mine
                              ? CliText::tr("Added ask %1 to %2, due %3.").arg(*id).arg(contact->name, ask.deadline.toString(Qt::ISODate))
                              : CliText::tr("Added ask %1 from %2, to answer by %3.").arg(*id).arg(contact->name, ask.deadline.toString(Qt::ISODate)));
    return Success;
}

int listAsks(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto filter = practiceFilter(arguments, **notebook);
    if (!filter)
        return CommandContext::fail(filter.error());
    auto asks = (*notebook)->asks(*filter);
    if (!asks)
        return CommandContext::fail(asks.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*asks, json::ask);
        return Success;
    }
    if (asks->isEmpty()) {
        CommandContext::print(CliText::tr("No asks."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("CONTACT"), CliText::tr("WHO ASKED"), CliText::tr("STATE"),
                     CliText::tr("BY"), CliText::tr("ASK")});
    for (const Ask &ask : std::as_const(*asks)) {
        table.addRow({QString::number(ask.id), ask.contact.name,
                      ask.direction == AskDirection::Mine ? CliText::tr("I did") : CliText::tr("they did"),
                      displayName(ask.state), text::day(ask.deadline), ask.text});
    }
    CommandContext::print(table.toString());
    return Success;
}

int moveAsk(const ParsedArguments &arguments, CommandContext &context, AskState to)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("an ask"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    if (auto moved = (*notebook)->moveAsk(*id, to, arguments.value(u"note"_s)); !moved)
        return CommandContext::fail(moved.error());
    auto ask = (*notebook)->ask(*id);
    if (!ask)
        return CommandContext::fail(ask.error());
    CommandContext::print(CliText::tr("Ask %1 to %2 is now %3.").arg(*id).arg(ask->contact.name, displayName(to)));
    return Success;
}

Command moveCommand(const QString &word, AskState to, const QString &summary)
{
    return {{u"ask"_s, word},
            u"ID [--note TEXT]"_s,
            summary,
            {{u"note"_s, u"TEXT"_s, CliText::tr("what happened")}},
            1, 1,
            [to](const ParsedArguments &arguments, CommandContext &context) { return moveAsk(arguments, context, to); }};
}

} // namespace

QList<Command> askCommands()
{
    return {
        {{u"ask"_s, u"add"_s},
         u"CONTACT TEXT --by YYYY-MM-DD [--why TEXT] [--action TEXT] [--from-them]"_s,
         CliText::tr("Record a request: what is asked, why, the action and the deadline."),
         {{u"by"_s, u"YYYY-MM-DD"_s, CliText::tr("the deadline (today or later)")},
          {u"why"_s, u"TEXT"_s, CliText::tr("why it matters")},
          {u"action"_s, u"TEXT"_s, CliText::tr("the concrete action asked for")},
          {u"from-them"_s, {}, CliText::tr("they asked me (default: I asked them)")}},
         2, 2, addAsk},
        {{u"ask"_s, u"list"_s},
         u"[--open] [--contact CONTACT] [--json]"_s,
         CliText::tr("List asks, earliest deadline first."),
         {{u"open"_s, {}, CliText::tr("only open and answered asks")},
          {u"contact"_s, u"CONTACT"_s, CliText::tr("only this person's asks")},
          {u"json"_s, {}, CliText::tr("print JSON")}},
         0, 0, listAsks},
        moveCommand(u"answer"_s, AskState::Answered, CliText::tr("Mark an ask answered.")),
        moveCommand(u"decline"_s, AskState::Declined, CliText::tr("Mark an ask declined.")),
        moveCommand(u"done"_s, AskState::Done, CliText::tr("Mark an ask done.")),
        moveCommand(u"withdraw"_s, AskState::Withdrawn, CliText::tr("Withdraw an ask.")),
    };
}

} // namespace tend::cli
