#pragma once

#include "model/Reminder.h"
#include "model/Reports.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace tend::reports {

// Active contacts whose keep-in-touch day (store/NudgeSchedule) falls by today + withinDays, except
// those who already have an open follow-up in that window. Earliest due first, ties by id: the
// order of ContactQuery::Sort::LosingTouch.
// Each is overdue at `overdueFactor` × its cadence (rules::overdueOn).
// At most `limit` (all for -1), the earliest.
Result<QList<DueItem>> keepInTouchNudges(const QSqlDatabase &db, QDate today, int withinDays, double overdueFactor,
                                         int limit = -1);

// Everyone you had interactions with in [today - days, today], with give and receive counts,
// most recent give first (people you only received from come last, most recent first).
Result<QList<HelpedEntry>> helped(const QSqlDatabase &db, QDate today, int days);

// Active and total contacts per role, and the last Insights::monthCount months of interactions by
// role and by direction (see Insights for the rules). Three queries, whatever the size.
Result<Insights> insights(const QSqlDatabase &db, QDate today);

} // namespace tend::reports
