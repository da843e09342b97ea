#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/TextTable.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

OptionSpec jsonOption()
{
    return {u"json"_s, {}, CliText::tr("print JSON instead of text")};
}

QString cadenceText(std::optional<int> days)
{
    if (!days)
        return u"-"_s;
    return *days > 0 ? QString::number(*days) : u"none"_s;
}

int changeTags(const ParsedArguments &arguments, CommandContext &context, bool add)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    const QStringList tags = arguments.positionals.mid(1);
    auto changed = add ? (*notebook)->tagContacts({ref->id}, tags) : (*notebook)->untagContacts({ref->id}, tags);
    if (!changed)
        return CommandContext::fail(changed.error());
    auto contact = (*notebook)->contact(ref->id);
    if (!contact)
        return CommandContext::fail(contact.error());
    const QString now = contact->tags.isEmpty() ? CliText::tr("no tags") : contact->tags.join(u", "_s);
    CommandContext::print(CliText::tr("%1: %2.").arg(contact->name, now));
    return Success;
}

int listTags(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto tags = (*notebook)->tags();
    if (!tags)
        return CommandContext::fail(tags.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*tags, [](const TagCount &tag) {
            const QJsonValue cadence = !tag.cadenceDays ? QJsonValue(QJsonValue::Null)
                                       : *tag.cadenceDays > 0 ? QJsonValue(*tag.cadenceDays)
                                                              : QJsonValue(u"none"_s);
            return QJsonObject{{u"name"_s, tag.name}, {u"contacts"_s, tag.contacts}, {u"cadence_days"_s, cadence}};
        });
        return Success;
    }
    if (tags->isEmpty()) {
        CommandContext::print(CliText::tr("No tags."));
        return Success;
    }
    TextTable table({CliText::tr("TAG"), CliText::tr("CONTACTS"), CliText::tr("CADENCE")});
    for (const TagCount &tag : std::as_const(*tags))
        table.addRow({tag.name, QString::number(tag.contacts), cadenceText(tag.cadenceDays)});
    CommandContext::print(table.toString());
    return Success;
}

int renameTag(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto renamed = (*notebook)->renameTag(arguments.positionals.at(0), arguments.positionals.at(1));
    if (!renamed)
        return CommandContext::fail(renamed.error());
    if (renamed->merged)
        CommandContext::print(CliText::tr("Merged tag \"%1\" into the existing tag \"%2\": %3 contact(s) now carry it.")
                                  .arg(renamed->from, renamed->to).arg(renamed->contacts));
    else
        CommandContext::print(CliText::tr("Renamed tag \"%1\" to \"%2\".").arg(renamed->from, renamed->to));
    return Success;
}

} // namespace

QList<Command> tagCommands()
{
    return {
        {{u"tag"_s, u"add"_s}, u"CONTACT TAG…"_s, CliText::tr("Tag a contact."), {}, 2, -1,
         [](const ParsedArguments &a, CommandContext &c) { return changeTags(a, c, true); }},
        {{u"tag"_s, u"remove"_s}, u"CONTACT TAG…"_s, CliText::tr("Take tags off a contact."), {}, 2, -1,
         [](const ParsedArguments &a, CommandContext &c) { return changeTags(a, c, false); }},
        {{u"tag"_s, u"list"_s}, u"[--json]"_s, CliText::tr("Every tag, with its number of contacts and its cadence."),
         {jsonOption()}, 0, 0, listTags},
        {{u"tag"_s, u"rename"_s}, u"OLD NEW"_s,
         CliText::tr("Rename a tag; into an existing tag, the two merge and no contact loses it."), {}, 2, 2, renameTag},
    };
}

} // namespace tend::cli
