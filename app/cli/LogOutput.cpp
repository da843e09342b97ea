#include "cli/LogOutput.h"

#include "cli/CliText.h"
#include "cli/CommandContext.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli::log {

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

void printLogged(const LoggedInteraction &logged, const Interaction &interaction)
{
    QStringList names;
    for (const ContactRef &participant : interaction.participants)
        names.append(participant.name);
    CommandContext::print(CliText::tr("Logged interaction %1: %2 with %3 on %4.").arg(logged.interactionId)
                              .arg(inlineName(interaction.kind), names.join(u", "_s), interaction.date.toString(Qt::ISODate)));
    for (const Reminder &closed : std::as_const(logged.closedFollowUps))
        CommandContext::print(CliText::tr("Closed the follow-up “%1” with %2 (reminder %3, due %4).")
                                  .arg(closed.reason, closed.contactName)
                                  .arg(closed.id)
                                  .arg(closed.due.toString(Qt::ISODate)));
    if (logged.followUpDue.isValid()) {
        QStringList ids;
        for (const qint64 id : std::as_const(logged.reminderIds))
            ids.append(QString::number(id));
        CommandContext::print(CliText::tr("Follow-up due %1 (reminder %2).").arg(logged.followUpDue.toString(Qt::ISODate),
                                                                        ids.join(u", "_s)));
    } else {
        CommandContext::print(CliText::tr("No follow-up scheduled."));
    }
}

} // namespace tend::cli::log
