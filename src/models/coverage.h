#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/referencedata.h"

namespace sitesafe {

/// Full-coverage progress (全覆盖) of the projects under construction of one 市县, or of a whole scope: how many
/// have a signed inspection of round 1 and of round 2 in the campaign.
struct CoverageCount {
    QString jurisdictionCode; ///< the 市县; empty for a scope's total
    QString jurisdictionName;
    qint64 projects = 0;
    qint64 round1 = 0;
    qint64 round2 = 0;

    qint64 covered(int round) const { return round == 1 ? round1 : round2; }
    /// Whole percent, rounded down: 100 % only when every project is covered.
    int percent(int round) const { return projects > 0 ? int(covered(round) * 100 / projects) : 0; }
};

/// A project behind a coverage bar (the dashboard's drill-down).
struct CoverageProject {
    QString id;
    QString name;
    QString jurisdictionName;
    QString permitNo;
};

/// The coverage of a scope on a day: the campaign (治理行动) whose period holds the day, each 市县 of the scope and
/// the total (the inspector's jurisdiction, or the province).
struct CoverageSummary {
    QDate today;
    std::optional<Campaign> campaign; ///< none: no campaign known holds the day
    QList<CoverageCount> jurisdictions;
    CoverageCount total;

    /// Days from today to the round's deadline (0: today, negative: passed); none without a deadline.
    std::optional<qint64> daysLeft(int round) const
    {
        if (!campaign)
            return std::nullopt;
        const QDate deadline = round == 1 ? campaign->round1Deadline : campaign->round2Deadline;
        if (!deadline.isValid() || !today.isValid())
            return std::nullopt;
        return today.daysTo(deadline);
    }
};

} // namespace sitesafe
