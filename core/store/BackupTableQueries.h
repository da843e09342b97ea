#pragma once

#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The rows of exchange::backupTables() to and from the JSON export's sections.
namespace tend::exchange {

// Every row of each table, oldest first, one array per section. `contactUids` and
// `interactionRefs` (from 1) name the rows those columns point at.
Result<QJsonObject> readBackupTables(const QSqlDatabase &db, const QHash<qint64, QString> &contactUids,
                                     const QHash<qint64, int> &interactionRefs);

// Writes the sections (checked by readBackupJson) into the notebook; the caller owns the transaction.
// A row whose identity columns match a row already here is not written again. Returns how many rows
// were added. An error names the section and the row: "asks[2]: …".
Result<int> writeBackupTables(const QSqlDatabase &db, const QJsonObject &sections,
                              const QHash<QString, qint64> &contactIds, const QList<qint64> &interactionIds);

} // namespace tend::exchange
