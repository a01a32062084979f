#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/error.h"
#include "ledgerperiod.h"
#include "ledgersheet.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// The year-end work summary (年度工作总结, sent to the province by 31 December) of a 市县 or park: the figures of
/// the monthly report (MonthlyReport, same keys and rules) over a calendar year or a campaign's months, the text
/// the bureau writes, and the three ledgers over the same months.
class AnnualSummary
{
    Q_DECLARE_TR_FUNCTIONS(AnnualSummary)

public:
    /// A period a summary can be written for.
    struct Choice {
        QString label; ///< "2026年度" or the campaign's name
        LedgerPeriod period;
        QString campaignCode; ///< the campaign's code; empty for a calendar year
    };

    /// The calendar year `year` and the one before, then every campaign (campaigns, by its months in China time),
    /// the most recent first.
    static Result<QList<Choice>> choices(ReadConnection db, int year);
    static QString yearLabel(int year);
    /// The rule of the summary's period, then the monthly report's rules.
    static QString rules();
    /// The summary as a document: the figures (titled 年度工作总结), the text (总结正文, a paragraph a row), then the
    /// three ledgers over the period; scoped "2026-01~2026-12 · 海口市".
    static Result<QList<LedgerSheet>> document(ReadConnection db, const QString &jurisdictionCode,
                                               const LedgerPeriod &period, const QJsonObject &figures,
                                               const QString &text);
    /// The text as a sheet (总结正文): one row per paragraph, blank lines left out.
    static LedgerSheet textSheet(const QString &scope, const QString &text);
    /// "海口市 2026年度 工作总结" style title for PDF and print.
    static QString documentTitle(const QString &label, const QString &scope);
};

} // namespace sitesafe
