#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include "fielddata.h"
#include "referencedata.h"

namespace sitesafe {

/// The outcome of a certificate check, as `certificate_checks.result` stores it.
enum class CertificateResult {
    Valid,        ///< on the roster, held by the person presenting it, not expired
    Expired,      ///< on the roster, valid_until before the check day (China time)
    Mismatch,     ///< on the roster, but held by another person or enterprise than the one presenting it
    NotOnRoster,  ///< the code was read, but no such certificate is in the cached roster
    Unverifiable, ///< nothing certificate-like could be read
};

/// "valid", "expired", "mismatch", "not_on_roster", "unverifiable".
QString certificateResultCode(CertificateResult result);

/// A hazard a certificate check proposes under article 4 of the 2024 criteria (安管人员 → V2024-04-02,
/// 特种作业 → V2024-04-03). The inspector confirms or edits it before it becomes a Hazard.
struct CertificateHazardProposal {
    QString criteriaSet; ///< "V2024"
    QString itemCode;    ///< "V2024-04-02" or "V2024-04-03", as in major-hazard-criteria-2024.json
    QString description; ///< names the person and the certificate
    bool isMajor = true; ///< every item of article 4 is a 重大事故隐患
    QString measure;     ///< suggested: immediate | deadline
    QString responsibleEnterpriseId;
    QString responsiblePerson;

    /// The hazard to record on `projectId` (and `inspectionId`, may be empty), found at `foundAt`.
    Hazard toHazard(const QString &projectId, const QString &inspectionId, const QDateTime &foundAt) const;
};

/// What is known when a certificate is judged: what the code carried, the roster record it points at (if any),
/// who presents it and the day of the check. Plain values, so the judgement is pure and shared by every caller.
struct CertificateEvidence {
    bool isReadable = false;        ///< the code carried a certificate number or e-certificate code
    QString unreadableReason;       ///< why not, a sentence (when !isReadable)
    QString number;                 ///< as scanned (normalized)
    QString kind;                   ///< kind the number's format says (A, B, C1 … special_operation), may be empty
    QString scannedHolderName;      ///< holder name the code carried, may be empty
    QString scannedCreditCode;      ///< enterprise credit code the code carried, may be empty

    std::optional<Certificate> roster; ///< the cached certificate the number or e-certificate code points at
    QString holderName;                ///< name of the roster holder
    QString holderEnterpriseId;        ///< enterprise of the roster holder
    QString holderEnterpriseName;
    QString holderCreditCode;

    QString presentingPersonId;   ///< who presents it; empty: the holder of record presents it
    QString presentingPersonName;
    QString presentingEnterpriseId;
    /// Enterprises taking part in the project checked; when not empty, a holder from another enterprise is a
    /// mismatch (the certificate is used on a project its holder's enterprise does not work on).
    QStringList projectEnterpriseIds;

    QDate day; ///< the check day, China time
};

/// The judgement of one certificate check and, when the check shows an unqualified 安管人员 or 特种作业 person,
/// the hazard it proposes. Pure: no database, no clock.
class CertificateVerdict
{
    Q_DECLARE_TR_FUNCTIONS(CertificateVerdict)

public:
    static CertificateVerdict judge(const CertificateEvidence &evidence);

    CertificateResult result() const { return m_result; }
    QString resultCode() const { return certificateResultCode(m_result); }
    /// The verdict in words, for the inspector and for `certificate_checks.note`.
    QString explanation() const { return m_explanation; }
    /// The kind that counts: the roster's when on the roster, else the scanned number's.
    QString kind() const { return m_kind; }
    const std::optional<CertificateHazardProposal> &proposal() const { return m_proposal; }

    /// Whether `kind` is an 安管人员 certificate (A, B, C1, C2, C3, and the old undivided C).
    static bool isSafetyManagementKind(const QString &kind);

private:
    CertificateResult m_result = CertificateResult::Unverifiable;
    QString m_explanation;
    QString m_kind;
    std::optional<CertificateHazardProposal> m_proposal;
};

} // namespace sitesafe
