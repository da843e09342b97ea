// tend_sync_bench: a whole sync of a large address book against Radicale on this machine, through
// the engine and the real transport, twice: first with the tests' stand-in vCard mapping and Tend's
// side in memory (the protocol and the decision alone), then as `tend sync` does it, into a real
// notebook through its own stores (VCardCodec, ContactLocalStore, the status table in SQLite).
// Usage: tend_sync_bench [CARDS] [MULTIGET_BATCH] [UPLOADS]   (default 5000 250 200)
// TEND_RADICALE_TMP=/some/folder puts Radicale's storage there instead of /dev/shm.

#include "MemoryStores.h"
#include "RadicaleServer.h"
#include "TestFormats.h"

#include "Notebook.h"
#include "sync/codec/VCardCodec.h"
#include "sync/dav/DavRemoteStore.h"
#include "sync/local/ContactLocalStore.h"
#include "sync/local/NotebookStatusStore.h"
#include "sync/dav/Discovery.h"
#include "sync/engine/SyncRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tend::sync;
using namespace tend::sync::dav;
using namespace tend::sync::test;

namespace {

const RadicaleServer::Account account{u"bench"_s, u"bench-secret"_s};

struct Device
{
    Device(const QUrl &book, const TestVCardCodec &codec)
        : local(codec), remote(client, book, xml::CollectionKind::AddressBook, codec), codec(codec)
    {
    }
    DavClient client{{account.user, account.password}};
    MemoryLocalStore local;
    MemoryStatusStore status;
    DavRemoteStore remote;
    const TestVCardCodec &codec;
};

// Thrown to leave main() with every destructor run: the server stops and its folder goes.
struct Failure
{
    QString message;
};

[[noreturn]] void die(const QString &message)
{
    throw Failure{message};
}

QByteArray card(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-" + n + "\r\nFN:Person " + n + " Example\r\nN:Example;Person " + n
        + ";;;\r\nEMAIL;TYPE=INTERNET:person" + n + "@example.org\r\nTEL;TYPE=CELL:+44 20 7946 " + n
        + "\r\nORG:Analytical Engines\r\nNOTE:Met at the conference in " + QByteArray::number(2000 + i % 25)
        + "\\; follow up about the mentoring programme.\r\nX-PHONE-RINGTONE:marimba\r\nEND:VCARD\r\n";
}

// Seconds Radicale itself says it spent answering, from its log, since the last call.
double serverSeconds(const RadicaleServer &server)
{
    static qsizetype seen = 0;
    static const QRegularExpression answered(uR"(response status for '[^']*'(?: with depth '\d')? in ([0-9.]+) seconds)"_s);
    const QString log = server.log();
    double seconds = 0;
    auto matches = answered.globalMatch(log.mid(seen));
    while (matches.hasNext())
        seconds += matches.next().captured(1).toDouble();
    seen = log.size();
    return seconds;
}

const RadicaleServer *theServer = nullptr;

// Tend's side as `tend sync` has it: a notebook file, its contact store and its status table.
struct NotebookDevice
{
    NotebookDevice(const QUrl &book, tend::Notebook &notebook, qint64 collectionId)
        : local(notebook), status(notebook, collectionId), remote(client, book, xml::CollectionKind::AddressBook, codec)
    {
    }
    DavClient client{{account.user, account.password}};
    VCardCodec codec;
    ContactLocalStore local;
    NotebookStatusStore status;
    DavRemoteStore remote;
};

template<typename AnyDevice>
double timedSync(AnyDevice &device, const char *name, double targetMs, qsizetype expectedChanges)
{
    serverSeconds(*theServer);
    const int requestsBefore = device.client.requestsSent();
    QElapsedTimer timer;
    timer.start();
    SyncRunner runner(device.local, device.remote, device.status, device.codec);
    const SyncReport report = runner.run();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (report.error)
        die(QString::fromLatin1(name) + u": "_s + report.error->message);
    if (!report.complete || report.changes.size() != expectedChanges)
        die(QString::fromLatin1(name) + u": %1 changes, %2 problems"_s.arg(report.changes.size()).arg(report.problems.size()));
    const auto &stats = device.remote.lastSnapshot();
    std::printf("%-46s %9.1f ms  target %6.0f ms  %s  server %7.1f ms; %lld changes, %d requests, listed %lld, fetched %lld%s\n",
                name, ms, targetMs, targetMs <= 0 ? "    " : ms <= targetMs ? "ok  " : "SLOW", serverSeconds(*theServer) * 1000,
                qlonglong(report.changes.size()), device.client.requestsSent() - requestsBefore, qlonglong(stats.listed),
                qlonglong(stats.fetched), stats.unchanged ? ", token unchanged" : "");
    std::fflush(stdout);
    return ms;
}

} // namespace

int bench(int argc, char **argv);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    try {
        return bench(argc, argv);
    } catch (const Failure &failure) {
        std::fprintf(stderr, "tend_sync_bench: %s\n", qPrintable(failure.message));
        return 1;
    }
}

int bench(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(u"tend.sync.*.debug=false\ntend.sync.*.info=false"_s);
    const int cards = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int batch = argc > 2 ? std::atoi(argv[2]) : 250;
    const int uploads = argc > 3 ? std::atoi(argv[3]) : 200;

    RadicaleServer server{{account}};
    QString error;
    if (!server.start(&error))
        die(error);
    theServer = &server;
    DavClient setup({account.user, account.password});
    const auto created = Discovery(setup).createAddressBook(server.url(u"/bench/"_s), u"Tend"_s);
    if (!created.ok())
        die(created.error().message);
    // Seeded as files: Radicale checks the whole collection for a duplicate UID on every PUT, so
    // thousands of PUTs would time the server, not Tend.
    const QDir folder(server.folderOf(created->url.path()));
    for (int i = 0; i < cards; ++i) {
        QFile file(folder.filePath(u"card-%1.vcf"_s.arg(i)));
        if (!file.open(QIODevice::WriteOnly) || file.write(card(i)) < 0)
            die(u"cannot seed "_s + file.fileName());
    }
    std::printf("Radicale 3.1 at %s, %d cards (%lld bytes each), multiget batches of %d, storage in %s\n",
                qPrintable(server.url().toString()), cards, qlonglong(card(1234).size()), batch,
                qPrintable(folder.absolutePath().section(u'/', 0, 2)));

    TestVCardCodec codec;
    Device tend(created->url, codec);
    tend.remote.multigetBatchSize = batch;
    timedSync(tend, "first sync: sync-collection + multiget of all", 30'000, cards);
    {
        // Radicale parses each card once and caches it: a server that phones already sync with is warm.
        Device second(created->url, codec);
        second.remote.multigetBatchSize = batch;
        timedSync(second, "first sync again, the server's cache warm", 30'000, cards);
    }
    timedSync(tend, "incremental sync, nothing changed", 1000, 0);
    timedSync(tend, "incremental sync, nothing changed (again)", 1000, 0);

    DavCollection raw(setup, created->url, xml::CollectionKind::AddressBook);
    const QString href = created->url.path() + u"card-42.vcf"_s;
    const auto current = raw.get(href);
    if (!current.ok() || !current->has_value())
        die(u"card-42 is not on the server"_s);
    QByteArray edited = (*current)->content;
    edited.replace("NOTE:", "NOTE:Changed on the phone. ");
    const auto put = raw.update(href, (*current)->etag, edited, codec.mediaType());
    if (!put.ok() || put->preconditionFailed)
        die(u"could not change card-42"_s);
    timedSync(tend, "incremental sync after one change elsewhere", 1000, 1);

    tend.local.edit(u"card-7"_s, u"note"_s, u"Changed in Tend."_s);
    timedSync(tend, "incremental sync after one change in Tend", 1000, 1);

    for (int i = 0; i < uploads; ++i)
        tend.local.add(u"new-%1"_s.arg(i), {{u"name"_s, u"New Person %1"_s.arg(i)}, {u"email"_s, u"new%1@example.org"_s.arg(i)}});
    const double uploadMs = timedSync(tend, "sync uploading new cards into it", 0, uploads);
    std::printf("%-46s %9.1f ms per card (Radicale checks every card for a duplicate UID on each PUT)\n", "", uploadMs / uploads);

    // The same address book into a real notebook, as `tend sync` does it.
    std::printf("\nInto a notebook (SQLite file, Tend's vCard reader and writer, status table in the notebook):\n");
    QTemporaryDir notebookFolder;
    auto opened = tend::Notebook::open(notebookFolder.filePath(u"tend.db"_s));
    if (!opened)
        die(opened.error().message);
    tend::Notebook &notebook = **opened;
    if (auto relaxed = notebook.setCommitsWaitForDisk(false); !relaxed) // as `tend sync` does
        die(relaxed.error().message);
    tend::SyncCollection collection;
    collection.kind = tend::SyncKind::Contacts;
    collection.serverUrl = server.url().toString();
    collection.userName = account.user;
    collection.url = created->url.toString();
    const auto collectionId = notebook.saveSyncCollection(collection);
    if (!collectionId)
        die(collectionId.error().message);
    NotebookDevice real(created->url, notebook, *collectionId);
    real.remote.multigetBatchSize = batch;
    timedSync(real, "first sync into a notebook", 30'000, cards + uploads);
    timedSync(real, "incremental sync, nothing changed", 1000, 0);
    const auto again = raw.get(href);
    if (!again.ok() || !again->has_value())
        die(u"card-42 is not on the server"_s);
    QByteArray retitled = (*again)->content;
    retitled.replace("ORG:Analytical Engines", "ORG:Difference Engines");
    const auto changed = raw.update(href, (*again)->etag, retitled, real.codec.mediaType());
    if (!changed.ok() || changed->preconditionFailed)
        die(u"could not change card-42 again"_s);
    timedSync(real, "incremental sync after one change elsewhere", 1000, 1);
    auto someone = notebook.resolveContact(u"Person 7 Example"_s);
    if (!someone)
        die(someone.error().message);
    auto contact = notebook.contact(someone->id);
    contact->title = u"Changed in Tend"_s;
    if (auto saved = notebook.updateContact(*contact); !saved)
        die(saved.error().message);
    timedSync(real, "incremental sync after one change in Tend", 1000, 1);
    return 0;
}
