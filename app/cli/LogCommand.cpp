#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/LogOutput.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int logInteraction(const ParsedArguments &arguments, CommandContext &context)
{
    Interaction interaction;
    auto kind = values::interactionKind(arguments.positionals.constFirst());
    if (!kind)
        return CommandContext::fail(kind.error());
    interaction.kind = *kind;
    interaction.date = context.today();
    if (arguments.isSet(u"date"_s)) {
        auto date = parse::day(arguments.value(u"date"_s), u"--date"_s);
        if (!date)
            return CommandContext::fail(date.error());
        interaction.date = *date;
    }
    if (arguments.isSet(u"direction"_s)) {
        auto direction = values::direction(arguments.value(u"direction"_s));
        if (!direction)
            return CommandContext::fail(direction.error());
        interaction.direction = *direction;
    }
    interaction.summary = arguments.value(u"summary"_s);
    interaction.notes = arguments.value(u"note"_s);
    interaction.agenda = arguments.value(u"agenda"_s);
    interaction.advice = arguments.values(u"advice"_s);
    if (arguments.isSet(u"minutes"_s)) {
        auto minutes = parse::days(arguments.value(u"minutes"_s), u"--minutes"_s);
        if (!minutes || *minutes > 1440)
            return CommandContext::fail(Error::invalid(CliText::tr("--minutes: \"%1\" is not a duration from 1 to 1440 minutes.")
                                                           .arg(arguments.value(u"minutes"_s))));
        interaction.durationMinutes = *minutes;
    }
    if (arguments.isSet(u"rating"_s)) {
        bool ok = false;
        const int rating = arguments.value(u"rating"_s).trimmed().toInt(&ok);
        if (!ok || rating < 1 || rating > 5)
            return CommandContext::fail(Error::invalid(CliText::tr("--rating: \"%1\" is not a rating from 1 to 5.")
                                                           .arg(arguments.value(u"rating"_s))));
        interaction.rating = rating;
    }
    auto followUp = log::followUpChoice(arguments);
    if (!followUp)
        return CommandContext::fail(followUp.error());

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    QStringList names;
    QList<qint64> ids;
    QList<int> timesNamed;
    for (const QString &reference : arguments.positionals.mid(1)) {
        auto ref = (*notebook)->resolveContact(reference);
        if (!ref)
            return CommandContext::fail(ref.error());
        if (const qsizetype seen = ids.indexOf(ref->id); seen >= 0) {
            ++timesNamed[seen];
            continue;
        }
        ids.append(ref->id);
        timesNamed.append(1);
        interaction.participants.append(*ref);
        names.append(ref->name);
    }
    const FollowUpsToClose toClose = arguments.isSet(u"keep-follow-ups"_s) ? FollowUpsToClose::none()
                                                                           : FollowUpsToClose::dueOnes();
    std::optional<qint64> plan;
    if (arguments.isSet(u"plan"_s)) {
        auto id = values::recordId(arguments.value(u"plan"_s), CliText::tr("a planned meeting"));
        if (!id)
            return CommandContext::fail(id.error());
        plan = *id;
        if (!arguments.isSet(u"date"_s))
            interaction.date = {}; // held today
        if (!arguments.isSet(u"direction"_s)) {
            auto planned = (*notebook)->interaction(*plan);
            if (!planned)
                return CommandContext::fail(planned.error());
            interaction.direction = planned->direction;
        }
    }
    auto logged = plan ? (*notebook)->holdMeeting(*plan, interaction, *followUp)
                       : (*notebook)->logInteraction(interaction, *followUp, toClose);
    if (!logged)
        return CommandContext::fail(logged.error());
    auto held = (*notebook)->interaction(logged->interactionId);
    if (!held)
        return CommandContext::fail(held.error());

    log::printLogged(*logged, *held);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (timesNamed.at(i) == 2)
            CommandContext::print(CliText::tr("%1 was named twice; logged once.").arg(names.at(i)));
        else if (timesNamed.at(i) > 2)
            CommandContext::print(CliText::tr("%1 was named %2 times; logged once.").arg(names.at(i)).arg(timesNamed.at(i)));
    }
    return Success;
}

} // namespace

QList<Command> logCommands()
{
    return {
        {{u"log"_s},
         u"KIND CONTACT… [--date YYYY-MM-DD] [--summary S] [--note TEXT] [--agenda TEXT] "
         "[--minutes MINUTES] [--rating 1-5] [--direction gave|received|mutual] [--follow-up DAYS | --no-follow-up] "
         "[--keep-follow-ups] [--advice TEXT]… [--plan ID]"_s,
         CliText::tr("Record an interaction and schedule its follow-up; marks the people's due follow-ups done."),
         {{u"date"_s, u"YYYY-MM-DD"_s, CliText::tr("when it happened (default: today)")},
          {u"summary"_s, u"TEXT"_s, CliText::tr("one line: what it was about")},
          {u"note"_s, u"TEXT"_s, CliText::tr("notes")},
          {u"agenda"_s, u"TEXT"_s, CliText::tr("what you planned to discuss")},
          {u"minutes"_s, u"MINUTES"_s, CliText::tr("how long it took")},
          {u"rating"_s, u"1-5"_s, CliText::tr("how useful it was, from 1 to 5")},
          {u"direction"_s, u"DIR"_s, CliText::tr("gave, received or mutual: who helped whom (default: mutual)")},
          {u"follow-up"_s, u"DAYS"_s, CliText::tr("follow up after DAYS days instead of the kind's default")},
          {u"no-follow-up"_s, {}, CliText::tr("schedule no follow-up")},
          {u"keep-follow-ups"_s, {}, CliText::tr("leave the people's due follow-ups open (by default logging marks them done)")},
          {u"advice"_s, u"TEXT"_s, CliText::tr("an item of advice received"), true},
          {u"plan"_s, u"ID"_s, CliText::tr("the planned meeting this was: it becomes the record, dated today")}},
         2, -1, logInteraction},
    };
}

} // namespace tend::cli
