#include "GuiMain.h"
#include "cli/Cli.h"
#include "cli/CommandContext.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// No command: open the window, on the demo database with --demo.
int runGui(int &argc, char **argv, const tend::cli::GlobalOptions &options)
{
    auto path = options.resolvedDatabasePath();
    if (!path)
        return tend::cli::CommandContext::fail(path.error());
    auto clock = options.clock();
    if (!clock)
        return tend::cli::CommandContext::fail(clock.error());
    return tend::gui::run(argc, argv, tend::gui::GuiOptions{*path, *clock, options.demo});
}

} // namespace

int main(int argc, char **argv)
{
    umask(077); // every file Tend creates is readable by its owner only

    QCoreApplication::setOrganizationName(u"Tend"_s);
    QCoreApplication::setApplicationName(u"tend"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto options = tend::cli::parseGlobalOptions(arguments);
    if (!options)
        return tend::cli::CommandContext::usageError(options.error().message, u"Run `tend --help` for usage."_s);

    // stderr is for what went wrong; QT_LOGGING_RULES=tend.*=true shows the rest.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tend.*.debug=false\ntend.*.info=false"_s);

    if (options->commandTokens.isEmpty() && !options->help && !options->version)
        return runGui(argc, argv, *options);

    // Commands need no display: a core application only.
    QCoreApplication application(argc, argv);
    return tend::cli::run(*options);
}
