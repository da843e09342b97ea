#include "sync/engine/SyncRunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSyncEngine, "tend.sync.engine")

namespace tend::sync {
namespace {

struct SyncRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::SyncRunner)
};

// Errors about one resource (it could not be parsed) skip that resource; any other remote error
// (unreachable, refused, a server failure) stops the run.
bool concernsOneItem(const Error &error)
{
    return error.code == Error::Code::Invalid;
}

} // namespace

qsizetype SyncReport::count(Decision::Kind kind) const
{
    return std::count_if(changes.cbegin(), changes.cend(), [kind](const Change &change) { return change.kind == kind; });
}

SyncRunner::SyncRunner(LocalStore &local, RemoteStore &remote, StatusStore &status, const ItemCodec &codec)
    : m_local(local), m_remote(remote), m_status(status), m_codec(codec)
{
}

bool SyncRunner::stop(SyncReport &report, const Error &error)
{
    qCInfo(lcSyncEngine) << "sync stopped:" << error.message;
    report.error = error;
    return false;
}

void SyncRunner::problem(SyncReport &report, const QString &uid, const QString &href, const QString &message)
{
    qCDebug(lcSyncEngine) << "skipped" << uid << href << message;
    report.problems.append({uid, href, message});
}

void SyncRunner::done(SyncReport &report, const QString &uid, Decision::Kind kind)
{
    report.changes.append({uid, kind});
}

bool SyncRunner::load(SyncReport &report, bool withRemote)
{
    m_statusByUid.clear();
    m_localByUid.clear();
    m_remoteByUid.clear();
    m_snapshot = {};

    Result<QList<StatusRecord>> records = m_status.records();
    if (!records)
        return stop(report, records.error());
    for (const StatusRecord &record : std::as_const(*records))
        m_statusByUid.insert(record.uid, record);

    if (withRemote) {
        Result<CollectionState> state = m_status.collectionState();
        if (!state)
            return stop(report, state.error());
        Result<RemoteSnapshot> snapshot = m_remote.snapshot(*records, *state);
        if (!snapshot)
            return stop(report, snapshot.error());
        m_snapshot = std::move(*snapshot);
        for (const RemoteItem &item : std::as_const(m_snapshot.items))
            m_remoteByUid.insert(item.uid, item);
    }

    Result<QList<LocalItem>> items = m_local.items();
    if (!items)
        return stop(report, items.error());
    for (const LocalItem &item : std::as_const(*items))
        m_localByUid.insert(item.uid, item);
    return true;
}

SyncReport SyncRunner::run(const SyncOptions &options)
{
    SyncReport report;
    report.dryRun = options.dryRun;
    if (!load(report, true))
        return report;

    // A resource that could not be read is not a delete: its item sits this run out.
    QHash<QString, QString> uidByHref;
    for (const StatusRecord &record : std::as_const(m_statusByUid))
        uidByHref.insert(record.href, record.uid);
    QSet<QString> unreadable;
    for (const SkippedResource &skipped : std::as_const(m_snapshot.skipped)) {
        const QString uid = uidByHref.value(skipped.href);
        problem(report, uid, skipped.href, skipped.reason);
        if (!uid.isEmpty())
            unreadable.insert(uid);
    }

    const SyncPlan plan = planSync(m_statusByUid.values(), m_localByUid.values(), m_snapshot.items);
    for (const Decision &decision : plan.decisions) {
        if (unreadable.contains(decision.uid))
            continue;
        if (options.cancelled && options.cancelled())
            return stop(report, Error::cancelled(SyncRunnerText::tr("Sync stopped; what was done so far is kept, and the next sync goes on from there."))), report;
        if (options.dryRun) {
            if (decision.kind == Decision::Kind::Conflict)
                report.conflicts.append(decision);
            else if (decision.kind == Decision::Kind::Skip)
                problem(report, decision.uid, m_remoteByUid.value(decision.uid).href, decision.note);
            else if (decision.changesSomething())
                done(report, decision.uid, decision.kind);
            continue;
        }
        if (!apply(decision, 0, report))
            return report;
    }

    if (options.dryRun || !report.problems.isEmpty() || !report.conflicts.isEmpty())
        return report;
    if (Status saved = m_status.setCollectionState(m_snapshot.state); !saved)
        return stop(report, saved.error()), report;
    report.complete = true;
    return report;
}

SyncReport SyncRunner::resolve(const Decision &conflict, const FieldMap &chosen)
{
    const QString &uid = conflict.uid;
    SyncReport report;
    if (!load(report, false))
        return report;
    if (!m_localByUid.contains(uid)) {
        stop(report, Error::notFound(SyncRunnerText::tr("The item is no longer in Tend; sync again to see what is left.")));
        return report;
    }
    const QString href = !conflict.href.isEmpty() ? conflict.href
                         : m_statusByUid.contains(uid) ? m_statusByUid.value(uid).href
                                                       : m_remote.hrefFor(uid);
    Result<std::optional<RemoteItem>> fetched = m_remote.fetch(href);
    if (!fetched) {
        if (concernsOneItem(fetched.error()))
            problem(report, uid, href, fetched.error().message);
        else
            stop(report, fetched.error());
        return report;
    }
    if (!fetched->has_value() || (*fetched)->uid != uid) {
        stop(report, Error::notFound(SyncRunnerText::tr("The item is no longer on the server; sync again to see what is left.")));
        return report;
    }
    m_remoteByUid.insert(uid, **fetched);

    Decision decision;
    decision.uid = uid;
    if (withoutEmptyFields(chosen) == withoutEmptyFields((*fetched)->fields)) {
        decision.kind = Decision::Kind::UpdateLocal;
    } else {
        decision.kind = Decision::Kind::Merge;
        decision.merged = chosen;
    }
    // A 412 means the server changed it again since the conflict was shown: decided afresh, which
    // reports it as a conflict again unless the new change settled it.
    apply(decision, 0, report);
    return report;
}

bool SyncRunner::recordStatus(const StatusRecord &record, SyncReport &report)
{
    if (Status saved = m_status.put(record); !saved)
        return stop(report, saved.error());
    m_statusByUid.insert(record.uid, record);
    return true;
}

bool SyncRunner::forgetStatus(const QString &uid, SyncReport &report)
{
    if (Status removed = m_status.remove(uid); !removed)
        return stop(report, removed.error());
    m_statusByUid.remove(uid);
    return true;
}

bool SyncRunner::decideAgain(const QString &uid, const QString &href, int attempt, SyncReport &report)
{
    if (attempt > 0) {
        problem(report, uid, href, SyncRunnerText::tr("It changed on the server again while Tend was syncing it; the next sync takes it up."));
        return true;
    }
    Result<std::optional<RemoteItem>> fetched = m_remote.fetch(href);
    if (!fetched) {
        if (!concernsOneItem(fetched.error()))
            return stop(report, fetched.error());
        problem(report, uid, href, fetched.error().message);
        return true;
    }
    if (fetched->has_value() && (*fetched)->uid != uid) {
        problem(report, uid, href, SyncRunnerText::tr("The server holds another item (UID %1) where this one was expected.").arg((*fetched)->uid));
        return true;
    }
    if (fetched->has_value())
        m_remoteByUid.insert(uid, **fetched);
    else
        m_remoteByUid.remove(uid);
    const auto status = m_statusByUid.constFind(uid);
    const auto local = m_localByUid.constFind(uid);
    const auto remote = m_remoteByUid.constFind(uid);
    const Decision again = decide(status == m_statusByUid.cend() ? nullptr : &*status,
                                  local == m_localByUid.cend() ? nullptr : &*local,
                                  remote == m_remoteByUid.cend() ? nullptr : &*remote);
    qCDebug(lcSyncEngine) << uid << "changed on the server meanwhile; now" << toKey(again.kind);
    return apply(again, attempt + 1, report);
}

bool SyncRunner::apply(const Decision &decision, int attempt, SyncReport &report)
{
    using Kind = Decision::Kind;
    const QString &uid = decision.uid;
    const StatusRecord *status = m_statusByUid.contains(uid) ? &m_statusByUid[uid] : nullptr;
    const LocalItem *local = m_localByUid.contains(uid) ? &m_localByUid[uid] : nullptr;
    const RemoteItem *remote = m_remoteByUid.contains(uid) ? &m_remoteByUid[uid] : nullptr;
    const StatusRecord previous = status ? *status : StatusRecord{};

    auto missing = [&](const char *what) {
        problem(report, uid, remote ? remote->href : QString(),
                SyncRunnerText::tr("Internal error: %1 was not at hand for \"%2\".").arg(QString::fromLatin1(what), toKey(decision.kind)));
        return true;
    };

    switch (decision.kind) {
    case Kind::Nothing:
        return true;
    case Kind::Conflict:
        report.conflicts.append(decision);
        return true;
    case Kind::Skip:
        problem(report, uid, remote ? remote->href : QString(), decision.note);
        return true;
    case Kind::Record:
        if (!local || !remote)
            return missing("both sides");
        if (!recordStatus({uid, local->hash, remote->href, remote->etag, remote->hash, local->fields}, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    case Kind::Forget:
        if (!forgetStatus(uid, report))
            return false;
        done(report, uid, decision.kind);
        return true;

    case Kind::UploadNew:
    case Kind::UpdateRemote: {
        if (!local)
            return missing("the item in Tend");
        if (decision.kind == Kind::UpdateRemote && !remote)
            return missing("the server's copy");
        const LocalItem item = *local;
        Result<QByteArray> content = m_local.content(uid);
        if (!content) {
            problem(report, uid, {}, content.error().message);
            return true;
        }
        Result<ParsedItem> parsed = m_codec.parse(*content);
        if (!parsed) {
            problem(report, uid, {}, SyncRunnerText::tr("Tend could not write this item for the server: %1").arg(parsed.error().message));
            return true;
        }
        const QString href = decision.kind == Kind::UploadNew ? m_remote.hrefFor(uid) : remote->href;
        Result<RemoteWrite> written = decision.kind == Kind::UploadNew ? m_remote.create(href, *content)
                                                                       : m_remote.update(href, remote->etag, *content);
        if (!written)
            return stop(report, written.error());
        if (written->preconditionFailed)
            return decideAgain(uid, href, attempt, report);
        if (!recordStatus({uid, item.hash, written->href, written->etag, parsed->hash, item.fields}, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    }

    case Kind::DownloadNew:
    case Kind::UpdateLocal: {
        if (!remote || !remote->fetched())
            return missing("the server's copy");
        const RemoteItem item = *remote;
        Result<QByteArray> hash = m_local.write(uid, item.content, item.fields);
        if (!hash) {
            problem(report, uid, item.href, hash.error().message);
            return true;
        }
        if (!recordStatus({uid, *hash, item.href, item.etag, item.hash, item.fields}, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    }

    case Kind::Merge: {
        if (!remote || !remote->fetched())
            return missing("the server's copy");
        const RemoteItem item = *remote;
        Result<QByteArray> content = m_codec.writeFields(item.content, decision.merged);
        Result<ParsedItem> parsed = content ? m_codec.parse(*content) : Result<ParsedItem>(content.error());
        if (!parsed) {
            problem(report, uid, item.href, SyncRunnerText::tr("Tend could not merge the two versions: %1").arg(parsed.error().message));
            return true;
        }
        // The server first: a 412 there leaves Tend's copy untouched.
        Result<RemoteWrite> written = m_remote.update(item.href, item.etag, *content);
        if (!written)
            return stop(report, written.error());
        if (written->preconditionFailed)
            return decideAgain(uid, item.href, attempt, report);
        Result<QByteArray> hash = m_local.write(uid, *content, parsed->fields);
        if (!hash) {
            // The server has the merge; the status still says both sides changed, so the next run
            // finds the server's copy holding every local change and takes it.
            problem(report, uid, item.href, hash.error().message);
            return true;
        }
        if (!recordStatus({uid, *hash, item.href, written->etag, parsed->hash, parsed->fields}, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    }

    case Kind::DeleteLocal: {
        if (Status removed = m_local.remove(uid); !removed) {
            problem(report, uid, previous.href, removed.error().message);
            return true;
        }
        if (!forgetStatus(uid, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    }

    case Kind::DeleteRemote: {
        if (!status)
            return missing("the status record");
        const QString href = remote ? remote->href : previous.href;
        const QString etag = remote ? remote->etag : previous.etag;
        Result<RemoteWrite> removed = m_remote.remove(href, etag);
        if (!removed)
            return stop(report, removed.error());
        if (removed->preconditionFailed)
            return decideAgain(uid, href, attempt, report);
        if (!forgetStatus(uid, report))
            return false;
        done(report, uid, decision.kind);
        return true;
    }
    }
    return true;
}

} // namespace tend::sync
