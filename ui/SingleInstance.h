#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace tend::gui {

// One Tend window per database: the first instance holds a lock file beside the database and
// listens on a user-private local socket; a second instance asks it to come to the front (and to
// open the files it was given, `tend FILE.vcf`) and exits instead of opening a second writer.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    enum class Outcome { Primary, ActivatedOther, Failed };

    explicit SingleInstance(const QString &databasePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the primary instance, or wakes the running one and hands it `files` to import.
    Outcome start(const QStringList &files = {});
    QString errorText() const { return m_error; }

    // The socket name for a database: a hash of its canonical path and the user's name.
    static QString serverName(const QString &databasePath);
    static QString lockPath(const QString &databasePath);

signals:
    void activationRequested();
    // Another instance was started with files to import (absolute paths); after activationRequested.
    void filesRequested(const QStringList &files);

private:
    bool activateRunning(const QStringList &files) const;
    void readRequest(QLocalSocket *socket);

    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace tend::gui
