#pragma once

#include "exchange/ContactMatching.h"
#include "io/ContactFile.h"
#include "model/Contact.h"
#include "model/ImportantDate.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Importing contact files into a notebook, the layer above core/io: each record becomes a new
// contact or updates the one it matches (ContactMatching), and the summary says which and why.
// planImport only reads (a dry run and the window's preview are exactly it); Notebook::importContacts
// then writes the plan through the bulk-write path, all or nothing.
namespace tend {

namespace limits {
// A photo kept as the file gave it; a larger one needs ImportOptions::preparePhoto to scale it.
inline constexpr qsizetype keptPhotoBytes = 256 * 1024;
// What the schema stores at most (migration 0004).
inline constexpr qsizetype storedPhotoBytes = 1024 * 1024;
} // namespace limits

// Turns a file's photo into the one to store (scaled down, re-encoded), or nullopt to leave it out.
// Core cannot decode images (Qt Core only): the front ends pass one that can.
using PhotoPreparer = std::function<std::optional<ContactPhoto>(const io::Photo &photo)>;

struct ImportOptions
{
    bool dryRun = false;        // plan and report; write nothing
    bool strict = false;        // refuse everything when any record would be skipped
    bool backupFirst = true;    // a safety copy (BackupManager::backupBeforeBulkChange) before writing
    PhotoPreparer preparePhoto; // empty: photos up to limits::keptPhotoBytes kept as they are
};

enum class ImportAction {
    Create,    // a new contact
    Update,    // an existing contact gained something
    Unchanged, // an existing contact already had all of it
    Merged,    // the same person as an earlier record of this import: merged into it
    Skip,      // left out (see the summary's issues)
};
QString toKey(ImportAction action); // "create", "update", "unchanged", "merged", "skip"

// What became of one record of a file.
struct ImportRow
{
    QString file;
    int line = 0;
    QString name;
    ImportAction action = ImportAction::Create;
    std::optional<MatchReason> matchedBy;
    qint64 contactId = 0; // the contact it became or updated; 0 for a new one in a dry run
};

// A problem with one record, and in which file.
struct ImportIssue
{
    QString file;
    io::ImportProblem problem;
    QString describe() const { return problem.describe(file); }
};

struct ImportSummary
{
    int created = 0;   // new contacts
    int updated = 0;   // existing contacts that changed
    int unchanged = 0; // existing contacts a record matched and left as they were
    int merged = 0;    // records folded into an earlier record of the same import
    int skipped = 0;   // records left out: their reasons are in `issues`
    int interactionsAdded = 0; // a JSON export's interactions and reminders
    int remindersAdded = 0;
    int practiceAndDatesAdded = 0; // rows of exchange::backupTables(): asks, introductions, advice, dates
    QList<ImportRow> rows;       // one per record read, in file order
    QList<ImportIssue> issues;   // skipped records and warnings, in file order
    bool dryRun = false;
    QString backupPath;          // the safety copy taken before writing, if any

    // For undo: what the import added, and the contacts it changed as they were before.
    QList<qint64> createdIds;
    QList<Contact> updatedBefore;
    QList<qint64> addedDateIds; // birthdays and anniversaries given to contacts that were there before
};

// One contact the import will write: new (id 0) or an existing one with its new fields.
struct PlannedContact
{
    Contact contact;
    bool isNew = true;
    bool changed = true;
    QList<qsizetype> rows; // the summary rows that went into it
    // The records' BDAY and ANNIVERSARY (one of each kind) as important dates. An existing contact
    // gets those of a kind it has none of yet. The card keeps them too.
    QList<ImportantDate> dates;
};

struct ImportPlan
{
    ImportSummary summary;
    QList<PlannedContact> contacts;
};

// Everything planImport needs of the notebook: who is in it, and a contact in full.
struct ImportContext
{
    QList<ContactKeys> existing;
    std::function<Result<Contact>(qint64 id)> load;
};

Result<ImportPlan> planImport(const QList<io::ParsedFile> &files, const ImportContext &context,
                              const ImportOptions &options = {});

// The contact a record describes, before matching: Tend's fields, its UID, tags, connection day,
// photo and the card to keep. Values Tend cannot store are left out, each with a warning.
Contact contactFromRecord(const io::ContactRecord &record, const ImportOptions &options,
                          QList<io::ImportProblem> &warnings);

// `incoming` folded into `target`: e-mails, phones, links and tags added; the file's organisation and
// title, card and photo taken when it has them; name, notes and how-you-met filled in only where
// `target` has none. Roles, cadence and the keep-in-touch state are the user's and stay.
// Returns whether anything changed.
bool mergeContact(Contact &target, const Contact &incoming);

} // namespace tend
