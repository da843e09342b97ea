#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

Result<FollowUpChoice> followUpChoice(const ParsedArguments &arguments)
{
    const bool days = arguments.isSet(u"follow-up"_s);
    if (days && arguments.isSet(u"no-follow-up"_s))
        return Error::invalid(CliText::tr("--follow-up and --no-follow-up cannot be used together."));
    if (arguments.isSet(u"no-follow-up"_s))
        return FollowUpChoice::none();
    if (!days)
        return FollowUpChoice::kindDefault();
    auto parsed = parse::days(arguments.value(u"follow-up"_s), u"--follow-up"_s, 0);
    if (!parsed)
        return parsed.error();
    return FollowUpChoice::inDays(*parsed);
}

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
    auto followUp = followUpChoice(arguments);
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
    auto logged = (*notebook)->logInteraction(interaction, *followUp, toClose);
    if (!logged)
        return CommandContext::fail(logged.error());

    CommandContext::print(CliText::tr("Logged interaction %1: %2 with %3 on %4.").arg(logged->interactionId)
                              .arg(inlineName(interaction.kind), names.join(u", "_s), interaction.date.toString(Qt::ISODate)));
    for (const Reminder &closed : std::as_const(logged->closedFollowUps))
        CommandContext::print(CliText::tr("Closed the follow-up “%1” with %2 (reminder %3, due %4).")
                                  .arg(closed.reason, closed.contactName)
                                  .arg(closed.id)
                                  .arg(closed.due.toString(Qt::ISODate)));
    if (logged->followUpDue.isValid()) {
        QStringList ids;
        for (const qint64 id : std::as_const(logged->reminderIds))
            ids.append(QString::number(id));
        CommandContext::print(CliText::tr("Follow-up due %1 (reminder %2).").arg(logged->followUpDue.toString(Qt::ISODate),
                                                                        ids.join(u", "_s)));
    } else {
        CommandContext::print(CliText::tr("No follow-up scheduled."));
    }
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
         "[--minutes MINUTES] [--rating 1-5] [--direction gave|received|mutual] [--follow-up DAYS | --no-follow-up] [--keep-follow-ups]"_s,
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
          {u"keep-follow-ups"_s, {}, CliText::tr("leave the people's due follow-ups open (by default logging marks them done)")}},
         2, -1, logInteraction},
    };
}

} // namespace tend::cli
