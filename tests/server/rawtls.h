#pragma once

#include <QByteArray>
#include <QSslConfiguration>
#include <QString>

/// The server side of TLS from a dev CA folder (DevCa::create): its server.pem and server.key.
QSslConfiguration devServerTls(const QString &dir);

/// Sends `request` as raw bytes on a new TLS connection to 127.0.0.1:`port` (trusting only `caFile`) and returns
/// every byte answered until the server closes the connection or `ms` pass. Runs the event loop meanwhile, so a
/// server living on this thread handshakes and answers.
QByteArray rawTlsExchange(quint16 port, const QString &caFile, const QByteArray &request, int ms = 8000);
