#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/RecoveryAdvice.h"

#include "db/BackupManager.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the first command of a day starts in the background (CommandContext::finish): the day's
// copy, checked, unless one exists or another copier is at work. Says nothing on success.
int dailyBackup(CommandContext &context)
{
    const auto succeed = [&context] {
        QFile::remove(CommandContext::dailyBackupReportPath(context.databasePath()));
        return Success;
    };
    if (!QFileInfo::exists(context.databasePath()))
        return succeed(); // gone since the command that asked for it: nothing to keep
    QLockFile copying(QDir(Database::backupFolderFor(context.databasePath()))
                          .filePath(u"."_s + QFileInfo(context.databasePath()).fileName() + u".daily-backup.lock"_s));
    if (!copying.tryLock(0))
        return Success; // another copier is at it
    auto notebook = context.notebook();
    context.takeNoDailyBackup();
    if (!notebook)
        return context.fail(notebook.error());
    if (auto path = (*notebook)->dailyBackupIfDue(); !path)
        return context.fail(path.error());
    return succeed();
}

int backup(const ParsedArguments &arguments, CommandContext &context)
{
    if (arguments.isSet(u"daily"_s)) {
        if (!arguments.positionals.isEmpty())
            return context.usageError(CliText::tr("--daily takes no PATH: the daily copy goes to the backups folder."));
        return dailyBackup(context);
    }
    auto notebook = context.notebook();
    if (!notebook)
        return context.fail(notebook.error());
    auto path = (*notebook)->backUpNow(arguments.positionals.value(0));
    if (!path)
        return context.fail(path.error());
    context.print(native(*path));
    return Success;
}

// Works without opening the database through the context: restoring must be possible when the
// current database is damaged, and no connection of ours may stay open on it.
int restore(const ParsedArguments &arguments, CommandContext &context)
{
    const QString from = arguments.positionals.value(0);
    auto kept = BackupManager::restore(from, context.databasePath(), context.clock().now());
    if (!kept)
        return context.fail(kept.error());
    context.print(CliText::tr("Restored %1 from %2.").arg(native(context.databasePath()), native(from)));
    if (!kept->isEmpty())
        context.print(CliText::tr("The database it replaced was kept as %1.").arg(native(*kept)));
    return Success;
}

int check(const ParsedArguments &, CommandContext &context)
{
    const QString path = context.databasePath();
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::Never; // the full integrity_check below says more
    auto notebook = Notebook::open(path, options, context.clock());
    if (!notebook) {
        const QString advice = recoveryAdvice(path, notebook.error());
        context.printError(u"tend: "_s + notebook.error().message);
        if (!advice.isEmpty())
            context.printError(advice);
        return Failure;
    }
    auto problems = (*notebook)->integrityProblems();
    if (!problems) {
        context.printError(u"tend: "_s + CliText::tr("%1 is damaged: %2").arg(native(path), problems.error().message));
        const QString advice = recoveryAdvice(path, Error{Error::Code::Corrupt, {}});
        context.printError(advice);
        return Failure;
    }
    if (!problems->isEmpty()) {
        context.printError(u"tend: "_s
                           + CliText::tr("%1 is damaged. SQLite found %n problem(s):", nullptr, int(problems->size()))
                                 .arg(native(path)));
        for (const QString &problem : problems->mid(0, 20))
            context.printError(u"  - "_s + problem);
        context.printError(recoveryAdvice(path, Error{Error::Code::Corrupt, {}}));
        return Failure;
    }
    const auto size = (*notebook)->size();
    context.print(CliText::tr("%1 is healthy: the integrity and foreign-key checks found no problem "
                              "(schema %2, %3, %4, %5).")
                      .arg(native(path))
                      .arg((*notebook)->schemaVersion())
                      .arg(CliText::tr("%n contact(s)", nullptr, int(size ? size->contacts : 0)),
                           CliText::tr("%n interaction(s)", nullptr, int(size ? size->interactions : 0)),
                           CliText::tr("%n backup(s)", nullptr, int((*notebook)->backups().size()))));
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    Command backupCommand;
    backupCommand.words = {u"backup"_s};
    backupCommand.synopsis = u"[PATH]"_s;
    backupCommand.summary = CliText::tr("Copy the database (checked first) to PATH, or to its backups folder.");
    backupCommand.maxPositionals = 1;
    backupCommand.options = {
        {u"daily"_s, {}, CliText::tr("take the day's copy unless there is one (what the first command of a day starts "
                                     "in the background)")},
    };
    backupCommand.run = backup;

    Command restoreCommand;
    restoreCommand.words = {u"restore"_s};
    restoreCommand.synopsis = u"PATH"_s;
    restoreCommand.summary = CliText::tr("Replace the database with a checked backup; the current one is kept as a backup.");
    restoreCommand.minPositionals = 1;
    restoreCommand.maxPositionals = 1;
    restoreCommand.run = restore;

    Command checkCommand;
    checkCommand.words = {u"check"_s};
    checkCommand.summary = CliText::tr("Run the integrity and foreign-key checks; exit 1 if the database is damaged.");
    checkCommand.run = check;

    return {backupCommand, restoreCommand, checkCommand};
}

} // namespace tend::cli
