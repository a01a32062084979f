#pragma once

#include <QCoreApplication>
#include <QList>

#include "hazardevent.h"

namespace sitesafe {

/// Where a hazard stands in the 建立台账 → 整改 → 复查 → 销号 loop.
enum class HazardState {
    Open,                  ///< open: recorded, no notice yet (已发现)
    Rectifying,            ///< rectifying: notice served or re-inspection failed (整改中)
    RectificationReported, ///< reported: the contractor reports it fixed, awaiting re-inspection (申请销号)
    Verified,              ///< verified: re-inspection passed, awaiting 销号 by a second person
    Closed,                ///< closed: 销号
    Voided,                ///< voided: recorded in error
};

QString hazardStateCode(HazardState state);
std::optional<HazardState> hazardStateFromCode(QStringView code);

/// What the fold made of one event.
struct HazardEventOutcome {
    bool isApplied = false; ///< false: superseded, kept in the history but without effect
    QString reason;         ///< why it was superseded (translated)
};

/// The state of a hazard as folded from its events.
struct HazardFold {
    HazardState state = HazardState::Open;
    bool isSupervisionListed = false; ///< 挂牌督办 in force
    QString supervisionLevel;
    QDate deadline;
    QDateTime closedAt;
    QString verifiedBy;            ///< actor of the re-inspection pass in force
    int failedReinspections = 0;
    QList<HazardEventOutcome> outcomes; ///< one per input event, same order

    bool isTerminal() const { return state == HazardState::Closed || state == HazardState::Voided; }
    /// Past its deadline while the contractor still has to act.
    bool isOverdueOn(QDate day) const;
};

/// The hazard lifecycle as a pure fold over events (DESIGN.md §3; domain-reference §8). Every event is kept;
/// an event that is not a valid transition where it stands in the order is recorded as superseded, never
/// dropped. The order is the caller's: server order for synced events, then local order for unsynced ones.
class HazardLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(HazardLifecycle)

public:
    static HazardFold fold(const QList<HazardEvent> &events, QDate initialDeadline = {});
    /// Per event, why it does not count because a later `withdrawn` event of its author took it back (empty
    /// otherwise); for a withdrawal itself, why the withdrawal does not count (empty when it does).
    static QList<QString> withdrawals(const QList<HazardEvent> &events);
};

} // namespace sitesafe
