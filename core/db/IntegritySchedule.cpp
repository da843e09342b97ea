#include "db/IntegritySchedule.h"

#include "db/Database.h"
#include "db/DurableFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tend {

QString IntegritySchedule::fileIdentity(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return u"%1:%2"_s.arg(qulonglong(info.st_dev)).arg(qulonglong(info.st_ino));
}

QString IntegritySchedule::recordPathFor(const QString &databasePath)
{
    return QDir(Database::backupFolderFor(databasePath)).filePath(u"."_s + QFileInfo(databasePath).fileName()
                                                                  + u".checked"_s);
}

std::unique_ptr<IntegritySchedule> IntegritySchedule::begin(const QString &databasePath)
{
    std::unique_ptr<IntegritySchedule> schedule(new IntegritySchedule);
    schedule->m_recordPath = recordPathFor(databasePath);
    schedule->m_folder = Database::backupFolderFor(databasePath);
    schedule->m_identity = fileIdentity(databasePath);
    if (!QFileInfo(schedule->m_folder).isDir())
        return schedule; // no record: due; nothing is created before the file proved to be Tend's
    if (!schedule->openRecord())
        return schedule;

    // Alone: no other process has this notebook open. SQLite deletes the log when the last
    // connection closes, so a log left behind then is the mark of a session that never closed.
    const bool alone = ::flock(schedule->m_fd, LOCK_EX | LOCK_NB) == 0;
    if (alone)
        schedule->m_uncleanEnd = QFileInfo(databasePath + u"-wal"_s).size() > 0;

    char text[96] = {};
    const ssize_t length = ::pread(schedule->m_fd, text, sizeof text - 1, 0);
    const QStringList record = length > 0 ? QString::fromLatin1(text, length).simplified().split(u' ') : QStringList();
    // The record speaks for the file it was written for: one copied or renamed over the notebook
    // (a restore by hand, another program) is a new file, checked again.
    if (record.size() == 2 && record.at(1) == schedule->m_identity)
        schedule->m_lastPassed = QDate::fromString(record.at(0), Qt::ISODate);

    schedule->holdShared();
    return schedule;
}

bool IntegritySchedule::openRecord()
{
    m_fd = ::open(QFile::encodeName(m_recordPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    return m_fd >= 0;
}

void IntegritySchedule::holdShared()
{
    if (::flock(m_fd, LOCK_SH) != 0) { // waits while another open decides, a moment
        ::close(m_fd);
        m_fd = -1;
    }
}

IntegritySchedule::~IntegritySchedule()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

bool IntegritySchedule::checkDue(QDate today) const
{
    return m_fd < 0 || m_uncleanEnd || !m_lastPassed.isValid() || m_lastPassed != today;
}

void IntegritySchedule::recordPassed(QDate today)
{
    m_uncleanEnd = false;
    m_lastPassed = today;
    if (m_fd < 0 && durable::makePrivateFolder(m_folder) && openRecord())
        holdShared();
    if (m_fd < 0)
        return;
    const QByteArray text = (today.toString(Qt::ISODate) + u' ' + m_identity).toLatin1() + '\n';
    if (::ftruncate(m_fd, 0) == 0)
        (void)::pwrite(m_fd, text.constData(), size_t(text.size()), 0);
}

void IntegritySchedule::forget()
{
    m_lastPassed = {};
    if (m_fd >= 0)
        (void)::ftruncate(m_fd, 0);
}

} // namespace tend
