#pragma once

#include <utility>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// The hazards behind one bar or point of the dashboard (统计). A bar's value is count() of its selection and the
/// list it opens is rows() of the same selection: one SQL condition, written once in condition(), so a drill-down
/// always lists exactly the bar's number. Voided hazards are never selected. Every empty field means "no
/// restriction".
struct HazardSelection {
    QString jurisdictionCode; ///< 市县 or park of the project (jurisdiction_code or park_code); empty: the province
    QString foundFromUtc;     ///< found_at >= this stored time (LedgerPeriod::startUtc, dayStartUtc)
    QString foundToUtc;       ///< found_at < this stored time
    bool isMajorOnly = false; ///< 重大事故隐患 only
    QStringList statuses;     ///< status codes; empty: every status but voided
    /// The criteria article ("V2024-08", the first 8 characters of the item code); HazardSelection::noArticle()
    /// for hazards without a criterion item; empty: any.
    QString article;
    QString enterpriseId; ///< the responsible enterprise (整改责任单位)
    /// Valid: only the hazards overdue (逾期) on that China day: still open or rectifying and past the deadline in
    /// force (extended if so), as the hazard list and HazardFold::isOverdueOn judge it.
    QDate overdueOn;

    static QString noArticle() { return QStringLiteral("-"); }
    friend bool operator==(const HazardSelection &, const HazardSelection &) = default;
};

/// One hazard of a drill-down list, as the dashboard's list shows it.
struct HazardSelectionRow {
    QString id;
    qint64 seq = 0;
    QString status;
    bool isMajor = false;
    QString description;
    QString projectName;
    QString jurisdictionName;
    QString criteriaItem;
    QString foundAt;  ///< stored UTC time
    QString deadline; ///< the deadline in force, YYYY-MM-DD
    QString enterpriseName;
};

/// Counts and lists the hazards of a HazardSelection (SQL through storage's ReadQuery; any thread's connection).
class HazardSelectionQuery
{
    Q_DECLARE_TR_FUNCTIONS(HazardSelectionQuery)

public:
    /// The article of a hazard as SQL on `h` (the grouping of DashboardSeries::articles and the article
    /// condition, the same expression).
    static QString articleExpression();
    /// The FROM and WHERE clauses of `selection` on hazards `h` joined to projects `p`; appends the values.
    static QString fromWhere(const HazardSelection &selection, QVariantList &values);
    static Result<qint64> count(ReadConnection db, const HazardSelection &selection);
    /// count() of each of `selections` in one pass. They may differ only in `statuses` and `overdueOn` (an error
    /// otherwise): the conditions that differ are the ones fromWhere() writes, as sums over the common rest.
    static Result<QList<qint64>> countEach(ReadConnection db, const QList<HazardSelection> &selections);
    /// The hazards of `selection` counted per value of `expression` (SQL on `h`, NULL values left out), most first
    /// and ties by value: each count is count() of `selection` narrowed to `expression = value`, in one pass.
    static Result<QList<std::pair<QString, qint64>>> countBy(ReadConnection db, const HazardSelection &selection,
                                                            const QString &expression);
    /// The hazards, newest found first.
    static Result<QList<HazardSelectionRow>> rows(ReadConnection db, const HazardSelection &selection);

    /// The statuses at or past each stage of the lifecycle (发现 → 整改中 → 已报整改 → 复查合格 → 销号).
    static QStringList statusesFrom(const QString &stage);
    /// rectified (已整改): re-inspection passed or closed (销号), as the monthly report counts it.
    static QStringList rectifiedStatuses();
};

} // namespace sitesafe
