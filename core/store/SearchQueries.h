#pragma once

#include "model/SearchHit.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace tend::search {

// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word becomes a
// quoted phrase, the last one a prefix ("ada lov" finds "Ada Lovelace"); all words must match.
// Empty when there is nothing to search for.
QString ftsQuery(const QString &text);

// Contacts whose own text, or whose interactions' text, matches `text`; best match first.
Result<QList<SearchHit>> contacts(const QSqlDatabase &db, const QString &text, int limit);

} // namespace tend::search
