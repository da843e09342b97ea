#pragma once

#include "model/Snapshots.h"
#include "util/Result.h"

#include <QSqlDatabase>

// The rows a delete takes with it, found from the schema itself (every foreign key, as SQLite's
// pragma_foreign_key_list gives it), so that a table added later is in the undo without anyone
// remembering to add it. Callers wrap both in a Transaction.
namespace tend::cascade {

// A row to be deleted: `keyColumn` of `table` is one of `values`.
struct Root
{
    QString table;
    QString keyColumn;
    QVariantList values;
};

// Every column of the roots and of every row ON DELETE CASCADE would remove with them, parents
// before children, and each reference ON DELETE SET NULL would clear. Reads only: take it before
// deleting.
Result<CascadeRows> capture(const QSqlDatabase &db, const QList<Root> &roots);

// Writes the copy back as it was, ids included, parents first (so triggers see what they read),
// then the cleared references. A row whose key was taken since is a Conflict.
Status restore(const QSqlDatabase &db, const CascadeRows &copy);

// The tables, by name, that have a foreign key to `table` (the test's guard against a table the
// undo would miss).
Result<QStringList> tablesReferencing(const QSqlDatabase &db, const QString &table);

} // namespace tend::cascade
