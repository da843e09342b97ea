#pragma once

#include "model/Practice.h"
#include "util/Result.h"

#include <QSqlDatabase>

// The writes that take the practice's steps back exactly (Notebook's restoreIntroduction,
// restoreAdvice, setAskDeadline). Callers own the transaction.
namespace tend::practiceundo {

struct StoredStep
{
    qint64 id = 0;
    std::optional<qint64> interactionId;
};

// An introduction's steps, oldest first, by their ids.
Result<QList<StoredStep>> introductionSteps(const QSqlDatabase &db, qint64 introductionId);
Status removeIntroductionSteps(const QSqlDatabase &db, const QList<qint64> &stepIds);
Status removeIntroduction(const QSqlDatabase &db, qint64 id);
// The introduction's row as in `snapshot` (inserted with its id, or overwritten in place, so its
// steps stay); with `withSteps`, its steps are written after it (for a deleted one).
Status writeIntroduction(const QSqlDatabase &db, const Introduction &snapshot, const QDateTime &now, bool withSteps);

// The state, outcome, days and report of an advice item as in `snapshot`.
Status writeAdviceState(const QSqlDatabase &db, const AdviceItem &snapshot);

Status writeAskDeadline(const QSqlDatabase &db, qint64 askId, QDate deadline);

} // namespace tend::practiceundo
