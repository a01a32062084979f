#include "httpfrontend.h"

#include <QFuture>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QtConcurrent>

#include "guardedserver.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

QHttpServerRequest::Method methodFor(const QString &name)
{
    if (name == u"GET")
        return QHttpServerRequest::Method::Get;
    if (name == u"POST")
        return QHttpServerRequest::Method::Post;
    if (name == u"HEAD")
        return QHttpServerRequest::Method::Head;
    if (name == u"PATCH")
        return QHttpServerRequest::Method::Patch;
    if (name == u"DELETE")
        return QHttpServerRequest::Method::Delete;
    return QHttpServerRequest::Method::Put;
}

ServerRequest copyRequest(const QHttpServerRequest &request, QStringList arguments)
{
    ServerRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    r.pathArguments = std::move(arguments);
    return r;
}

/// `isHead`: the answer to a HEAD request carries no content (RFC 9110 §9.3.2), not even an error's JSON.
/// QHttpServer 6.4 writes whatever body it is given; a proxy (nginx) or a client that frames the answer as
/// bodiless then reads those bytes as the start of the next answer, or waits for a body that never comes.
QHttpServerResponse toQt(const HttpResponse &response, bool isHead)
{
    // StatusCode is an int-based enum; codes it does not name (460 Checksum Mismatch) pass through as numbers.
    const auto status = static_cast<QHttpServerResponse::StatusCode>(response.status);
    QHttpServerResponse out(response.mimeType, isHead ? QByteArray() : response.body, status);
    for (const auto &h : response.headers)
        out.setHeader(h.first, h.second);
    out.setHeader("Cache-Control", response.header("Cache-Control").isEmpty() ? QByteArray("no-store")
                                                                              : response.header("Cache-Control"));
    return out;
}

} // namespace

HttpFrontend::HttpFrontend(Handler handler, ConnectionGuard::Limits limits, int workerThreads, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(std::make_unique<QHttpServer>()),
      m_guard(new ConnectionGuard(limits, this))
{
    m_pool.setMaxThreadCount(qMax(1, workerThreads));
    m_pool.setExpiryTimeout(-1); // worker threads keep their database connection for the server's lifetime
    registerRoutes();
}

HttpFrontend::~HttpFrontend()
{
    m_server.reset(); // no new requests
    m_pool.waitForDone();
}

void HttpFrontend::waitForWorkers()
{
    m_pool.waitForDone();
}

void HttpFrontend::registerRoutes()
{
    for (const RouteSpec &spec : RouteTable::routes()) {
        const RouteId id = spec.id;
        const qsizetype brace = spec.path.indexOf(u'{');
        const auto method = methodFor(spec.method);
        if (brace < 0) {
            m_server->route(spec.path, method,
                            [this, id](const QHttpServerRequest &request) -> QFuture<QHttpServerResponse> {
                                ServerRequest copy = copyRequest(request, {});
                                return QtConcurrent::run(&m_pool, [handler = m_handler, id, copy]() {
                                    return toQt(handler(id, copy), copy.method == u"HEAD"_s);
                                });
                            });
        } else {
            const QString pattern = spec.path.left(brace) + u"<arg>"_s;
            m_server->route(pattern, method,
                            [this, id](const QString &argument,
                                       const QHttpServerRequest &request) -> QFuture<QHttpServerResponse> {
                                ServerRequest copy = copyRequest(request, {argument});
                                return QtConcurrent::run(&m_pool, [handler = m_handler, id, copy]() {
                                    return toQt(handler(id, copy), copy.method == u"HEAD"_s);
                                });
                            });
        }
    }
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (request.method() == QHttpServerRequest::Method::Head)
            return responder.write(QHttpServerResponder::StatusCode::NotFound);
        responder.write(QJsonDocument(QJsonObject{{u"error"_s, u"not_found"_s},
                                                  {u"message"_s, u"There is no such endpoint."_s}}),
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    QTcpServer *listener = nullptr;
    if (tls) {
        // sslSetup() records the TLS configuration the way the 6.4 examples do; we bind our own QSslServer
        // (same class listen() would create) so the ConnectionGuard sees each socket first.
        m_server->sslSetup(*tls);
        auto *ssl = new GuardedSslServer(m_guard, m_server.get());
        ssl->setSslConfiguration(*tls);
        listener = ssl;
    } else {
        listener = new GuardedTcpServer(m_guard, m_server.get());
    }
    if (!listener->listen(address, port)) {
        m_error = listener->errorString();
        delete listener;
        return 0;
    }
    m_server->bind(listener);
    return listener->serverPort();
}

} // namespace sitesafe
