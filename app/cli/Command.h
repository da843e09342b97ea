#pragma once

#include "cli/ArgumentParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tend::cli {

class CommandContext;

// One command of `tend`: its words, what it accepts and what it does. `run` receives arguments
// that already passed the table's checks (known options, positional count).
struct Command
{
    QStringList words;        // {"contact", "add"}
    QString synopsis;         // "NAME [--role ROLE]… [--email EMAIL]…"
    QString summary;          // one line for the overview
    QList<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0;   // -1: any number
    std::function<int(const ParsedArguments &, CommandContext &)> run;

    QString usage() const;    // "Usage: tend contact add NAME …" with the option list
};

// "--role ROLE" or "--json", as help texts show an option.
QString optionHead(const OptionSpec &option);
// One aligned line per option: "  --role ROLE  what it does (repeatable)".
QString optionList(const QList<OptionSpec> &options);

// The command groups, one file each.
QList<Command> contactCommands();
QList<Command> mergeCommands();
QList<Command> logCommands();
QList<Command> interactionCommands();
QList<Command> reminderCommands();
QList<Command> reportCommands();
QList<Command> demoCommands();
QList<Command> backupCommands();
QList<Command> exchangeCommands();
QList<Command> askCommands();
QList<Command> introCommands();
QList<Command> adviceCommands();
QList<Command> planCommands();
QList<Command> tagCommands();
QList<Command> configCommands();
QList<Command> dateCommands();
QList<Command> syncCommands();

} // namespace tend::cli
