#pragma once

#include "util/Result.h"

#include <QString>

namespace tend {

// Where Tend keeps its database when no --db is given: $TEND_DB, else tend.db in the platform's
// app-data folder (QStandardPaths::AppDataLocation), which is created owner-only (0700).
// Call after QCoreApplication::setApplicationName.
Result<QString> defaultDatabasePath();

// The demo network's own database beside the default one, so trying Tend never touches real notes.
Result<QString> defaultDemoDatabasePath();

} // namespace tend
