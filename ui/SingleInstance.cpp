#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
// The request: "activate", then one "open <percent-encoded absolute path>" per file, then "end",
// each on its own line.
constexpr QByteArrayView activateLine = "activate";
constexpr QByteArrayView openPrefix = "open ";
constexpr QByteArrayView endLine = "end";
}

SingleInstance::SingleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(canonical.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(user.toUtf8());
    return u"tend-"_s + QString::fromLatin1(hash.result().toHex().left(24));
}

QString SingleInstance::lockPath(const QString &databasePath)
{
    return databasePath + u".gui-lock"_s;
}

SingleInstance::Outcome SingleInstance::start(const QStringList &files)
{
    m_lock = std::make_unique<QLockFile>(lockPath(m_databasePath));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!m_lock->tryLock(100)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            if (activateRunning(files))
                return Outcome::ActivatedOther;
            m_error = tr("Tend is already open on this notebook, but is not responding.");
            return Outcome::Failed;
        }
        // The folder is read-only or similar: run without single-instance protection.
        return Outcome::Primary;
    }
    const QString name = serverName(m_databasePath);
    QLocalServer::removeServer(name); // left behind by a crashed instance; we hold the lock
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(name)) {
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    return Outcome::Primary;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    // The request may arrive in pieces: it is read once its last line is there.
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    const QList<QByteArray> lines = request.split('\n');
    if (!lines.contains(endLine.toByteArray()) && request.size() < 1024 * 1024)
        return;
    QStringList files;
    bool activate = false;
    for (const QByteArray &line : lines) {
        if (line == activateLine)
            activate = true;
        else if (line.startsWith(openPrefix))
            files.append(QString::fromUtf8(QByteArray::fromPercentEncoding(line.mid(openPrefix.size()))));
    }
    socket->disconnectFromServer();
    if (!activate)
        return;
    emit activationRequested();
    if (!files.isEmpty())
        emit filesRequested(files);
}

bool SingleInstance::activateRunning(const QStringList &files) const
{
    QLocalSocket socket;
    socket.connectToServer(serverName(m_databasePath));
    if (!socket.waitForConnected(1000))
        return false;
    QByteArray request = activateLine.toByteArray() + '\n';
    for (const QString &file : files)
        request += openPrefix.toByteArray() + QFileInfo(file).absoluteFilePath().toUtf8().toPercentEncoding() + '\n';
    request += endLine.toByteArray() + '\n';
    socket.write(request);
    socket.waitForBytesWritten(1000);
    socket.waitForDisconnected(500);
    return true;
}

} // namespace tend::gui
