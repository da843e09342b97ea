#pragma once

#include "sync/engine/ItemCodec.h"
#include "sync/engine/LocalStore.h"
#include "sync/engine/RemoteStore.h"
#include "sync/engine/StatusStore.h"
#include "sync/engine/SyncReport.h"

#include <QHash>

#include <functional>

namespace tend::sync {

struct SyncOptions
{
    bool dryRun = false; // plan only: nothing changes on either side or in the status
    // Asked between items: true stops the run there (closing the window), as a server gone would.
    std::function<bool()> cancelled;
};

// Carries out the sync decision for one collection: takes both sides' state, plans with planSync,
// applies each decision and records it in the status table straight after, so a run stopped at any
// point (server gone, process killed) leaves a status the next run converges from, with no duplicate
// and no lost edit. A 412 on a write means the server changed under us: the resource is fetched
// again and decided again, once.
class SyncRunner final
{
    Q_DISABLE_COPY_MOVE(SyncRunner)
public:
    SyncRunner(LocalStore &local, RemoteStore &remote, StatusStore &status, const ItemCodec &codec);

    SyncReport run(const SyncOptions &options = {});

    // The user's choice for a conflict a run reported: `chosen` goes to both sides, as a merge would.
    // If the server changed the item again since, it is reported as a conflict again.
    SyncReport resolve(const Decision &conflict, const FieldMap &chosen);

private:
    bool load(SyncReport &report, bool withRemote);
    // False when the run has to stop (report.error is set).
    bool apply(const Decision &decision, int attempt, SyncReport &report);
    bool decideAgain(const QString &uid, const QString &href, int attempt, SyncReport &report);
    bool recordStatus(const StatusRecord &record, SyncReport &report);
    bool forgetStatus(const QString &uid, SyncReport &report);
    void problem(SyncReport &report, const QString &uid, const QString &href, const QString &message);
    void done(SyncReport &report, const QString &uid, Decision::Kind kind);
    bool stop(SyncReport &report, const Error &error);

    LocalStore &m_local;
    RemoteStore &m_remote;
    StatusStore &m_status;
    const ItemCodec &m_codec;

    // The state of the run in progress.
    QHash<QString, StatusRecord> m_statusByUid;
    QHash<QString, LocalItem> m_localByUid;
    QHash<QString, RemoteItem> m_remoteByUid;
    RemoteSnapshot m_snapshot;
};

} // namespace tend::sync
