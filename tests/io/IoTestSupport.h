#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers for the import/export suites: fixtures in tests/data/import, and Python as an
// independent reader of what Tend writes.
namespace tend::test {

QByteArray readFixture(const QString &relative); // tests/data/import/<relative>; fails the test when missing

struct PythonResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The first python3 that can import `module` (Debian's /usr/bin/python3 before one on PATH),
// or empty. python3-vobject is installed by scripts/install-deps.sh.
QString pythonWith(const QString &module);

// Runs `script` (python -c) with `input` on stdin and the arguments after it.
PythonResult runPython(const QString &python, const QString &script, const QByteArray &input,
                       const QStringList &arguments = {});

} // namespace tend::test
