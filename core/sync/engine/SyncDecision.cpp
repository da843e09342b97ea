#include "sync/engine/SyncDecision.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::sync {
namespace {

Decision make(Decision::Kind kind, const QString &uid)
{
    Decision decision;
    decision.kind = kind;
    decision.uid = uid;
    return decision;
}

// Both sides hold the item and both may have changed it since `base`.
Decision reconcile(const FieldMap &base, const LocalItem &local, const RemoteItem &remote)
{
    MergeResult merge = mergeFields(base, local.fields, remote.fields);
    if (!merge.clean()) {
        Decision decision = make(Decision::Kind::Conflict, local.uid);
        decision.conflicts = merge.conflicts;
        decision.merged = merge.merged;
        return decision;
    }
    // The server's copy already says everything the merge says: take it, with whatever else it holds.
    if (merge.merged == withoutEmptyFields(remote.fields))
        return make(Decision::Kind::UpdateLocal, local.uid);
    Decision decision = make(Decision::Kind::Merge, local.uid);
    decision.merged = merge.merged;
    return decision;
}

template<typename Item>
QHash<QString, const Item *> byUid(const QList<Item> &items, QSet<QString> &duplicates)
{
    QHash<QString, const Item *> map;
    map.reserve(items.size());
    for (const Item &item : items) {
        if (map.contains(item.uid))
            duplicates.insert(item.uid);
        map.insert(item.uid, &item);
    }
    return map;
}

struct SyncDecisionText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::SyncDecision)
};

Decision decideFor(const StatusRecord *status, const LocalItem *local, const RemoteItem *remote)
{
    const QString uid = local ? local->uid : remote ? remote->uid : status ? status->uid : QString();
    using Kind = Decision::Kind;

    if (!status) {
        if (local && remote)
            return reconcile({}, *local, *remote);
        if (local)
            return make(Kind::UploadNew, uid);
        if (remote)
            return make(Kind::DownloadNew, uid);
        return make(Kind::Nothing, uid);
    }

    const bool localChanged = local && local->hash != status->localHash;
    const bool remoteChanged = remote && remote->hash != status->remoteHash;

    if (!local && !remote)
        return make(Kind::Forget, uid);
    if (!local) // deleted here; an edit on the server since wins over the delete
        return make(remoteChanged ? Kind::DownloadNew : Kind::DeleteRemote, uid);
    if (!remote) // deleted on the server; an edit here since wins over the delete
        return make(localChanged ? Kind::UploadNew : Kind::DeleteLocal, uid);

    if (localChanged && remoteChanged)
        return reconcile(status->base, *local, *remote);
    if (localChanged)
        return make(Kind::UpdateRemote, uid);
    if (remoteChanged)
        return make(Kind::UpdateLocal, uid);
    const bool moved = remote->etag != status->etag || remote->href != status->href;
    return make(moved ? Kind::Record : Kind::Nothing, uid);
}

} // namespace

QString toKey(Decision::Kind kind)
{
    switch (kind) {
    case Decision::Kind::Nothing: return u"nothing"_s;
    case Decision::Kind::Record: return u"record"_s;
    case Decision::Kind::Forget: return u"forget"_s;
    case Decision::Kind::UploadNew: return u"upload-new"_s;
    case Decision::Kind::DownloadNew: return u"download-new"_s;
    case Decision::Kind::UpdateLocal: return u"update-local"_s;
    case Decision::Kind::UpdateRemote: return u"update-remote"_s;
    case Decision::Kind::Merge: return u"merge"_s;
    case Decision::Kind::DeleteLocal: return u"delete-local"_s;
    case Decision::Kind::DeleteRemote: return u"delete-remote"_s;
    case Decision::Kind::Conflict: return u"conflict"_s;
    case Decision::Kind::Skip: return u"skip"_s;
    }
    return {};
}

Decision decide(const StatusRecord *status, const LocalItem *local, const RemoteItem *remote)
{
    Decision decision = decideFor(status, local, remote);
    decision.href = remote ? remote->href : status ? status->href : QString();
    return decision;
}

qsizetype SyncPlan::count(Decision::Kind kind) const
{
    return std::count_if(decisions.cbegin(), decisions.cend(),
                         [kind](const Decision &decision) { return decision.kind == kind; });
}

SyncPlan planSync(const QList<StatusRecord> &status, const QList<LocalItem> &local, const QList<RemoteItem> &remote)
{
    QSet<QString> ignoredDuplicates;
    QSet<QString> localDuplicates;
    QSet<QString> remoteDuplicates;
    const auto statusByUid = byUid(status, ignoredDuplicates);
    const auto localByUid = byUid(local, localDuplicates);
    const auto remoteByUid = byUid(remote, remoteDuplicates);

    QStringList uids = statusByUid.keys() + localByUid.keys() + remoteByUid.keys();
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());

    SyncPlan plan;
    plan.decisions.reserve(uids.size());
    for (const QString &uid : std::as_const(uids)) {
        if (remoteDuplicates.contains(uid) || localDuplicates.contains(uid)) {
            Decision skip = make(Decision::Kind::Skip, uid);
            skip.href = remoteByUid.contains(uid) ? remoteByUid.value(uid)->href : QString();
            skip.note = remoteDuplicates.contains(uid)
                ? SyncDecisionText::tr("Several resources on the server carry this UID; remove the extra copies there.")
                : SyncDecisionText::tr("Several items in Tend carry this UID.");
            plan.decisions.append(skip);
            continue;
        }
        plan.decisions.append(decide(statusByUid.value(uid), localByUid.value(uid), remoteByUid.value(uid)));
    }
    return plan;
}

} // namespace tend::sync
