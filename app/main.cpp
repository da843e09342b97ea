#include "Launch.h"
#include "Translations.h"
#include "cli/CliText.h"
#include "cli/CommandContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

// tend: the command line. It links no Qt Gui or Widgets, so that a command costs what its work
// costs (docs/performance.md); with no command it becomes tend-window, the window.
namespace {

// Beside `tend` in a build tree; TEND_WINDOW_DIR (relative to bin/) once installed.
QString windowExecutable()
{
    const QDir here(QFileInfo(u"/proc/self/exe"_s).canonicalPath());
    for (const QString &candidate : {here.filePath(u"tend-window"_s),
                                     QDir(here.filePath(QStringLiteral(TEND_WINDOW_DIR))).filePath(u"tend-window"_s)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(QDir(here.filePath(QStringLiteral(TEND_WINDOW_DIR))).filePath(u"tend-window"_s));
}

// Replaces this process with the window, with the same arguments; returns only when that failed.
int becomeWindow(int &argc, char **argv)
{
    const QString window = windowExecutable();
    const QByteArray path = QFile::encodeName(window);
    std::vector<char *> arguments(argv, argv + argc);
    arguments[0] = const_cast<char *>(path.constData());
    arguments.push_back(nullptr);
    execv(path.constData(), arguments.data());
    const int error = errno;
    QCoreApplication application(argc, argv);
    tend::i18n::installTranslations();
    return tend::cli::CommandContext::fail(
        tend::Error{tend::Error::Code::Io, tend::cli::CliText::tr("Tend's window (%1) could not start: %2")
                                               .arg(QDir::toNativeSeparators(window), QString::fromLocal8Bit(std::strerror(error)))});
}

} // namespace

int main(int argc, char **argv)
{
    const tend::app::Launch launch = tend::app::prepareLaunch(argc, argv);
    if (launch.exitCode)
        return *launch.exitCode;
    if (launch.window)
        return becomeWindow(argc, argv);
    return tend::app::runCommand(argc, argv, launch.options);
}
