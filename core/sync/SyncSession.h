#pragma once

#include "model/SyncState.h"
#include "sync/engine/SyncReport.h"
#include "sync/engine/SyncRunner.h"

#include <optional>

namespace tend {
class Notebook;
}

// What `tend sync` and the window do: set up the account (discovery, the collections to use) and
// run a sync of the notebook's collections. Blocks the calling thread: the command line, or a
// worker, never the GUI thread. docs/sync.md tells the protocol and what is sent.
namespace tend::sync {

struct AccountSetup
{
    QString server;       // as the user typed it: "dav.example.org", "https://example.org/dav/"
    QString userName;
    QString password;
    QString addressBook;  // the display name (or last path segment) to use; empty: the only one, or "Tend"
    QString taskList;
};

struct SetupOutcome
{
    SyncCollection contacts;
    SyncCollection reminders;
    bool createdAddressBook = false;
    bool createdTaskList = false;
};

// Finds the user's address books and task lists from the server address (RFC 6764), picks the
// ones asked for (chooseCollection), creates ones called "Tend" when there are none, and stores
// them in the notebook. The password is only used here; storing it is the caller's (Keyring).
Result<SetupOutcome> setUpAccount(Notebook &notebook, const AccountSetup &setup);

// One collection's run.
struct CollectionRun
{
    SyncCollection collection;
    SyncReport report;
};

// Syncs every collection set up in the notebook, contacts first, and records each run's outcome
// (SyncCollection::lastRunAt, lastError). An Error when there is nothing set up.
Result<QList<CollectionRun>> syncNotebook(Notebook &notebook, const QString &password, const SyncOptions &options = {});

// The user's choice for a conflict a run of `collection` reported: `chosen` goes to both sides. If
// the server changed the item again meanwhile, the report has the conflict again.
SyncReport resolveConflict(Notebook &notebook, const QString &password, const SyncCollection &collection,
                           const Decision &conflict, const FieldMap &chosen);

// A report in one line a person can read: "sent 2, received 1, 1 conflict", or the error.
QString describeRun(const SyncReport &report);

} // namespace tend::sync
