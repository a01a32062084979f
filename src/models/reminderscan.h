#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// One thing a reminder names: a hazard due within a day or overdue, an incident whose 48-hour report to the
/// national platform is running or was missed (迟报), or a monthly report to the province due within a few days or
/// overdue (ReportDeadline).
struct ReminderItem {
    enum class Kind { DueSoon, Overdue, IncidentReportDue, IncidentReportLate, MonthlyReportDue };

    Kind kind = Kind::Overdue;
    QString id;       ///< hazard or incident id; for a monthly report "<place code>:<YYYY-MM>"
    QString title;    ///< hazard description, or incident kind and summary
    QString detail;   ///< 市县 · project
    QDate deadline;   ///< hazards: the effective deadline; monthly reports: the day it is due before
    QDateTime reportDue; ///< incidents: occurrence + 48 h (UTC)
    bool isMajor = false;
    bool isNew = false;  ///< not among the keys the caller had already shown

    /// What the notifier remembers as shown: the kind and the record (a due-soon hazard that becomes overdue is
    /// news again).
    QString key() const { return keyOf(kind, id); }
    static QString keyOf(Kind kind, const QString &id)
    {
        static const char *const prefixes[] = {"due:", "overdue:", "report-due:", "report-late:", "monthly-report:"};
        return QString::fromLatin1(prefixes[int(kind)]) + id;
    }
};

/// The reminders of one kind: the exact totals and the first few items, the new ones (not shown yet) first, then
/// the most urgent.
struct ReminderList {
    qint64 total = 0;
    qint64 fresh = 0; ///< how many are not among the keys already shown
    QList<ReminderItem> items;
};

/// What ReminderScanner found at one instant.
struct ReminderScan {
    QDateTime at;  ///< the instant scanned (UTC), from the injected clock
    QDate today;   ///< the day deadlines were judged on (China time)
    ReminderList dueSoon;      ///< deadline today or tomorrow, still open or rectifying
    ReminderList overdue;      ///< deadline passed, still open or rectifying
    ReminderList reportsDue;   ///< incidents not reported to the platform, 48 hours not yet over
    ReminderList reportsLate;  ///< incidents not reported to the platform after 48 hours (迟报)
    ReminderList monthlyReports; ///< the place's monthly reports not submitted, due within days or overdue
    QStringList keys;          ///< ReminderItem::key() of every reminder, not only the listed items
    QStringList freshKeys;     ///< those of `keys` not among the keys already shown
    qint64 milliseconds = 0;   ///< how long the scan took
    bool isOk = true;
    QString error;             ///< why the scan failed, as a sentence

    qint64 total() const
    {
        return dueSoon.total + overdue.total + reportsDue.total + reportsLate.total + monthlyReports.total;
    }
    qint64 fresh() const
    {
        return dueSoon.fresh + overdue.fresh + reportsDue.fresh + reportsLate.fresh + monthlyReports.fresh;
    }
    const ReminderList &list(ReminderItem::Kind kind) const
    {
        switch (kind) {
        case ReminderItem::Kind::DueSoon: return dueSoon;
        case ReminderItem::Kind::Overdue: return overdue;
        case ReminderItem::Kind::IncidentReportDue: return reportsDue;
        case ReminderItem::Kind::IncidentReportLate: return reportsLate;
        case ReminderItem::Kind::MonthlyReportDue: break;
        }
        return monthlyReports;
    }
};

} // namespace sitesafe
