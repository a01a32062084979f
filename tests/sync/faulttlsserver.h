#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;

/// A TLS server on 127.0.0.1 with the dev CA's server certificate, for faults the real server cannot produce (an
/// answer cut half-way, an answer missing results). It reads the HTTP/1.1 requests of each connection and hands
/// each complete one to handle(); the subclass answers.
class FaultTlsServer : public QTcpServer
{
public:
    struct Request {
        QByteArray method;
        QByteArray target; ///< path and query
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;
    };

    FaultTlsServer(const QString &certFile, const QString &keyFile);

    /// A whole answer with `status` and a JSON body.
    static void answer(QSslSocket *socket, int status, const QByteArray &body);

protected:
    virtual void handle(QSslSocket *socket, const Request &request) = 0;
    void incomingConnection(qintptr descriptor) override;

private:
    /// The first complete request in `buffer`, taken out of it; nullopt while it is incomplete.
    static std::optional<Request> take(QByteArray &buffer);

    QList<QSslCertificate> m_certificates;
    QSslKey m_key;
};
