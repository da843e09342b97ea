#pragma once

#include "sync/engine/SyncTypes.h"
#include "util/Result.h"

#include <QList>

namespace tend::sync {

// The status table of one synced collection: what both sides looked like at the last sync, item by
// item, and the collection's sync-token. Each write stands alone (a run that stops half-way keeps
// every record it wrote), so the next run converges. docs/sync.md proposes the SQLite table.
class StatusStore
{
public:
    virtual ~StatusStore() = default;

    virtual Result<QList<StatusRecord>> records() = 0;
    virtual Status put(const StatusRecord &record) = 0;
    virtual Status remove(const QString &uid) = 0;

    virtual Result<CollectionState> collectionState() = 0;
    virtual Status setCollectionState(const CollectionState &state) = 0;
};

} // namespace tend::sync
