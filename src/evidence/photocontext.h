#pragma once

#include <QDateTime>
#include <QString>

#include "core/timetrust.h"

namespace sitesafe {

/// What a photo is taken as evidence of: the record's time (a capture time far from it is flagged), the project
/// and inspector printed in the watermark, and how far this computer's clock can be trusted right now
/// (DataFolderSession::timeTrust()). The pages that embed an EvidenceStrip fill it from their record.
struct PhotoContext {
    QDateTime inspectionTime; ///< invalid: no time to compare with (exif_time_far is then never raised)
    QString projectName;
    QString inspectorName;    ///< also the actor of the audit entry
    TimeTrust timeTrust;
};

} // namespace sitesafe
