#pragma once

#include <QSet>

#include "hazarddetail.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// Reads one hazard with its legal basis, event timeline and photo thumbnails. Meant for the worker thread
/// (SqlWorker); thumbnails are decoded there too, so the UI only ever paints ready images.
class HazardDetailLoader
{
public:
    /// `blobRoot` is the store's blobs/ folder (photos are kept there by hash).
    HazardDetailLoader(ReadConnection db, QString blobRoot) : m_db(std::move(db)), m_blobRoot(std::move(blobRoot)) {}

    /// Photos named in `knownThumbnails` (sha256) are not decoded again: the caller has them cached.
    HazardDetail load(const QString &hazardId, int thumbnailSize = 128, const QSet<QString> &knownThumbnails = {});
    /// A thumbnail of at most `size`×`size` pixels, decoded at that size (fast even for large photos).
    static QImage thumbnail(const QString &filePath, int size);

private:
    void loadTimeline(HazardDetail &detail);
    void loadTimeTrust(HazardDetail &detail);
    void loadPhotos(HazardDetail &detail, int thumbnailSize, const QSet<QString> &knownThumbnails);
    /// The photos of one owner record (a hazard, or one of its events), oldest first.
    QList<HazardPhoto> loadPhotosOf(const QString &ownerEntity, const QString &ownerId, int thumbnailSize,
                                    const QSet<QString> &knownThumbnails);

    ReadConnection m_db;
    QString m_blobRoot;
};

} // namespace sitesafe
