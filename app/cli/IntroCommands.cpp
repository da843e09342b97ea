#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/PracticeJson.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "practice/IntroductionFlow.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int addIntroduction(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto first = (*notebook)->resolveContact(arguments.positionals.at(0));
    if (!first)
        return CommandContext::fail(first.error());
    auto second = (*notebook)->resolveContact(arguments.positionals.at(1));
    if (!second)
        return CommandContext::fail(second.error());
    auto id = (*notebook)->addIntroduction(first->id, second->id, arguments.value(u"why"_s));
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(CliText::tr("Proposed introduction %1 of %2 and %3; %2 is asked first.")
                              .arg(*id)
                              .arg(first->name, second->name));
    return Success;
}

int advanceIntroduction(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("an introduction"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto after = (*notebook)->advanceIntroduction(*id, arguments.isSet(u"declined"_s));
    if (!after)
        return CommandContext::fail(after.error());
    const std::optional<qint64> logged = after->history.isEmpty() ? std::nullopt : after->history.constLast().interactionId;
    CommandContext::print(CliText::tr("Introduction %1 of %2 and %3: %4 (logged interaction %5).")
                              .arg(*id)
                              .arg(after->first.name, after->second.name, practice::describeState(*after))
                              .arg(logged.value_or(0)));
    return Success;
}

int listIntroductions(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    PracticeFilter filter;
    filter.openOnly = arguments.isSet(u"open"_s);
    auto introductions = (*notebook)->introductions(filter);
    if (!introductions)
        return CommandContext::fail(introductions.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*introductions, json::introduction);
        return Success;
    }
    if (introductions->isEmpty()) {
        CommandContext::print(CliText::tr("No introductions."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("FIRST"), CliText::tr("SECOND"), CliText::tr("SINCE"),
                     CliText::tr("STATE")});
    for (const Introduction &introduction : std::as_const(*introductions)) {
        table.addRow({QString::number(introduction.id), introduction.first.name, introduction.second.name,
                      text::day(introduction.stateChangedOn), practice::describeState(introduction)});
    }
    CommandContext::print(table.toString());
    return Success;
}

int showIntroduction(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("an introduction"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto introduction = (*notebook)->introduction(*id);
    if (!introduction)
        return CommandContext::fail(introduction.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJson(QJsonDocument(json::introduction(*introduction)));
        return Success;
    }
    QStringList lines{CliText::tr("Introduction %1: %2 and %3").arg(*id).arg(introduction->first.name, introduction->second.name),
                      CliText::tr("State: %1 (since %2)").arg(practice::describeState(*introduction),
                                                             text::day(introduction->stateChangedOn))};
    if (!introduction->why.isEmpty())
        lines.append(CliText::tr("Why: %1").arg(introduction->why));
    for (const IntroStep &step : std::as_const(introduction->history)) {
        lines.append(CliText::tr("  %1  %2 → %3").arg(text::day(step.on), toKey(step.from), toKey(step.to)));
    }
    CommandContext::print(lines.join(u'\n'));
    return Success;
}

} // namespace

QList<Command> introCommands()
{
    return {
        {{u"intro"_s, u"add"_s},
         u"A B [--why TEXT]"_s,
         CliText::tr("Propose a double opt-in introduction of A and B; A is asked first."),
         {{u"why"_s, u"TEXT"_s, CliText::tr("why they should meet")}},
         2, 2, addIntroduction},
        {{u"intro"_s, u"advance"_s},
         u"ID [--declined]"_s,
         CliText::tr("Take an introduction's next step, logging it with the person it concerns."),
         {{u"declined"_s, {}, CliText::tr("the person asked said no")}},
         1, 1, advanceIntroduction},
        {{u"intro"_s, u"list"_s},
         u"[--open] [--json]"_s,
         CliText::tr("List introductions."),
         {{u"open"_s, {}, CliText::tr("only those in progress")}, {u"json"_s, {}, CliText::tr("print JSON")}},
         0, 0, listIntroductions},
        {{u"intro"_s, u"show"_s},
         u"ID [--json]"_s,
         CliText::tr("Show an introduction and its steps."),
         {{u"json"_s, {}, CliText::tr("print JSON")}},
         1, 1, showIntroduction},
    };
}

} // namespace tend::cli
