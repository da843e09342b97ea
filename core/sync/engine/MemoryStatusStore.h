#pragma once

#include "sync/engine/StatusStore.h"

#include <QMap>

namespace tend::sync {

// A status table in memory: for dry runs and tests. The SQLite one lives beside the notebook.
class MemoryStatusStore final : public StatusStore
{
public:
    Result<QList<StatusRecord>> records() override;
    Status put(const StatusRecord &record) override;
    Status remove(const QString &uid) override;
    Result<CollectionState> collectionState() override;
    Status setCollectionState(const CollectionState &state) override;

    const QMap<QString, StatusRecord> &byUid() const { return m_records; }

private:
    QMap<QString, StatusRecord> m_records;
    CollectionState m_state;
};

} // namespace tend::sync
