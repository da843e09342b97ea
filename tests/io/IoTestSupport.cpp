#include "IoTestSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tend::test {

QByteArray readFixture(const QString &relative)
{
    QFile file(testDataPath(u"import/"_s + relative));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"missing fixture "_s + file.fileName()), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

QString pythonWith(const QString &module)
{
    QStringList candidates = {u"/usr/bin/python3"_s};
    const QString onPath = QStandardPaths::findExecutable(u"python3"_s);
    if (!onPath.isEmpty())
        candidates.append(onPath);
    for (const QString &python : std::as_const(candidates)) {
        if (!QFile::exists(python))
            continue;
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import "_s + module});
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    return {};
}

PythonResult runPython(const QString &python, const QString &script, const QByteArray &input,
                       const QStringList &arguments)
{
    QProcess process;
    process.start(python, QStringList{u"-c"_s, script} + arguments);
    PythonResult result;
    if (!process.waitForStarted(30'000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace tend::test
