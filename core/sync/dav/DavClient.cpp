#include "sync/dav/DavClient.h"

#include "sync/dav/DavXml.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDav, "tend.sync.dav")

namespace tend::sync::dav {
namespace {

struct DavClientText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::dav::DavClient)
};

Error networkError(const QString &message)
{
    return Error{Error::Code::Network, message};
}

QString where(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DavClient::DavClient(Credentials credentials, ClientOptions options)
    : m_credentials(std::move(credentials)), m_options(options)
{
    // Redirects are followed by hand, so that each one is checked and counted and keeps the method.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setAutoDeleteReplies(false);
    // Digest and other schemes: answer each challenge once, with the same credentials.
    QObject::connect(&m_network, &QNetworkAccessManager::authenticationRequired, &m_network,
                     [this](QNetworkReply *reply, QAuthenticator *authenticator) {
                         if (reply->property("tend.answered").toBool() || m_credentials.user.isEmpty())
                             return;
                         reply->setProperty("tend.answered", true);
                         authenticator->setUser(m_credentials.user);
                         authenticator->setPassword(m_credentials.password);
                     });
}

DavClient::~DavClient() = default;

bool DavClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

Status DavClient::checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(DavClientText::tr("\"%1\" is not a server address.").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        return Error::invalid(DavClientText::tr("Tend talks to %1 only over https://: plain http:// would send your password and "
                                 "your contacts readable by anyone on the way. (Plain http:// is allowed only to "
                                 "this computer: localhost or 127.0.0.1.)").arg(url.host()));
    }
    return Error::invalid(DavClientText::tr("\"%1\" is not an http(s) address.").arg(where(url)));
}

Error DavClient::failure(const Request &request, const Response &response)
{
    const QString context = DavClientText::tr("HTTP %1, %2 %3").arg(response.status).arg(QString::fromLatin1(request.method), where(request.url));
    QString message;
    Error::Code code = Error::Code::Network;
    switch (response.status) {
    case 401:
        code = Error::Code::Unauthorized;
        message = DavClientText::tr("The server refused the user name or password");
        break;
    case 403:
        code = Error::Code::Unauthorized;
        message = DavClientText::tr("The server does not allow this user to do that");
        break;
    case 404:
        message = DavClientText::tr("The server has nothing at that address");
        break;
    case 405:
        message = DavClientText::tr("The server does not allow that here");
        break;
    case 409:
        message = DavClientText::tr("The server refused because something it needs is missing");
        break;
    case 412:
        message = DavClientText::tr("It changed on the server in the meantime");
        break;
    case 413:
        message = DavClientText::tr("The server refused it as too large");
        break;
    case 415:
        message = DavClientText::tr("The server does not accept this kind of data");
        break;
    case 507:
        message = DavClientText::tr("The server has run out of space");
        break;
    default:
        if (response.status >= 500)
            message = DavClientText::tr("The server failed; try again later");
        else
            message = DavClientText::tr("The server answered with an error");
        break;
    }
    return Error{code, message + u" ("_s + context + u")."_s};
}

Result<Response> DavClient::send(const Request &request)
{
    Request current = request;
    for (int redirects = 0;; ++redirects) {
        if (Status allowed = checkTransport(current.url); !allowed)
            return allowed.error();
        Result<Response> response = sendOnce(current);
        if (!response || !isRedirect(response->status))
            return response;
        const QByteArray location = response->header("Location");
        if (location.isEmpty())
            return response;
        if (redirects >= m_options.maxRedirects)
            return networkError(DavClientText::tr("The server redirected Tend more than %1 times, starting from %2.")
                                    .arg(m_options.maxRedirects).arg(where(request.url)));
        const QUrl next = current.url.resolved(QUrl::fromEncoded(location));
        if (current.url.scheme() == u"https" && next.scheme() != u"https")
            return networkError(DavClientText::tr("The server tried to send Tend from a secure address to an insecure one (%1).").arg(where(next)));
        qCDebug(lcDav) << "redirect" << response->status << where(current.url) << "->" << where(next);
        current.url = next;
    }
}

Result<Response> DavClient::sendOnce(const Request &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setTransferTimeout(m_options.transferTimeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Tend/" + QCoreApplication::applicationVersion().toUtf8()));
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!m_credentials.user.isEmpty()) {
        // Sent up front: the connection is TLS or stays on this machine (checkTransport).
        const QByteArray pair = (m_credentials.user + u':' + m_credentials.password).toUtf8();
        networkRequest.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }

    ++m_requestsSent;
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(networkRequest, request.method, request.body));
    QByteArray body;
    bool tooLarge = false;
    bool timedOut = false;
    QList<QSslError> sslErrors;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply.get(), [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        body += reply->readAll();
        if (body.size() > m_options.maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&](const QList<QSslError> &errors) { sslErrors = errors; });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_options.requestTimeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (reply->isOpen())
        body += reply->readAll();

    if (tooLarge)
        return networkError(DavClientText::tr("The server's answer to %1 %2 is larger than %3 MB; Tend stopped reading it.")
                                .arg(QString::fromLatin1(request.method), where(request.url))
                                .arg(m_options.maxResponseBytes / (1024 * 1024)));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!timedOut && status.isValid()) {
        Response response;
        response.status = status.toInt();
        response.body = body;
        response.url = request.url;
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        qCDebug(lcDav) << request.method << where(request.url) << response.status << body.size() << "bytes";
        return response;
    }

    const QString host = request.url.host();
    const int seconds = std::max(1, (timedOut ? m_options.requestTimeoutMs : m_options.transferTimeoutMs) / 1000);
    qCInfo(lcDav) << request.method << where(request.url) << "failed:" << reply->error() << reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return networkError(DavClientText::tr("Nothing answers at %1 (connection refused): is the server running?")
                                .arg(request.url.port() > 0 ? host + u':' + QString::number(request.url.port()) : host));
    case QNetworkReply::HostNotFoundError:
        return networkError(DavClientText::tr("The server name %1 could not be found: check the address and the connection.").arg(host));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return networkError(DavClientText::tr("%1 did not answer within %2 seconds.").arg(host).arg(seconds));
    case QNetworkReply::RemoteHostClosedError:
        return networkError(DavClientText::tr("%1 closed the connection before answering.").arg(host));
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &error : std::as_const(sslErrors))
            reasons.append(error.errorString());
        return networkError(DavClientText::tr("A secure connection to %1 could not be set up: %2. Tend trusts the certificates "
                               "this system trusts.")
                                .arg(host, reasons.isEmpty() ? reply->errorString() : reasons.join(u"; "_s)));
    }
    default:
        return networkError(DavClientText::tr("%1 could not be reached: %2.").arg(host, reply->errorString()));
    }
}

Result<Multistatus> DavClient::propfind(const QUrl &url, int depth, const QStringList &properties)
{
    Request request{"PROPFIND", url, xml::propfind(properties), "application/xml; charset=utf-8",
                    {{"Depth", QByteArray::number(depth)}}};
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    if (response->status != 207)
        return failure(request, *response);
    Result<Multistatus> parsed = xml::parseMultistatus(response->body);
    if (parsed)
        parsed->url = response->url;
    return parsed;
}

Result<Multistatus> DavClient::report(const QUrl &url, int depth, const QByteArray &body)
{
    Request request{"REPORT", url, body, "application/xml; charset=utf-8", {{"Depth", QByteArray::number(depth)}}};
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    if (response->status != 207)
        return failure(request, *response);
    Result<Multistatus> parsed = xml::parseMultistatus(response->body);
    if (parsed)
        parsed->url = response->url;
    return parsed;
}

} // namespace tend::sync::dav
