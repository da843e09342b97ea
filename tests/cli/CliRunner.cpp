#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tend::test {

QString CliResult::describe() const
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(exitCode).arg(out, err);
}

CliRunner::CliRunner(QDate today) : m_databasePath(m_dir.filePath(u"tend.db"_s)), m_today(today) {}

CliResult CliRunner::run(const QStringList &arguments) const
{
    return runRaw(QStringList{u"--db"_s, m_databasePath, u"--today"_s, m_today.toString(Qt::ISODate)} + arguments);
}

CliResult CliRunner::runRaw(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Prove that commands need no display server at all.
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"TEND_DB"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TEND_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(120'000)) {
        result.err = u"tend did not finish: "_s + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
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
