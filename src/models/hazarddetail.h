#pragma once

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include "core/timetrust.h"

namespace sitesafe {

/// A photo attached to a hazard; the thumbnail is empty when the picture is only on the server so far.
struct HazardPhoto {
    QString caption;
    QString sha256;
    QString capturedAt;
    QImage thumbnail;
    bool isLocal = false; ///< a thumbnail was decoded
    QString localPath;    ///< the file in the blob store; empty while the bytes are only on the server
};

/// One entry of a hazard's event timeline, with what the fold made of it.
struct HazardTimelineEntry {
    QString id;
    QString kind;       ///< event code (created, notice_issued, …)
    QString at;         ///< stored UTC time
    QString actor;
    QString actorRole;  ///< inspector | supervisor | province | admin; empty on rows older than the column
    QString note;
    QString newDeadline;
    QString level;      ///< supervision level, for supervision_listed
    QString noticeId;   ///< notice_issued: the notice served
    QString targetEventId; ///< withdrawn: the event taken back
    bool isSuperseded = false;
    QString supersededReason;
    TimeTrust timeTrust; ///< how far `at` can be trusted (⚠ when doubtful)
    QList<HazardPhoto> photos; ///< evidence of this step (attachments of the event, e.g. rectification photos)
};

/// Everything the hazard detail pane shows, read in one go on the worker thread.
struct HazardDetail {
    bool isFound = false;
    QString id;
    qint64 seq = 0;
    QString description;
    QString location;
    QString status;
    bool isMajor = false;
    bool isSupervisionListed = false;
    QString supervisionLevel;
    QString measure;
    QString deadline;          ///< deadline set when found
    QString effectiveDeadline; ///< after extensions
    QString closedAt;
    QString foundAt;
    QString foundBy;
    QString responsibleEnterprise;
    QString responsiblePerson;
    QString projectId;
    QString projectName;
    QString jurisdictionName;
    // Legal basis (判定依据)
    QString criteriaSetCode;   ///< V2024, V2022
    QString criteriaSetTitle;
    QString criteriaDocument;  ///< 建质规〔2024〕5号
    QString criteriaItem;      ///< item code
    int articleNumber = 0;
    QString articleTitle;
    int itemNumber = 0;
    QString itemText;
    /// The item's wording is not yet checked against the official text (criteria_items.is_uncertain): shown
    /// with an "unverified wording" mark wherever it is cited as a legal basis.
    bool isUncertain = false;
    QList<HazardTimelineEntry> timeline;
    QList<HazardPhoto> photos;
    /// How far the device clock that stamped the record could be trusted (hazards.clock_offset_ms,
    /// is_time_doubtful).
    TimeTrust timeTrust;
};

} // namespace sitesafe
