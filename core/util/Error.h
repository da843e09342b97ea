#pragma once

#include <QString>

namespace tend {

// A failure a person can read. Core returns these; app/ and ui/ decide how to show them.
struct Error
{
    enum class Code {
        Invalid,     // bad input: a field, a date, a role
        NotFound,    // no such contact / reminder / file
        Ambiguous,   // a contact reference matched several people
        Database,    // the database refused, for a reason not listed below
        Busy,        // another process holds the lock past the busy timeout
        ReadOnly,    // the file or its folder cannot be written
        DiskFull,    // no space left (or the page limit reached)
        Corrupt,     // not a database, truncated, or failing its integrity check
        TooNew,      // written by a newer Tend
        Io,          // a file could not be read or written
        Network,     // a server could not be reached, or answered in a way Tend cannot use
        Unauthorized,// a server refused the user name or password, or this user's access
    };

    Code code = Code::Invalid;
    QString message;

    static Error invalid(const QString &message) { return {Code::Invalid, message}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message}; }
};

} // namespace tend
