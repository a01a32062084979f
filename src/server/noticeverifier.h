#pragma once

#include <QString>

#include "core/error.h"

namespace sitesafe {

class Backend;

/// What the public verification page may say about a notice: the verdict and, only for an authentic notice,
/// facts that name no person (kind, number, date, issuing body, project, status, whether a PDF is on record).
struct NoticeVerification {
    enum class Verdict { Authentic, Altered, Unknown };

    Verdict verdict = Verdict::Unknown;
    bool isMalformed = false; ///< the id or hash could not be a notice's (answered as unknown, status 400)
    QString number;           ///< authentic and altered
    QString kind;             ///< the rest: authentic only
    QString issuedOn;         ///< yyyy-MM-dd in Beijing time
    QString issuingBody;
    QString projectName;
    bool isVoided = false;
    QString pdfSha256; ///< empty when no PDF hash was recorded

    QString statusText() const;
};

/// Answers "is this the notice the authorities issued?" for the public page GET /verify/notices/{id}?h=…:
/// one primary-key lookup of the notice (plus its project's 市县 and the issuer's role), the content hash
/// recomputed with NoticeHash from the server's own row and compared with the QR code's hash and with the hash
/// stored at issue. Never reads or returns people: the issuing body is derived from the jurisdiction.
class NoticeVerifier
{
public:
    explicit NoticeVerifier(Backend &backend) : m_backend(backend) {}

    /// Malformed ids or hashes give an unknown verdict with isMalformed set, without touching the database.
    Result<NoticeVerification> verify(const QString &noticeId, const QString &hash);

    static bool isWellFormedId(const QString &id);
    /// 64 hex digits.
    static bool isWellFormedHash(const QString &hash);
    /// The 市县 authority that issues notices in `jurisdictionCode` (住房和城乡建设局, or the bureau that holds the
    /// housing duties where they are merged), or the provincial department for notices issued by the province.
    static QString issuingBody(const QString &jurisdictionCode, const QString &jurisdictionName, bool isProvincial);

private:
    Backend &m_backend;
};

} // namespace sitesafe
