#pragma once

#include "model/ImportantDate.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

// Important dates' occurrences done or snoozed (table date_occurrence, migration 0010). Callers
// own the transaction.
namespace tend::occurrencestore {

// The row of one date's occurrence, if the user has done or snoozed it.
Result<std::optional<DateOccurrence>> get(const QSqlDatabase &db, qint64 dateId, QDate occursOn);
// Writes the row (a done day or a snooze, or both), or deletes it when it holds neither.
Status put(const QSqlDatabase &db, const DateOccurrence &occurrence);
Status remove(const QSqlDatabase &db, qint64 dateId, QDate occursOn);
// Every row of occurrences on or after `from` (the ones a reminder list can still show).
Result<QList<DateOccurrence>> since(const QSqlDatabase &db, QDate from);

} // namespace tend::occurrencestore
