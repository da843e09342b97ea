#include "cli/ContactOptions.h"

#include "cli/ArgumentValues.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

QList<OptionSpec> contactFieldOptions()
{
    return {
        {u"role"_s, u"ROLE"_s, u"mentor, sponsor, coach, therapist or peer"_s, true},
        {u"email"_s, u"EMAIL"_s, u"an e-mail address"_s, true},
        {u"phone"_s, u"PHONE"_s, u"a phone number"_s, true},
        {u"link"_s, u"URL"_s, u"a web page: LinkedIn, a site…"_s, true},
        {u"org"_s, u"ORG"_s, u"organisation"_s},
        {u"title"_s, u"TITLE"_s, u"job title"_s},
        {u"met-via"_s, u"HOW"_s, u"work-program, work, school, community, online or other"_s},
        {u"met-via-detail"_s, u"TEXT"_s, u"where exactly: \"PyLadies meetup\""_s},
        {u"cadence"_s, u"DAYS"_s, u"keep in touch every DAYS days (overrides the roles' cadence)"_s},
        {u"note"_s, u"TEXT"_s, u"free notes"_s},
    };
}

QList<OptionSpec> contactEditOptions()
{
    return {
        {u"name"_s, u"NAME"_s, u"a new display name"_s},
        {u"clear-cadence"_s, {}, u"use the roles' cadence again"_s},
        {u"add-email"_s, u"EMAIL"_s, u"add an e-mail address"_s, true},
        {u"remove-email"_s, u"EMAIL"_s, u"remove an e-mail address"_s, true},
    };
}

Status applyContactOptions(const ParsedArguments &arguments, Contact &contact)
{
    if (arguments.isSet(u"name"_s))
        contact.name = arguments.value(u"name"_s);
    if (arguments.isSet(u"role"_s)) {
        auto roles = values::roles(arguments.values(u"role"_s));
        if (!roles)
            return roles.error();
        contact.roles = *roles;
    }
    if (arguments.isSet(u"email"_s))
        contact.emails = arguments.values(u"email"_s);
    for (const QString &email : arguments.values(u"add-email"_s)) {
        if (!contact.emails.contains(email))
            contact.emails.append(email);
    }
    for (const QString &email : arguments.values(u"remove-email"_s)) {
        if (contact.emails.removeAll(email) == 0)
            return Error::invalid(u"--remove-email: %1 has no e-mail address %2."_s.arg(contact.name, email));
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
    if (arguments.isSet(u"met-via"_s)) {
        auto metVia = values::metVia(arguments.value(u"met-via"_s));
        if (!metVia)
            return metVia.error();
        contact.metVia = *metVia;
    }
    if (arguments.isSet(u"met-via-detail"_s))
        contact.metViaDetail = arguments.value(u"met-via-detail"_s);
    if (arguments.isSet(u"cadence"_s) && arguments.isSet(u"clear-cadence"_s))
        return Error::invalid(u"--cadence and --clear-cadence cannot be used together."_s);
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
