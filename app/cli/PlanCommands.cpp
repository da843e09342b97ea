#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/LogOutput.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int planMeeting(const ParsedArguments &arguments, CommandContext &context)
{
    Interaction meeting;
    auto kind = values::interactionKind(arguments.positionals.constFirst());
    if (!kind)
        return CommandContext::fail(kind.error());
    meeting.kind = *kind;
    if (!arguments.isSet(u"date"_s))
        return CommandContext::fail(Error::invalid(CliText::tr("A planned meeting needs its day: --date YYYY-MM-DD.")));
    auto date = parse::day(arguments.value(u"date"_s), u"--date"_s);
    if (!date)
        return CommandContext::fail(date.error());
    meeting.date = *date;
    meeting.agenda = arguments.value(u"agenda"_s);
    meeting.summary = arguments.value(u"summary"_s);
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    QStringList names;
    for (const QString &reference : arguments.positionals.mid(1)) {
        auto ref = (*notebook)->resolveContact(reference);
        if (!ref)
            return CommandContext::fail(ref.error());
        if (meeting.participants.contains(*ref))
            continue;
        meeting.participants.append(*ref);
        names.append(ref->name);
    }
    auto id = (*notebook)->planMeeting(meeting);
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(CliText::tr("Planned meeting %1: %2 with %3 on %4.")
                              .arg(*id)
                              .arg(inlineName(meeting.kind), names.join(u", "_s), meeting.date.toString(Qt::ISODate)));
    if (meeting.agenda.trimmed().isEmpty())
        CommandContext::print(CliText::tr("It has no agenda yet: `tend agenda %1 TEXT`.").arg(*id));
    return Success;
}

int setAgenda(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("a planned meeting"));
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    if (auto set = (*notebook)->setAgenda(*id, arguments.positionals.at(1)); !set)
        return CommandContext::fail(set.error());
    CommandContext::print(CliText::tr("Agenda of interaction %1 set.").arg(*id));
    return Success;
}

int heldMeeting(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = values::recordId(arguments.positionals.constFirst(), CliText::tr("a planned meeting"));
    if (!id)
        return CommandContext::fail(id.error());
    auto followUp = log::followUpChoice(arguments);
    if (!followUp)
        return CommandContext::fail(followUp.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto planned = (*notebook)->interaction(*id);
    if (!planned)
        return CommandContext::fail(planned.error());
    Interaction record = *planned;
    record.date = {};
    if (arguments.isSet(u"summary"_s))
        record.summary = arguments.value(u"summary"_s);
    if (arguments.isSet(u"note"_s))
        record.notes = arguments.value(u"note"_s);
    record.advice = arguments.values(u"advice"_s);
    auto logged = (*notebook)->holdMeeting(*id, record, *followUp);
    if (!logged)
        return CommandContext::fail(logged.error());
    auto held = (*notebook)->interaction(*id);
    if (!held)
        return CommandContext::fail(held.error());
    log::printLogged(*logged, *held);
    return Success;
}

} // namespace

QList<Command> planCommands()
{
    return {
        {{u"plan"_s},
         u"KIND CONTACT… --date YYYY-MM-DD [--agenda TEXT] [--summary S]"_s,
         CliText::tr("Plan a meeting: an interaction dated after today, with an agenda."),
         {{u"date"_s, u"YYYY-MM-DD"_s, CliText::tr("the day of the meeting (after today)")},
          {u"agenda"_s, u"TEXT"_s, CliText::tr("what you mean to discuss")},
          {u"summary"_s, u"TEXT"_s, CliText::tr("one line: what it is about")}},
         2, -1, planMeeting},
        {{u"agenda"_s},
         u"ID TEXT"_s,
         CliText::tr("Set the agenda of a planned meeting (or of any interaction)."),
         {},
         2, 2, setAgenda},
        {{u"held"_s},
         u"ID [--summary S] [--note TEXT] [--advice TEXT]… [--follow-up DAYS | --no-follow-up]"_s,
         CliText::tr("A planned meeting took place: it becomes the record, dated today, agenda kept."),
         {{u"summary"_s, u"TEXT"_s, CliText::tr("one line: what it was about")},
          {u"note"_s, u"TEXT"_s, CliText::tr("notes")},
          {u"advice"_s, u"TEXT"_s, CliText::tr("an item of advice received"), true},
          {u"follow-up"_s, u"DAYS"_s, CliText::tr("follow up after DAYS days instead of the kind's default")},
          {u"no-follow-up"_s, {}, CliText::tr("schedule no follow-up")}},
         1, 1, heldMeeting},
    };
}

} // namespace tend::cli
