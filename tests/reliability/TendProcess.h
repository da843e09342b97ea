#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Runs the real `tend` binary (TEND_BINARY) for the CLI-level reliability suites.
namespace tend::test {

struct CliResult
{
    int exitCode = -1; // -1: crashed or hung
    QString out;
    QString err;
};

// `tend --db database --today today arguments…`. `inChild` runs in the child before exec (for
// dropping privileges or limiting file sizes).
CliResult runTend(const QString &database, const QStringList &arguments, const QString &today = QStringLiteral("2026-11-23"),
                  const std::function<void()> &inChild = {});

} // namespace tend::test
