#pragma once

#include "model/Reminder.h"
#include "util/Result.h"

#include <QSqlDatabase>

// What the mentorship practice makes due, read from the states of asks, introductions, advice and
// planned meetings (the rules are practice/AskRules and practice/IntroductionFlow): ask deadlines,
// answers owed, introductions to chase or to follow up, thank-yous to send and meetings ahead
// without an agenda. Archived contacts are left out, as in `tend due`.
namespace tend::practice {

// Items due on or before `until`, each with its overdue days counted from `today`. A meeting
// without an agenda is due the day before it.
Result<QList<DueItem>> dueItems(const QSqlDatabase &db, QDate today, QDate until, int chaseDays);

} // namespace tend::practice
