#pragma once

#include "BulkWriter.h"
#include "util/Result.h"

#include <QDate>

#include <functional>

namespace tend {

class Notebook;

struct DemoOptions
{
    int contacts = 150;
    int interactions = 2500;
    quint32 seed = 1;
    QDate today; // history ends here; the notebook's today when null
};

struct DemoSummary
{
    int contacts = 0;
    int interactions = 0;
    int reminders = 0;
};

// Fills `notebook` with a realistic synthetic network: every role, years of history, gave /
// received / mutual, open, done and snoozed reminders, a few due today and overdue, following the
// notebook's own follow-up delays and cadences. One bulk write (Notebook::writeInBulk): on error or
// cancel nothing is added. `progress(done, total)` may return false to cancel.
Result<DemoSummary> generateDemo(Notebook &notebook, const DemoOptions &options, const ProgressFunction &progress = {});

} // namespace tend
