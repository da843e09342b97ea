#include "Launch.h"

#include "Translations.h"
#include "cli/Cli.h"
#include "cli/CliText.h"
#include "cli/CommandContext.h"
#include "cli/CommandTable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace tend::app {
namespace {

// `tend FILE…` (a file manager's "Open with Tend", Exec=tend %F): files instead of a command, when
// the words name no command and every one is an existing file. Their absolute paths, or empty.
QStringList filesToOpen(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return {};
    qsizetype used = 0;
    if (cli::CommandTable().find(tokens, &used))
        return {};
    QStringList files;
    for (const QString &token : tokens) {
        const QFileInfo file(token);
        if (!file.isFile())
            return {};
        files.append(file.absoluteFilePath());
    }
    return files;
}

} // namespace

Launch prepareLaunch(int argc, char **argv)
{
    umask(077); // every file Tend creates is readable by its owner only

    QCoreApplication::setOrganizationName(u"Tend"_s);
    QCoreApplication::setApplicationName(u"tend"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));

    // stderr is for what went wrong; QT_LOGGING_RULES=tend.*=true shows the rest.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tend.*.debug=false\ntend.*.info=false"_s);

    Launch launch;
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        // Bytes that are not text in the locale's encoding would be stored as U+FFFD: refuse them.
        QStringDecoder decode(QStringDecoder::System, QStringDecoder::Flag::Stateless);
        arguments.append(decode(QByteArrayView(argv[i])));
        if (decode.hasError()) {
            QCoreApplication application(argc, argv);
            i18n::installTranslations();
            launch.exitCode = cli::CommandContext::usageError(
                cli::CliText::tr("Argument %1 is not valid text in this system's encoding (UTF-8, usually).").arg(i));
            return launch;
        }
    }
    auto options = cli::parseGlobalOptions(arguments);
    if (!options) {
        QCoreApplication application(argc, argv);
        i18n::installTranslations();
        // Parsed again, now that its message can be translated.
        launch.exitCode = cli::CommandContext::usageError(cli::parseGlobalOptions(arguments).error().message,
                                                          cli::CliText::tr("Run `tend --help` for usage."));
        return launch;
    }
    launch.options = *options;
    if (options->help || options->version)
        return launch;
    launch.files = filesToOpen(options->commandTokens);
    launch.window = options->commandTokens.isEmpty() || !launch.files.isEmpty();
    return launch;
}

int runCommand(int &argc, char **argv, const cli::GlobalOptions &options)
{
    QCoreApplication application(argc, argv);
    i18n::installTranslations();
    return cli::run(options);
}

} // namespace tend::app
