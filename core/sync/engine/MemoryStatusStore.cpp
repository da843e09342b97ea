#include "sync/engine/MemoryStatusStore.h"

namespace tend::sync {

Result<QList<StatusRecord>> MemoryStatusStore::records()
{
    return m_records.values();
}

Status MemoryStatusStore::put(const StatusRecord &record)
{
    m_records.insert(record.uid, record);
    return {};
}

Status MemoryStatusStore::remove(const QString &uid)
{
    m_records.remove(uid);
    return {};
}

Result<CollectionState> MemoryStatusStore::collectionState()
{
    return m_state;
}

Status MemoryStatusStore::setCollectionState(const CollectionState &state)
{
    m_state = state;
    return {};
}

} // namespace tend::sync
