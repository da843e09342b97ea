#pragma once

#include "schedule/Clock.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace tend {
class Notebook;
}

namespace tend::gui {

class MainWindow;

// Owns the open notebook and the window over it. A restore needs every connection to the
// database closed, so it destroys the window (with its models, views and undo stack) and the
// notebook, restores, reopens the file and builds a fresh window.
class NotebookSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookSession)
public:
    explicit NotebookSession(std::unique_ptr<Notebook> notebook, QObject *parent = nullptr);
    ~NotebookSession() override;

    Notebook &notebook() const { return *m_notebook; }
    MainWindow *window() const { return m_window.get(); }
    MainWindow *createWindow();

    // On a worker thread, after createWindow(): the day's read of every page when the open left it
    // pending (IntegrityCheck::Deferred), then the day's safety copy when due. A damaged file
    // brings the offer to restore the newest good backup; a failed copy is shown in the status
    // bar. Never blocks. dailyMaintenanceFinished() follows.
    void startDailyMaintenance();

    // What File > Restore from Backup… does once the user confirmed `file`. Returns the path where
    // the replaced notebook was kept; the outcome is also reported in the (new) window.
    Result<QString> restoreFrom(const QString &file);

signals:
    void windowReplaced(tend::gui::MainWindow *window);
    void dailyMaintenanceFinished();
    // The notebook could not be reopened after a restore; the application cannot go on.
    void notebookLost();

private:
    void offerRestoreOfDamagedNotebook(const Error &damage);
    void showMessage(const QString &text, bool failure);

    QString m_path;
    Clock m_clock;
    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tend::gui
