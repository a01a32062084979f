#include "connectionguard.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QTimer>

#include "protocol/wireerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// Per-connection state; a child of the socket, so it lives exactly as long as the connection.
class GuardedConnection : public QObject
{
public:
    GuardedConnection(QTcpSocket *socket, const ConnectionGuard::Limits &limits, std::shared_ptr<int> open)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_open(std::move(open))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::timedOut);
        connect(socket, &QTcpSocket::readyRead, this, &GuardedConnection::inspect);
        connect(socket, &QTcpSocket::bytesWritten, this, &GuardedConnection::wroteResponse);
        if (++*m_open > m_limits.maxConnections) {
            reject(503, u"server_busy"_s, u"The server has too many connections open; try again in a minute."_s);
            return;
        }
        m_timer.start(m_limits.requestTimeoutMs);
        if (socket->bytesAvailable() > 0)
            inspect();
    }

    ~GuardedConnection() override { --*m_open; }

private:
    enum class State { Idle, Headers, Body, Waiting, Rejected };

    void inspect()
    {
        if (m_state == State::Rejected) {
            // Drain (QHttpServer must not see the rest) until the declared body is gone, so the client, which
            // is still sending, gets to read our answer instead of a reset.
            m_drain -= m_socket->readAll().size();
            if (m_drain <= 0 || m_lingering.hasExpired())
                m_socket->disconnectFromHost();
            else
                m_timer.start(m_limits.lingerMs); // bytes still coming: wait for the next ones
            return;
        }
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < fresh.size() && m_state != State::Rejected) {
            if (m_state == State::Idle || m_state == State::Waiting) {
                m_state = State::Headers;
                m_header.clear();
                m_timer.start(m_limits.requestTimeoutMs);
            }
            if (m_state == State::Headers) {
                const qsizetype before = m_header.size();
                m_header += fresh.mid(pos);
                const qsizetype end = m_header.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_header.size() > m_limits.maxHeaderBytes)
                        return reject(431, u"headers_too_large"_s,
                                      u"The request headers are larger than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
                    return;
                }
                if (end + 4 > m_limits.maxHeaderBytes)
                    return reject(431, u"headers_too_large"_s,
                                  u"The request headers are larger than %1 bytes."_s.arg(m_limits.maxHeaderBytes));
                pos += end + 4 - before;
                m_header.truncate(end + 4);
                m_bodyBytesInChunk = fresh.size() - pos;
                if (!startBody())
                    return;
                continue;
            }
            if (m_state == State::Body) {
                const qint64 take = qMin<qint64>(m_remaining, fresh.size() - pos);
                m_remaining -= take;
                pos += take;
                if (m_remaining == 0)
                    requestComplete();
            }
        }
    }

    /// Reads the header block; false when the request was rejected.
    bool startBody()
    {
        m_remaining = 0;
        const QList<QByteArray> lines = m_header.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity") {
                reject(411, u"length_required"_s, u"Send a Content-Length; chunked request bodies are not accepted."_s);
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, u"bad_request"_s, u"The Content-Length header is not a number."_s);
                    return false;
                }
                if (length > m_limits.maxBodyBytes) {
                    m_drain = qMin<qint64>(length, kMaxDrainBytes) - m_bodyBytesInChunk;
                    reject(413, u"body_too_large"_s,
                           u"The request body is larger than %1 bytes."_s.arg(m_limits.maxBodyBytes));
                    return false;
                }
                m_remaining = length;
            }
        }
        m_state = State::Body;
        if (m_remaining == 0)
            requestComplete();
        return true;
    }

    void requestComplete()
    {
        m_state = State::Waiting; // the handler runs; no deadline on our side until the answer is written
        m_timer.stop();
        m_header.clear();
    }

    void wroteResponse()
    {
        if (m_state == State::Waiting && m_socket->bytesToWrite() == 0) {
            m_state = State::Idle;
            m_timer.start(m_limits.idleTimeoutMs);
        }
    }

    void timedOut()
    {
        if (m_state == State::Idle) {
            m_socket->disconnectFromHost();
            return;
        }
        if (m_state == State::Headers || m_state == State::Body)
            reject(408, u"request_timeout"_s,
                   u"The request did not arrive within %1 seconds."_s.arg(m_limits.requestTimeoutMs / 1000));
    }

    void reject(int status, const QString &code, const QString &message)
    {
        m_state = State::Rejected;
        m_timer.stop();
        m_socket->readAll();
        const QByteArray body = WireError{code, message}.toBytes();
        const QByteArray reason = status == 431 ? "Request Header Fields Too Large"
            : status == 413                     ? "Payload Too Large"
            : status == 411                     ? "Length Required"
            : status == 408                     ? "Request Timeout"
            : status == 503                     ? "Service Unavailable"
                                                : "Bad Request";
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + (status == 503 ? "Retry-After: 60\r\n" : "") + "Content-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        if (m_drain <= 0) {
            m_socket->disconnectFromHost();
        } else {
            m_timer.disconnect();
            connect(&m_timer, &QTimer::timeout, m_socket, &QTcpSocket::disconnectFromHost);
            m_timer.start(m_limits.lingerMs);
            m_lingering.setRemainingTime(kLingerTotalMs);
        }
    }

    static constexpr qint64 kMaxDrainBytes = 64LL * 1024 * 1024;
    static constexpr int kLingerTotalMs = 60000;

    QTcpSocket *m_socket;
    ConnectionGuard::Limits m_limits;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_header;
    qint64 m_remaining = 0;
    qint64 m_drain = 0; ///< bytes still to swallow after a rejection
    qint64 m_bodyBytesInChunk = 0;
    std::shared_ptr<int> m_open;
    QDeadlineTimer m_lingering; ///< the end of draining after a rejection, however slowly bytes still come
};

} // namespace

ConnectionGuard::ConnectionGuard(Limits limits, QObject *parent) : QObject(parent), m_limits(limits) {}

void ConnectionGuard::watch(QTcpSocket *socket)
{
    new GuardedConnection(socket, m_limits, m_open);
}

} // namespace sitesafe
