// `tend sync setup`, `tend sync` and `tend sync status` (issue 13; docs/sync.md).
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"

#include "Notebook.h"
#include "sync/SyncSession.h"
#include "sync/account/Keyring.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

using sync::Decision;

OptionSpec jsonOption()
{
    return {u"json"_s, {}, CliText::tr("print JSON instead of text")};
}

OptionSpec passwordFileOption()
{
    return {u"password-file"_s, u"FILE"_s, CliText::tr("read the password from the first line of FILE")};
}

Result<QString> passwordFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, CliText::tr("Cannot read the password file %1: %2").arg(path, file.errorString())};
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::invalid(CliText::tr("The password file %1 is empty.").arg(path));
    return line;
}

// Asks on the terminal, without echo; reads a line from stdin when it is not a terminal.
Result<QString> askPassword(const QString &user)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(CliText::tr("Password for %1: ").arg(user)), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (password.isEmpty())
        return Error::invalid(CliText::tr("No password was given."));
    return password;
}

QString kindName(SyncKind kind)
{
    return kind == SyncKind::Contacts ? CliText::tr("Contacts") : CliText::tr("Reminders");
}

int setUp(const ParsedArguments &arguments, CommandContext &context)
{
    sync::AccountSetup setup;
    setup.server = arguments.positionals.at(0);
    setup.userName = arguments.value(u"user"_s);
    setup.addressBook = arguments.value(u"addressbook"_s);
    setup.taskList = arguments.value(u"calendar"_s);
    if (setup.userName.isEmpty())
        return CommandContext::usageError(CliText::tr("Give the user name with --user."));
    const bool fromFile = arguments.isSet(u"password-file"_s);
    auto password = fromFile ? passwordFromFile(arguments.value(u"password-file"_s)) : askPassword(setup.userName);
    if (!password)
        return CommandContext::fail(password.error());
    setup.password = *password;

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto outcome = sync::setUpAccount(**notebook, setup);
    if (!outcome)
        return CommandContext::fail(outcome.error());

    QStringList lines;
    for (const auto &[collection, created] : {std::pair{outcome->contacts, outcome->createdAddressBook},
                                              std::pair{outcome->reminders, outcome->createdTaskList}}) {
        lines.append((created ? CliText::tr("%1: created \"%2\" at %3") : CliText::tr("%1: \"%2\" at %3"))
                         .arg(kindName(collection.kind), collection.displayName, collection.url));
    }
    if (Status stored = sync::Keyring::storePassword(setup.server, setup.userName, setup.password); !stored) {
        lines.append(CliText::tr("The password was not stored: %1").arg(stored.error().message));
        if (!fromFile) {
            CommandContext::print(lines.join(u'\n'));
            return CommandContext::fail(stored.error());
        }
        lines.append(CliText::tr("Give --password-file to each `tend sync`."));
    } else {
        lines.append(CliText::tr("The password is in the desktop keyring."));
    }
    lines.append(CliText::tr("Interaction notes, roles, tags and therapists stay on this machine; see `tend sync status`."));
    CommandContext::print(lines.join(u'\n'));
    return Success;
}

QJsonObject counts(const sync::SyncReport &report)
{
    using Kind = Decision::Kind;
    return {{u"uploaded"_s, report.count(Kind::UploadNew)},
            {u"updated_remote"_s, report.count(Kind::UpdateRemote)},
            {u"deleted_remote"_s, report.count(Kind::DeleteRemote)},
            {u"downloaded"_s, report.count(Kind::DownloadNew)},
            {u"updated_local"_s, report.count(Kind::UpdateLocal)},
            {u"deleted_local"_s, report.count(Kind::DeleteLocal)},
            {u"merged"_s, report.count(Kind::Merge)}};
}

QJsonObject runJson(const sync::CollectionRun &run)
{
    QJsonArray changes;
    for (const sync::SyncReport::Change &change : run.report.changes)
        changes.append(QJsonObject{{u"uid"_s, change.uid}, {u"action"_s, sync::toKey(change.kind)}});
    QJsonArray conflicts;
    for (const Decision &conflict : run.report.conflicts) {
        QJsonArray fields;
        for (const sync::FieldConflict &field : conflict.conflicts) {
            fields.append(QJsonObject{{u"field"_s, field.field}, {u"base"_s, field.base}, {u"here"_s, field.local},
                                      {u"server"_s, field.remote}});
        }
        conflicts.append(QJsonObject{{u"uid"_s, conflict.uid}, {u"href"_s, conflict.href}, {u"fields"_s, fields}});
    }
    QJsonArray problems;
    for (const sync::SyncProblem &problem : run.report.problems) {
        problems.append(QJsonObject{{u"uid"_s, json::text(problem.uid)}, {u"href"_s, json::text(problem.href)},
                                    {u"message"_s, problem.message}});
    }
    return {{u"kind"_s, toKey(run.collection.kind)},
            {u"url"_s, run.collection.url},
            {u"complete"_s, run.report.complete},
            {u"counts"_s, counts(run.report)},
            {u"changes"_s, changes},
            {u"conflicts"_s, conflicts},
            {u"problems"_s, problems},
            {u"error"_s, run.report.error ? QJsonValue(run.report.error->message) : QJsonValue(QJsonValue::Null)}};
}

int runSync(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto collections = (*notebook)->syncCollections();
    if (!collections)
        return CommandContext::fail(collections.error());
    if (collections->isEmpty())
        return CommandContext::fail(Error::notFound(CliText::tr("Sync is not set up: run `tend sync setup URL --user USER` first.")));
    const SyncCollection &account = collections->constFirst();
    const bool fromFile = arguments.isSet(u"password-file"_s);
    auto password = fromFile ? passwordFromFile(arguments.value(u"password-file"_s))
                             : sync::Keyring::password(account.serverUrl, account.userName);
    if (!password && !fromFile) {
        return CommandContext::fail({password.error().code,
                                     CliText::tr("%1 Give the password with --password-file FILE, or run `tend sync setup` again.")
                                         .arg(password.error().message)});
    }
    if (!password)
        return CommandContext::fail(password.error());

    sync::SyncOptions options;
    options.dryRun = arguments.isSet(u"dry-run"_s);
    auto runs = sync::syncNotebook(**notebook, *password, options);
    if (!runs)
        return CommandContext::fail(runs.error());

    bool stopped = false;
    bool leftOver = false;
    for (const sync::CollectionRun &run : std::as_const(*runs)) {
        stopped = stopped || run.report.error.has_value();
        leftOver = leftOver || !run.report.conflicts.isEmpty() || !run.report.problems.isEmpty();
    }
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const sync::CollectionRun &run : std::as_const(*runs))
            array.append(runJson(run));
        CommandContext::printJson(QJsonDocument(QJsonObject{{u"dry_run"_s, options.dryRun}, {u"collections"_s, array}}));
    } else {
        QStringList lines;
        if (options.dryRun)
            lines.append(CliText::tr("Dry run: nothing was changed on either side."));
        for (const sync::CollectionRun &run : std::as_const(*runs)) {
            lines.append(u"%1: %2"_s.arg(kindName(run.collection.kind), sync::describeRun(run.report)));
            for (const Decision &conflict : run.report.conflicts) {
                for (const sync::FieldConflict &field : conflict.conflicts) {
                    lines.append(CliText::tr("  conflict in %1, %2: here \"%3\", on the server \"%4\"")
                                     .arg(conflict.uid, field.field, field.local, field.remote));
                }
            }
            for (const sync::SyncProblem &problem : run.report.problems)
                lines.append(u"  %1: %2"_s.arg(problem.href.isEmpty() ? problem.uid : problem.href, problem.message));
        }
        CommandContext::print(lines.join(u'\n'));
    }
    if (stopped) {
        for (const sync::CollectionRun &run : std::as_const(*runs)) {
            if (run.report.error)
                CommandContext::printError(u"tend: "_s + run.report.error->message);
        }
        return Failure;
    }
    return leftOver ? Failure : Success;
}

int showStatus(const ParsedArguments &arguments, CommandContext &context)
{
    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto collections = (*notebook)->syncCollections();
    if (!collections)
        return CommandContext::fail(collections.error());
    auto sharing = (*notebook)->syncRoleSharing();
    if (!sharing)
        return CommandContext::fail(sharing.error());
    auto contacts = (*notebook)->syncedContacts();
    if (!contacts)
        return CommandContext::fail(contacts.error());
    auto reminders = (*notebook)->syncedReminders();
    if (!reminders)
        return CommandContext::fail(reminders.error());

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SyncCollection &collection : std::as_const(*collections)) {
            auto status = (*notebook)->syncStatus(collection.id);
            array.append(QJsonObject{{u"kind"_s, toKey(collection.kind)},
                                     {u"server"_s, collection.serverUrl},
                                     {u"user"_s, collection.userName},
                                     {u"url"_s, collection.url},
                                     {u"name"_s, collection.displayName},
                                     {u"last_run"_s, collection.lastRunAt.isValid()
                                                         ? QJsonValue(collection.lastRunAt.toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null)},
                                     {u"last_problem"_s, json::text(collection.lastError)},
                                     {u"items"_s, status ? status->size() : 0}});
        }
        QJsonArray roles;
        for (const SyncRoleSharing &role : std::as_const(*sharing)) {
            roles.append(QJsonObject{{u"role"_s, toKey(role.role)}, {u"contacts"_s, role.contacts}, {u"notes"_s, role.notes}});
        }
        CommandContext::printJson(QJsonDocument(QJsonObject{{u"collections"_s, array},
                                                            {u"sharing"_s, roles},
                                                            {u"contacts_shared"_s, contacts->size()},
                                                            {u"reminders_shared"_s, reminders->size()}}));
        return Success;
    }
    QStringList lines;
    if (collections->isEmpty())
        lines.append(CliText::tr("Sync is not set up: run `tend sync setup URL --user USER`."));
    for (const SyncCollection &collection : std::as_const(*collections)) {
        lines.append(u"%1: \"%2\" %3 (%4)"_s.arg(kindName(collection.kind), collection.displayName, collection.url,
                                                collection.userName));
        if (!collection.lastRunAt.isValid())
            lines.append(CliText::tr("  never synced"));
        else if (collection.lastError.isEmpty())
            lines.append(CliText::tr("  last sync %1: all went through").arg(collection.lastRunAt.toLocalTime().toString(Qt::ISODate)));
        else
            lines.append(CliText::tr("  last sync %1: %2").arg(collection.lastRunAt.toLocalTime().toString(Qt::ISODate), collection.lastError));
    }
    QStringList shared;
    QStringList kept;
    for (const SyncRoleSharing &role : std::as_const(*sharing)) {
        const QString name = displayName(role.role);
        if (!role.contacts)
            kept.append(name);
        else
            shared.append(role.notes ? CliText::tr("%1 (with their notes)").arg(name) : name);
    }
    lines.append(CliText::tr("Shared: %n contact(s)", nullptr, int(contacts->size())) + u", "_s
                 + CliText::tr("%n reminder(s)", nullptr, int(reminders->size())) + u'.');
    lines.append(CliText::tr("Roles whose contacts are shared: %1.").arg(shared.isEmpty() ? CliText::tr("none") : shared.join(u", "_s)));
    if (!kept.isEmpty())
        lines.append(CliText::tr("Kept on this machine: %1.").arg(kept.join(u", "_s)));
    lines.append(CliText::tr("Never sent: interaction notes and agendas, roles, tags, cadences, how you met."));
    CommandContext::print(lines.join(u'\n'));
    return Success;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{u"sync"_s, u"setup"_s},
         u"URL --user USER [--addressbook NAME] [--calendar NAME] [--password-file FILE]"_s,
         CliText::tr("find the address book and task list on a CardDAV/CalDAV server and use them"),
         {{u"user"_s, u"USER"_s, CliText::tr("the user name on the server")},
          {u"addressbook"_s, u"NAME"_s, CliText::tr("the address book to use (default: the only one, or \"Tend\", made if missing)")},
          {u"calendar"_s, u"NAME"_s, CliText::tr("the task list to use (default: the only one, or \"Tend\", made if missing)")},
          passwordFileOption()},
         1,
         1,
         setUp},
        {{u"sync"_s},
         u"[--dry-run] [--json] [--password-file FILE]"_s,
         CliText::tr("send and receive what changed since the last sync"),
         {{u"dry-run"_s, {}, CliText::tr("say what would change, change nothing")}, jsonOption(), passwordFileOption()},
         0,
         0,
         runSync},
        {{u"sync"_s, u"status"_s},
         u"[--json]"_s,
         CliText::tr("the account, the last sync, and what is shared"),
         {jsonOption()},
         0,
         0,
         showStatus},
    };
}

} // namespace tend::cli
