#include "sync/local/NotebookStatusStore.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::sync {
namespace {

struct NotebookStatusStoreText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::NotebookStatusStore)
};

} // namespace

Result<QList<StatusRecord>> NotebookStatusStore::records()
{
    auto rows = m_notebook.syncStatus(m_collectionId);
    if (!rows)
        return rows.error();
    QList<StatusRecord> records;
    records.reserve(rows->size());
    for (const SyncStatusRow &row : *rows)
        records.append({row.uid, row.localHash, row.href, row.etag, row.remoteHash, row.baseFields});
    return records;
}

Status NotebookStatusStore::put(const StatusRecord &record)
{
    return m_notebook.putSyncStatus(m_collectionId,
                                    {record.uid, record.localHash, record.href, record.etag, record.remoteHash, record.base});
}

Status NotebookStatusStore::remove(const QString &uid)
{
    return m_notebook.removeSyncStatus(m_collectionId, uid);
}

Result<CollectionState> NotebookStatusStore::collectionState()
{
    auto collections = m_notebook.syncCollections();
    if (!collections)
        return collections.error();
    for (const SyncCollection &collection : *collections) {
        if (collection.id == m_collectionId)
            return CollectionState{collection.syncToken, collection.ctag};
    }
    return Error::notFound(NotebookStatusStoreText::tr("The synced collection is no longer set up; run the sync setup again."));
}

Status NotebookStatusStore::setCollectionState(const CollectionState &state)
{
    return m_notebook.setSyncCollectionState(m_collectionId, state.syncToken, state.ctag);
}

} // namespace tend::sync
