#pragma once

#include "cli/ArgumentParser.h"
#include "schedule/Clock.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tend::cli {

// The options that come before the command: tend [--db PATH] [--today DAY] [--demo] COMMAND …
struct GlobalOptions
{
    std::optional<QString> databasePath; // --db as typed; absent for the default location
    std::optional<QString> today; // --today as typed; checked by clock()
    bool demo = false;       // use the demo database (and, with no command, open it in the GUI)
    bool exitAfterStartup = false; // the window quits after its first frame with data
    bool help = false;
    bool version = false;
    QStringList commandTokens; // the command's words and everything after them
    // Qt's own window options (-platform, -style, -reverse…), as typed. QApplication reads them
    // from argv; with a command they are an error.
    QStringList qtOptions;

    // The database to use: --db, else $TEND_DB, else the app-data file (the demo file with --demo).
    Result<QString> resolvedDatabasePath() const;
    // A fixed clock with --today, else the system's.
    Result<Clock> clock() const;
};

Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments);

// Whether `token` is one of Qt's window options, and whether it takes the next word as its value.
bool isQtWindowOption(const QString &token, bool *takesValue = nullptr);

// The options before the command, for --help, the man page and shell completion.
const QList<OptionSpec> &globalOptionSpecs();
// Accepted after the command too: `tend due --today 2026-11-23`.
const QList<OptionSpec> &commonOptionSpecs();
QString globalSynopsis();    // "tend [--db PATH] … [COMMAND [ARGS…]]"
QString globalDescription(); // what Tend is, in two sentences
QString globalUsage();       // the whole `tend --help` head, up to the command list

} // namespace tend::cli
