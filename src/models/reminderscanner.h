#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include "reminderscan.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// What the reminders (tray notifications) are about at one instant: hazards due within a day (deadline today or
/// tomorrow, still open or rectifying), overdue hazards (HazardFold::isOverdueOn on the cached status and
/// effective-deadline columns), and incidents not yet reported to the national platform, whose 48 hours are
/// running or over (迟报), and the place's monthly reports to the province not submitted though due within
/// ReportDeadline::kReminderDays or overdue (this month's and last month's). Counts, the first few items of each, and the key of every reminder so the notifier
/// can tell what is new. Never reads the wall clock: the instant and the day come from the caller (the
/// session's injected clock: DataFolderSession::now() and today()); indexed queries only (hazards_status, a small
/// incidents table). Runs on any connection (the notifier's worker thread, tests, benchmarks).
class ReminderScanner
{
    Q_DECLARE_TR_FUNCTIONS(ReminderScanner)

public:
    /// Items listed per kind; the totals are exact.
    static constexpr int kItemLimit = 5;
    static constexpr int kIncidentReportHours = 48;

    /// Scans as of `now` (UTC instant) with deadlines judged on `today` (the China-time day), for the hazards and
    /// incidents of projects in `jurisdictionCode` (市县 or park; empty: the whole province). `shown`: the keys
    /// (ReminderItem::key) already notified; the rest count as fresh and are listed first.
    static ReminderScan scan(ReadConnection db, const QDateTime &now, QDate today,
                             const QString &jurisdictionCode = {}, const QSet<QString> &shown = {},
                             int limit = kItemLimit);
};

} // namespace sitesafe
