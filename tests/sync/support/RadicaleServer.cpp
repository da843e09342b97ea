#include "RadicaleServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace tend::sync::test {

namespace {

// Memory-backed when the system has it: Radicale fsyncs every write, and the data is thrown away.
// TEND_RADICALE_TMP names another folder (the benchmark's run on disk).
QString storageTemplate()
{
    if (const QString chosen = qEnvironmentVariable("TEND_RADICALE_TMP"); !chosen.isEmpty())
        return chosen + u"/tend-radicale-XXXXXX"_s;
    const QDir shm(u"/dev/shm"_s);
    const QString base = shm.exists() && QFileInfo(shm.path()).isWritable() ? shm.path() : QDir::tempPath();
    return base + u"/tend-radicale-XXXXXX"_s;
}

} // namespace

RadicaleServer::RadicaleServer(QList<Account> accounts) : m_accounts(std::move(accounts)), m_dir(storageTemplate())
{
#ifdef Q_OS_LINUX
    // If the test process dies, so does the server.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

RadicaleServer::~RadicaleServer()
{
    stop();
}

QUrl RadicaleServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}

QString RadicaleServer::log() const
{
    QFile file(m_dir.filePath(u"radicale.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString RadicaleServer::folderOf(const QString &collectionPath) const
{
    return QDir::cleanPath(m_dir.filePath(u"collections/collection-root/"_s + collectionPath));
}

bool RadicaleServer::writeConfig(quint16 port, QString *error)
{
    QFile users(m_dir.filePath(u"users"_s));
    if (!users.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write "_s + users.fileName();
        return false;
    }
    for (const Account &account : std::as_const(m_accounts))
        users.write((account.user + u':' + account.password + u'\n').toUtf8());

    QString config = uR"([server]
hosts = 127.0.0.1:%1
max_connections = 20
timeout = 10
[auth]
type = htpasswd
htpasswd_filename = %2
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = %3
[web]
type = none
[logging]
level = info
mask_passwords = True
)"_s.arg(port).arg(users.fileName(), m_dir.filePath(u"collections"_s));
    if (tls) {
        if (!makeCertificate(error))
            return false;
        config.replace(u"[auth]"_s, u"ssl = True\ncertificate = %1\nkey = %2\n[auth]"_s.arg(m_dir.filePath(u"cert.pem"_s),
                                                                                         m_dir.filePath(u"key.pem"_s)));
    }
    QFile file(m_dir.filePath(u"config"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write "_s + file.fileName();
        return false;
    }
    file.write(config.toUtf8());
    return true;
}

bool RadicaleServer::makeCertificate(QString *error)
{
    if (QFileInfo::exists(m_dir.filePath(u"cert.pem"_s)))
        return true;
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
    if (!openssl.waitForFinished(20'000) || openssl.exitCode() != 0) {
        *error = u"openssl could not make a certificate: "_s + QString::fromUtf8(openssl.readAllStandardError());
        openssl.kill();
        return false;
    }
    return true;
}

bool RadicaleServer::start(QString *error, quint16 port, int timeoutMs)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    if (!writeConfig(port, error))
        return false;
    const QString logPath = m_dir.filePath(u"radicale.log"_s);
    m_logOffset = QFileInfo(logPath).size();
    // The log goes to a file, so that a full pipe never stalls the server while a test is busy.
    m_process.setStandardOutputFile(logPath, QIODevice::Append);
    m_process.setStandardErrorFile(logPath, QIODevice::Append);
    m_process.start(QStringLiteral(TEND_RADICALE), {u"--config"_s, m_dir.filePath(u"config"_s)});
    if (!m_process.waitForStarted(5000)) {
        *error = u"radicale did not start: "_s + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(uR"(Listening on '\[?127\.0\.0\.1\]?:(\d+)')"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QString text = log().mid(m_logOffset);
        const QRegularExpressionMatch match = listening.match(text);
        if (match.hasMatch() && text.contains(u"Radicale server ready"_s)) {
            m_port = match.captured(1).toUShort();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForFinished(50);
    }
    *error = u"radicale did not come up:\n"_s + log();
    kill();
    return false;
}

void RadicaleServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

void RadicaleServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

Phone::~Phone()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // EOF: phone.py ends
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QJsonObject Phone::run(const QStringList &arguments)
{
    auto fail = [&](const QByteArray &why) {
        QTest::qFail(QByteArray("phone.py " + arguments.join(u' ').toUtf8() + ": " + why).constData(), __FILE__, __LINE__);
        return QJsonObject();
    };
    if (m_process.state() == QProcess::NotRunning) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(TEND_PYTHON3), {QStringLiteral(TEND_PHONE_SCRIPT), u"serve"_s});
        if (!m_process.waitForStarted(10'000))
            return fail("did not start: " + m_process.errorString().toUtf8());
    }
    const QJsonArray words = QJsonArray::fromStringList(QStringList{m_account.user, m_account.password} + arguments);
    m_process.write(QJsonDocument(words).toJson(QJsonDocument::Compact) + '\n');
    QDeadlineTimer deadline(30'000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return fail("no answer within 30 s: " + m_process.readAllStandardError());
        m_process.waitForReadyRead(std::max<qint64>(1, deadline.remainingTime()));
    }
    const QJsonObject answer = QJsonDocument::fromJson(m_process.readLine()).object();
    if (answer.contains(u"error"_s))
        return fail(answer.value(u"error"_s).toString().toUtf8());
    return answer;
}

} // namespace tend::sync::test
