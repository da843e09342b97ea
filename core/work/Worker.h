#pragma once

#include "schedule/Clock.h"
#include "util/Result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <functional>
#include <limits>
#include <memory>

namespace tend {
class Notebook;
}

// Long work off the GUI thread: backups, reports over a big notebook, and later imports, exports
// and sync. A job runs on a worker thread with a Notebook of its own, opened on the same file (an
// SQLite connection belongs to the thread that opened it), and hands its results back in batches
// through Qt's QFuture: the GUI thread gets them from a QFutureWatcher, in order, with progress,
// and can cancel. See work::watch for the receiving side.
namespace tend::work {

// What a job sees on its worker thread.
template<typename Batch>
class Job final
{
    Q_DISABLE_COPY_MOVE(Job)
public:
    Job(Notebook &notebook, QPromise<Batch> &promise) : m_notebook(notebook), m_promise(promise) {}

    // The job's own notebook: same file and clock as the one that started it, its own connection.
    Notebook &notebook() { return m_notebook; }
    // True once the owner cancelled; a long job checks it between steps and stops.
    bool isCancelled() const { return m_promise.isCanceled(); }
    // How far it got (any scale); shown by the receiver.
    void progress(qint64 done, qint64 total)
    {
        const qint64 scale = total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
        m_promise.setProgressRange(0, int(total / scale));
        m_promise.setProgressValue(int(done / scale));
    }
    // Sends a batch of results to the owner's thread; batches arrive in the order delivered.
    void deliver(Batch batch) { m_promise.addResult(std::move(batch)); }
    // A progress function for Notebook::writeInBulk and other core calls: reports, and stops them
    // once cancelled.
    std::function<bool(qint64, qint64)> progressFunction()
    {
        return [this](qint64 done, qint64 total) {
            progress(done, total);
            return !isCancelled();
        };
    }

private:
    Notebook &m_notebook;
    QPromise<Batch> &m_promise;
};

// The owner's handle on a started job.
template<typename Batch>
class Task
{
public:
    Task() = default;
    Task(QFuture<Batch> future, std::shared_ptr<const Status> outcome)
        : m_future(std::move(future)), m_outcome(std::move(outcome))
    {
    }

    QFuture<Batch> future() const { return m_future; }
    bool isRunning() const { return m_future.isValid() && !m_future.isFinished(); }
    void cancel() { m_future.cancel(); }
    // The job's result once the future has finished: success, its error, or Cancelled.
    Status outcome() const { return m_outcome ? *m_outcome : Status(Error::cancelled({})); }
    // Blocks until the job is done (tests, and a command line that has nothing else to do).
    Status wait()
    {
        m_future.waitForFinished();
        return outcome();
    }

private:
    QFuture<Batch> m_future;
    std::shared_ptr<const Status> m_outcome;
};

// Runs jobs for one notebook file. Its destructor cancels every job and waits for it, so no
// connection to the file outlives the Worker (a restore needs them all closed).
class Worker final
{
    Q_DISABLE_COPY_MOVE(Worker)
public:
    // `finished` runs on the worker thread after each job (the owning Notebook queues a look for
    // the job's writes from it).
    Worker(QString path, Clock clock, std::function<void()> finished = {});
    ~Worker();

    void setClock(const Clock &clock) { m_clock = clock; }

    template<typename Batch>
    Task<Batch> run(std::function<Status(Job<Batch> &job)> work)
    {
        auto promise = std::make_shared<QPromise<Batch>>();
        auto outcome = std::make_shared<Status>();
        QFuture<Batch> future = promise->future();
        promise->start();
        track([future]() mutable { future.cancel(); }, [future] { return future.isFinished(); });
        start([promise, outcome, work = std::move(work)](Notebook *notebook, const Status &opened) {
            if (!opened)
                *outcome = opened;
            else if (promise->isCanceled())
                *outcome = cancelledBeforeStart();
            else {
                Job<Batch> job(*notebook, *promise);
                *outcome = work(job);
                if (*outcome && promise->isCanceled())
                    *outcome = cancelledBeforeStart();
            }
            promise->finish();
        });
        return Task<Batch>(std::move(future), std::move(outcome));
    }

    // Cancels every job; a job in the middle of a statement has it interrupted (Notebook::interrupt),
    // so that closing a window never waits for a long read to run its course.
    void cancelAll();
    // Waits for every job to finish (tests; the destructor).
    void waitForAll();

private:
    static Status cancelledBeforeStart();
    void track(std::function<void()> cancel, std::function<bool()> finished);
    void start(std::function<void(Notebook *notebook, const Status &opened)> body);

    struct Running
    {
        std::function<void()> cancel;
        std::function<bool()> finished;
    };

    // The notebooks of the jobs running now, so that cancelAll stops their statements at once.
    struct OpenNotebooks
    {
        QMutex mutex;
        QSet<const Notebook *> notebooks;
    };

    QString m_path;
    Clock m_clock;
    std::function<void()> m_finished;
    QThreadPool m_pool;
    QList<Running> m_running; // touched on the owner's thread only
    std::shared_ptr<OpenNotebooks> m_open = std::make_shared<OpenNotebooks>();
};

// The receiving side, on the thread of `context` (the GUI): calls `onBatch` for each batch as it
// arrives, `onProgress` as the job reports, and `onFinished` once with the outcome. Nothing is
// called after `context` is destroyed.
template<typename Batch>
void watch(const Task<Batch> &task, QObject *context, std::function<void(const Batch &batch)> onBatch,
           std::function<void(const Status &outcome)> onFinished,
           std::function<void(int done, int total)> onProgress = {})
{
    auto *watcher = new QFutureWatcher<Batch>(context);
    QObject::connect(watcher, &QFutureWatcherBase::resultsReadyAt, context, [watcher, onBatch](int begin, int end) {
        for (int index = begin; index < end; ++index)
            onBatch(watcher->resultAt(index));
    });
    if (onProgress) {
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context,
                         [watcher, onProgress](int value) { onProgress(value, watcher->progressMaximum()); });
    }
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, task, onFinished] {
        watcher->deleteLater();
        onFinished(task.outcome());
    });
    watcher->setFuture(task.future());
}

} // namespace tend::work
