#include "sync/account/Keyring.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace tend::sync {
namespace {

struct KeyringText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::Keyring)
};

const QString service = u"Tend CardDAV/CalDAV"_s;

QString keyFor(const QString &serverUrl, const QString &userName)
{
    return userName + u'@' + serverUrl;
}

// Runs a keyring job to its end; the job's error, in words, if it failed.
Status finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error::notFound(KeyringText::tr("The desktop keyring holds no sync password for this account."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{Error::Code::Unauthorized, KeyringText::tr("The desktop keyring refused access to the sync password.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return Error{Error::Code::Io, KeyringText::tr("The desktop keyring could not be used: %1.").arg(job.errorString())};
}

} // namespace

Result<QString> Keyring::password(const QString &serverUrl, const QString &userName)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(serverUrl, userName));
    if (Status done = finish(job); !done)
        return done.error();
    return job.textData();
}

Status Keyring::storePassword(const QString &serverUrl, const QString &userName, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(serverUrl, userName));
    job.setTextData(password);
    return finish(job);
}

Status Keyring::forgetPassword(const QString &serverUrl, const QString &userName)
{
    QKeychain::DeletePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(keyFor(serverUrl, userName));
    return finish(job);
}

} // namespace tend::sync
