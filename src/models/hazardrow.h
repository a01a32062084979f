#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace sitesafe {

/// The columns of the hazard list, in display order. Every column sorts in SQL (HazardQuery::sortExpression).
enum class HazardColumn : int {
    Number,       ///< local row number (seq)
    Status,
    Level,        ///< 重大 / 一般
    Description,
    Project,
    Jurisdiction, ///< 市县 of the project
    Criterion,    ///< legal basis item code (edition + article + item)
    FoundAt,
    FoundBy,
    Deadline,     ///< effective rectification deadline (after extensions)
    Measure,
    Supervision,  ///< 挂牌督办 level in force (省级/市级/县级督办), empty when not listed
    Count,
};

/// Where a hazard's local work stands with the server: the badge of the list. When several hold, the most urgent
/// is shown (Rejected, then Conflict, then Pending).
enum class HazardSyncState : int {
    Synced = 0, ///< nothing of it waits to be sent or needs a decision
    Pending,    ///< changes of the hazard or its events not yet on the server (outbox pending / in flight)
    Conflict,   ///< an open conflict: the server kept its value of a field; someone chooses on the Sync page
    Rejected,   ///< the server refused a change of it: needs attention on the Sync page
};

/// One row of the hazard list as fetched in a window; `sortValue` is the row's value of the sort expression,
/// kept so the next window can continue after it (keyset pagination).
struct HazardRow {
    qint64 seq = 0;
    QString id;
    QString projectId;
    QString status;
    bool isMajor = false;
    QString description;
    QString location;
    QString projectName;
    QString jurisdictionName;
    QString criteriaItem;
    QString foundAt; ///< stored UTC ISO-8601 text
    QString foundBy;
    QString deadline; ///< yyyy-MM-dd or empty
    QString measure;
    bool isSupervisionListed = false;
    QString supervisionLevel; ///< province | city | county while listed
    // Sync badge, read for the rows of the window only (HazardQuery::syncStateStatement).
    bool hasUnsentChanges = false;
    bool hasOpenConflict = false;
    bool hasRejectedChange = false;
    QVariant sortValue;
    // Display text prepared on the worker thread, so painting never parses dates or codes.
    QString foundAtText;
    QString criterionText;

    HazardSyncState syncState() const
    {
        if (hasRejectedChange)
            return HazardSyncState::Rejected;
        if (hasOpenConflict)
            return HazardSyncState::Conflict;
        return hasUnsentChanges ? HazardSyncState::Pending : HazardSyncState::Synced;
    }
};

/// Where a window continues from: the sort value and seq of the row just before (or after, going backwards).
struct HazardKey {
    QVariant sortValue;
    qint64 seq = 0;
};

} // namespace sitesafe
