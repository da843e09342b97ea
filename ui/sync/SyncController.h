#pragma once

#include "model/SyncState.h"
#include "sync/SyncSession.h"
#include "work/Worker.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <optional>

namespace tend {
class Notebook;
}

namespace tend::gui {

// A conflict the last sync left for the user, with a name a person recognises.
struct PendingConflict
{
    SyncCollection collection;
    sync::Decision decision;
    QString itemName; // "Ada Lovelace", or "Ada Lovelace: Send the slides" for a task
};

// What a job on the worker hands back.
struct SyncOutcome
{
    bool setUp = false;                   // a setup, not a run
    QString message;                      // a setup's outcome, in words
    QList<SyncCollection> collections;    // as stored after the job
    QList<sync::CollectionRun> runs;      // a run's reports (a resolve's: one)
    QList<PendingConflict> conflicts;     // the runs' conflicts, named
    QString resolvedUid;                  // a resolve that went through: the conflict answered
    std::optional<Error> error;           // the job could not start a run (no password, not set up)
};

// The window's side of sync: runs it on the notebook's worker (never on the GUI thread), on
// request, when the window opens and every N minutes when the user asked for that (off by
// default), and keeps what the status bar and the conflicts dialog show. The password is the one
// typed in this session, else the desktop keyring's, read on the worker.
class SyncController final : public QObject
{
    Q_OBJECT
public:
    enum class State { NotSetUp, NeverRun, Idle, Running, Problem, Conflicts };

    explicit SyncController(Notebook &notebook, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    QString summary() const;  // one line: "Synced at 14:02", "2 sync conflicts", "Sync failed"
    QString details() const;  // what the last run did, or its problem, for a tooltip
    QDateTime lastRun() const { return m_lastRun; }
    const QList<PendingConflict> &conflicts() const { return m_conflicts; }

    // Whether the window syncs when it opens, and every how many minutes (0: only when asked).
    static bool syncOnStart();
    static int intervalMinutes();
    static void setSchedule(bool onStart, int minutes);
    void applySchedule();
    // Called once the window shows: the start-up sync, when the user wants one.
    void windowShown();

    void syncNow();
    // Finds the collections and stores the password in the keyring (kept in memory for this session
    // too, for a desktop without one); setUpFinished says how it went.
    void setUp(const sync::AccountSetup &setup);
    // The user's choice for one conflict, sent to both sides.
    void resolve(const PendingConflict &conflict, const sync::FieldMap &chosen);
    // Reads the collections again (after a setup, or a change outside the window).
    void refresh();

signals:
    void stateChanged();
    void setUpFinished(bool ok, const QString &message);

private:
    void start(std::function<Status(work::Job<SyncOutcome> &job)> work);
    void take(const SyncOutcome &outcome);
    void takeStoredOutcome();

    Notebook &m_notebook;
    QTimer m_timer;
    State m_state = State::NotSetUp;
    QDateTime m_lastRun;
    QString m_details;
    QList<PendingConflict> m_conflicts;
    QList<SyncCollection> m_collections;
    work::Task<SyncOutcome> m_task;
    QString m_sessionPassword; // typed in Sync Settings; only in memory
};

} // namespace tend::gui
