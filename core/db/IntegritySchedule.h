#pragma once

#include <QDate>
#include <QString>

#include <memory>

namespace tend {

// When an open reads every page of the file (PRAGMA quick_check), so that a damaged file is still
// found before Tend writes to it without every command paying for a scan (docs/reliability.md,
// "When Tend reads the whole file"). The check is due when no check passed today, or when the
// last session ended uncleanly: a write-ahead log left behind while no Tend holds the notebook
// means a crash, a kill or a power cut.
//
// The record is a small file in the backups folder naming the day of the last passed check and the
// file it passed (device and inode: a file copied or renamed over the notebook is checked); while
// a notebook is open, its process holds a shared lock (flock) on it. Lives for as long as its
// connection.
class IntegritySchedule final
{
    Q_DISABLE_COPY_MOVE(IntegritySchedule)
public:
    // Reads the record and takes the session lock; call before SQLite opens the file. Never fails:
    // a record that cannot be read or locked makes the check due.
    static std::unique_ptr<IntegritySchedule> begin(const QString &databasePath);
    ~IntegritySchedule();

    bool checkDue(QDate today) const;
    bool lastSessionEndedUncleanly() const { return m_uncleanEnd; }
    // After a passed check; best effort (a record that cannot be written only means another check).
    void recordPassed(QDate today);
    // After a failed one: the next open checks again.
    void forget();

    static QString recordPathFor(const QString &databasePath);

private:
    IntegritySchedule() = default;
    static QString fileIdentity(const QString &path); // device and inode
    bool openRecord();
    void holdShared();

    QString m_folder;
    QString m_recordPath;
    QString m_identity;
    int m_fd = -1;
    bool m_uncleanEnd = false;
    QDate m_lastPassed;
};

} // namespace tend
