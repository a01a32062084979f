#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/hazardevent.h"
#include "core/hazardlifecycle.h"

namespace sitesafe::demo {

class DemoRandom;

/// What HazardHistory needs to know about one hazard and the people around it.
struct HazardStory {
    QString hazardId;
    qint64 foundMs = 0;
    qint64 noticeMs = -1; ///< when the inspection's notice is served; -1: none can be (draft inspection)
    QString noticeNumber;
    QDate deadline; ///< the hazard's initial deadline
    bool isMajor = false;
    bool isImmediate = false; ///< measure "immediate": may be put right on the spot, without a notice
    bool needsNotice = false; ///< stop-work hazards always get their notice
    QString foundBy;
    QString noticeIssuer;
    QString reporter; ///< the contractor's person who reports the rectification
    QString supervisorName; ///< the supervising engineer (总监), who also writes comments
    QString supervisionLevel; ///< city | county: the level of the 市县's own 挂牌督办
    QString documentPrefix; ///< the 市县's document prefix ("琼海口") for its own 督办通知书
    const QStringList *inspectors = nullptr; ///< re-inspectors (复查)
    const QStringList *leaders = nullptr; ///< closers (销号) and local supervision; never inspectors
    const QStringList *provinceLeaders = nullptr;
};

/// What became of the hazard, for the rest of the field data.
struct HazardOutcome {
    HazardState state = HazardState::Open; ///< the state its events fold to
    bool hasNotice = false;
    qint64 rectifiedMs = -1; ///< when rectification was last reported; -1: never
};

/// Writes the event history of one hazard so that HazardLifecycle::fold puts it in a chosen state, with the
/// detours real hazards take: failed re-inspections, deadline extensions, 挂牌督办 listed and lifted, reopening,
/// comments, and a few events the fold supersedes (a close by the re-inspector alone, a close while still
/// listed, a duplicate close after a reopen, a report after voiding). The state is drawn by the hazard's age:
/// old hazards are mostly closed, recent ones mostly being rectified.
class HazardHistory
{
public:
    HazardHistory(qint64 nowMs, QDate today);

    HazardOutcome write(DemoRandom &random, const HazardStory &story, QList<HazardEvent> &out) const;

private:
    struct Step {
        HazardEventKind kind;
        QString actor;
        QString note;
        double gapDays = 0; ///< nominal time after the previous step
        int deadlineOffsetDays = -1; ///< deadline_extended: new deadline this many days after the event
        QString level;
    };

    HazardState drawState(DemoRandom &random, const HazardStory &story) const;
    void planSteps(
        DemoRandom &random, const HazardStory &story, HazardState state, QList<Step> &steps, bool *hasNotice) const;

    qint64 m_nowMs;
    QDate m_today;
};

} // namespace sitesafe::demo
