#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// How the client talks to the provincial server: whom it trusts, which keys it pins, and how long it waits.
/// TLS errors always fail the request; there is no setting to ignore them (DESIGN.md §4).
struct TlsSettings {
    QString caFile;          ///< provincial CA (PEM), trusted in addition to the system CAs; may be empty
    QStringList spkiPins;    ///< base64 sha256 of the server's SubjectPublicKeyInfo; empty: no pinning
    bool isHttp2Allowed = false; ///< HTTP/2 off by default (reference/sync-anchors.md §4 pitfall 4)
    int inactivityTimeoutMs = 30000;
    int deadlineMs = 60000;  ///< total time one request may take
    qint64 maxResponseBytes = 64 * 1024 * 1024;

    friend bool operator==(const TlsSettings &, const TlsSettings &) = default;
};

/// Helpers for the TLS side of TlsSettings.
namespace Tls {
/// System CAs plus the certificates of `caFile`; `error` explains a CA file that cannot be used.
QSslConfiguration configuration(const TlsSettings &settings, QString *error = nullptr);
/// base64 of sha256(SubjectPublicKeyInfo DER) — the form of `spkiPins`.
QString spkiSha256(const QSslCertificate &certificate);
bool matchesPins(const QSslCertificate &certificate, const QStringList &pins);
} // namespace Tls

} // namespace sitesafe
