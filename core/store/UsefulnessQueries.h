#pragma once

#include "model/Usefulness.h"
#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace tend::reports {

// For each role (in allRoles() order), its active contact with the best-rated interactions dated
// in [today - MostUseful::days, today]; roles with no rated interaction are left out.
Result<QList<MostUseful>> mostUseful(const QSqlDatabase &db, QDate today);

} // namespace tend::reports
