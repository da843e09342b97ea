#include "TendProcess.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace tend::test {

CliResult runTend(const QString &database, const QStringList &arguments, const QString &today,
                  const std::function<void()> &inChild)
{
    QProcess process;
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QString::fromUtf8(TEND_BINARY), QStringList{u"--db"_s, database, u"--today"_s, today} + arguments);
    CliResult result;
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace tend::test
