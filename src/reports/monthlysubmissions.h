#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/error.h"
#include "core/reportdeadline.h"
#include "ledgerperiod.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// One place's monthly report as the province sees it.
struct MonthlySubmission {
    QString code;
    QString name;
    bool isPark = false;
    ReportDeadline::State state = ReportDeadline::State::Pending;
    QDateTime submittedAt; ///< UTC; invalid when not submitted
};

/// 省厅's table of a month's reports: every 市县 (the 19 of domain-reference §5.1) and every key park (园区, whose
/// administrations are addressed by the province's notices too) with whether its report came in on time, late
/// (迟报), or not at all, judged by ReportDeadline at `now`. The 市县 first, then the parks, each by code. Reads the
/// `monthly_reports` rows the province's client has pulled.
class MonthlySubmissions
{
    Q_DECLARE_TR_FUNCTIONS(MonthlySubmissions)

public:
    static Result<QList<MonthlySubmission>> read(ReadConnection db, const LedgerPeriod &period, const QDateTime &now);
    /// The state as a few words for the table (translated).
    static QString stateText(ReportDeadline::State state);
};

} // namespace sitesafe
