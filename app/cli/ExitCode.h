#pragma once

#include "util/Error.h"

namespace tend::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1, // the command could not be done: not found, ambiguous, database problems
    Usage = 2,   // the command line itself is wrong: unknown option, bad value
};

// Invalid input is a usage problem; everything else happened while doing the work.
inline int exitCodeFor(const Error &error)
{
    return error.code == Error::Code::Invalid ? Usage : Failure;
}

} // namespace tend::cli
