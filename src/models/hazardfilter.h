#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// What the hazard list shows. Every field left empty means "no restriction"; HazardQuery turns it into SQL.
struct HazardFilter {
    enum class Level { Any, Major, General };
    /// 挂牌督办: any hazard, listed at any level, or listed at one level (hazards.supervision_level).
    enum class Supervision { Any, Listed, Province, City, County };

    /// `criteriaPrefix` value for hazards without a criterion item (general hazards judged by other rules).
    static QString noCriterion() { return QStringLiteral("none"); }

    QStringList statuses;     ///< status codes (open, rectifying, …); empty: any
    Level level = Level::Any; ///< 重大 / 一般
    Supervision supervision = Supervision::Any;
    bool isOverdueOnly = false; ///< past the effective deadline while still open or rectifying
    QString criteriaPrefix;   ///< "V2024-08" (an article) or "V2024-08-04" (an item), or noCriterion()
    QString jurisdictionCode; ///< 市县 or park code of the project
    QString projectId;
    QDate deadlineFrom;       ///< effective deadline range, inclusive
    QDate deadlineTo;
    QString foundBy;
    QString searchText;       ///< full-text search (FTS5 trigram; a bigram index for words under three characters)
    QDate today;              ///< the day "overdue" is judged on

    friend bool operator==(const HazardFilter &, const HazardFilter &) = default;
};

} // namespace sitesafe
