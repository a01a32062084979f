#include "faulttlsserver.h"

#include <memory>

#include <QFile>
#include <QSslSocket>

#include <catch2/catch.hpp>

FaultTlsServer::FaultTlsServer(const QString &certFile, const QString &keyFile)
{
    m_certificates = QSslCertificate::fromPath(certFile);
    QFile key(keyFile);
    REQUIRE(key.open(QIODevice::ReadOnly));
    m_key = QSslKey(key.readAll(), QSsl::Ec);
    REQUIRE(!m_certificates.isEmpty());
    REQUIRE(!m_key.isNull());
    REQUIRE(listen(QHostAddress::LocalHost, 0));
}

void FaultTlsServer::answer(QSslSocket *socket, int status, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

void FaultTlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    REQUIRE(socket->setSocketDescriptor(descriptor));
    socket->setLocalCertificateChain(m_certificates);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        while (const std::optional<Request> request = take(*buffer))
            handle(socket, *request);
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

std::optional<FaultTlsServer::Request> FaultTlsServer::take(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request request;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return request;
}
