#pragma once

#include <QList>
#include <QString>

namespace sitesafe {

/// Everything the project detail view shows, read in one go on the worker thread. Dates are stored text
/// (yyyy-MM-dd or UTC ISO-8601); `isExpired` flags are judged against the day given to the loader.
struct ProjectDetail {
    struct Participant {
        QString role;
        QString enterpriseName;
        QString creditCode;        ///< 统一社会信用代码 (USCI)
        QString safetyLicenceNo;
        QString safetyLicenceExpiry;
        bool isLicenceExpired = false;
    };
    struct Certificate {
        QString kind;
        QString operationKind;
        QString number;
        QString validUntil;
        bool isExpired = false;
    };
    struct KeyPerson {
        QString role;
        QString name;
        QString enterpriseName;
        QList<Certificate> certificates;
    };
    struct Equipment {
        QString kind;
        QString model;
        QString serialNo;
        QString filingNo;          ///< 产权备案编号
        QString useRegistrationNo; ///< 使用登记编号
        QString acceptedOn;
        QString registeredOn;
        QString status;
    };
    struct DangerousWork {
        QString category;
        QString description;
        bool isOverScale = false;  ///< 超过一定规模
        QString planStatus;
        QString expertReview;
        QString acceptanceStatus;
    };
    struct Inspection {
        QString id;
        QString startedAt;
        QString kind;
        int round = 0;
        QString inspectors;        ///< names joined for display
        QString status;
        int hazards = 0;
    };
    struct Hazard {
        QString id;
        qint64 seq = 0;
        QString description;
        QString status;
        bool isMajor = false;
        QString deadline;
        bool isOverdue = false;
    };

    bool isFound = false;
    QString id;
    QString name;
    QString platformNo;
    QString permitNo;
    QString address;
    QString jurisdictionName;
    QString parkName;
    QString category;
    QString structureType;
    double floorArea = 0;
    double contractValue = 0;
    QString startDate;
    QString plannedCompletion;
    QString status;
    QString progress;
    QList<Participant> participants;
    QList<KeyPerson> keyPeople;
    QList<Equipment> equipment;
    QList<DangerousWork> dangerousWorks;
    QList<Inspection> inspections;
    QList<Hazard> hazards;
};

} // namespace sitesafe
