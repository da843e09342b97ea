#pragma once

#include "exchange/DuplicateFinder.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

// What "Possible duplicates" reads (three queries, whatever the number of contacts) and the pairs
// the user dismissed (migration 0005). Callers wrap writes in a Transaction.
namespace tend::duplicates {

// Every contact that is not archived, with its e-mails and phones, and its summary (roles, e-mails
// and dates included) by id: four queries, whatever the number of contacts.
struct Candidates
{
    QList<exchange::DuplicateCandidate> keys;
    QHash<qint64, ContactSummary> summaries;
};
Result<Candidates> candidates(const QSqlDatabase &db);

// The dismissed pairs, (smaller id, larger id).
Result<QSet<std::pair<qint64, qint64>>> dismissedPairs(const QSqlDatabase &db);
// Stores a pair once, whichever way round it is given; dismissing it again changes nothing.
Status dismiss(const QSqlDatabase &db, qint64 a, qint64 b, const QDateTime &now);
Status undismiss(const QSqlDatabase &db, qint64 a, qint64 b);

// The dismissed pairs by the contacts' UIDs, sorted, for the JSON export, and back.
Result<QList<DismissedDuplicate>> dismissedByUid(const QSqlDatabase &db);
// Pairs whose contacts are both in the notebook are stored (again, harmlessly); the others are skipped.
Status restoreDismissed(const QSqlDatabase &db, const QList<DismissedDuplicate> &pairs);

} // namespace tend::duplicates
