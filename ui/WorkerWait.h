#pragma once

#include "util/Result.h"
#include "work/Worker.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QString>

namespace tend::gui {

// Waits for a worker job the next step depends on (an undo of an import) without blocking the
// GUI thread: an application-modal progress dialog, shown after 300 ms, keeps the window painting
// and takes no input meanwhile. Returns the job's outcome.
template<typename Batch>
Status waitForWorker(work::Task<Batch> task, const QString &label)
{
    if (!task.isRunning())
        return task.outcome();
    QProgressDialog progress(label, QString(), 0, 0, QApplication::activeWindow());
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QFutureWatcher<Batch> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(task.future());
    if (!task.future().isFinished())
        loop.exec();
    return task.outcome();
}

} // namespace tend::gui
