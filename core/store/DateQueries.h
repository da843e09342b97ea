#pragma once

#include "model/ImportantDate.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

// Important dates (birthdays, work anniversaries, custom dates) as stored. Callers own the
// transaction and check the dates first (checkImportantDate).
namespace tend::datestore {

// Inserts with date.id when non-zero (an undo puts a date back with its id).
Result<qint64> insert(const QSqlDatabase &db, const ImportantDate &date, const QDateTime &now);
Status remove(const QSqlDatabase &db, qint64 id);
// Moves a date to another day (`date.year`, `date.month`, `date.day`), keeping its id and UID.
Status setDay(const QSqlDatabase &db, const ImportantDate &date);
Result<ImportantDate> get(const QSqlDatabase &db, qint64 id);
// One contact's dates, or every active contact's (contactId 0), by month and day.
Result<QList<ImportantDate>> list(const QSqlDatabase &db, qint64 contactId = 0);
// Every contact's dates, archived ones' too (what an export writes).
Result<QList<ImportantDate>> listAll(const QSqlDatabase &db);

} // namespace tend::datestore
