#pragma once

#include <QString>

namespace tend {

// A failure a person can read. Core returns these; app/ and ui/ decide how to show them. Only
// Invalid is the caller's input being wrong (the command line's exit 2); every other code means the
// request was understood but could not be carried out (exit 1). See cli::exitCodeFor.
struct Error
{
    enum class Code {
        Invalid,     // bad input: a field, a date, a role, an option
        NotFound,    // no such contact / reminder / file
        Ambiguous,   // a contact reference matched several people
        Conflict,    // a valid request the current state forbids: already done, no cadence, own file
        Constraint,  // the database refused a change that breaks one of its rules
        Cancelled,   // the user stopped a long operation; nothing was changed
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

    Error() = default;
    Error(Code code, QString message, int sqliteCode = 0, QString detail = {})
        : code(code), message(std::move(message)), sqliteCode(sqliteCode), detail(std::move(detail))
    {
    }

    Code code = Code::Invalid;
    QString message;
    // SQLite's extended result code (SQLITE_CONSTRAINT_FOREIGNKEY = 787…) when SQLite reported the
    // failure; 0 otherwise.
    int sqliteCode = 0;
    // The driver's own words ("database is locked"), kept for logs and for failures such as a
    // migration's commit where they are the best explanation there is.
    QString detail;

    static Error invalid(const QString &message) { return {Code::Invalid, message}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message}; }
    static Error conflict(const QString &message) { return {Code::Conflict, message}; }
    static Error cancelled(const QString &message) { return {Code::Cancelled, message}; }

    // Whether SQLite refused the change because a referenced row does not exist.
    bool isForeignKeyFailure() const { return sqliteCode == 787; }
};

} // namespace tend
