#pragma once

#include <QCoreApplication>
#include <QString>

namespace sitesafe {

/// What the stored codes (status, measure, roles, kinds …) are called on screen, translated. One place, so
/// every list, detail pane and export names the same thing the same way. Unknown codes are shown as stored.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString hazardStatus(const QString &code);
    static QString hazardLevel(bool isMajor);
    static QString measure(const QString &code);
    static QString hazardEvent(const QString &code);
    static QString supervisionLevel(const QString &code);
    /// The listing with its level: 省级督办 / 市级督办 / 县级督办 ("Province-level supervision" …); a city or county
    /// listing is never called provincial.
    static QString supervisionListing(const QString &levelCode);
    /// "V2024-08-04" → "2024 edition, art. 8 (4)"; general hazards (empty code) → "—".
    static QString criterion(const QString &itemCode);
    /// Article heading for filters: "2024 edition, art. 8 — 建筑起重机械及吊装工程".
    static QString criteriaArticle(int edition, int article, const QString &title);
    static QString projectCategory(const QString &code);
    static QString projectStatus(const QString &code);
    static QString participantRole(const QString &code);
    static QString keyPersonRole(const QString &code);
    static QString certificateKind(const QString &kind, const QString &operationKind);
    static QString equipmentKind(const QString &code);
    static QString equipmentStatus(const QString &code);
    static QString dangerousWorkCategory(const QString &code);
    static QString planStatus(const QString &code);
    static QString expertReview(const QString &code);
    static QString acceptanceStatus(const QString &code);
    static QString inspectionKind(const QString &code, int round);
    static QString inspectionStatus(const QString &code);
    static QString incidentKind(const QString &code);
    static QString jurisdictionKind(const QString &code);

    /// Stored UTC time → local "yyyy-MM-dd HH:mm"; empty for empty or invalid text.
    static QString localDateTime(const QString &storedTime);
    /// Stored UTC time → local "yyyy-MM-dd".
    static QString localDate(const QString &storedTime);
};

} // namespace sitesafe
