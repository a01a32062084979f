#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "ledgerperiod.h"
#include "ledgersheet.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// The monthly report's figures (domain-reference §4.4) for a 市县 or park and a month, computed from the store:
/// the `figures` object that is submitted (`monthly_reports.figures`), with stable keys. Every rule is written
/// here once and stated by rules():
/// - the month is a calendar month in China time (LedgerPeriod); a place selects the projects located there;
/// - hazards: found in the month, voided ones left out; rectified = verified or closed (销号) now; the rates are
///   rectified / found, 4 decimals, 0 when nothing was found; overdue = found in the month, still open or being
///   rectified, deadline (extended if so) before the first day of the next month, or before the report's day
///   while the month is still running;
/// - inspections: started in the month and not a draft; notices: issued in the month and not voided, counted by
///   project; incidents and dangerous situations: occurred in the month (incidents all, deaths summed);
/// - enforcement: actions decided in the month; administrative penalties are fines, suspensions, qualification
///   and licence measures, practice revocations and industry bans; the violation groups are ViolationTypes'.
class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    /// The figures, in keys() order. An empty `jurisdictionCode` is the whole province. `asOf`: the day the report
    /// is made (China date); while the month is still running, "overdue" is judged on it rather than on the month's
    /// end. Invalid: the month's end.
    static Result<QJsonObject> figures(ReadConnection db, const QString &jurisdictionCode, const LedgerPeriod &period,
                                       QDate asOf = {});
    /// Every key, in the order a report lists them. Keys never change once shipped.
    static QStringList keys();
    /// The figure's name in the report (Chinese, like the report).
    static QString label(const QString &key);
    /// Whether the figure is a ratio (the others are counts or amounts, and add up over jurisdictions).
    static bool isRatio(const QString &key);
    /// The province's report: the sum of the counts of `parts`, the ratios recomputed from the summed counts.
    static QJsonObject aggregate(const QList<QJsonObject> &parts);
    static QString rules();
    /// The figures as a sheet (指标, 数值, 键) for the XLSX writer, titled 月报.
    static LedgerSheet sheet(const QJsonObject &figures, const LedgerPeriod &period, const QString &scope);
    /// The report as a document: the sheet of `figures` (computed for this place and month), then the three ledgers
    /// of the month and place, all scoped with the place's name ("2026-11 · 海口市"); what the XLSX and PDF files
    /// and the printout hold.
    static Result<QList<LedgerSheet>> document(ReadConnection db, const QString &jurisdictionCode,
                                               const LedgerPeriod &period, const QJsonObject &figures);
    /// The title of the report as a document (PDF, print): 月报 with its scope ("2026-11 · 海口市").
    static QString documentTitle(const QString &scope);
};

} // namespace sitesafe
