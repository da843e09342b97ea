#include "GuiMain.h"
#include "Translations.h"
#include "cli/Cli.h"
#include "cli/CliText.h"
#include "cli/CommandContext.h"
#include "cli/CommandTable.h"

#include <QFileInfo>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <functional>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// A problem found before the window's QApplication exists is said on stderr, translated: a core
// application with Tend's translators comes first, then `problem()` words the error.
int failBeforeWindow(int &argc, char **argv, const std::function<tend::Error()> &problem)
{
    QCoreApplication application(argc, argv);
    tend::i18n::installTranslations();
    return tend::cli::CommandContext::fail(problem());
}

// Whether Qt will find a display for the window: a platform that needs none (offscreen, vnc…),
// or a display server named by the environment or by -display.
bool displayAvailable(const QStringList &qtOptions)
{
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (qsizetype i = 0; i + 1 < qtOptions.size(); ++i) {
        if (qtOptions.at(i) == u"-platform")
            platform = qtOptions.at(i + 1);
        if (qtOptions.at(i) == u"-display")
            return true;
    }
    const QString first = platform.section(u';', 0, 0).section(u':', 0, 0).trimmed();
    if (!first.isEmpty() && first != u"xcb" && !first.startsWith(u"wayland"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// `tend FILE…` (a file manager's "Open with Tend", Exec=tend %F): files instead of a command, when
// the words name no command and every one is an existing file. Their absolute paths, or empty.
QStringList filesToOpen(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return {};
    qsizetype used = 0;
    if (tend::cli::CommandTable().find(tokens, &used))
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

// No command: open the window, on the demo database with --demo (and with the import preview
// for `files`).
int runGui(int &argc, char **argv, const tend::cli::GlobalOptions &options, const QStringList &files = {})
{
    if (!displayAvailable(options.qtOptions)) {
        return failBeforeWindow(argc, argv, [] {
            return tend::Error{tend::Error::Code::Io,
                               tend::cli::CliText::tr("Tend's window needs a display; use a command (tend --help).")};
        });
    }
    auto path = options.resolvedDatabasePath();
    if (!path)
        return failBeforeWindow(argc, argv, [&options] { return options.resolvedDatabasePath().error(); });
    auto clock = options.clock();
    if (!clock)
        return failBeforeWindow(argc, argv, [&options] { return options.clock().error(); });
    return tend::gui::run(argc, argv, tend::gui::GuiOptions{*path, *clock, options.demo, files, options.exitAfterStartup});
}

} // namespace

int main(int argc, char **argv)
{
    umask(077); // every file Tend creates is readable by its owner only

    QCoreApplication::setOrganizationName(u"Tend"_s);
    QCoreApplication::setApplicationName(u"tend"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));

    // stderr is for what went wrong; QT_LOGGING_RULES=tend.*=true shows the rest.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tend.*.debug=false\ntend.*.info=false"_s);

    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        // Bytes that are not text in the locale's encoding would be stored as U+FFFD: refuse them.
        QStringDecoder decode(QStringDecoder::System, QStringDecoder::Flag::Stateless);
        arguments.append(decode(QByteArrayView(argv[i])));
        if (decode.hasError()) {
            QCoreApplication application(argc, argv);
            tend::i18n::installTranslations();
            return tend::cli::CommandContext::usageError(
                tend::cli::CliText::tr("Argument %1 is not valid text in this system's encoding (UTF-8, usually).").arg(i));
        }
    }
    auto options = tend::cli::parseGlobalOptions(arguments);
    if (!options) {
        QCoreApplication application(argc, argv);
        tend::i18n::installTranslations();
        // Parsed again, now that its message can be translated.
        return tend::cli::CommandContext::usageError(tend::cli::parseGlobalOptions(arguments).error().message,
                                                     tend::cli::CliText::tr("Run `tend --help` for usage."));
    }

    if (options->commandTokens.isEmpty() && !options->help && !options->version)
        return runGui(argc, argv, *options);
    if (const QStringList files = filesToOpen(options->commandTokens); !files.isEmpty() && !options->help && !options->version)
        return runGui(argc, argv, *options, files);

    // Commands need no display: a core application only.
    QCoreApplication application(argc, argv);
    tend::i18n::installTranslations();
    return tend::cli::run(*options);
}
