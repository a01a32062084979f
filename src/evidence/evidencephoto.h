#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>

#include "core/fielddata.h"

namespace sitesafe {

/// One photo of a record as the strip and the viewer show it: the synced metadata (PhotoRecord) and the files on
/// this computer. A path is empty when that file is not here (a photo only the server holds so far).
struct EvidencePhoto {
    PhotoRecord record;
    QString originalPath;  ///< the untouched original in the blob store
    QString watermarkPath; ///< derived; re-made when missing
    QString thumbnailPath; ///< derived; re-made when missing
    QImage thumbnail;      ///< decoded off the UI thread; null when the original is not here
    QDateTime attachedAt;
    bool wasAlreadyAttached = false; ///< an import of content the record already held: no new row was written
};

} // namespace sitesafe
