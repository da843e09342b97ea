#pragma once

#include "cli/ArgumentParser.h"
#include "model/Interaction.h"

// What `tend log` and `tend held` share: the follow-up options and the report of what was logged.
namespace tend::cli::log {

// --follow-up DAYS, --no-follow-up or the kind's default.
Result<FollowUpChoice> followUpChoice(const ParsedArguments &arguments);

// "Logged interaction 7: …", the follow-ups it closed and the one it scheduled.
void printLogged(const LoggedInteraction &logged, const Interaction &interaction);

} // namespace tend::cli::log
