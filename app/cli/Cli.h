#pragma once

#include "cli/GlobalOptions.h"

namespace tend::cli {

// Runs the command named in `options.commandTokens` (or prints help / the version) and returns
// the process exit code. Needs a QCoreApplication, never a QApplication.
int run(const GlobalOptions &options);

} // namespace tend::cli
