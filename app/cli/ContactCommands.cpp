#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ContactOptions.h"
#include "cli/JsonValues.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "model/Tags.h"
#include "model/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

OptionSpec jsonOption()
{
    return {u"json"_s, {}, CliText::tr("print JSON instead of text")};
}

int addContact(const ParsedArguments &arguments, CommandContext &context)
{
    Contact contact;
    contact.name = arguments.positionals.constFirst();
    if (auto applied = applyContactOptions(arguments, contact); !applied)
        return CommandContext::fail(applied.error());
    if (auto valid = firstProblem(validateContact(contact)); !valid)
        return CommandContext::fail(valid.error());

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto id = (*notebook)->addContact(contact);
    if (!id)
        return CommandContext::fail(id.error());
    CommandContext::print(QString::number(*id));
    return Success;
}

JsonRows::Row summaryJson(const ContactSummary &row)
{
    JsonRows::Row fields;
    fields.integer("id"_L1, row.id)
        .text("name"_L1, row.name)
        .texts("roles"_L1, json::roleKeys(row.roles))
        .texts("emails"_L1, row.emails)
        .textOrNull("org"_L1, row.organisation)
        .textOrNull("title"_L1, row.title)
        .day("last_interaction"_L1, row.lastInteraction)
        .day("next_follow_up"_L1, row.nextFollowUp);
    return fields;
}

int listContacts(const ParsedArguments &arguments, CommandContext &context)
{
    ContactQuery query;
    auto roles = values::roles(arguments.values(u"role"_s));
    if (!roles)
        return CommandContext::fail(roles.error());
    query.roles = *roles;
    if (arguments.isSet(u"tag"_s)) {
        if (auto valid = checkTag(arguments.value(u"tag"_s)); !valid)
            return CommandContext::fail(valid.error());
        query.tag = arguments.value(u"tag"_s);
    }
    if (arguments.isSet(u"met-via"_s)) {
        auto metVia = values::metVia(arguments.value(u"met-via"_s));
        if (!metVia)
            return CommandContext::fail(metVia.error());
        query.metVia = *metVia;
    }
    query.onlyArchived = arguments.isSet(u"archived"_s);
    query.includeArchived = arguments.isSet(u"all"_s);

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto page = (*notebook)->contacts(query);
    if (!page)
        return CommandContext::fail(page.error());

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(page->rows, summaryJson);
        return Success;
    }
    if (page->rows.isEmpty()) {
        CommandContext::print(CliText::tr("No contacts."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("ROLES"), CliText::tr("ORGANISATION"), CliText::tr("LAST"), CliText::tr("NEXT FOLLOW-UP")});
    for (const ContactSummary &row : std::as_const(page->rows)) {
        table.addRow({QString::number(row.id), row.name, text::roles(row.roles), row.organisation,
                      text::day(row.lastInteraction), text::day(row.nextFollowUp)});
    }
    CommandContext::print(table.toString());
    return Success;
}

// The contact named on the command line, loaded in full.
Result<Contact> namedContact(const QString &reference, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return notebook.error();
    auto ref = (*notebook)->resolveContact(reference);
    if (!ref)
        return ref.error();
    return (*notebook)->contact(ref->id);
}

QJsonObject contactJson(const Contact &contact, std::optional<int> effectiveCadence)
{
    QJsonArray links;
    for (const ContactLink &link : contact.links)
        links.append(QJsonObject{{u"label"_s, json::text(link.label)}, {u"url"_s, link.url}});
    return {
        {u"id"_s, contact.id},
        {u"name"_s, contact.name},
        {u"roles"_s, json::roles(contact.roles)},
        {u"emails"_s, json::strings(contact.emails)},
        {u"phones"_s, json::strings(contact.phones)},
        {u"links"_s, links},
        {u"org"_s, json::text(contact.organisation)},
        {u"title"_s, json::text(contact.title)},
        {u"met_via"_s, contact.metVia ? QJsonValue(toKey(*contact.metVia)) : QJsonValue(QJsonValue::Null)},
        {u"met_via_detail"_s, json::text(contact.metViaDetail)},
        {u"notes"_s, json::text(contact.notes)},
        {u"cadence"_s, json::number(contact.cadenceDays)},
        {u"effective_cadence"_s, json::number(effectiveCadence)},
        {u"archived"_s, contact.archived},
        {u"created_at"_s, contact.createdAt.toUTC().toString(Qt::ISODate)},
        {u"updated_at"_s, contact.updatedAt.toUTC().toString(Qt::ISODate)},
        {u"last_interaction"_s, json::day(contact.lastInteraction)},
        {u"next_follow_up"_s, json::day(contact.nextFollowUp)},
    };
}

QString contactText(const Contact &contact, std::optional<int> effectiveCadence)
{
    QString cadence = CliText::tr("none");
    if (contact.cadenceDays)
        cadence = CliText::tr("every %n day(s) (own)", nullptr, *contact.cadenceDays);
    else if (effectiveCadence)
        cadence = CliText::tr("every %n day(s) (from role)", nullptr, *effectiveCadence);
    QString metVia = contact.metVia ? toKey(*contact.metVia) : u"-"_s;
    if (!contact.metViaDetail.isEmpty())
        metVia += u" (%1)"_s.arg(contact.metViaDetail);
    QStringList links;
    for (const ContactLink &link : contact.links)
        links.append(link.label.isEmpty() ? link.url : u"%1: %2"_s.arg(link.label, link.url));

    TextTable fields({u"%1  (#%2)%3"_s.arg(contact.name).arg(contact.id).arg(contact.archived ? QString(u"  ["_s + CliText::tr("archived") + u']') : QString()), QString()});
    const auto field = [&](const QString &label, const QString &value) {
        fields.addRow({label, value.isEmpty() ? u"-"_s : value});
    };
    field(CliText::tr("Roles:"), text::roles(contact.roles));
    field(CliText::tr("Organisation:"), contact.organisation);
    field(CliText::tr("Title:"), contact.title);
    field(CliText::tr("E-mails:"), contact.emails.join(u", "_s));
    field(CliText::tr("Phones:"), contact.phones.join(u", "_s));
    field(CliText::tr("Links:"), links.join(u", "_s));
    field(CliText::tr("Met via:"), metVia);
    field(CliText::tr("Keep in touch:"), cadence);
    field(CliText::tr("Last interaction:"), text::day(contact.lastInteraction));
    field(CliText::tr("Next follow-up:"), text::day(contact.nextFollowUp));
    QString result = fields.toString();
    if (!contact.notes.isEmpty())
        result += u'\n' + CliText::tr("Notes:") + u'\n' + contact.notes;
    return result;
}

int showContact(const ParsedArguments &arguments, CommandContext &context)
{
    auto contact = namedContact(arguments.positionals.constFirst(), context);
    if (!contact)
        return CommandContext::fail(contact.error());
    auto cadence = (*context.notebook())->effectiveCadence(*contact);
    if (!cadence)
        return CommandContext::fail(cadence.error());
    if (arguments.isSet(u"json"_s))
        CommandContext::printJson(QJsonDocument(contactJson(*contact, *cadence)));
    else
        CommandContext::print(contactText(*contact, *cadence));
    return Success;
}

int editContact(const ParsedArguments &arguments, CommandContext &context)
{
    const QList<OptionSpec> changes = contactFieldOptions() + contactEditOptions();
    const bool changesSomething = std::any_of(changes.begin(), changes.end(), [&](const OptionSpec &option) {
        return arguments.isSet(option.name);
    });
    if (!changesSomething) {
        return CommandContext::usageError(CliText::tr("Nothing to change: give at least one option, such as --org ORG."),
                                          CliText::tr("Run `tend contact edit --help` for its options."));
    }
    // Check every option before the database is opened: a typo changes nothing.
    Contact probe;
    probe.name = u"probe"_s;
    probe.emails = arguments.values(u"remove-email"_s);
    if (auto applied = applyContactOptions(arguments, probe); !applied)
        return CommandContext::fail(applied.error());

    auto contact = namedContact(arguments.positionals.constFirst(), context);
    if (!contact)
        return CommandContext::fail(contact.error());
    if (auto applied = applyContactOptions(arguments, *contact); !applied)
        return CommandContext::fail(applied.error());
    if (auto updated = (*context.notebook())->updateContact(*contact); !updated)
        return CommandContext::fail(updated.error());
    CommandContext::print(CliText::tr("Updated %1 (#%2).").arg(contact->name).arg(contact->id));
    return Success;
}

int setArchived(const ParsedArguments &arguments, CommandContext &context, bool archived)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    if (auto done = (*notebook)->setArchived({ref->id}, archived); !done)
        return CommandContext::fail(done.error());
    CommandContext::print((archived ? CliText::tr("Archived %1 (#%2).") : CliText::tr("Unarchived %1 (#%2)."))
                              .arg(ref->name)
                              .arg(ref->id));
    return Success;
}

} // namespace

QList<Command> contactCommands()
{
    const QString fieldSynopsis = u"[--role ROLE]… [--email EMAIL]… [--phone PHONE]… [--org ORG] [--title TITLE] "
                                  "[--met-via HOW] [--cadence DAYS] [--note TEXT]"_s;
    return {
        {{u"contact"_s, u"add"_s}, u"NAME "_s + fieldSynopsis, CliText::tr("Add a contact; prints the new id."),
         contactFieldOptions(), 1, 1, addContact},
        {{u"contact"_s, u"list"_s}, u"[--role ROLE]… [--tag TAG] [--met-via HOW] [--archived | --all] [--json]"_s,
         CliText::tr("List contacts by name."),
         {{u"role"_s, u"ROLE"_s, CliText::tr("only contacts with this role"), true},
          {u"tag"_s, u"TAG"_s, CliText::tr("only contacts with this tag")},
          {u"met-via"_s, u"HOW"_s, CliText::tr("only contacts met this way")},
          {u"archived"_s, {}, CliText::tr("only archived contacts")},
          {u"all"_s, {}, CliText::tr("archived contacts too")},
          jsonOption()},
         0, 0, listContacts},
        {{u"contact"_s, u"show"_s}, u"CONTACT [--json]"_s, CliText::tr("Show everything about one contact."), {jsonOption()}, 1, 1,
         showContact},
        {{u"contact"_s, u"edit"_s}, u"CONTACT [--name NAME] "_s + fieldSynopsis + u" [--no-roles] [--clear-cadence]"_s,
         CliText::tr("Change the fields given, and only those (at least one)."), contactFieldOptions() + contactEditOptions(), 1, 1, editContact},
        {{u"contact"_s, u"archive"_s}, u"CONTACT"_s, CliText::tr("Hide a contact from lists and nudges."), {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) { return setArchived(a, c, true); }},
        {{u"contact"_s, u"unarchive"_s}, u"CONTACT"_s, CliText::tr("Bring an archived contact back."), {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) { return setArchived(a, c, false); }},
    };
}

} // namespace tend::cli
