#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/referencedata.h"
#include "demorandom.h"

namespace sitesafe::demo {

struct ProjectContext;

/// Decides, after the reference rows are dated, which inspections each project gets (round 1 for most, round 2
/// for about half, special, re-inspection, 双随机 and provincial supervision ones) and numbers their notices in
/// date order per 市县, year and kind, so the notice-number blocks sent with the reference data already know how
/// far each block has been used. Each project is planned from its own random stream: plans depend on the day,
/// and must not move anything drawn for the reference rows.
class InspectionPlanner
{
public:
    InspectionPlanner(quint64 seed, QDate today);

    /// Plans the inspections of project `projectIndex` (its context holds the last work day).
    void plan(int projectIndex, const Project &project, ProjectContext &context);
    /// Numbers all planned notices and returns the blocks they came from, plus a fresh block of each kind for
    /// `deviceId` in 海口 for the current year.
    QList<NoticeNumberBlock> allocateNoticeNumbers(QList<ProjectContext> &contexts, const QString &deviceId);

    /// "琼海口建安改〔2026〕" (rectification) or "琼海口建安停〔2026〕" (stop_work).
    static QString noticePrefix(int countyIndex, bool isStopWork, int year);
    /// prefix + four-digit number + "号".
    static QString noticeNumber(int countyIndex, bool isStopWork, int year, int number);

private:
    qint64 startOn(QDate date);

    quint64 m_seed;
    DemoRandom m_random;
    QDate m_today;
};

} // namespace sitesafe::demo
