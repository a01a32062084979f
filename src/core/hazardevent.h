#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include "timetrust.h"

namespace sitesafe {

/// What happened to a hazard. Stored as the text code next to each value.
enum class HazardEventKind {
    Created,               ///< created: the hazard was recorded (隐患已发现)
    NoticeIssued,          ///< notice_issued: a rectification or stop-work notice was served (已下通知)
    RectificationReported, ///< rectification_reported: the contractor reports it fixed (整改回复 / 申请销号)
    ReinspectedPass,       ///< reinspected_pass: re-inspection (复查) found it rectified
    ReinspectedFail,       ///< reinspected_fail: re-inspection found it not rectified; back to rectifying
    Closed,                ///< closed: 销号, by a second person after a passed re-inspection
    Reopened,              ///< reopened: a closed hazard is found again
    DeadlineExtended,      ///< deadline_extended: new rectification deadline
    SupervisionListed,     ///< supervision_listed: 挂牌督办 (province-only)
    SupervisionLifted,     ///< supervision_lifted: 解除督办 (province-only)
    Comment,               ///< comment: a note; never changes the state
    Voided,                ///< voided: recorded in error, with a reason; terminal (no hard deletes)
    Withdrawn,             ///< withdrawn: the undo of an earlier event by its own author (targetEventId)
};

QString hazardEventKindCode(HazardEventKind kind);
std::optional<HazardEventKind> hazardEventKindFromCode(QStringView code);

/// One entry of a hazard's append-only event history.
struct HazardEvent {
    QString id;
    QString hazardId;
    HazardEventKind kind = HazardEventKind::Comment;
    QDateTime at;       ///< when it happened, as the recording device saw it (shown, never used for order)
    QString actor;      ///< who recorded it
    QString note;
    QDate newDeadline;  ///< deadline_extended, notice_issued (optional)
    QString level;      ///< supervision_listed: province | city | county
    TimeTrust timeTrust; ///< how far `at` can be trusted (recorded, never used for order)
    QString actorRole;   ///< inspector | supervisor | province | admin, as held when recorded; empty on old rows
    QString noticeId;    ///< notice_issued: the notice served
    QString targetEventId; ///< withdrawn: the event it takes back
};

} // namespace sitesafe
