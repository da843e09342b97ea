#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

// The search index of a bulk write, written once at its end (migrations/0011_speed.sql):
// FTS5 writes its pending rows at every statement, so indexing row by row costs ten times what one
// INSERT … SELECT of the same rows costs. Both calls run inside the bulk write's transaction.
namespace tend::searchdeferral {

// From here on, the contacts and interactions added (rowids above today's largest) are not
// indexed by the triggers.
Status begin(const QSqlDatabase &db);
// Indexes the rows added since begin(), as the triggers would have, and ends the deferral.
Status catchUp(const QSqlDatabase &db);

} // namespace tend::searchdeferral
