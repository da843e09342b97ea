#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace tend {
class Notebook;
}

namespace tend::gui {

// Notices when another process (the CLI) commits to the open database: watches the database and
// its -wal file, and confirms with SQLite's data_version before telling the notebook, so the
// window's own writes never cause a reload. No polling.
class ExternalChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExternalChangeWatcher)
public:
    ExternalChangeWatcher(Notebook &notebook, QObject *parent = nullptr);

    // Checks now (also what the file watcher triggers, after a short settling delay).
    void check();

signals:
    // After each check, whether or not it found a change (tests wait for it instead of sleeping).
    void checked();

private:
    void watchFiles();

    Notebook &m_notebook;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace tend::gui
