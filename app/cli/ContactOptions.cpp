#include "cli/ContactOptions.h"

#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

QList<OptionSpec> contactFieldOptions()
{
    return {
        {u"role"_s, u"ROLE"_s, CliText::tr("mentor, sponsor, coach, therapist or peer"), true},
        {u"email"_s, u"EMAIL"_s, CliText::tr("an e-mail address"), true},
        {u"phone"_s, u"PHONE"_s, CliText::tr("a phone number"), true},
        {u"link"_s, u"URL"_s, CliText::tr("a web page: LinkedIn, a site…"), true},
        {u"org"_s, u"ORG"_s, CliText::tr("organisation")},
        {u"title"_s, u"TITLE"_s, CliText::tr("job title")},
        {u"met-via"_s, u"HOW"_s, CliText::tr("work-program, work, school, community, online or other; "
                                              "none clears it")},
        {u"met-via-detail"_s, u"TEXT"_s, CliText::tr("where exactly: \"PyLadies meetup\"")},
        {u"cadence"_s, u"DAYS"_s, CliText::tr("keep in touch every DAYS days (overrides the roles' cadence)")},
        {u"note"_s, u"TEXT"_s, CliText::tr("free notes")},
    };
}

QList<OptionSpec> contactEditOptions()
{
    return {
        {u"name"_s, u"NAME"_s, CliText::tr("a new display name")},
        {u"clear-cadence"_s, {}, CliText::tr("use the roles' cadence again")},
        {u"no-roles"_s, {}, CliText::tr("remove every role")},
        {u"add-email"_s, u"EMAIL"_s, CliText::tr("add an e-mail address"), true},
        {u"remove-email"_s, u"EMAIL"_s, CliText::tr("remove an e-mail address"), true},
    };
}

Status applyContactOptions(const ParsedArguments &arguments, Contact &contact)
{
    if (arguments.isSet(u"name"_s))
        contact.name = arguments.value(u"name"_s);
    if (arguments.isSet(u"role"_s) && arguments.isSet(u"no-roles"_s))
        return Error::invalid(CliText::tr("--role and --no-roles cannot be used together."));
    if (arguments.isSet(u"no-roles"_s))
        contact.roles.clear();
    if (arguments.isSet(u"role"_s)) {
        auto roles = values::roles(arguments.values(u"role"_s));
        if (!roles)
            return roles.error();
        contact.roles = *roles;
    }
    if (arguments.isSet(u"email"_s))
        contact.emails = arguments.values(u"email"_s);
    for (const QString &email : arguments.values(u"add-email"_s)) {
        if (!contact.emails.contains(email, Qt::CaseInsensitive))
            contact.emails.append(email);
    }
    for (const QString &email : arguments.values(u"remove-email"_s)) {
        const auto removed = contact.emails.removeIf([&](const QString &own) {
            return own.trimmed().compare(email.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            return Error::notFound(CliText::tr("--remove-email: %1 has no e-mail address %2.").arg(contact.name, email));
    }
    if (arguments.isSet(u"phone"_s))
        contact.phones = arguments.values(u"phone"_s);
    if (arguments.isSet(u"link"_s)) {
        contact.links.clear();
        for (const QString &url : arguments.values(u"link"_s))
            contact.links.append({url.contains(u"linkedin."_s) ? u"LinkedIn"_s : QString(), url});
    }
    if (arguments.isSet(u"org"_s))
        contact.organisation = arguments.value(u"org"_s);
    if (arguments.isSet(u"title"_s))
        contact.title = arguments.value(u"title"_s);
    if (arguments.isSet(u"met-via"_s) && arguments.value(u"met-via"_s).trimmed() == u"none"_s) {
        contact.metVia.reset();
        contact.metViaDetail.clear(); // unless --met-via-detail gives a new one below
    } else if (arguments.isSet(u"met-via"_s)) {
        auto metVia = values::metVia(arguments.value(u"met-via"_s));
        if (!metVia)
            return metVia.error();
        contact.metVia = *metVia;
    }
    if (arguments.isSet(u"met-via-detail"_s))
        contact.metViaDetail = arguments.value(u"met-via-detail"_s);
    if (arguments.isSet(u"cadence"_s) && arguments.isSet(u"clear-cadence"_s))
        return Error::invalid(CliText::tr("--cadence and --clear-cadence cannot be used together."));
    if (arguments.isSet(u"cadence"_s)) {
        auto days = parse::days(arguments.value(u"cadence"_s), u"--cadence"_s);
        if (!days)
            return days.error();
        contact.cadenceDays = *days;
    }
    if (arguments.isSet(u"clear-cadence"_s))
        contact.cadenceDays.reset();
    if (arguments.isSet(u"note"_s))
        contact.notes = arguments.value(u"note"_s);
    return {};
}

} // namespace tend::cli
