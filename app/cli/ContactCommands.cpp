#include "cli/ArgumentValues.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/ContactOptions.h"
#include "cli/JsonValues.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "model/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

const OptionSpec jsonOption{u"json"_s, {}, u"print JSON instead of text"_s};

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

QJsonObject summaryJson(const ContactSummary &row)
{
    return {
        {u"id"_s, row.id},
        {u"name"_s, row.name},
        {u"roles"_s, json::roles(row.roles)},
        {u"emails"_s, json::strings(row.emails)},
        {u"org"_s, json::text(row.organisation)},
        {u"title"_s, json::text(row.title)},
        {u"last_interaction"_s, json::day(row.lastInteraction)},
        {u"next_follow_up"_s, json::day(row.nextFollowUp)},
    };
}

int listContacts(const ParsedArguments &arguments, CommandContext &context)
{
    ContactQuery query;
    auto roles = values::roles(arguments.values(u"role"_s));
    if (!roles)
        return CommandContext::fail(roles.error());
    query.roles = *roles;
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
        CommandContext::print(u"No contacts."_s);
        return Success;
    }
    TextTable table({u"ID"_s, u"NAME"_s, u"ROLES"_s, u"ORGANISATION"_s, u"LAST"_s, u"NEXT FOLLOW-UP"_s});
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
    QString cadence = u"none"_s;
    if (contact.cadenceDays)
        cadence = u"every %1 days (own)"_s.arg(*contact.cadenceDays);
    else if (effectiveCadence)
        cadence = u"every %1 days (from role)"_s.arg(*effectiveCadence);
    QString metVia = contact.metVia ? toKey(*contact.metVia) : u"-"_s;
    if (!contact.metViaDetail.isEmpty())
        metVia += u" (%1)"_s.arg(contact.metViaDetail);
    QStringList links;
    for (const ContactLink &link : contact.links)
        links.append(link.label.isEmpty() ? link.url : u"%1: %2"_s.arg(link.label, link.url));

    TextTable fields({u"%1  (#%2)%3"_s.arg(contact.name).arg(contact.id).arg(contact.archived ? u"  [archived]"_s : QString()), QString()});
    const auto field = [&](const QString &label, const QString &value) {
        fields.addRow({label, value.isEmpty() ? u"-"_s : value});
    };
    field(u"Roles:"_s, text::roles(contact.roles));
    field(u"Organisation:"_s, contact.organisation);
    field(u"Title:"_s, contact.title);
    field(u"E-mails:"_s, contact.emails.join(u", "_s));
    field(u"Phones:"_s, contact.phones.join(u", "_s));
    field(u"Links:"_s, links.join(u", "_s));
    field(u"Met via:"_s, metVia);
    field(u"Keep in touch:"_s, cadence);
    field(u"Last interaction:"_s, text::day(contact.lastInteraction));
    field(u"Next follow-up:"_s, text::day(contact.nextFollowUp));
    QString result = fields.toString();
    if (!contact.notes.isEmpty())
        result += u"\nNotes:\n"_s + contact.notes;
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
    CommandContext::print(u"Updated %1 (#%2)."_s.arg(contact->name).arg(contact->id));
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
    CommandContext::print(u"%1 %2 (#%3)."_s.arg(archived ? u"Archived"_s : u"Unarchived"_s, ref->name).arg(ref->id));
    return Success;
}

} // namespace

QList<Command> contactCommands()
{
    const QString fieldSynopsis = u"[--role ROLE]… [--email EMAIL]… [--phone PHONE]… [--org ORG] [--title TITLE] "
                                  "[--met-via HOW] [--cadence DAYS] [--note TEXT]"_s;
    return {
        {{u"contact"_s, u"add"_s}, u"NAME "_s + fieldSynopsis, u"Add a contact; prints the new id."_s,
         contactFieldOptions(), 1, 1, addContact},
        {{u"contact"_s, u"list"_s}, u"[--role ROLE]… [--archived | --all] [--json]"_s, u"List contacts by name."_s,
         {{u"role"_s, u"ROLE"_s, u"only contacts with this role"_s, true},
          {u"archived"_s, {}, u"only archived contacts"_s},
          {u"all"_s, {}, u"archived contacts too"_s},
          jsonOption},
         0, 0, listContacts},
        {{u"contact"_s, u"show"_s}, u"CONTACT [--json]"_s, u"Show everything about one contact."_s, {jsonOption}, 1, 1,
         showContact},
        {{u"contact"_s, u"edit"_s}, u"CONTACT [--name NAME] "_s + fieldSynopsis + u" [--clear-cadence]"_s,
         u"Change the fields given, and only those."_s, contactFieldOptions() + contactEditOptions(), 1, 1, editContact},
        {{u"contact"_s, u"archive"_s}, u"CONTACT"_s, u"Hide a contact from lists and nudges."_s, {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) { return setArchived(a, c, true); }},
        {{u"contact"_s, u"unarchive"_s}, u"CONTACT"_s, u"Bring an archived contact back."_s, {}, 1, 1,
         [](const ParsedArguments &a, CommandContext &c) { return setArchived(a, c, false); }},
    };
}

} // namespace tend::cli
