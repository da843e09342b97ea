#include "GuiMain.h"
#include "Launch.h"
#include "Translations.h"
#include "cli/CliText.h"
#include "cli/CommandContext.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

// tend-window: the window, which `tend` starts when it is given no command. Given a command, it
// runs it as `tend` does.
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

// The window, on the demo database with --demo (and with the import preview for `files`).
int runGui(int &argc, char **argv, const tend::cli::GlobalOptions &options, const QStringList &files)
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
    const tend::app::Launch launch = tend::app::prepareLaunch(argc, argv);
    if (launch.exitCode)
        return *launch.exitCode;
    if (!launch.window)
        return tend::app::runCommand(argc, argv, launch.options);
    return runGui(argc, argv, launch.options, launch.files);
}
