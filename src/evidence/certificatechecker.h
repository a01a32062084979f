#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

#include "certificatecode.h"
#include "core/certificateverdict.h"
#include "core/error.h"
#include "core/timetrust.h"
#include "storage/certificatecheckrepository.h"

namespace sitesafe {

class DataStore;

/// One certificate checked on site: what was read, the roster record it points at, who presented it, and the
/// verdict (with the article-4 hazard it proposes, if any). Made by CertificateChecker::check, recorded with
/// CertificateChecker::record.
struct CertificateCheckOutcome {
    CertificateCode code;
    std::optional<RosterCertificate> roster;
    std::optional<RosterPerson> presenter; ///< the person picked as presenting it; none: the holder of record
    QString projectId;
    QDate day;
    CertificateVerdict verdict;
};

/// Checks certificates of one project against the roster cached in a data folder, offline: decodes the QR code
/// of a picture or takes pasted text, finds the certificate by e-certificate code or number, judges it for the
/// check day (CertificateVerdict) and records the certificate_checks row. Works on the calling thread's
/// connection; every lookup is one indexed query, so the UI thread may call it.
class CertificateChecker
{
    Q_DECLARE_TR_FUNCTIONS(CertificateChecker)

public:
    CertificateChecker(DataStore &store, QString projectId);

    /// The key people of the project (who may present a certificate).
    QList<RosterPerson> keyPeople();

    /// Judges the text of a code (pasted, or decoded from a picture) presented by `presentingPersonId` (empty:
    /// the holder of record) on `day` (China time).
    CertificateCheckOutcome check(const QString &text, const QString &presentingPersonId, QDate day);
    /// Decodes the QR code in `image` and judges it; a picture without a readable code gives an unverifiable
    /// outcome whose explanation says why.
    CertificateCheckOutcome checkImage(const QImage &image, const QString &presentingPersonId, QDate day);
    /// The unverifiable outcome of a picture or text nothing could be read from; `reason` says why.
    CertificateCheckOutcome unreadable(const QString &reason, const QString &presentingPersonId, QDate day);

    /// The certificate_checks row the outcome makes (id empty, checked_at left to the store's clock).
    static CertificateCheck rowOf(const CertificateCheckOutcome &outcome, const QString &inspectionId,
                                  const QString &checkedBy, const TimeTrust &timeTrust);
    /// Records the outcome; returns the new row's id.
    Result<QString> record(const CertificateCheckOutcome &outcome, const QString &inspectionId,
                           const QString &checkedBy, const TimeTrust &timeTrust);

private:
    CertificateCheckOutcome judge(CertificateCode code, const QString &unreadableReason,
                                  const QString &presentingPersonId, QDate day);

    DataStore &m_store;
    QString m_projectId;
};

} // namespace sitesafe
