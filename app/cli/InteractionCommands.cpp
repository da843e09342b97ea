#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "cli/RecordJson.h"
#include "util/Parsing.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// The options of `interaction edit`: the names `tend log` uses, and --with for the participants.
const QStringList editedFields{u"kind"_s, u"date"_s, u"with"_s, u"direction"_s, u"summary"_s, u"agenda"_s, u"note"_s};

Result<qint64> interactionId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(CliText::tr("\"%1\" is not an interaction id: use the number `tend timeline` shows (#7 is 7).")
                                  .arg(text));
    return id;
}

QString people(const Interaction &interaction)
{
    QStringList names;
    for (const ContactRef &ref : interaction.participants)
        names.append(ref.name);
    return names.join(u", "_s);
}

// "coffee with Ada Lovelace on 2026-11-10"
QString describe(const Interaction &interaction)
{
    return CliText::tr("%1 with %2 on %3").arg(inlineName(interaction.kind), people(interaction),
                                               interaction.date.toString(Qt::ISODate));
}

int editInteraction(const ParsedArguments &arguments, CommandContext &context)
{
    const bool anything = std::any_of(editedFields.begin(), editedFields.end(),
                                      [&](const QString &name) { return arguments.isSet(name); });
    if (!anything)
        return CommandContext::usageError(CliText::tr("Nothing to change: give at least one of --kind, --date, --with, "
                                                      "--direction, --summary, --agenda or --note."),
                                          CliText::tr("Run `tend interaction edit --help` for its usage."));
    auto id = interactionId(arguments.positionals.constFirst());
    if (!id)
        return CommandContext::fail(id.error());
    std::optional<InteractionKind> kind;
    if (arguments.isSet(u"kind"_s)) {
        auto parsed = values::interactionKind(arguments.value(u"kind"_s));
        if (!parsed)
            return CommandContext::fail(parsed.error());
        kind = *parsed;
    }
    QDate date;
    if (arguments.isSet(u"date"_s)) {
        auto parsed = parse::day(arguments.value(u"date"_s), u"--date"_s);
        if (!parsed)
            return CommandContext::fail(parsed.error());
        date = *parsed;
    }
    std::optional<Direction> direction;
    if (arguments.isSet(u"direction"_s)) {
        auto parsed = values::direction(arguments.value(u"direction"_s));
        if (!parsed)
            return CommandContext::fail(parsed.error());
        direction = *parsed;
    }

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto existing = (*notebook)->interaction(*id);
    if (!existing)
        return CommandContext::fail(existing.error());
    Interaction edited = *existing;
    if (kind)
        edited.kind = *kind;
    if (date.isValid())
        edited.date = date;
    if (direction)
        edited.direction = *direction;
    if (arguments.isSet(u"summary"_s))
        edited.summary = arguments.value(u"summary"_s);
    if (arguments.isSet(u"agenda"_s))
        edited.agenda = arguments.value(u"agenda"_s);
    if (arguments.isSet(u"note"_s))
        edited.notes = arguments.value(u"note"_s);
    if (arguments.isSet(u"with"_s)) {
        edited.participants.clear();
        for (const QString &reference : arguments.values(u"with"_s)) {
            auto ref = (*notebook)->resolveContact(reference);
            if (!ref)
                return CommandContext::fail(ref.error());
            if (std::none_of(edited.participants.begin(), edited.participants.end(),
                             [&](const ContactRef &known) { return known.id == ref->id; }))
                edited.participants.append(*ref);
        }
    }
    if (auto updated = (*notebook)->updateInteraction(edited); !updated)
        return CommandContext::fail(updated.error());
    auto stored = (*notebook)->interaction(*id);
    if (!stored)
        return CommandContext::fail(stored.error());

    if (arguments.isSet(u"json"_s)) {
        CommandContext::printJson(QJsonDocument(json::interaction(*stored)));
        return Success;
    }
    CommandContext::print(CliText::tr("Updated interaction %1: %2.").arg(*id).arg(describe(*stored)));
    return Success;
}

int deleteInteraction(const ParsedArguments &arguments, CommandContext &context)
{
    auto id = interactionId(arguments.positionals.constFirst());
    if (!id)
        return CommandContext::fail(id.error());
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto snapshot = (*notebook)->deleteInteraction(*id);
    if (!snapshot)
        return CommandContext::fail(snapshot.error());
    const Interaction &removed = snapshot->interaction;

    if (arguments.isSet(u"json"_s)) {
        QJsonArray reminders;
        for (const Reminder &reminder : std::as_const(snapshot->reminders))
            reminders.append(json::reminder(reminder));
        CommandContext::printJson(QJsonDocument(QJsonObject{{u"interaction"_s, json::interaction(removed)},
                                                            {u"reminders"_s, reminders}}));
        return Success;
    }
    // Everything it held, so that nothing typed is lost: the command line has no undo.
    QStringList lines{CliText::tr("Deleted interaction %1: %2 (%3).")
                          .arg(*id)
                          .arg(describe(removed), toKey(removed.direction))};
    if (!removed.summary.isEmpty())
        lines.append(CliText::tr("  Summary: %1").arg(removed.summary));
    if (!removed.agenda.isEmpty())
        lines.append(CliText::tr("  Agenda: %1").arg(removed.agenda));
    if (!removed.notes.isEmpty())
        lines.append(CliText::tr("  Notes: %1").arg(removed.notes));
    for (const Reminder &reminder : std::as_const(snapshot->reminders))
        lines.append(CliText::tr("Deleted its follow-up %1 (%2, due %3, %4).")
                         .arg(reminder.id)
                         .arg(reminder.contactName, reminder.due.toString(Qt::ISODate), toKey(reminder.state)));
    CommandContext::print(lines.join(u'\n'));
    return Success;
}

} // namespace

QList<Command> interactionCommands()
{
    const OptionSpec json{u"json"_s, {}, CliText::tr("print JSON instead of text")};
    return {
        {{u"interaction"_s, u"edit"_s},
         u"ID [--kind KIND] [--date YYYY-MM-DD] [--with CONTACT]… [--direction gave|received|mutual] "
         "[--summary S] [--agenda TEXT] [--note TEXT] [--json]"_s,
         CliText::tr("Change a logged interaction (its id is the #N of `tend timeline`); follow-ups stay as they are."),
         {{u"kind"_s, u"KIND"_s, CliText::tr("the kind of interaction, as for `tend log`")},
          {u"date"_s, u"YYYY-MM-DD"_s, CliText::tr("when it happened")},
          {u"with"_s, u"CONTACT"_s, CliText::tr("who took part, replacing the participants"), true},
          {u"direction"_s, u"DIR"_s, CliText::tr("gave, received or mutual: who helped whom")},
          {u"summary"_s, u"TEXT"_s, CliText::tr("one line: what it was about")},
          {u"agenda"_s, u"TEXT"_s, CliText::tr("what you planned to discuss")},
          {u"note"_s, u"TEXT"_s, CliText::tr("notes")},
          json},
         1, 1, editInteraction},
        {{u"interaction"_s, u"delete"_s}, u"ID [--json]"_s,
         CliText::tr("Delete a logged interaction and its follow-ups; prints everything it held."),
         {json},
         1, 1, deleteInteraction},
    };
}

} // namespace tend::cli
