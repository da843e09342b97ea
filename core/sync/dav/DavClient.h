#pragma once

#include "sync/dav/Multistatus.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <utility>

namespace tend::sync::dav {

struct Credentials
{
    QString user;
    QString password;
};

// Every request is bounded: no answer (not one byte) for `transferTimeoutMs` or no full answer in
// `requestTimeoutMs` aborts it; at most `maxRedirects` redirects are followed; bodies over
// `maxResponseBytes` are refused. A server may think for a long time before the first byte of a
// big report (Radicale on a disk: over 30 s for a first sync of 5,000 cards), hence two minutes.
struct ClientOptions
{
    int transferTimeoutMs = 120'000;
    int requestTimeoutMs = 600'000;
    int maxRedirects = 5;
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

struct Request
{
    QByteArray method; // "PROPFIND", "REPORT", "GET", "PUT", "DELETE", "MKCOL", "MKCALENDAR"
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers; // Depth, If-Match, If-None-Match…
};

struct Response
{
    int status = 0;
    QByteArray body;
    QUrl url; // where the answer came from, after redirects
    QList<std::pair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool succeeded() const { return status / 100 == 2; }
};

// HTTP for WebDAV over Qt Network, blocking the calling thread (a worker, or the command line: never
// the GUI thread) until the answer is in. Requests go over TLS with the system's CAs; plain http:// only
// to a loopback address. Any HTTP status comes back as a Response; what never got one (refused,
// unreachable, timed out, an untrusted certificate) comes back as an Error a person can read.
class DavClient final
{
    Q_DISABLE_COPY_MOVE(DavClient)
public:
    explicit DavClient(Credentials credentials, ClientOptions options = {});
    ~DavClient();

    // Ok for https://, and for http:// to localhost or a loopback address; otherwise an Error saying why.
    static Status checkTransport(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    Result<Response> send(const Request &request);

    // PROPFIND with Depth 0 or 1 for these properties (Clark notation); a status other than 207 becomes
    // an Error.
    Result<Multistatus> propfind(const QUrl &url, int depth, const QStringList &properties);
    // REPORT with this body; a status other than 207 becomes an Error.
    Result<Multistatus> report(const QUrl &url, int depth, const QByteArray &body);

    // A plain-language Error for a response that did not succeed: "The server refused the user name or
    // password (HTTP 401, PROPFIND https://…)".
    static Error failure(const Request &request, const Response &response);

    const ClientOptions &options() const { return m_options; }
    int requestsSent() const { return m_requestsSent; }

private:
    Result<Response> sendOnce(const Request &request);

    Credentials m_credentials;
    ClientOptions m_options;
    QNetworkAccessManager m_network;
    int m_requestsSent = 0;
};

} // namespace tend::sync::dav
