#pragma once

#include <QCoreApplication>

#include "core/error.h"
#include "noticelink.h"

namespace sitesafe {

class DataStore;

/// What a verifier found out about a notice PDF.
struct NoticeVerification {
    enum class Verdict {
        Authentic, ///< the bytes are exactly those of an issued notice
        Altered,   ///< the file names a known notice (metadata or QR link) but its bytes differ from the issued PDF
        Unknown,   ///< no notice known here has these bytes or the id the file names
    };
    Verdict verdict = Verdict::Unknown;
    QString noticeId;
    QString number;    ///< of the notice found, when known
    QString pdfSha256; ///< of the file checked
    QString message;   ///< one sentence for people
    /// "authentic" | "altered" | "unknown"
    QString code() const;
};

/// Checks a notice PDF against the issued ones: locally (the sha256 of the bytes against every notice's
/// pdf_sha256, and the notice the file's metadata or link names), or from the provincial server's answer to
/// `GET /verify/notices/{id}?h=…` with `Accept: application/json`: {"status": "authentic|altered|unknown",
/// "pdf_sha256": "…"}.
class NoticeVerifier
{
    Q_DECLARE_TR_FUNCTIONS(NoticeVerifier)

public:
    static Result<NoticeVerification> check(DataStore &store, const QByteArray &pdf);
    /// The request path to ask the server about the notice `pdf` names; nullopt when the file names none.
    static std::optional<QString> serverPath(const QByteArray &pdf);
    /// The verdict from the server's JSON answer for the notice `pdf` names: authentic only when the server
    /// knows the notice with this content hash and its pdf_sha256 equals the file's.
    static NoticeVerification fromServerAnswer(const QByteArray &pdf, int httpStatus, const QByteArray &json);
};

} // namespace sitesafe
