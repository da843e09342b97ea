#pragma once

#include <QString>

namespace tend::cli {

class CommandTable;

// A bash completion script for `tend`: command words, each command's options, and the values of
// options and arguments that take a role, a kind, a direction, how-you-met or a file.
QString bashCompletion(const CommandTable &table);

} // namespace tend::cli
