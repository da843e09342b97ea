#pragma once

#include <QString>
#include <QStringList>

namespace tend {

// Splits a .sql file into single statements for Qt Sql, which runs one statement per exec.
// Understands quotes ('', "", ``, []), -- and /* */ comments, and CREATE TRIGGER ... BEGIN ... END
// bodies (including CASE ... END inside them). Comments are dropped; empty statements are skipped.
QStringList splitSqlScript(const QString &script);

} // namespace tend
