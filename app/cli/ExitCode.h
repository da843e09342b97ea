#pragma once

#include "util/Error.h"

namespace tend::cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1, // the command could not be done: not found, ambiguous, database problems
    Usage = 2,   // the command line itself is wrong: unknown option, bad value
};

// Only invalid input is a usage problem. Everything else happened while doing the work: a missing
// or ambiguous contact, a state that forbids the change (Conflict: "already done"), a rule of the
// database (Constraint), a cancelled or failed operation.
inline int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
        return Usage;
    case Error::Code::NotFound:
    case Error::Code::Ambiguous:
    case Error::Code::Conflict:
    case Error::Code::Constraint:
    case Error::Code::Cancelled:
    case Error::Code::Database:
    case Error::Code::Busy:
    case Error::Code::ReadOnly:
    case Error::Code::DiskFull:
    case Error::Code::Corrupt:
    case Error::Code::TooNew:
    case Error::Code::Io:
    case Error::Code::Network:
    case Error::Code::Unauthorized:
        return Failure;
    }
    return Failure;
}

} // namespace tend::cli
