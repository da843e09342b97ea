#pragma once

#include "sync/engine/StatusStore.h"

namespace tend {
class Notebook;
}

namespace tend::sync {

// The status table of one collection, kept in the notebook (sync_status, migration 0008). Each
// write is its own statement, so a run stopped at any point keeps every record written before.
class NotebookStatusStore final : public StatusStore
{
public:
    NotebookStatusStore(Notebook &notebook, qint64 collectionId) : m_notebook(notebook), m_collectionId(collectionId) {}

    Result<QList<StatusRecord>> records() override;
    Status put(const StatusRecord &record) override;
    Status remove(const QString &uid) override;
    Result<CollectionState> collectionState() override;
    Status setCollectionState(const CollectionState &state) override;

private:
    Notebook &m_notebook;
    qint64 m_collectionId;
};

} // namespace tend::sync
