#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <utility>

namespace tend::sync::test {

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool hang = false; // never answer (the connection stays open)
};

// An HTTP server on 127.0.0.1 that answers with whatever the test says: the server faults Radicale
// cannot be made to show (truncated sync reports, broken XML, redirect loops, a server that hangs).
// It runs in the test's thread; DavClient's event loop serves it while a request waits.
class FakeDavServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    explicit FakeDavServer(Handler handler);

    QUrl url(const QString &path = QStringLiteral("/")) const;
    QList<FakeRequest> requests;

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server;
};

// A multistatus body from response fragments.
QByteArray multistatus(const QByteArray &responses, const QByteArray &extra = {});

} // namespace tend::sync::test
