#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The tables of the JSON export that are written row by row, column by column: the mentorship
// practice (asks, introductions, advice and their steps) and important dates. Each row is an
// object keyed by column; the row's own id is not written, its position in the list ("ref", from 1)
// names it instead, and a column that points at another row names that row the way the document
// does: a contact by UID, an interaction or a row of another of these tables by its ref.
//
// store/BackupTableQueries reads and writes them; exchange/JsonBackup checks their shape.
// tst_jsonbackup fails when a migration adds a column or a table that is neither here, nor in the
// document's other sections, nor named as left out.
namespace tend::exchange {

enum class BackupValue {
    Text,        // a JSON string
    Integer,     // a JSON whole number
    Contact,     // a contact's UID
    Interaction, // the ref of an interaction of the document
    Row,         // the ref of a row of `BackupColumn::table`, an earlier table of backupTables()
};

struct BackupColumn
{
    QString column; // in the database
    BackupValue value = BackupValue::Text;
    QString table;  // for Row

    // In the document: the column's name, without "_id" when it names another row.
    QString key() const;
};

struct BackupTable
{
    QString table;   // in the database
    QString section; // in the document
    QList<BackupColumn> columns;
    // The columns that say a row is already in the notebook, so an export read twice adds nothing.
    QStringList identity;
    // Columns deliberately not exported (sync state of this machine with its server).
    QStringList leftOut;
};

// Parents before the tables whose rows point at them.
const QList<BackupTable> &backupTables();

} // namespace tend::exchange
