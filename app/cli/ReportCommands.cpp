#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/RecordJson.h"
#include "cli/TextFormat.h"
#include "cli/TextTable.h"
#include "model/InsightCallouts.h"
#include "util/Parsing.h"

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

int helped(const ParsedArguments &arguments, CommandContext &context)
{
    int days = 30;
    if (arguments.isSet(u"since"_s)) {
        auto parsed = parse::days(arguments.value(u"since"_s), u"--since"_s);
        if (!parsed)
            return CommandContext::fail(parsed.error());
        days = *parsed;
    }
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto entries = (*notebook)->helped(context.today(), days);
    if (!entries)
        return CommandContext::fail(entries.error());

    QList<HelpedEntry> gave;
    std::copy_if(entries->cbegin(), entries->cend(), std::back_inserter(gave),
                 [](const HelpedEntry &entry) { return entry.gaveCount > 0; });
    std::stable_sort(gave.begin(), gave.end(), [](const HelpedEntry &a, const HelpedEntry &b) {
        if (a.lastGave != b.lastGave)
            return a.lastGave > b.lastGave;
        return a.contactName.localeAwareCompare(b.contactName) < 0;
    });

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(gave, [](const HelpedEntry &entry) {
            JsonRows::Row json;
            json.integer("contact_id"_L1, entry.contactId)
                .text("contact"_L1, entry.contactName)
                .integer("count"_L1, entry.gaveCount)
                .day("last"_L1, entry.lastGave);
            return json;
        });
        return Success;
    }
    if (gave.isEmpty()) {
        CommandContext::print(CliText::tr("You gave no help in the last %n day(s).", nullptr, days));
        return Success;
    }
    TextTable table({CliText::tr("CONTACT"), CliText::tr("TIMES"), CliText::tr("LAST")});
    for (const HelpedEntry &entry : std::as_const(gave))
        table.addRow({entry.contactName, QString::number(entry.gaveCount), text::day(entry.lastGave)});
    CommandContext::print(table.toString());
    return Success;
}

QJsonObject insightsJson(const Insights &insights, const QStringList &callouts)
{
    QJsonArray roles;
    for (const RoleActivity &activity : insights.roles)
        roles.append(QJsonObject{{u"role"_s, toKey(activity.role)}, {u"active"_s, activity.active}, {u"total"_s, activity.total}});
    QJsonArray months;
    for (const MonthActivity &month : insights.months) {
        QJsonObject byRole;
        for (const Role role : allRoles())
            byRole.insert(toKey(role), month.interactions(role));
        months.append(QJsonObject{{u"month"_s, month.month.toString(u"yyyy-MM"_s)},
                                  {u"by_role"_s, byRole},
                                  {u"gave"_s, month.gave},
                                  {u"received"_s, month.received}});
    }
    return {{u"roles"_s, roles}, {u"months"_s, months}, {u"callouts"_s, json::strings(callouts)}};
}

QString insightsText(const Insights &insights, const QStringList &callouts)
{
    TextTable roles({CliText::tr("ROLE"), CliText::tr("ACTIVE"), CliText::tr("TOTAL")});
    for (const RoleActivity &activity : insights.roles)
        roles.addRow({toKey(activity.role), QString::number(activity.active), QString::number(activity.total)});

    QStringList monthHeader{CliText::tr("MONTH")};
    for (const Role role : allRoles())
        monthHeader.append(toKey(role).toUpper());
    monthHeader += {CliText::tr("GAVE"), CliText::tr("RECEIVED")};
    TextTable months(monthHeader);
    for (const MonthActivity &month : insights.months) {
        QStringList row{month.month.toString(u"yyyy-MM"_s)};
        for (const Role role : allRoles())
            row.append(QString::number(month.interactions(role)));
        row += {QString::number(month.gave), QString::number(month.received)};
        months.addRow(row);
    }

    QStringList notes;
    for (const QString &callout : callouts)
        notes.append(u"- "_s + callout);
    if (notes.isEmpty())
        notes.append(CliText::tr("Nothing stands out."));

    return CliText::tr("Contacts per role; active: an interaction in the last %n day(s) (archived contacts left out)",
                       nullptr, Insights::activeDays)
           + u'\n' + roles.toString() + u"\n\n"_s
           + CliText::tr("Interactions per month by role (one with people of several roles counts for each role)")
           + u'\n' + months.toString() + u"\n\n"_s + CliText::tr("What stands out") + u'\n' + notes.join(u'\n');
}

int insights(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto report = (*notebook)->insights(context.today());
    if (!report)
        return CommandContext::fail(report.error());
    const QStringList callouts = insightCallouts(*report);
    if (arguments.isSet(u"json"_s))
        CommandContext::printJson(QJsonDocument(insightsJson(*report, callouts)));
    else
        CommandContext::print(insightsText(*report, callouts));
    return Success;
}

JsonRows::Row timelineJson(const TimelineEntry &entry)
{
    JsonRows::Row row;
    if (entry.isInteraction()) {
        const Interaction &interaction = entry.interaction();
        QList<JsonRows::Row> participants;
        participants.reserve(interaction.participants.size());
        for (const ContactRef &ref : interaction.participants)
            participants.append(JsonRows::Row().integer("id"_L1, ref.id).text("name"_L1, ref.name));
        return row.text("type"_L1, u"interaction"_s)
            .integer("id"_L1, interaction.id)
            .day("date"_L1, interaction.date)
            .text("kind"_L1, toKey(interaction.kind))
            .text("direction"_L1, toKey(interaction.direction))
            .objects("participants"_L1, std::move(participants))
            .textOrNull("summary"_L1, interaction.summary)
            .textOrNull("notes"_L1, interaction.notes)
            .textOrNull("agenda"_L1, interaction.agenda);
    }
    // As json::reminder, without the contact: the timeline is one contact's.
    const Reminder &reminder = entry.reminder();
    return row.text("type"_L1, u"reminder"_s)
        .integer("id"_L1, reminder.id)
        .day("date"_L1, reminder.due)
        .text("state"_L1, toKey(reminder.state))
        .textOrNull("reason"_L1, reminder.reason)
        .optionalInteger("interaction_id"_L1, reminder.interactionId)
        .day("completed"_L1, reminder.completedAt.date());
}

QStringList timelineRow(const TimelineEntry &entry)
{
    if (entry.isInteraction()) {
        const Interaction &interaction = entry.interaction();
        QStringList others;
        for (const ContactRef &ref : interaction.participants)
            others.append(ref.name);
        QString what = interaction.summary;
        if (interaction.participants.size() > 1)
            what = CliText::tr("%1 (with %2)").arg(what, others.join(u", "_s));
        return {text::day(entry.date), toKey(interaction.kind), u"#%1 %2"_s.arg(interaction.id).arg(toKey(interaction.direction)),
                what.trimmed()};
    }
    const Reminder &reminder = entry.reminder();
    return {text::day(entry.date), u"follow-up"_s, u"#%1 %2"_s.arg(reminder.id).arg(toKey(reminder.state)), reminder.reason};
}

int timeline(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto ref = (*notebook)->resolveContact(arguments.positionals.constFirst());
    if (!ref)
        return CommandContext::fail(ref.error());
    auto entries = (*notebook)->timeline(ref->id);
    if (!entries)
        return CommandContext::fail(entries.error());

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*entries, timelineJson);
        return Success;
    }
    if (entries->isEmpty()) {
        CommandContext::print(CliText::tr("Nothing yet with %1.").arg(ref->name));
        return Success;
    }
    TextTable table({CliText::tr("DATE"), CliText::tr("WHAT"), CliText::tr("ID"), CliText::tr("SUMMARY")});
    for (const TimelineEntry &entry : std::as_const(*entries))
        table.addRow(timelineRow(entry));
    CommandContext::print(u"%1 (#%2)\n"_s.arg(ref->name).arg(ref->id) + table.toString());
    return Success;
}

int search(const ParsedArguments &arguments, CommandContext &context)
{
    int limit = 20;
    if (arguments.isSet(u"limit"_s)) {
        bool number = false;
        limit = arguments.value(u"limit"_s).trimmed().toInt(&number);
        if (!number || limit < 1 || limit > 1000)
            return CommandContext::fail(Error::invalid(
                CliText::tr("--limit: \"%1\" is not a number from 1 to 1000.").arg(arguments.value(u"limit"_s).left(40))));
    }
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    const QString text = arguments.positionals.join(u' ');
    auto hits = (*notebook)->search(text, limit);
    if (!hits)
        return CommandContext::fail(hits.error());

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*hits, [](const SearchHit &hit) {
            JsonRows::Row json;
            json.integer("contact_id"_L1, hit.contactId)
                .text("contact"_L1, hit.name)
                .boolean("archived"_L1, hit.archived)
                .text("where"_L1, toKey(hit.place))
                .text("field"_L1, hit.field)
                .day("date"_L1, hit.interactionDate)
                .text("excerpt"_L1, hit.snippet)
                .optionalInteger("interaction_id"_L1, hit.interactionId ? std::optional(hit.interactionId) : std::nullopt);
            return json;
        });
        return Success;
    }
    if (hits->isEmpty()) {
        CommandContext::print(CliText::tr("Nothing matches \"%1\".").arg(text));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("CONTACT"), CliText::tr("WHERE"), CliText::tr("MATCH")});
    for (const SearchHit &hit : std::as_const(*hits)) {
        // "notes", or "agenda, coffee 2026-11-20" for a match in an interaction.
        const QString where = hit.interactionId == 0
                                  ? hit.field
                                  : u"%1, %2 %3"_s.arg(hit.field, toKey(hit.interactionKind),
                                                      hit.interactionDate.toString(Qt::ISODate));
        table.addRow({QString::number(hit.contactId), hit.archived ? CliText::tr("%1 (archived)").arg(hit.name) : hit.name,
                      where, hit.snippet});
    }
    CommandContext::print(table.toString());
    return Success;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {{u"helped"_s}, u"[--since DAYS] [--json]"_s,
         CliText::tr("The people you gave to in the last DAYS days (default 30), most recent first."),
         {{u"since"_s, u"DAYS"_s, CliText::tr("the window, in days back from today")}, jsonOption()}, 0, 0, helped},
        {{u"insights"_s}, u"[--json]"_s,
         CliText::tr("Active contacts per role, twelve months of interactions by role and give and take, and what stands out."),
         {jsonOption()}, 0, 0, insights},
        {{u"timeline"_s}, u"CONTACT [--json]"_s, CliText::tr("A contact's interactions and follow-ups, newest first."),
         {jsonOption()}, 1, 1, timeline},
        {{u"search"_s}, u"WORDS… [--limit N] [--json]"_s,
         CliText::tr("Contacts whose details or interactions mention the words, best match first."),
         {{u"limit"_s, u"N"_s, CliText::tr("at most N contacts (default 20)")}, jsonOption()}, 1, -1, search},
    };
}

} // namespace tend::cli
