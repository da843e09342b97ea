#pragma once

#include "model/Duplicates.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Pairs of contacts that may be one person, found in memory from one read of every contact's
// name, e-mails and phones. Blocking by key keeps it near linear: contacts are grouped by each
// key they have and only contacts sharing a group are compared, never every pair.
//   - e-mail: ContactMatchIndex::emailKey (trimmed, case-folded) equal;
//   - phone: the last 9 digits equal (all of them when there are 7 or 8), so "+44 20 7946 0958" and
//     "020 7946 0958" meet; numbers with fewer than 7 digits are never compared;
//   - name: the folded name (textKey) equal ("same name"), or the same words in another order, or
//     one edit apart (a letter added, dropped, changed, or two neighbours swapped) for names of at
//     least 6 letters ("similar name"). Edits are found through the one-letter deletions of each
//     name: two names one edit apart share one (hashed, so no shorter string is built).
// A key that more than maxGroup contacts share (an office's switchboard, "info@", a common name)
// says nothing about any two of them and is left out.
namespace tend::exchange {

inline constexpr int maxDuplicateGroup = 12;

struct DuplicateCandidate
{
    qint64 id = 0;
    QString nameKey; // textKey(name), as contact.name_key stores it
    QStringList emails;
    QStringList phones;
};

struct DuplicateIds
{
    qint64 a = 0; // a < b
    qint64 b = 0;
    QList<DuplicateReason> reasons;
};

QString duplicatePhoneKey(const QString &phone);
// Optimal string alignment distance, stopping early once it exceeds `limit`.
int editDistance(const QString &left, const QString &right, int limit);

// `dismissed` holds pairs (smaller id, larger id) that are left out. The result comes ordered by
// how many reasons a pair has (most first), then by ids.
QList<DuplicateIds> findDuplicates(const QList<DuplicateCandidate> &candidates,
                                   const QSet<std::pair<qint64, qint64>> &dismissed);

} // namespace tend::exchange
