#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/TextTable.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

QJsonObject entryJson(const ConfigEntry &entry)
{
    return {{u"key"_s, entry.key}, {u"value"_s, entry.value}, {u"set"_s, entry.userSet}};
}

int getConfig(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto entry = (*notebook)->configValue(arguments.positionals.constFirst());
    if (!entry)
        return CommandContext::fail(entry.error());
    if (arguments.isSet(u"json"_s))
        CommandContext::printJson(QJsonDocument(entryJson(*entry)));
    else
        CommandContext::print(entry->value);
    return Success;
}

int writeConfig(const ParsedArguments &arguments, CommandContext &context, bool set)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    const std::optional<QString> value = set ? std::optional<QString>(arguments.positionals.at(1)) : std::nullopt;
    auto change = (*notebook)->writeConfig(arguments.positionals.constFirst(), value);
    if (!change)
        return CommandContext::fail(change.error());
    auto entry = (*notebook)->configValue(change->key);
    if (!entry)
        return CommandContext::fail(entry.error());
    if (set)
        CommandContext::print(CliText::tr("%1 = %2").arg(entry->key, entry->value));
    else
        CommandContext::print(CliText::tr("%1 unset; now %2.").arg(entry->key, entry->value));
    return Success;
}

int listConfig(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto entries = (*notebook)->configuration();
    if (!entries)
        return CommandContext::fail(entries.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*entries, entryJson);
        return Success;
    }
    TextTable table({CliText::tr("KEY"), CliText::tr("VALUE"), CliText::tr("SET BY")});
    for (const ConfigEntry &entry : std::as_const(*entries))
        table.addRow({entry.key, entry.value, entry.userSet ? CliText::tr("you") : CliText::tr("default")});
    CommandContext::print(table.toString());
    return Success;
}

} // namespace

QList<Command> configCommands()
{
    const OptionSpec json{u"json"_s, {}, CliText::tr("print JSON instead of text")};
    return {
        {{u"config"_s, u"get"_s}, u"KEY [--json]"_s, CliText::tr("Print one setting (follow-up.KIND, cadence.role.ROLE, "
                                                                "cadence.tag.TAG, overdue-factor, lead.DATE, tray-digest)."),
         {json}, 1, 1, getConfig},
        {{u"config"_s, u"set"_s}, u"KEY VALUE"_s,
         CliText::tr("Change a setting: days, \"none\" for no nudges from a cadence, or a factor such as 1.5."), {}, 2, 2,
         [](const ParsedArguments &a, CommandContext &c) { return writeConfig(a, c, true); }},
        {{u"config"_s, u"unset"_s}, u"KEY"_s, CliText::tr("Take back a setting: its default applies again."), {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) { return writeConfig(a, c, false); }},
        {{u"config"_s, u"list"_s}, u"[--json]"_s, CliText::tr("Every setting, with its value and who set it."), {json}, 0, 0,
         listConfig},
    };
}

} // namespace tend::cli
