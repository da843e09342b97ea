#pragma once

#include "db/Database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tend::crash {

// What the check found: broken rules, and whether the killed command had taken effect.
struct CheckResult
{
    QStringList problems;
    bool victimApplied = false;
};

// One kind of operation the crash harness interrupts. A run starts from a copy of the prepared
// database, runs `commands(run)` with the real `tend` binary one after another, and SIGKILLs the
// one at a random position (the victim) at a random moment. `check` then looks at the reopened
// database: every command before the victim must be wholly present, every one after it absent,
// and the victim either. A new bulk operation (an import) plugs in as one more CrashCase.
struct CrashCase
{
    QString name;
    int runs = 10;
    // Builds the starting database at `path` (nothing: `tend` creates it). Runs once per case.
    std::function<void(const QString &path)> prepare;
    // The `tend` arguments of each command of run `run`, without --db and --today.
    std::function<QList<QStringList>(int run)> commands;
    // Problems breaking the all-or-nothing rule; `victim` is the index of the killed command.
    std::function<CheckResult(const Database &db, int run, int victim)> check;
};

// The cases run by tst_crashsafety; see CrashCases.cpp.
QList<CrashCase> crashCases();

// The day every command runs with (--today), so scheduling is the same in every run.
inline const QDate fixedToday(2026, 11, 23);

} // namespace tend::crash
