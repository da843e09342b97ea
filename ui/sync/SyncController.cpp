#include "sync/SyncController.h"

#include "Notebook.h"
#include "io/ical/TodoMapping.h"
#include "sync/account/Keyring.h"

#include <QHash>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

const QString onStartKey = u"sync/onStart"_s;
const QString intervalKey = u"sync/intervalMinutes"_s;

// The names of the items a run left in conflict, read on the worker.
QList<PendingConflict> namedConflicts(Notebook &notebook, const QList<sync::CollectionRun> &runs)
{
    QHash<QString, QString> names;
    bool contactsLoaded = false;
    bool remindersLoaded = false;
    QList<PendingConflict> conflicts;
    for (const sync::CollectionRun &run : runs) {
        for (const sync::Decision &decision : run.report.conflicts) {
            if (run.collection.kind == SyncKind::Contacts && !contactsLoaded) {
                contactsLoaded = true;
                if (auto contacts = notebook.syncedContacts())
                    for (const SyncContact &contact : *contacts)
                        names.insert(contact.contact.uid, contact.contact.name);
            } else if (run.collection.kind == SyncKind::Reminders && !remindersLoaded) {
                remindersLoaded = true;
                if (auto reminders = notebook.syncedReminders())
                    for (const SyncReminder &reminder : *reminders)
                        names.insert(reminder.uid, ical::summaryOf(ical::todoFromReminder(reminder.reminder, reminder.uid)));
            }
            conflicts.append({run.collection, decision, names.value(decision.uid, decision.uid)});
        }
    }
    return conflicts;
}

// The password typed in this session, else the keyring's.
Result<QString> passwordFor(const QList<SyncCollection> &collections, const QString &typed)
{
    if (collections.isEmpty())
        return Error::notFound(SyncController::tr("Sync is not set up."));
    if (!typed.isEmpty())
        return typed;
    auto stored = sync::Keyring::password(collections.constFirst().serverUrl, collections.constFirst().userName);
    if (!stored)
        return Error{stored.error().code, SyncController::tr("%1 Enter the password in File ▸ Sync Settings.").arg(stored.error().message)};
    return stored;
}

} // namespace

SyncController::SyncController(Notebook &notebook, QObject *parent) : QObject(parent), m_notebook(notebook)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    refresh();
    applySchedule();
}

SyncController::~SyncController()
{
    m_task.cancel();
}

bool SyncController::syncOnStart()
{
    return QSettings().value(onStartKey, false).toBool();
}

int SyncController::intervalMinutes()
{
    return std::max(0, QSettings().value(intervalKey, 0).toInt());
}

void SyncController::setSchedule(bool onStart, int minutes)
{
    QSettings settings;
    settings.setValue(onStartKey, onStart);
    settings.setValue(intervalKey, std::max(0, minutes));
}

void SyncController::applySchedule()
{
    const int minutes = intervalMinutes();
    if (minutes > 0 && m_state != State::NotSetUp)
        m_timer.start(std::chrono::minutes(minutes));
    else
        m_timer.stop();
}

void SyncController::windowShown()
{
    if (syncOnStart() && m_state != State::NotSetUp)
        syncNow();
}

void SyncController::refresh()
{
    auto collections = m_notebook.syncCollections();
    m_collections = collections ? *collections : QList<SyncCollection>{};
    if (m_state == State::Running)
        return;
    if (m_collections.isEmpty()) {
        m_state = State::NotSetUp;
    } else if (m_state == State::NotSetUp) {
        takeStoredOutcome();
    }
    emit stateChanged();
}

void SyncController::takeStoredOutcome()
{
    // What the last run (perhaps `tend sync`) left, as the collections keep it.
    m_lastRun = {};
    m_details.clear();
    for (const SyncCollection &collection : std::as_const(m_collections)) {
        if (collection.lastRunAt.isValid() && (!m_lastRun.isValid() || collection.lastRunAt > m_lastRun))
            m_lastRun = collection.lastRunAt;
        if (!collection.lastError.isEmpty())
            m_details = collection.lastError;
    }
    if (m_collections.isEmpty())
        m_state = State::NotSetUp;
    else
        m_state = !m_lastRun.isValid() ? State::NeverRun : m_details.isEmpty() ? State::Idle : State::Problem;
}

QString SyncController::summary() const
{
    switch (m_state) {
    case State::NotSetUp:
        return tr("Sync is off");
    case State::NeverRun:
        return tr("Not synced yet");
    case State::Running:
        return tr("Syncing…");
    case State::Idle:
        return tr("Synced at %1").arg(QLocale().toString(m_lastRun.toLocalTime().time(), QLocale::ShortFormat));
    case State::Problem:
        return tr("Sync problem");
    case State::Conflicts:
        return tr("%n sync conflict(s)", nullptr, int(m_conflicts.size()));
    }
    return {};
}

QString SyncController::details() const
{
    return m_details;
}

void SyncController::start(std::function<Status(work::Job<SyncOutcome> &job)> work)
{
    if (m_task.isRunning())
        return;
    m_state = State::Running;
    emit stateChanged();
    m_task = m_notebook.worker().run<SyncOutcome>(std::move(work));
    work::watch<SyncOutcome>(
        m_task, this, [this](const SyncOutcome &outcome) { take(outcome); },
        [this](const Status &outcome) {
            if (!outcome && m_state == State::Running) {
                m_state = State::Problem;
                m_details = outcome.error().message;
                emit stateChanged();
            }
        });
}

void SyncController::syncNow()
{
    start([typed = m_sessionPassword](work::Job<SyncOutcome> &job) -> Status {
        SyncOutcome outcome;
        Notebook &notebook = job.notebook();
        auto collections = notebook.syncCollections();
        if (!collections)
            return collections.error();
        auto password = passwordFor(*collections, typed);
        if (!password) {
            outcome.error = password.error();
        } else {
            sync::SyncOptions options;
            options.cancelled = [&job] { return job.isCancelled(); };
            auto runs = sync::syncNotebook(notebook, *password, options);
            if (!runs)
                outcome.error = runs.error();
            else
                outcome.runs = *runs;
        }
        outcome.conflicts = namedConflicts(notebook, outcome.runs);
        if (auto stored = notebook.syncCollections())
            outcome.collections = *stored;
        job.deliver(outcome);
        return {};
    });
}

void SyncController::setUp(const sync::AccountSetup &setup)
{
    m_sessionPassword = setup.password; // for this session, whether or not the keyring takes it
    start([setup](work::Job<SyncOutcome> &job) -> Status {
        SyncOutcome outcome;
        outcome.setUp = true;
        auto done = sync::setUpAccount(job.notebook(), setup);
        if (!done) {
            outcome.error = done.error();
        } else {
            if (Status stored = sync::Keyring::storePassword(setup.server, setup.userName, setup.password); !stored) {
                outcome.message = tr("%1 Tend keeps the password until it closes; enter it here again next time.")
                                      .arg(stored.error().message);
            } else {
                outcome.message = tr("The password is in the desktop keyring.");
            }
        }
        if (auto stored = job.notebook().syncCollections())
            outcome.collections = *stored;
        job.deliver(outcome);
        return {};
    });
}

void SyncController::resolve(const PendingConflict &conflict, const sync::FieldMap &chosen)
{
    start([conflict, chosen, typed = m_sessionPassword](work::Job<SyncOutcome> &job) -> Status {
        SyncOutcome outcome;
        Notebook &notebook = job.notebook();
        auto collections = notebook.syncCollections();
        if (!collections)
            return collections.error();
        auto password = passwordFor(*collections, typed);
        if (!password) {
            outcome.error = password.error();
        } else {
            const sync::SyncReport report = sync::resolveConflict(notebook, *password, conflict.collection, conflict.decision, chosen);
            outcome.runs.append({conflict.collection, report});
            if (!report.error)
                outcome.resolvedUid = conflict.decision.uid;
        }
        outcome.conflicts = namedConflicts(notebook, outcome.runs);
        if (auto stored = notebook.syncCollections())
            outcome.collections = *stored;
        job.deliver(outcome);
        return {};
    });
}

void SyncController::take(const SyncOutcome &outcome)
{
    m_collections = outcome.collections;
    if (outcome.setUp) {
        // Connecting again to collections synced before keeps what their last run left.
        takeStoredOutcome();
        emit setUpFinished(!outcome.error, outcome.error ? outcome.error->message + u'\n' + outcome.message : outcome.message);
        applySchedule();
        emit stateChanged();
        return;
    }
    if (!outcome.resolvedUid.isEmpty()) {
        // One conflict was answered: it goes, unless the server changed it again and it is back.
        QList<PendingConflict> left;
        for (const PendingConflict &pending : std::as_const(m_conflicts)) {
            if (pending.decision.uid != outcome.resolvedUid || outcome.error)
                left.append(pending);
        }
        m_conflicts = left + outcome.conflicts;
    } else {
        m_conflicts = outcome.conflicts;
    }
    m_lastRun = QDateTime::currentDateTimeUtc();
    QStringList lines;
    bool failed = outcome.error.has_value();
    if (outcome.error)
        lines.append(outcome.error->message);
    for (const sync::CollectionRun &run : outcome.runs) {
        const QString kind = run.collection.kind == SyncKind::Contacts ? tr("Contacts") : tr("Reminders");
        lines.append(tr("%1: %2").arg(kind, sync::describeRun(run.report)));
        for (const sync::SyncProblem &problem : run.report.problems)
            lines.append(u"  "_s + problem.message);
        failed = failed || run.report.error || !run.report.problems.isEmpty();
    }
    m_details = lines.join(u'\n');
    m_state = !m_conflicts.isEmpty() ? State::Conflicts : failed ? State::Problem : State::Idle;
    emit stateChanged();
}

} // namespace tend::gui
