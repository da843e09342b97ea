#pragma once

#include "BulkWriter.h"
#include "db/BackupInfo.h"
#include "db/Database.h"
#include "exchange/ContactExport.h"
#include "exchange/ContactImport.h"
#include "model/ConfigKey.h"
#include "model/DigestParts.h"
#include "model/Contact.h"
#include "model/ContactMerge.h"
#include "model/Duplicates.h"
#include "model/ImportantDate.h"
#include "model/Interaction.h"
#include "model/Practice.h"
#include "model/Reminder.h"
#include "model/Reports.h"
#include "model/SearchHit.h"
#include "model/Snapshots.h"
#include "model/SyncState.h"
#include "model/Tags.h"
#include "model/Usefulness.h"
#include "schedule/CadenceRule.h"
#include "schedule/Clock.h"
#include "store/ContactQuery.h"
#include "store/PracticeRepository.h"
#include "util/Result.h"
#include "work/Worker.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace tend {

class ContactRepository;
class InteractionRepository;
class ReminderRepository;
class SettingsRepository;

// A JSON export of the whole notebook (exchange/JsonBackup) and how many contacts it holds.
struct NotebookExport
{
    QByteArray bytes;
    int contacts = 0;
};

struct NotebookSize
{
    qint64 contacts = 0;
    qint64 interactions = 0;
};

// Everything a user can do with Tend, as one object over one database. The CLI and the GUI are
// thin layers over it. Every write is one transaction: it happens wholly or not at all, and
// emits changed() after it is committed. The database itself stays inside: no caller runs SQL.
class Notebook final : public QObject
{
    Q_OBJECT
public:
    enum class Change { Contacts = 0x1, Interactions = 0x2, Reminders = 0x4, Settings = 0x8, Everything = 0xf };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    static Result<std::unique_ptr<Notebook>> open(const QString &path, OpenOptions options = {},
                                                  Clock clock = Clock::system());
    Notebook(std::unique_ptr<Database> database, Clock clock, QObject *parent = nullptr);
    ~Notebook() override;

    QString path() const;
    int schemaVersion() const;
    const Clock &clock() const { return m_clock; }
    void setClock(Clock clock);
    QDate today() const { return m_clock.today(); }

    // Contacts
    Result<qint64> addContact(const Contact &contact);
    Status updateContact(const Contact &contact);
    Status setArchived(const QList<qint64> &ids, bool archived);
    Result<Contact> contact(qint64 id) const;
    Result<ContactRef> resolveContact(const QString &reference) const;
    Result<QList<ContactSummary>> completeContact(const QString &prefix, int limit = 10) const;
    // Existing contacts a new or edited one would duplicate (same name or a shared e-mail address).
    Result<QList<ContactSummary>> lookalikeContacts(const Contact &contact) const;
    Result<ContactPage> contacts(const ContactQuery &query) const;
    Result<int> contactCount(const ContactQuery &query) const;
    Result<NotebookSize> size() const; // every contact (archived too) and every interaction
    Result<ContactSnapshot> deleteContact(qint64 id);
    Status restoreContact(const ContactSnapshot &snapshot);

    // Merging two contacts who are one person (model/ContactMerge.h), in one transaction: OTHER's
    // interactions (one participant row where both took part), reminders with their history, roles,
    // tags, e-mails, phones, links, card, photo and keep-in-touch state go to KEEP, each conflicting
    // field from the side `choices` picks (KEEP's by default), and OTHER is removed. The snapshot
    // lets unmergeContacts put both back exactly, ids and every row included. A contact cannot be
    // merged with itself (Invalid); unknown ids are NotFound.
    Result<MergePreview> mergePreview(qint64 keepId, qint64 otherId) const;
    Result<MergeSnapshot> mergeContacts(qint64 keepId, qint64 otherId, const MergeChoices &choices = {});
    Status unmergeContacts(const MergeSnapshot &snapshot);

    // Pairs of contacts that are not archived and may be one person, with the reasons (the same
    // e-mail, the same phone, the same or a very similar name; exchange/DuplicateFinder), except the
    // pairs dismissed as not duplicates. A few queries and a pass in memory: ~10,000 contacts take
    // tens of milliseconds, so the window runs it on the worker.
    Result<QList<DuplicatePair>> possibleDuplicates() const;
    // "Not duplicates": the pair stays out of possibleDuplicates (until undismissed, its undo).
    Status dismissDuplicate(qint64 a, qint64 b);
    Status undismissDuplicate(qint64 a, qint64 b);

    // Tags (model/Tags.h): a contact's tags replaced; every tag with its number of contacts.
    Status setTags(qint64 contactId, const QStringList &tags);
    Result<QList<TagCount>> tags() const;

    // Import and export (exchange/). planImport reads only: it is the dry run and the window's
    // preview. importContacts writes the plan through writeInBulk, after a backup (unless the
    // options say otherwise), all or nothing; `progress` may cancel it. undoImport takes back an
    // import that was just made: the contacts it added go, those it changed are put back.
    Result<ImportPlan> planImport(const QList<io::ParsedFile> &files, const ImportOptions &options = {}) const;
    Result<ImportSummary> importContacts(const QList<io::ParsedFile> &files, const ImportOptions &options = {},
                                         const ProgressFunction &progress = {});
    Status undoImport(const ImportSummary &summary);
    // Every contact in full (tags, card, photo), archived ones too, that `filter` takes; by id.
    Result<QList<Contact>> exportContacts(const ExportFilter &filter = {}) const;
    // Every contact's important dates, archived contacts' too: the exports' BDAY and ANNIVERSARY.
    Result<QList<ImportantDate>> exportImportantDates() const;
    // The interactions dated after today (meetings planned ahead), with their participants; by id.
    Result<QList<Interaction>> plannedInteractions() const;
    // The whole notebook as JSON, and back: contacts are matched by UID (an existing one is
    // updated as a file's record would update it), interactions and reminders already present are
    // not added again, and settings are restored only into a notebook without contacts.
    Result<NotebookExport> exportBackup() const;
    Result<ImportSummary> importBackup(const QByteArray &json, const ImportOptions &options = {},
                                       const ProgressFunction &progress = {});

    // Interactions
    // Logs an interaction and schedules its follow-up. Following up is what the participants'
    // open follow-ups asked for, so those `toClose` picks (followUpsClosedByLogging) are marked
    // done in the same transaction; LoggedInteraction::closedFollowUps names them.
    Result<LoggedInteraction> logInteraction(const Interaction &interaction,
                                             FollowUpChoice followUp = FollowUpChoice::kindDefault(),
                                             const FollowUpsToClose &toClose = FollowUpsToClose::dueOnes());
    // The open follow-ups that logging `interaction` would close: its people's that are due by
    // `today` (except those asked for by an interaction later than its date) and, due or not, those
    // of theirs that `toClose` names.
    Result<QList<Reminder>> followUpsClosedByLogging(const Interaction &interaction, QDate today,
                                                     const FollowUpsToClose &toClose = FollowUpsToClose::dueOnes()) const;
    // Takes a log back (its undo): deletes the interaction and its follow-ups and reopens the
    // follow-ups the log closed, in one transaction. restoreInteraction puts it all back.
    Result<InteractionSnapshot> unlogInteraction(const LoggedInteraction &logged);
    // Changes what was logged: kind, date, direction, texts and the participants (replaced as a
    // whole). Checked like a new interaction; follow-ups stay as they are.
    Status updateInteraction(const Interaction &interaction);
    Result<Interaction> interaction(qint64 id) const;
    Result<InteractionSnapshot> deleteInteraction(qint64 id);
    Status restoreInteraction(const InteractionSnapshot &snapshot);

    // Reminders and keep-in-touch nudges
    // With a recurrence, the reminder repeats: completing it schedules the next occurrence (from
    // its due day, or from the day of completion: Recurrence::fromCompletion); snoozing moves only
    // this occurrence; restoreReminder of the open occurrence (the undo of completing it) takes the
    // next one back, so no orphan stays behind.
    Result<qint64> addReminder(qint64 contactId, QDate due, const QString &reason,
                               const std::optional<Recurrence> &recurrence = std::nullopt);
    // The open occurrence that completing recurring reminder `id` scheduled, if any.
    Result<std::optional<Reminder>> nextOccurrence(qint64 id) const;
    Result<Reminder> reminder(qint64 id) const;
    // Removes a reminder (the undo of adding one); the snapshot, history included, puts it back
    // with its id through restoreDeletedReminder.
    Result<Reminder> deleteReminder(qint64 id);
    Status restoreDeletedReminder(const Reminder &snapshot);
    Status completeReminder(qint64 id);
    Status dismissReminder(qint64 id);
    Status reopenReminder(qint64 id);
    Status snoozeReminder(qint64 id, int days);         // due becomes today + days
    Status rescheduleReminder(qint64 id, QDate due);    // "pick a date"
    Status restoreReminder(const Reminder &before);     // undo of any of the above
    Status snoozeNudge(qint64 contactId, QDate until);  // hide a keep-in-touch nudge until a day
    Status completeNudge(qint64 contactId);             // "been in touch" today: next nudge a cadence on
    Result<NudgeState> nudgeState(qint64 contactId) const;
    Status restoreNudge(qint64 contactId, const NudgeState &before); // undo of the two above

    // The mentorship practice (NotebookPractice.cpp; model/Practice.h, the rules in practice/).
    // What each state makes due is part of due() (store/PracticeQueries). Bad input (an empty
    // text, a deadline in the past, a step the state does not allow, advice on an interaction that
    // does not exist) is Invalid and changes nothing.
    // Asks: a new one is open; moveAsk follows practice::canMove and records the step.
    Result<qint64> addAsk(const Ask &ask);
    Result<Ask> ask(qint64 id) const;
    Result<QList<Ask>> asks(const PracticeFilter &filter = {}) const;
    Status moveAsk(qint64 id, AskState to, const QString &note = {});
    // A new deadline for an open ask (not in the past); restoreAsk is its undo.
    Status setAskDeadline(qint64 id, QDate deadline);
    // Undo: deleteAsk returns the ask as it was (history included); restoreAsk writes a snapshot
    // back with its id, replacing the ask if it exists (the undo of a move as well as of a delete).
    Result<Ask> deleteAsk(qint64 id);
    Status restoreAsk(const Ask &snapshot);
    // Introductions: each step (practice::planNextStep) logs an `intro` interaction, direction
    // gave, with the person it concerns, dated today. "intro-chase-days" (default 7) is how long
    // an asked party may stay silent before Today suggests chasing them.
    Result<qint64> addIntroduction(qint64 firstId, qint64 secondId, const QString &why);
    Result<Introduction> introduction(qint64 id) const;
    // The introductions a contact made for the user (their `intro` interactions received), newest first.
    Result<QList<Interaction>> introductionsReceivedFrom(qint64 contactId) const;
    Result<QList<Introduction>> introductions(const PracticeFilter &filter = {}) const;
    Result<Introduction> advanceIntroduction(qint64 id, bool declined = false);
    // Undo (NotebookPracticeUndo.cpp). deleteIntroduction (the undo of adding one) returns it as
    // it was, steps included. restoreIntroduction writes a snapshot back with its id: the state and
    // the steps it had; a step taken since is removed with the interaction it logged (the undo of
    // advanceIntroduction as well as of a delete).
    Result<Introduction> deleteIntroduction(qint64 id);
    Status restoreIntroduction(const Introduction &snapshot);
    Result<int> introChaseDays() const;
    Status setIntroChaseDays(int days);
    // Advice: received in an interaction (also Interaction::advice when logging), acted on with an
    // outcome, then reported back, which logs a `gave` message to its givers and closes it.
    Result<qint64> addAdvice(qint64 interactionId, const QString &text);
    Result<AdviceItem> advice(qint64 id) const;
    Result<QList<AdviceItem>> adviceItems(const PracticeFilter &filter = {}) const;
    Status markAdviceActedOn(qint64 id, const QString &outcome);
    Result<qint64> reportAdviceBack(qint64 id, const QString &summary = {}); // the logged interaction
    // Undo of markAdviceActedOn and reportAdviceBack: the item's state, outcome and days as in
    // `snapshot`; a report interaction logged since is removed.
    Status restoreAdvice(const AdviceItem &snapshot);
    // Planned meetings: interactions dated after today, with an agenda. holdMeeting turns one into
    // the record of the meeting (dated today unless `record` says an earlier day; its agenda kept
    // unless `record` has one), as logInteraction would log it, without a second interaction.
    Result<qint64> planMeeting(const Interaction &meeting);
    Status setAgenda(qint64 interactionId, const QString &agenda);
    Result<LoggedInteraction> holdMeeting(qint64 plannedId, const Interaction &record,
                                          FollowUpChoice followUp = FollowUpChoice::kindDefault());

    // Reports
    // Open follow-ups due by today + withinDays and lapsed keep-in-touch cadences, most overdue first.
    // With `firstOfEach` >= 0, at most that many follow-ups, nudges and practice items each, the
    // earliest: the start of each part of the list, quick on any notebook (Today's first screen).
    Result<QList<DueItem>> due(QDate today, int withinDays = 0, int firstOfEach = -1) const;
    Result<QList<HelpedEntry>> helped(QDate today, int days = 30) const;
    // Active contacts per role and twelve months of interactions up to today (see Insights).
    Result<Insights> insights(QDate today) const;
    // Interactions and reminders of one contact, newest first.
    Result<QList<TimelineEntry>> timeline(qint64 contactId) const;
    // The cadence that applies to a contact: cadenceRule(contact).days.
    Result<std::optional<int>> effectiveCadence(const Contact &contact) const;

    // Full-text search over names, organisations, titles, notes, e-mails, and interactions'
    // summaries, notes and agendas; best match first, one hit per contact saying where it matched.
    // Any text is safe to pass (see search::ftsQuery).
    Result<QList<SearchHit>> search(const QString &text, int limit = 20) const;

    // Many contacts, interactions and reminders in one transaction (the demo, imports, sync):
    // `write` adds them through the BulkWriter it is given. It all commits when `write` succeeds,
    // with one changed() after; an error from `write` (or a progress function that returned false)
    // rolls everything back. `total` is how many items `write` will advance() by, for progress.
    Result<BulkSummary> writeInBulk(qint64 total, const std::function<Status(BulkWriter &writer)> &write,
                                    const ProgressFunction &progress = {});

    // Backups (see BackupManager), named by this notebook's clock.
    // A checked copy at `target`, or in the backups folder when `target` is empty; its path.
    Result<QString> backUpNow(const QString &target = {},
                              Database::ExistingTarget existing = Database::ExistingTarget::Refuse);
    // The daily copy, when none was taken today; its path, or empty.
    Result<QString> dailyBackupIfDue();
    bool dailyBackupDue() const; // reads only the backups folder's names
    // A safety copy before a change of many rows (see BackupManager::backupBeforeBulkChange).
    Result<QString> backupBeforeBulkChange();
    QList<BackupInfo> backups() const;

    // PRAGMA integrity_check and foreign_key_check; an empty list means healthy.
    Result<QStringList> integrityProblems() const;
    // The once-a-day read of every page (Database::quickCheck) that an open with
    // IntegrityCheck::Deferred left to the caller; the window runs it on a worker, whose pass
    // integrityCheckPassed() records here.
    bool integrityCheckPending() const;
    // Stops the statement this notebook's connection is running, from any thread (Database::interrupt).
    void interrupt() const;
    Status quickCheck();
    void integrityCheckPassed();

    // Sync (model/SyncState.h, NotebookSync.cpp): what tend_sync keeps in the notebook. The
    // status writes each stand alone, as the sync engine expects, and emit nothing: they are not
    // the user's data. Contacts the server changed are written like any other change.
    Result<QList<SyncCollection>> syncCollections() const;
    Result<qint64> saveSyncCollection(const SyncCollection &collection);
    Status forgetSyncAccount(); // every collection and its status; the contacts stay
    Status setSyncCollectionState(qint64 collectionId, const QString &syncToken, const QString &ctag);
    Status recordSyncRun(qint64 collectionId, const QString &error);
    Result<QList<SyncStatusRow>> syncStatus(qint64 collectionId) const;
    Status putSyncStatus(qint64 collectionId, const SyncStatusRow &row);
    Status removeSyncStatus(qint64 collectionId, const QString &uid);
    Result<QList<SyncRoleSharing>> syncRoleSharing() const;
    Status setSyncRoleSharing(const QList<SyncRoleSharing> &sharing);
    // The contacts sync may send: not deleted on the server, and every role of theirs sharing
    // contacts (a contact without roles is shared); archived ones too. By id.
    Result<QList<SyncContact>> syncedContacts() const;
    // A contact as the server has it now (`contact.id` 0 for a new one), its card kept as the
    // server's copy; one the server had deleted comes back into the synced set, un-archived. The
    // birthday and anniversary follow `dates`, for the kinds it names.
    Result<qint64> writeContactFromServer(const Contact &contact, const QList<CardDate> &dates = {});
    // The server deleted the contact: it is archived and leaves the synced set, its interactions
    // kept. Un-archiving it (undo) puts it back, and the next sync uploads it again.
    Status leaveSync(qint64 contactId);
    // While sync writes (Database::setCommitsWaitForDisk): a first sync of thousands of cards is
    // thousands of commits, and the engine converges from any lost suffix of them.
    Status setCommitsWaitForDisk(bool wait);

    // Reminders as tasks: those of the synced contacts that are open, or were closed in the last
    // 60 days (so a completion reaches the phone), unless the server deleted them; and, read from
    // their state, the asks' deadlines and the answers owed (practice::taskOf).
    Result<QList<SyncReminder>> syncedReminders() const;
    // The server's version of a task, by UID (a new one is for the contact `contactUid` names):
    // its due date, reason and state, each change in the reminder's history, and the copy kept.
    // An ask's task moves the ask (practice::stepForTask) or its deadline; its text stays Tend's.
    Result<qint64> writeReminderFromServer(const SyncReminder &reminder);
    // The server deleted the task: an open reminder is dismissed, and it is not sent again.
    Status reminderLeavesSync(const QString &uid);

    // Settings
    Result<std::optional<int>> followUpDays(InteractionKind kind) const;
    Status setFollowUpDays(InteractionKind kind, std::optional<int> days);
    Result<std::optional<int>> roleCadence(Role role) const;
    Status setRoleCadence(Role role, std::optional<int> days);

    // --- Your own rhythm (NotebookRhythm.cpp): tags across contacts, settings by key, cadences ---
    // Tags `contactIds` with `tags` (each checked as checkTag), or takes them off, in one
    // transaction; the snapshot is the undo (restoreTags). Nudges follow the tags' cadences.
    Result<TagsSnapshot> tagContacts(const QList<qint64> &contactIds, const QStringList &tags);
    Result<TagsSnapshot> untagContacts(const QList<qint64> &contactIds, const QStringList &tags);
    // Renames a tag (any spelling of it finds it). When a tag called `to` exists, the two merge:
    // every contact of `from` gets `to`, and TagRename::merged says so. Unknown `from`: NotFound.
    Result<TagRename> renameTag(const QString &from, const QString &to);
    Status restoreTags(const TagsSnapshot &snapshot);

    // Settings by their stable keys (model/ConfigKey): every key with the value in force, one key,
    // and a change — `value` as typed ("14", "none", "1.5"), nullopt to unset (the default applies
    // again). A change re-evaluates the nudges that depend on it in the same transaction; its
    // ConfigChange is the undo: writeConfig(change.key, change.before).
    Result<QList<ConfigEntry>> configuration() const;
    Result<ConfigEntry> configValue(const QString &key) const;
    Result<ConfigChange> writeConfig(const QString &key, const std::optional<QString> &value);
    Result<double> overdueFactor() const;
    // What the tray announces (`tray-digest`), in the order of allDigestParts(); empty for none.
    Result<QList<DigestPart>> trayDigestParts() const;
    // Which rule sets a contact's keep-in-touch cadence (rules::cadenceRule) and what it says.
    Result<CadenceRule> cadenceRule(const Contact &contact) const;

    // Important dates (model/ImportantDate). deleteImportantDate's answer is its undo.
    Result<qint64> addImportantDate(const ImportantDate &date);
    Result<ImportantDate> deleteImportantDate(qint64 id);
    Status restoreImportantDate(const ImportantDate &date);
    // One contact's dates, each with its next occurrence on or after `today` and the years it marks.
    Result<QList<UpcomingDate>> importantDates(qint64 contactId, QDate today) const;
    // Active contacts' dates that occur in [today, today + withinDays], soonest first.
    Result<QList<UpcomingDate>> upcomingDates(QDate today, int withinDays) const;
    // The dates whose reminder has come by today + withinDays (the lead time of its kind before
    // it, `lead.KIND`) and that have not passed yet: what Today and `tend due` show.
    // A done occurrence is left out; a snoozed one comes back on its snooze day (after the date
    // itself too, until it is done).
    Result<QList<UpcomingDate>> dateReminders(QDate today, int withinDays = 0) const;

    // Date reminders done or snoozed, one occurrence at a time (NotebookDates.cpp): `occursOn` is
    // the day the date falls on that year (29 February on 28 February in other years). Each answers
    // the occurrence's row before (nullopt: there was none), which restoreDateOccurrence puts back
    // exactly: the undo. Next year's occurrence is untouched.
    Result<std::optional<DateOccurrence>> completeDateReminder(qint64 dateId, QDate occursOn);
    // `until` is after today and before the date's next occurrence after this one.
    Result<std::optional<DateOccurrence>> snoozeDateReminder(qint64 dateId, QDate occursOn, QDate until);
    Status restoreDateOccurrence(qint64 dateId, QDate occursOn, const std::optional<DateOccurrence> &before);
    Result<std::optional<DateOccurrence>> dateOccurrence(qint64 dateId, QDate occursOn) const;
    // The occurrence whose reminder `tend done d3` acts on: one snoozed past its day and not done
    // yet, else the next on or after today.
    Result<UpcomingDate> currentDateOccurrence(qint64 dateId, QDate today) const;
    // dateReminders as rows of Today and `tend due` (DueItem::Kind::ImportantDate), soonest first.
    Result<QList<DueItem>> dueDates(QDate today, int withinDays = 0) const;
    // Per role, who the user found most useful to meet over the last year (model/Usefulness).
    Result<QList<MostUseful>> mostUseful(QDate today) const;

    // Runs long work off the calling thread, each job with its own connection to this notebook's
    // file (see work::Worker). After a job, checkForExternalChanges() runs here, so the writes of a
    // background import reach this notebook's listeners as one changed(). Destroying the notebook
    // cancels and waits for its jobs.
    work::Worker &worker();

    // Tells listeners that the database may have changed outside this object (the day changed, a
    // refresh was asked for): they reload everything, once the nudges have caught up with today.
    void notifyExternalChange();
    // A planned meeting counts once its day has come: the keep-in-touch schedule of the people of
    // interactions dated since the day it was computed for is recomputed (nudges::catchUp). Opening
    // a notebook and setClock() call it, as does notifyExternalChange() (the window's day change).
    Status catchUpWithToday();
    // Whether another connection (the CLI, a background job) committed since the last look
    // (PRAGMA data_version); if so, emits changed(Everything) once. See ExternalChangeWatcher.
    bool checkForExternalChanges();

signals:
    void changed(tend::Notebook::Changes what);

private:
    Status checkInteraction(const Interaction &interaction) const;
    Result<InteractionSnapshot> removeInteraction(qint64 id);
    Status closeReminder(qint64 id, ReminderState state);
    Status scheduleNextOccurrence(const Reminder &completed);
    Status removeOccurrencesAfter(qint64 id);
    Status insertReminderSnapshot(const Reminder &reminder);
    Status finish(class Transaction &transaction, Changes what);
    Status refreshNudges(const QList<qint64> &contactIds);
    // The tasks sync sends that are not stored reminders (NotebookSyncTasks.cpp), each write inside
    // the caller's transaction: an ask's deadline, an important date's reminder. Not one of them:
    // nullopt, false.
    Status appendDerivedTasks(const QSet<qint64> &syncedContacts, QList<SyncReminder> &tasks) const;
    Result<std::optional<qint64>> writeDerivedTaskFromServer(const SyncReminder &task);
    Result<bool> derivedTaskLeavesSync(const QString &uid);
    // The practice's writes inside an open transaction (NotebookPractice.cpp).
    Status insertAdvice(qint64 interactionId, const QStringList &items);
    template<typename Row>
    Status settleLastContact(const QList<Row *> &rows) const;
    Status settleLastContact(QList<ContactSummary> &summaries) const;
    Result<qint64> logPracticeInteraction(InteractionKind kind, const QList<qint64> &with, const QString &summary,
                                          const QString &notes = {});

    std::unique_ptr<Database> m_database;
    Clock m_clock;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<InteractionRepository> m_interactions;
    std::unique_ptr<ReminderRepository> m_reminders;
    std::unique_ptr<SettingsRepository> m_settings;
    qint64 m_dataVersion = -1;
    std::unique_ptr<work::Worker> m_worker; // last: destroyed first, before the connection
};

} // namespace tend

Q_DECLARE_OPERATORS_FOR_FLAGS(tend::Notebook::Changes)
