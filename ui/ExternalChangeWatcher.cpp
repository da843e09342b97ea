#include "ExternalChangeWatcher.h"

#include "Notebook.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tend::gui {

ExternalChangeWatcher::ExternalChangeWatcher(Notebook &notebook, QObject *parent)
    : QObject(parent), m_notebook(notebook)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    auto changed = [this] {
        watchFiles(); // a replaced or newly created -wal is not watched yet
        m_settle.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    watchFiles();
}

void ExternalChangeWatcher::watchFiles()
{
    const QString path = m_notebook.path();
    QStringList wanted{path, path + u"-wal"_s};
    QStringList missing;
    for (const QString &file : std::as_const(wanted))
        if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
            missing.append(file);
    if (!missing.isEmpty())
        m_watcher.addPaths(missing);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(path + u"-wal"_s) && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder); // to notice the -wal file appearing
    else if (QFileInfo::exists(path + u"-wal"_s) && m_watcher.directories().contains(folder))
        m_watcher.removePath(folder);
}

void ExternalChangeWatcher::check()
{
    m_notebook.checkForExternalChanges();
    emit checked();
}

} // namespace tend::gui
