#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace tend::sync::test {

// A Radicale server (Debian's `radicale`) for one test suite: on 127.0.0.1, on a port the kernel
// picks, with its storage in a temporary folder and htpasswd authentication (plain passwords: the
// only method Debian's radicale has without python3-bcrypt, and this is a throwaway server). It dies
// with the test process (PR_SET_PDEATHSIG), and every wait is bounded.
class RadicaleServer final
{
    Q_DISABLE_COPY_MOVE(RadicaleServer)
public:
    struct Account
    {
        QString user;
        QString password;
    };

    explicit RadicaleServer(QList<Account> accounts = {{QStringLiteral("tend"), QStringLiteral("tend-secret")}});

    // Serve https:// with a self-signed certificate made by openssl for 127.0.0.1 (one no system
    // trusts). Set before start().
    bool tls = false;
    ~RadicaleServer();

    // Starts it and waits (at most `timeoutMs`) until it listens. `port` 0: any free port; give the
    // old port to start again on the same storage after stop() or kill(). False, with the log in
    // `error`, when it did not come up.
    bool start(QString *error, quint16 port = 0, int timeoutMs = 20'000);
    void stop(); // SIGTERM, then SIGKILL after 5 s
    void kill(); // SIGKILL now: the server vanishes mid-run
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    const Account &account() const { return m_accounts.first(); }
    QString log() const;
    // Where the server keeps a collection's files ("/tend/tasks/" → …/collection-root/tend/tasks):
    // for seeding a large collection without thousands of PUTs.
    QString folderOf(const QString &collectionPath) const;

private:
    bool writeConfig(quint16 port, QString *error);
    bool makeCertificate(QString *error);

    QList<Account> m_accounts;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    qint64 m_logOffset = 0;
};

// The independent client on the other side: tests/sync/radicale/phone.py (python3-caldav), started
// once and fed one command a line, so Python loads once per suite. Each answer is bounded to 30 s;
// a failed command fails the test with Python's message.
class Phone final
{
    Q_DISABLE_COPY_MOVE(Phone)
public:
    explicit Phone(RadicaleServer::Account account) : m_account(std::move(account)) {}
    ~Phone();

    QJsonObject run(const QStringList &arguments);

private:
    RadicaleServer::Account m_account;
    QProcess m_process;
};

} // namespace tend::sync::test
