#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

// Parsers for what people type: the CLI's arguments and the dialogs' fields. Each names the
// problem in its error (`what` is the field: "--date", "snooze days"...).
namespace tend::parse {

// YYYY-MM-DD only, a real calendar day (2026-02-29 is rejected).
Result<QDate> day(const QString &text, const QString &what);

// A whole number of days in [minimum, limits::maxDays]; "14", "14d", "2w" (weeks) are accepted.
Result<int> days(const QString &text, const QString &what, int minimum = 1);

} // namespace tend::parse
