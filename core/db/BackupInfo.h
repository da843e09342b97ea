#pragma once

#include <QDateTime>
#include <QString>

namespace tend {

// One copy of the database in its backups folder. The kind and the time are read from the file
// name, "<database name>-<yyyyMMdd-HHmmss>-<kind>.db" (local time), so listing needs no opening.
struct BackupInfo
{
    enum class Kind {
        Daily,            // the automatic copy taken on the first start of a day; rotated
        Manual,           // `tend backup` / File > Back Up Now; never deleted by Tend
        BeforeMigration,  // taken before a schema upgrade
        BeforeRestore,    // the database a restore replaced
        BeforeBulkChange, // taken before a demo generation or an import
    };

    QString path;
    QDateTime takenAt;
    Kind kind = Kind::Daily;
    qint64 size = 0;
};

} // namespace tend
