#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Columns Tend derives in C++ because SQL cannot compute them: contact.name_key (model/TextKey) and
// the keep-in-touch schedule (store/NudgeSchedule). A migration that changes what they depend on,
// or adds one, is listed in MigrationSteps.cpp; after the last migration of an upgrade the runner
// then recomputes them all, with today's code on today's schema, inside that migration's
// transaction. (Running them per version instead would run today's code on an older schema.)
bool migrationRefreshesDerivedData(int version);
Status refreshDerivedData(const QSqlDatabase &db);

} // namespace tend
