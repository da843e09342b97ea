// `tend contact merge`, `tend contact duplicates` and `tend contact not-duplicates` (issue 11).
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

OptionSpec jsonOption()
{
    return {u"json"_s, {}, CliText::tr("print JSON instead of text")};
}

// The two contacts named on the command line.
Result<std::pair<ContactRef, ContactRef>> namedPair(const ParsedArguments &arguments, Notebook &notebook)
{
    auto first = notebook.resolveContact(arguments.positionals.at(0));
    if (!first)
        return first.error();
    auto second = notebook.resolveContact(arguments.positionals.at(1));
    if (!second)
        return second.error();
    return std::pair{*first, *second};
}

int mergeContacts(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto pair = namedPair(arguments, **notebook);
    if (!pair)
        return CommandContext::fail(pair.error());
    const auto [keep, other] = *pair;
    auto preview = (*notebook)->mergePreview(keep.id, other.id);
    if (!preview)
        return CommandContext::fail(preview.error());
    auto merged = (*notebook)->mergeContacts(keep.id, other.id);
    if (!merged)
        return CommandContext::fail(merged.error());

    // KEEP's side of every conflict wins: OTHER's is what was dropped.
    const QList<MergeConflict> &dropped = preview->conflicts;
    if (arguments.isSet(u"json"_s)) {
        QJsonArray fields;
        for (const MergeConflict &conflict : dropped)
            fields.append(QJsonObject{{u"field"_s, toKey(conflict.field)}, {u"value"_s, conflict.otherText}});
        CommandContext::printJson(QJsonDocument(QJsonObject{
            {u"kept"_s, QJsonObject{{u"id"_s, keep.id}, {u"name"_s, keep.name}}},
            {u"removed"_s, QJsonObject{{u"id"_s, other.id}, {u"name"_s, other.name}}},
            {u"interactions_moved"_s, preview->interactions},
            {u"reminders_moved"_s, preview->reminders},
            {u"dropped"_s, fields},
        }));
        return Success;
    }
    QStringList lines{CliText::tr("Merged %1 (#%2) into %3 (#%4).").arg(other.name).arg(other.id).arg(keep.name).arg(keep.id),
                      CliText::tr("Moved %n interaction(s)", nullptr, preview->interactions) + u", "_s
                          + CliText::tr("%n reminder(s).", nullptr, preview->reminders)};
    if (dropped.isEmpty()) {
        lines.append(CliText::tr("Nothing was dropped."));
    } else {
        lines.append(CliText::tr("Dropped (kept %1's):").arg(keep.name));
        for (const MergeConflict &conflict : dropped) {
            // One line each: notes may run over several.
            QString value = conflict.otherText;
            value.replace(u'\n', u' ');
            lines.append(u"  %1: %2"_s.arg(displayName(conflict.field), value));
        }
    }
    CommandContext::print(lines.join(u'\n'));
    return Success;
}

QJsonObject pairJson(const DuplicatePair &pair)
{
    QJsonArray reasons;
    for (const DuplicateReason &reason : pair.reasons) {
        reasons.append(QJsonObject{{u"reason"_s, toKey(reason.kind)}, {u"detail"_s, json::text(reason.detail)}});
    }
    const auto contact = [](const ContactSummary &summary) {
        return QJsonObject{{u"id"_s, summary.id}, {u"name"_s, summary.name}, {u"emails"_s, json::strings(summary.emails)},
                           {u"org"_s, json::text(summary.organisation)}};
    };
    return {{u"a"_s, contact(pair.a)}, {u"b"_s, contact(pair.b)}, {u"reasons"_s, reasons}};
}

int listDuplicates(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto pairs = (*notebook)->possibleDuplicates();
    if (!pairs)
        return CommandContext::fail(pairs.error());
    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJsonArray(*pairs, pairJson);
        return Success;
    }
    if (pairs->isEmpty()) {
        CommandContext::print(CliText::tr("No possible duplicates."));
        return Success;
    }
    TextTable table({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("WHY")});
    for (const DuplicatePair &pair : std::as_const(*pairs)) {
        QStringList reasons;
        for (const DuplicateReason &reason : pair.reasons)
            reasons.append(describe(reason));
        table.addRow({QString::number(pair.a.id), pair.a.name, QString::number(pair.b.id), pair.b.name,
                      reasons.join(u"; "_s)});
    }
    CommandContext::print(table.toString());
    return Success;
}

int notDuplicates(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto pair = namedPair(arguments, **notebook);
    if (!pair)
        return CommandContext::fail(pair.error());
    const auto [a, b] = *pair;
    const bool undo = arguments.isSet(u"undo"_s);
    if (auto done = undo ? (*notebook)->undismissDuplicate(a.id, b.id) : (*notebook)->dismissDuplicate(a.id, b.id); !done)
        return CommandContext::fail(done.error());
    CommandContext::print((undo ? CliText::tr("%1 (#%2) and %3 (#%4) may be duplicates again.")
                                : CliText::tr("%1 (#%2) and %3 (#%4) are not duplicates: `tend contact duplicates` leaves them out."))
                              .arg(a.name)
                              .arg(a.id)
                              .arg(b.name)
                              .arg(b.id));
    return Success;
}

} // namespace

QList<Command> mergeCommands()
{
    return {
        {{u"contact"_s, u"merge"_s}, u"KEEP OTHER [--json]"_s,
         CliText::tr("Merge OTHER into KEEP: interactions, reminders, roles, tags, e-mails, phones and links move to KEEP, "
                     "KEEP's fields win, and what was dropped is listed."),
         {jsonOption()}, 2, 2, mergeContacts},
        {{u"contact"_s, u"duplicates"_s}, u"[--json]"_s,
         CliText::tr("List pairs of contacts that may be one person (same e-mail, same phone, similar name)."),
         {jsonOption()}, 0, 0, listDuplicates},
        {{u"contact"_s, u"not-duplicates"_s}, u"A B [--undo]"_s,
         CliText::tr("Say two contacts are different people, so `contact duplicates` leaves the pair out."),
         {{u"undo"_s, {}, CliText::tr("list the pair again")}}, 2, 2, notDuplicates},
    };
}

} // namespace tend::cli
