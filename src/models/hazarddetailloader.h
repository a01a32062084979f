#pragma once

#include "hazarddetail.h"

#include <QSqlDatabase>

namespace sitesafe {

/// Reads one hazard with its legal basis, event timeline and photo thumbnails. Meant for the worker thread
/// (SqlWorker); thumbnails are decoded there too, so the UI only ever paints ready images.
class HazardDetailLoader
{
public:
    /// `blobRoot` is the store's blobs/ folder (photos are kept there by hash).
    HazardDetailLoader(QSqlDatabase db, QString blobRoot) : m_db(std::move(db)), m_blobRoot(std::move(blobRoot)) {}

    HazardDetail load(const QString &hazardId, int thumbnailSize = 128);

private:
    void loadTimeline(HazardDetail &detail);
    void loadPhotos(HazardDetail &detail, int thumbnailSize);

    QSqlDatabase m_db;
    QString m_blobRoot;
};

} // namespace sitesafe
