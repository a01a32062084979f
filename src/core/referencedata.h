#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sitesafe {

// Reference data: owned by the provincial server, read-only on clients (DESIGN.md §3). Plain values; the text
// codes in comments are the values stored in SQLite and sent on the wire (the schema CHECKs them).

/// A 市县 (GB/T 2260 code) or a key park (园区, internal code "P…" with the 市县 it lies in as parent).
struct Jurisdiction {
    QString id;
    QString code;       ///< "460100" or "P01"
    QString name;       ///< "海口市"
    QString kind;       ///< prefecture_city | county_city | county | autonomous_county | park
    QString parentCode; ///< parks: the 市县 they lie in; empty otherwise
};

/// An enterprise identified by its 统一社会信用代码 (USCI).
struct Enterprise {
    QString id;
    QString creditCode;          ///< 18-character USCI with valid check digit
    QString name;
    QString legalRepresentative;
    QString qualification;       ///< 资质, e.g. "建筑工程施工总承包一级"
    QString safetyLicenceNo;     ///< 安全生产许可证编号
    QDate safetyLicenceExpiry;   ///< valid three years
    QString jurisdictionCode;    ///< where registered
};

/// A housing (房建) or municipal (市政) project under construction.
struct Project {
    QString id;
    QString platformNo;        ///< 全国平台项目编号
    QString permitNo;          ///< 施工许可证编号 (18 digits, soft-checked only)
    QString name;
    QString address;
    QString jurisdictionCode;  ///< 市县
    QString parkCode;          ///< 园区, may be empty
    QString category;          ///< building (房建) | municipal (市政)
    QString structureType;
    double floorArea = 0;      ///< m²; 0 for municipal works measured otherwise
    double contractValue = 0;  ///< 工程造价, 10k CNY (万元)
    QDate startDate;
    QDate plannedCompletion;
    QString status;            ///< not_started | under_construction | suspended | completed
    QString progress;          ///< 形象进度, free text
    double latitude = 0;
    double longitude = 0;
};

/// An enterprise's role on a project (建设/施工/监理 …).
struct ProjectParticipant {
    QString id;
    QString projectId;
    QString enterpriseId;
    QString role; ///< owner (建设) | general_contractor (施工总承包) | subcontractor | supervisor (监理) | designer | surveyor
};

/// A person. The ID-card number never appears in clear: only masked for display and salted-hashed for matching.
struct Person {
    QString id;
    QString name;
    QString idNumberMasked; ///< "460100********123X"
    QString idNumberHash;   ///< hex sha256 of salt + normalized number
    QString enterpriseId;
    QString phoneMasked;
};

/// A key person's post on a project (项目负责人, 专职安全员, 总监 …).
struct ProjectKeyPerson {
    QString id;
    QString projectId;
    QString personId;
    QString role; ///< project_manager | safety_officer | chief_supervisor | technical_lead | enterprise_principal
};

/// A certificate held by a person, an enterprise or a piece of equipment.
struct Certificate {
    QString id;
    QString kind;          ///< A | B | C1 | C2 | C3 | special_operation | constructor | supervision_engineer
    QString operationKind; ///< special operations: electrician, scaffolder, signaller, crane_operator …
    QString number;
    QString holderPersonId;
    QString issuer;
    QDate issuedOn;
    QDate validUntil;
    QString eCertificateCode; ///< 电子证照标识码, may be empty

    bool isExpiredOn(QDate day) const { return validUntil.isValid() && validUntil < day; }
};

/// A crane or hoist on a project, with its 备案 → 告知 → 使用登记 chain.
struct Equipment {
    QString id;
    QString projectId;
    QString kind;              ///< tower_crane | construction_hoist | material_hoist
    QString model;
    QString serialNo;          ///< 出厂编号
    QString ownerEnterpriseId; ///< 产权单位
    QString filingNo;          ///< 产权备案编号
    QString useRegistrationNo; ///< 使用登记编号; empty while not registered
    QDate installationNotifiedOn;
    QDate acceptedOn;
    QDate registeredOn;
    QString status; ///< installing | in_use | dismantled
};

/// A 危大工程 (dangerous sub-project) with its plan/review/acceptance chain (住建部令第37号).
struct DangerousWork {
    QString id;
    QString projectId;
    QString category;        ///< excavation | formwork | lifting | scaffolding | demolition | tunnelling | other
    QString description;
    bool isOverScale = false; ///< 超过一定规模: expert review required
    QString planStatus;      ///< missing | drafted | reviewed | approved
    QString expertReview;    ///< not_required | pending | passed | passed_with_changes | failed
    QString acceptanceStatus; ///< not_required | pending | accepted | failed
    QString monitoringUnit;  ///< 第三方监测单位, may be empty
};

/// A block of notice numbers allocated to one device so notices can be numbered offline.
struct NoticeNumberBlock {
    QString id;
    QString deviceId;
    QString kind;   ///< rectification | stop_work
    QString prefix; ///< "琼海口建安改〔2026〕"
    int firstNumber = 0;
    int lastNumber = 0;
    int nextNumber = 0;
};

/// 治理行动: a campaign of the province with its period and the deadline of each full-coverage round. A round
/// inspection counts for the campaign whose period holds its date.
struct Campaign {
    QString id;
    QString code;  ///< "HN-2026"
    QString name;  ///< "海南省房屋市政工程安全生产治理行动（2026）"
    QDate startsOn;
    QDate endsOn;
    QDate round1Deadline; ///< 第一轮全覆盖 done by this day
    QDate round2Deadline;
};

} // namespace sitesafe
