#pragma once

#include "schedule/Clock.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tend::cli {

// The options that come before the command: tend [--db PATH] [--today DAY] [--demo] COMMAND …
struct GlobalOptions
{
    QString databasePath;    // --db; empty for the default location
    std::optional<QString> today; // --today as typed; checked by clock()
    bool demo = false;       // use the demo database (and, with no command, open it in the GUI)
    bool help = false;
    bool version = false;
    QStringList commandTokens; // the command's words and everything after them

    // The database to use: --db, else $TEND_DB, else the app-data file (the demo file with --demo).
    Result<QString> resolvedDatabasePath() const;
    // A fixed clock with --today, else the system's.
    Result<Clock> clock() const;
};

Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments);

QString globalUsage();

} // namespace tend::cli
