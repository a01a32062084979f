#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "timetrust.h"

namespace sitesafe {

// Field data: created on clients (DESIGN.md §3). Plain values; text codes as stored and sent.

/// An inspection of one project. Status draft → submitted → signed; a signed inspection is frozen.
struct Inspection {
    QString id;
    QString projectId;
    int round = 0;          ///< full-coverage round 1 or 2; 0 when not part of a round
    QString kind;           ///< round | special | reinspection | random | supervision
    QStringList inspectors; ///< at least two names
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status;         ///< draft | submitted | signed
    QString templateCode;   ///< the checklist walked, e.g. "V2024" or "JGJ59-2011"
    QString notes;
    QStringList checklists;      ///< every checklist walked: the criteria edition ("V2024") and JGJ 59 sheets ("B.1")
    QString siteRepresentative;  ///< the site's representative who signs with the inspectors
    QDateTime signedAt;          ///< invalid until signed
    QString amendsInspectionId;  ///< the signed inspection this one corrects; empty for an original
    TimeTrust timeTrust;
};

/// One answer to one checklist item in an inspection.
struct InspectionAnswer {
    QString id;
    QString inspectionId;
    QString itemCode;  ///< "V2024-08-04", "B.1-01"
    QString result;    ///< pass | fail | not_applicable
    QString note;
    double deduction = 0; ///< JGJ 59 points deducted
    bool isWithdrawn = false; ///< the answer was undone: the item counts as not answered
    TimeTrust timeTrust;
};

/// A hazard (隐患) found on a project. Its status is not stored here: it is the fold of its events.
struct Hazard {
    QString id;
    QString inspectionId; ///< may be empty (hazard reported outside an inspection)
    QString projectId;
    QString criteriaSet;  ///< edition of the legal basis, "V2024" or "V2022"
    QString criteriaItem; ///< "V2024-08-04"; empty for general hazards judged by other rules
    bool isMajor = false; ///< 重大事故隐患
    QString description;
    QString location;
    QString measure;      ///< immediate | deadline | partial_stop | full_stop | evacuate
    QDate deadline;
    QString responsibleEnterpriseId;
    QString responsiblePerson;
    QDateTime foundAt;
    QString foundBy;
    QString equipmentId;      ///< may be empty
    QString dangerousWorkId;  ///< may be empty
    QString basisText;        ///< the stated basis of a general hazard without a criteria item
    TimeTrust timeTrust;
};

/// A supervision document (监督文书, domain-reference §4.5) numbered from the device's pre-allocated block.
/// The fields up to `enforcementActionId` are fixed at issue and covered by `contentHash` (core NoticeHash).
struct Notice {
    QString id;
    QString projectId;
    QString inspectionId;
    QString kind;   ///< rectification 限期整改 | stop_work 停工整改 | resume_work 复工意见书 | reinspection 复查意见书 | supervision 督办通知书 | enforcement_proposal 执法建议书
    QString number;
    QDateTime issuedAt;
    QString issuedBy;
    QDate deadline;
    QString recipientEnterpriseId;
    QStringList hazardIds;
    QString scope;          ///< stop_work: partial | total; empty otherwise
    QString scopePart;      ///< the parts a partial stop covers
    QStringList inspectors; ///< 检查人员 named on the document (at least two for a rectification notice)
    QString decision;       ///< 处理决定 in words
    QString requirements;   ///< 整改要求 (五定) and the reply asked for
    QString legalBasis;     ///< 法律依据
    QString originalNoticeId;    ///< 复查/复工意见书: the notice answered
    QString enforcementActionId; ///< 执法建议书: the action proposed
    QString blockId;        ///< the number block the number came from
    QString status = QStringLiteral("issued"); ///< issued | voided (the number stays used, with the reason)
    QString voidReason;
    QString recipientSigner; ///< who signed for the receiving party
    QDateTime receivedAt;
    bool isRefused = false;  ///< 拒签: the receiving party refused to sign
    QString contentHash;     ///< NoticeHash of the issued fields, carried in the PDF's QR code
    QString pdfSha256;       ///< sha256 of the PDF rendered at issue
    TimeTrust timeTrust;
};

/// A 非亡人事故 (or any production-safety incident) with its 48-hour platform report deadline.
struct Incident {
    QString id;
    QString projectId;
    QDateTime occurredAt;
    QString location;
    QString kind; ///< fall | struck_by | collapse | lifting | machinery | electric | poisoning | fire | vehicle | drowning | other
    int deaths = 0;
    int seriousInjuries = 0;
    int minorInjuries = 0;
    int missing = 0;
    double directLoss = 0; ///< 万元
    QString summary;
    QDateTime platformReportedAt; ///< invalid while not yet reported (national platform, within 48 hours)
    QString part;                 ///< 分部分项工程 / 危大类别 involved
    QDateTime unitReportedAt;     ///< when the unit's head reported it to the housing bureau
    QString emergencyResponse;    ///< 应急处置: plan started, measures and their result
    QString cause;                ///< 原因, as found by the investigation (调查程序查明原因)
    QString investigation;        ///< 调查: team, report, approval, decisions on units and people
    QDate investigationClosedOn;  ///< 结案日期
    QString recordedBy;
};

/// A 重大险情 (major dangerous situation without casualties).
struct DangerEvent {
    QString id;
    QString projectId;
    QDateTime occurredAt;
    QString part;
    QString kind; ///< excavation_collapse | formwork_collapse | scaffold_collapse | crane_overturn | tunnel_inrush | confined_space | fire | typhoon | other
    QString description;
    bool evacuated = false;
    QString hazardId;
    QString siteSituation;        ///< the works and the workers on site at the time
    QString impact;               ///< possible and actual harm (neighbouring buildings, pipes, roads)
    QDateTime reportedAt;         ///< reported to the housing bureau
    QDateTime platformReportedAt; ///< entered on the national platform
    QString response;             ///< emergency measures and their result
    QString recordedBy;
};

/// An enforcement action (提醒, 警示函, 约谈, 通报, 罚款, 停工, 停业整顿, 吊销执业资格, 行业禁入, 扣诚信分,
/// 移交司法线索, 执法建议书 …) with the violation it answers (core ViolationTypes code).
struct EnforcementAction {
    QString id;
    QString projectId;
    QString hazardId; ///< the first of hazardIds (kept for older readers)
    QString enterpriseId;
    QString kind; ///< reminder | warning_letter | interview | circular | fine | stop_work | suspension | qualification_downgrade | qualification_revoked | licence_suspended | revoke_practice | industry_ban | credit_record | credit_points | judicial_referral | enforcement_proposal
    QString documentNo;
    double amount = 0; ///< fine, 万元
    QDate decidedOn;
    QString note;
    QString personId;      ///< the person addressed (revoke_practice, industry_ban, credit_points …)
    QString violationCode; ///< ViolationTypes code of the violation answered
    int points = 0;        ///< credit_points: points deducted
    QStringList hazardIds;
    QString noticeId;      ///< enforcement_proposal: its 执法建议书
    QString decidedBy;
    TimeTrust timeTrust;
};

/// A certificate verified on site (scanned or typed) against the cached roster.
struct CertificateCheck {
    QString id;
    QString inspectionId;
    QString certificateId; ///< may be empty when the certificate is unknown locally
    QString number;
    QString result; ///< valid | expired | mismatch | not_on_roster | unverifiable
    QDateTime checkedAt;
    QString checkedBy;
    QString kind;             ///< certificate kind as scanned (A, B, C1 … special_operation)
    QString eCertificateCode; ///< 电子证照标识码, when the code carried one
    QString personId;         ///< the person who presented it, when known
    QString enterpriseId;
    QString note;
    TimeTrust timeTrust;
};

/// Evidence metadata for a photo record; the bytes live in the content-addressed blob store.
struct PhotoRecord {
    QString id;        ///< attachment id
    QString ownerEntity; ///< hazards | inspections | hazard_events …
    QString ownerId;
    QString sha256;
    qint64 size = 0;
    QString mime;
    QString role;      ///< photo | signature | notice_pdf
    QString caption;
    QDateTime capturedAt;     ///< from EXIF; invalid when the file had none
    std::optional<double> latitude;  ///< from EXIF GPS
    std::optional<double> longitude;
    QStringList evidenceFlags; ///< no_exif | exif_time_far | no_gps | time_doubtful
    QString signer;           ///< for signatures: who signed (name and role)
    TimeTrust timeTrust;
};

} // namespace sitesafe
