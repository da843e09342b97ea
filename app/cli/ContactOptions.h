#pragma once

#include "cli/ArgumentParser.h"
#include "model/Contact.h"
#include "util/Result.h"

namespace tend::cli {

// The options `contact add` and `contact edit` share.
QList<OptionSpec> contactFieldOptions();
// The extra options of `contact edit`.
QList<OptionSpec> contactEditOptions();

// Changes the fields of `contact` whose options were given, and only those. A repeatable option
// given at least once (--role, --email, --phone, --link) replaces the whole list.
Status applyContactOptions(const ParsedArguments &arguments, Contact &contact);

} // namespace tend::cli
