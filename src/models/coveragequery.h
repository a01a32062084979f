#pragma once

#include <optional>

#include <QCoreApplication>
#include <QVariantList>

#include "coverage.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// Full-coverage progress per campaign (治理行动) as the Today page and the project list show it. A project counts
/// as covered in a round when it has a *signed* inspection of that round whose date (started_at in China time)
/// lies in the period of the campaign that holds the day; drafts and submitted inspections do not count, nor do
/// inspections of another campaign. With no campaign known for the day, every signed inspection of the round
/// counts. Runs on any connection (worker threads, tests).
class CoverageQuery
{
    Q_DECLARE_TR_FUNCTIONS(CoverageQuery)

public:
    /// The campaign whose period holds `day` (the latest begun when periods overlap).
    static std::optional<Campaign> campaignOn(const ReadConnection &db, QDate day);
    /// Each 市县 with projects under construction in `jurisdictionCode` (市县 or park; empty: the province) and
    /// their total.
    static CoverageSummary load(const ReadConnection &db, const QString &jurisdictionCode, QDate today);

    /// The projects under construction of the 市县 `groupCode` in `jurisdictionCode` (as load() groups them) that
    /// are covered in `round` (1 or 2) on `today`, or all of them for round 0: exactly the projects a count of
    /// load() counts, by the same conditions. Empty on a read error.
    static QList<CoverageProject> projects(const ReadConnection &db, const QString &jurisdictionCode,
                                           const QString &groupCode, int round, QDate today);

    /// An SQL condition on the project `p`: covered in `round` of `campaign`; appends its values.
    static QString coveredCondition(int round, const std::optional<Campaign> &campaign, QVariantList &values);

    /// "Round 1" (第一轮).
    static QString roundName(int round);
    /// "Round 1 62% · 23 days left" (第一轮 62% · 还剩 23 天), or the deadline passed, or no deadline known.
    static QString roundText(const CoverageSummary &summary, const CoverageCount &count, int round);
    /// The campaign's name and both rounds of the total, on one line.
    static QString summaryText(const CoverageSummary &summary);
    /// Each 市县 with its two percentages ("海口市 62% / 10%"), joined with " · "; empty for a single 市县.
    static QString jurisdictionsText(const CoverageSummary &summary);
};

} // namespace sitesafe
