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

/// A notice (整改通知书 / 停工整改通知书) issued for hazards, numbered from a pre-allocated block.
struct Notice {
    QString id;
    QString projectId;
    QString inspectionId;
    QString kind;   ///< rectification | stop_work
    QString number;
    QDateTime issuedAt;
    QString issuedBy;
    QDate deadline;
    QString recipientEnterpriseId;
    QStringList hazardIds;
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
    QDateTime platformReportedAt; ///< invalid while not yet reported
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
};

/// An enforcement action (警示函, 约谈, 通报, 罚款, 停工 …).
struct EnforcementAction {
    QString id;
    QString projectId;
    QString hazardId;
    QString enterpriseId;
    QString kind; ///< warning_letter | interview | circular | fine | stop_work | qualification_downgrade | qualification_revoked | licence_suspended | credit_record | enforcement_proposal
    QString documentNo;
    double amount = 0; ///< fine, 万元
    QDate decidedOn;
    QString note;
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
