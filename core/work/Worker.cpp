#include "work/Worker.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::work {
namespace {

// A backup, a report and a search can run side by side; SQLite's WAL lets them read while the
// owner writes.
constexpr int maxThreads = 3;

} // namespace

Worker::Worker(QString path, Clock clock, std::function<void()> finished)
    : m_path(std::move(path)), m_clock(clock), m_finished(std::move(finished))
{
    m_pool.setMaxThreadCount(maxThreads);
}

Worker::~Worker()
{
    cancelAll();
    waitForAll();
}

Status Worker::cancelledBeforeStart()
{
    return Error::cancelled(QCoreApplication::translate("tend::work::Worker", "Cancelled: nothing was changed."));
}

void Worker::track(std::function<void()> cancel, std::function<bool()> finished)
{
    m_running.removeIf([](const Running &running) { return running.finished(); });
    m_running.append({std::move(cancel), std::move(finished)});
}

void Worker::cancelAll()
{
    for (const Running &running : std::as_const(m_running))
        running.cancel();
    const QMutexLocker lock(&m_open->mutex);
    for (const Notebook *notebook : std::as_const(m_open->notebooks))
        notebook->interrupt();
}

void Worker::waitForAll()
{
    m_pool.waitForDone();
    m_running.clear();
}

void Worker::start(std::function<void(Notebook *notebook, const Status &opened)> body)
{
    m_pool.start([path = m_path, clock = m_clock, body = std::move(body), finished = m_finished, open = m_open] {
        // The file was opened, checked and migrated by the notebook that owns this Worker.
        OpenOptions options;
        options.create = false;
        options.migrate = false;
        options.check = IntegrityCheck::Never;
        auto opened = Notebook::open(path, options, clock);
        if (opened) {
            std::unique_ptr<Notebook> notebook = std::move(opened).value();
            {
                const QMutexLocker lock(&open->mutex);
                open->notebooks.insert(notebook.get());
            }
            body(notebook.get(), {});
            const QMutexLocker lock(&open->mutex);
            open->notebooks.remove(notebook.get());
        } else {
            body(nullptr, opened.error());
        }
        if (finished)
            finished();
    });
}

} // namespace tend::work
