#pragma once

#include "util/Error.h"

#include <QString>

namespace tend::cli {

// For a database that cannot be opened: the newest good backup and the exact `tend restore`
// command that brings it back, or a note that there is none. Empty for errors a backup cannot fix
// (a newer Tend, a missing folder, a locked file).
QString recoveryAdvice(const QString &databasePath, const Error &openError);

} // namespace tend::cli
