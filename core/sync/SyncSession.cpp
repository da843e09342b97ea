#include "sync/SyncSession.h"

#include "Notebook.h"
#include "sync/codec/TodoCodec.h"
#include "sync/codec/VCardCodec.h"
#include "sync/dav/DavRemoteStore.h"
#include "sync/dav/Discovery.h"
#include "sync/local/ContactLocalStore.h"
#include "sync/local/NotebookStatusStore.h"
#include "sync/local/ReminderLocalStore.h"

#include <QCoreApplication>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace tend::sync {
namespace {

struct SyncSessionText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::SyncSession)
};

const QString defaultName = u"Tend"_s;

Result<std::pair<dav::CollectionInfo, bool>> chosenOrCreated(dav::Discovery &discovery, const QList<dav::CollectionInfo> &candidates,
                                                             const QList<QUrl> &homes, const QString &requested, bool tasks)
{
    auto chosen = dav::chooseCollection(candidates, requested);
    if (!chosen)
        return chosen.error();
    if (*chosen)
        return std::pair{**chosen, false};
    if (homes.isEmpty()) {
        return Error{Error::Code::Network, tasks ? SyncSessionText::tr("The server has no calendar home for this user, so Tend cannot make a task list.")
                                                 : SyncSessionText::tr("The server has no address book home for this user, so Tend cannot make an address book.")};
    }
    const QString name = requested.isEmpty() ? defaultName : requested;
    auto created = tasks ? discovery.createTaskList(homes.constFirst(), name) : discovery.createAddressBook(homes.constFirst(), name);
    if (!created)
        return created.error();
    return std::pair{*created, true};
}

SyncCollection collectionOf(SyncKind kind, const AccountSetup &setup, const dav::CollectionInfo &info)
{
    SyncCollection collection;
    collection.kind = kind;
    collection.serverUrl = setup.server;
    collection.userName = setup.userName;
    collection.url = info.url.toString();
    collection.displayName = info.name();
    return collection;
}

// The engine between the notebook's store for `collection` and the server, for one call of `use`.
template<typename Use>
SyncReport withRunner(Notebook &notebook, const QString &password, const SyncCollection &collection, Use use)
{
    dav::DavClient client({collection.userName, password});
    const QUrl url(collection.url);
    NotebookStatusStore status(notebook, collection.id);
    if (collection.kind == SyncKind::Contacts) {
        const VCardCodec codec;
        dav::DavRemoteStore remote(client, url, dav::xml::CollectionKind::AddressBook, codec);
        ContactLocalStore local(notebook);
        SyncRunner runner(local, remote, status, codec);
        return use(runner);
    }
    const TodoCodec codec(notebook.clock());
    dav::DavRemoteStore remote(client, url, dav::xml::CollectionKind::Calendar, codec);
    ReminderLocalStore local(notebook);
    SyncRunner runner(local, remote, status, codec);
    return use(runner);
}

} // namespace

Result<SetupOutcome> setUpAccount(Notebook &notebook, const AccountSetup &setup)
{
    dav::DavClient client({setup.userName, setup.password});
    dav::Discovery discovery(client);
    auto account = discovery.discover(setup.server);
    if (!account)
        return account.error();
    auto book = chosenOrCreated(discovery, account->addressBooks, account->addressBookHomes, setup.addressBook, false);
    if (!book)
        return book.error();
    auto tasks = chosenOrCreated(discovery, account->taskLists(), account->calendarHomes, setup.taskList, true);
    if (!tasks)
        return tasks.error();

    SetupOutcome outcome;
    outcome.contacts = collectionOf(SyncKind::Contacts, setup, book->first);
    outcome.reminders = collectionOf(SyncKind::Reminders, setup, tasks->first);
    outcome.createdAddressBook = book->second;
    outcome.createdTaskList = tasks->second;
    for (SyncCollection *collection : {&outcome.contacts, &outcome.reminders}) {
        auto id = notebook.saveSyncCollection(*collection);
        if (!id)
            return id.error();
        collection->id = *id;
    }
    return outcome;
}

Result<QList<CollectionRun>> syncNotebook(Notebook &notebook, const QString &password, const SyncOptions &options)
{
    auto collections = notebook.syncCollections();
    if (!collections)
        return collections.error();
    if (collections->isEmpty())
        return Error::notFound(SyncSessionText::tr("Sync is not set up: run `tend sync setup URL --user USER` first."));

    // Thousands of small commits on a first sync: each need not wait for the disk (see
    // Database::setCommitsWaitForDisk); the notebook's other writes still do.
    if (Status relaxed = notebook.setCommitsWaitForDisk(false); !relaxed)
        return relaxed.error();
    // Setting a pragma back fails only on a connection that is failing anyway.
    const auto restore = qScopeGuard([&notebook] { static_cast<void>(notebook.setCommitsWaitForDisk(true)); });
    QList<CollectionRun> runs;
    for (const SyncCollection &collection : std::as_const(*collections)) {
        CollectionRun run{collection, withRunner(notebook, password, collection, [&](SyncRunner &runner) {
                              return runner.run(options);
                          })};
        if (!options.dryRun) {
            const QString outcome = run.report.complete ? QString() : describeRun(run.report);
            if (Status recorded = notebook.recordSyncRun(collection.id, outcome); !recorded)
                return recorded.error();
        }
        runs.append(run);
        if (run.report.error && run.report.error->code == Error::Code::Unauthorized)
            break; // the same password would be refused again
    }
    return runs;
}

SyncReport resolveConflict(Notebook &notebook, const QString &password, const SyncCollection &collection,
                           const Decision &conflict, const FieldMap &chosen)
{
    return withRunner(notebook, password, collection, [&](SyncRunner &runner) { return runner.resolve(conflict, chosen); });
}

QString describeRun(const SyncReport &report)
{
    using Kind = Decision::Kind;
    const qsizetype sent = report.count(Kind::UploadNew) + report.count(Kind::UpdateRemote) + report.count(Kind::DeleteRemote);
    const qsizetype received = report.count(Kind::DownloadNew) + report.count(Kind::UpdateLocal) + report.count(Kind::DeleteLocal);
    QStringList parts{SyncSessionText::tr("sent %n", nullptr, int(sent)), SyncSessionText::tr("received %n", nullptr, int(received))};
    if (const qsizetype merged = report.count(Kind::Merge))
        parts.append(SyncSessionText::tr("merged %n", nullptr, int(merged)));
    if (!report.conflicts.isEmpty())
        parts.append(SyncSessionText::tr("%n conflict(s) to resolve", nullptr, int(report.conflicts.size())));
    if (!report.problems.isEmpty())
        parts.append(SyncSessionText::tr("%n item(s) skipped", nullptr, int(report.problems.size())));
    QString text = parts.join(u", "_s);
    if (report.error)
        text = SyncSessionText::tr("%1; stopped: %2").arg(text, report.error->message);
    return text;
}

} // namespace tend::sync
