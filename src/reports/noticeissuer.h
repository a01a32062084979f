#pragma once

#include <QCoreApplication>
#include <QUrl>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

class DataStore;

/// What the inspector decided to issue: everything of the notice but its number, times and hashes.
struct NoticeDraft {
    Notice notice;     ///< kind, projectId, inspectionId, hazardIds, deadline, scope, scopePart, inspectors, decision,
                       ///< requirements, legalBasis, recipientEnterpriseId, originalNoticeId, enforcementActionId
    QString actor;     ///< who issues it (issued_by)
    QString actorRole; ///< inspector | supervisor | province | admin (on the notice_issued events)
};

/// Issues a supervision notice (监督文书) in one transaction: takes the next number of the device's block, renders
/// the PDF once (with the verification QR code: `<verificationBase>/verify/notices/<id>?h=<content hash>`),
/// stores it as a blob with an attachments row (role notice_pdf), inserts the notice with its content_hash and
/// pdf_sha256, and appends a notice_issued event (with the new deadline) to each hazard it names.
class NoticeIssuer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeIssuer)

public:
    NoticeIssuer(DataStore &store, QUrl verificationBase);

    /// The issued notice as stored. Errors are sentences: no number left (sync to get a new block), a hazard
    /// that is closed or voided, a missing project, a full disk.
    Result<Notice> issue(const NoticeDraft &draft);
    /// The PDF rendered when the notice was issued, byte for byte.
    static Result<QByteArray> storedPdf(DataStore &store, const QString &noticeId);

private:
    DataStore &m_store;
    QUrl m_verificationBase;
};

} // namespace sitesafe
