#pragma once

#include "sync/engine/SyncDecision.h"
#include "util/Error.h"

#include <QList>

#include <optional>

namespace tend::sync {

// An item left as it was this time, and why.
struct SyncProblem
{
    QString uid;  // empty when only the href is known
    QString href; // empty for an item only Tend has
    QString message;
};

// What one run did (or, for a dry run, would do).
struct SyncReport
{
    struct Change
    {
        QString uid;
        Decision::Kind kind = Decision::Kind::Nothing;
    };

    bool dryRun = false;
    QList<Change> changes;        // in the order they were applied; each one is recorded in the status
    QList<Decision> conflicts;    // both sides changed the same field: for the user to choose
    QList<SyncProblem> problems;  // items skipped this time
    std::optional<Error> error;   // the run stopped here; the changes before it stand
    // Every change was applied and the collection's sync-token recorded, so the next run only asks the
    // server for what changed after this one. False while conflicts or problems remain.
    bool complete = false;

    qsizetype count(Decision::Kind kind) const;
};

} // namespace tend::sync
