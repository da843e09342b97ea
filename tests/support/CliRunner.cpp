#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QThread>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tend::test {

namespace {

constexpr int finishTimeoutMs = 120'000;

std::unique_ptr<QProcess> startTend(const QStringList &arguments, const std::function<void()> &inChild = {},
                                    const QString &locale = {},
                                    const std::function<void(QProcessEnvironment &)> &adjust = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Prove that commands need no display server at all, and use only the database they are given;
    // without a session bus there is no desktop keyring, so no test writes to the user's.
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"TEND_DB"_s,
                                u"DBUS_SESSION_BUS_ADDRESS"_s})
        environment.remove(name);
    for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        environment.remove(name);
    if (locale.isEmpty())
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    else
        environment.insert(u"LANG"_s, locale);
    if (adjust)
        adjust(environment);

    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    if (inChild)
        process->setChildProcessModifier(inChild);
    process->start(QString::fromUtf8(TEND_BINARY), arguments);
    return process;
}

CliResult waitForEnd(QProcess &process)
{
    CliResult result;
    const bool finished = process.waitForFinished(finishTimeoutMs);
    if (!finished && process.state() != QProcess::NotRunning) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    else if (finished)
        result.crashed = true;
    else if (!result.timedOut)
        result.err = u"tend did not start: "_s + process.errorString();
    return result;
}

// The first command of a day leaves the day's copy to a background `tend backup --daily`, which
// reports in a file beside the backups (see cli::CommandContext::finish): empty while it works,
// removed or filled when it is done. Tests wait for it, so that what they look at next is settled.
void waitForBackgroundCopy(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    const QString report = QDir(QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s))
                               .filePath(u"."_s + QFileInfo(databasePath).fileName() + u".daily-backup"_s);
    QDeadlineTimer deadline(finishTimeoutMs);
    while (QFileInfo::exists(report) && QFileInfo(report).size() == 0 && !deadline.hasExpired())
        QThread::msleep(10);
}

QString databaseArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--db"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--db="_s))
            return arguments.at(i).mid(5);
    }
    return {};
}

} // namespace

QString CliResult::describe() const
{
    const QString status = timedOut ? u"timed out"_s : crashed ? u"crashed"_s : u"exit %1"_s.arg(exitCode);
    return status + u"\nstdout:\n"_s + out + u"\nstderr:\n"_s + err;
}

CliRunner::CliRunner(QDate today) : m_today(today)
{
    m_dir.emplace();
    m_databasePath = m_dir->filePath(u"tend.db"_s);
}

CliRunner::CliRunner(const QString &databasePath, QDate today) : m_databasePath(databasePath), m_today(today) {}

QStringList CliRunner::withGlobals(const QStringList &arguments) const
{
    return QStringList{u"--db"_s, m_databasePath, u"--today"_s, m_today.toString(Qt::ISODate)} + arguments;
}

CliResult CliRunner::run(const QStringList &arguments, const std::function<void()> &inChild) const
{
    CliResult result = waitForEnd(*startTend(withGlobals(arguments), inChild, m_locale));
    waitForBackgroundCopy(m_databasePath);
    return result;
}

CliResult CliRunner::runRaw(const QStringList &arguments, const QString &locale)
{
    CliResult result = waitForEnd(*startTend(arguments, {}, locale));
    waitForBackgroundCopy(databaseArgument(arguments));
    return result;
}

CliResult CliRunner::runInEnvironment(const QStringList &arguments,
                                      const std::function<void(QProcessEnvironment &)> &adjust)
{
    CliResult result = waitForEnd(*startTend(arguments, {}, {}, adjust));
    waitForBackgroundCopy(databaseArgument(arguments));
    return result;
}

QString CliRunner::binary()
{
    return QString::fromUtf8(TEND_BINARY);
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    return startTend(withGlobals(arguments), {}, m_locale);
}

qint64 CliRunner::addContact(const QString &name, const QStringList &extra) const
{
    const CliResult result = run(QStringList{u"contact"_s, u"add"_s, name} + extra);
    if (!result.ok()) {
        QTest::qFail(qPrintable(u"contact add failed: "_s + result.describe()), __FILE__, __LINE__);
        return 0;
    }
    bool numeric = false;
    const qint64 id = result.out.trimmed().toLongLong(&numeric);
    if (!numeric)
        QTest::qFail(qPrintable(u"contact add printed no id: "_s + result.out), __FILE__, __LINE__);
    return id;
}

} // namespace tend::test
