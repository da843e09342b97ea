#pragma once

#include "model/SearchHit.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tend::search {

// Turns what a person typed into an FTS5 query that cannot be a syntax error: each word becomes a
// quoted phrase and a prefix ("ada lov" finds "Ada Lovelace"); all words must match. Empty when
// there is nothing to search for.
QString ftsQuery(const QString &text);

// The words of `text` as the full-text index sees them (runs of letters and digits), each folded
// by textKey(): what a typed query is matched against.
QStringList terms(const QString &text);

// The words of `text` that start with one of `terms` (folded on both sides, as the index does),
// as ranges of `text`.
QList<TextRange> highlights(const QString &text, const QStringList &terms);

// The part of `text` around its first match, on one line, at most about `length` characters, with
// "…" where it was cut; the whole text (on one line) when nothing matches.
QString excerpt(const QString &text, const QStringList &terms, int length = 120);

// Contacts whose own text, or whose interactions' text, matches `text`; best match first: a match
// in the contact's own fields ranks above one found only through an interaction.
Result<QList<SearchHit>> contacts(const QSqlDatabase &db, const QString &text, int limit);

} // namespace tend::search
