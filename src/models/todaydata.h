#pragma once

#include <QList>
#include <QString>

#include "coverage.h"

namespace sitesafe {

/// One line of the Today page: a record the inspector should look at, and which record it opens.
struct TodayEntry {
    enum class Kind { Hazard, Project, Incident };

    Kind kind = Kind::Hazard;
    QString id;      ///< hazard, project or incident id
    QString title;
    QString detail;  ///< project and 市县, or what is due
    QString date;    ///< deadline or due time, as shown
    bool isUrgent = false;
};

/// One group of the Today page with its exact total (only the first entries are listed).
struct TodaySection {
    enum class Kind { Overdue, DueSoon, ReinspectionDue, IncidentReports, NotCovered };

    Kind kind = Kind::Overdue;
    qint64 total = 0;
    QList<TodayEntry> entries;
};

/// What the Today page shows for a jurisdiction on a day.
struct TodayData {
    QList<TodaySection> sections;
    int round = 1; ///< the full-coverage round in progress
    CoverageSummary coverage; ///< both rounds of the campaign holding the day, per 市县 and in total
};

} // namespace sitesafe
