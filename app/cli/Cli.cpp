#include "cli/Cli.h"

#include "cli/CliText.h"
#include "cli/CommandContext.h"
#include "cli/CommandTable.h"
#include "cli/GlobalOptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

int printGroupHelp(const CommandTable &table, const QString &group, bool asked)
{
    const QList<const Command *> commands = table.group(group);
    QStringList lines;
    for (const Command *command : commands)
        lines.append(u"  tend %1 %2"_s.arg(command->words.join(u' '), command->synopsis).trimmed());
    if (asked) {
        CommandContext::print(CliText::tr("Usage:") + u'\n' + lines.join(u'\n'));
        return Success;
    }
    return CommandContext::usageError(CliText::tr("\"%1\" needs a subcommand:").arg(group), lines.join(u'\n'));
}

} // namespace

int run(const GlobalOptions &options)
{
    const CommandTable table;
    if (options.version) {
        CommandContext::print(u"tend "_s + QCoreApplication::applicationVersion());
        return Success;
    }
    if (options.commandTokens.isEmpty()) {
        CommandContext::print(globalUsage() + u'\n' + table.overview());
        return Success;
    }

    qsizetype wordCount = 0;
    const Command *command = table.find(options.commandTokens, &wordCount);
    if (!command) {
        const QString first = options.commandTokens.constFirst();
        if (!table.group(first).isEmpty()) {
            const bool asked = options.help || options.commandTokens.contains(u"--help"_s)
                               || options.commandTokens.contains(u"-h"_s);
            return printGroupHelp(table, first, asked);
        }
        return CommandContext::usageError(CliText::tr("Unknown command \"%1\". Commands:").arg(first), table.overview());
    }

    auto parsed = parseArguments(options.commandTokens.mid(wordCount), command->options + commonOptionSpecs());
    if (!parsed)
        return CommandContext::usageError(parsed.error().message,
                                          CliText::tr("Run `tend %1 --help` for its usage.").arg(command->words.join(u' ')));
    if (options.help || parsed->isSet(u"help"_s)) {
        CommandContext::print(command->usage());
        return Success;
    }
    const auto count = parsed->positionals.size();
    if (count < command->minPositionals || (command->maxPositionals >= 0 && count > command->maxPositionals)) {
        const QString problem = count < command->minPositionals ? CliText::tr("Missing arguments.")
                                                                 : CliText::tr("Too many arguments: %1.").arg(
                                                                       parsed->positionals.mid(command->maxPositionals).join(u' '));
        return CommandContext::usageError(problem, command->usage());
    }

    GlobalOptions effective = options;
    for (const QString &name : {u"db"_s, u"today"_s}) {
        const bool globallySet = name == u"db" ? options.databasePath.has_value() : options.today.has_value();
        if (parsed->isSet(name) && globallySet)
            return CommandContext::usageError(CliText::tr("--%1 was given twice; give it once.").arg(name));
    }
    if (parsed->isSet(u"db"_s)) {
        if (parsed->value(u"db"_s).isEmpty())
            return CommandContext::usageError(CliText::tr("--db needs a file name; it was given an empty one."));
        effective.databasePath = parsed->value(u"db"_s);
    }
    if (parsed->isSet(u"today"_s))
        effective.today = parsed->value(u"today"_s);
    auto clock = effective.clock();
    if (!clock)
        return CommandContext::fail(clock.error());
    auto path = effective.resolvedDatabasePath();
    if (!path)
        return CommandContext::fail(path.error());

    CommandContext context(*path, *clock);
    const int exitCode = command->run(*parsed, context);
    context.finish();
    return exitCode;
}

} // namespace tend::cli
