#include "photoimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include "evidenceflags.h"
#include "imagefile.h"
#include "photometadata.h"
#include "photorenditions.h"
#include "storage/attachmentrepository.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

PhotoImporter::PhotoImporter(DataStore &store, QString ownerEntity, QString ownerId, PhotoContext context)
    : m_store(store), m_ownerEntity(std::move(ownerEntity)), m_ownerId(std::move(ownerId)), m_context(std::move(context))
{
}

Result<EvidencePhoto> PhotoImporter::importFile(const QString &path) const
{
    auto loaded = ImageFile::load(path);
    if (!loaded)
        return loaded.error();
    const ImageFile &file = loaded.value();
    const QString sha256 = file.sha256();
    auto read = PhotoMetadata::read(file.bytes());
    if (!read)
        return read.error();
    const PhotoMetadata &metadata = read.value();
    const QDateTime importedAt = m_store.clock().now();

    PhotoRecord record;
    record.ownerEntity = m_ownerEntity;
    record.ownerId = m_ownerId;
    record.sha256 = sha256;
    record.size = file.bytes().size();
    record.mime = file.mime();
    record.role = u"photo"_s;
    record.caption = QFileInfo(path).fileName();
    record.capturedAt = metadata.capturedAt;
    record.latitude = metadata.latitude;
    record.longitude = metadata.longitude;
    record.evidenceFlags = EvidenceFlags::of(metadata, m_context.inspectionTime, m_context.timeTrust);
    record.timeTrust = m_context.timeTrust;

    // The original first, then its renditions, then the rows: a row never names a file that is not there. A
    // failure after the blob leaves only content nobody refers to, which the next import of it reuses.
    auto stored = m_store.blobs().put(file.bytes());
    if (!stored)
        return stored.error();
    const PhotoRenditions renditions(m_store.blobs().root());
    const WatermarkText text{metadata.capturedAt, importedAt,           m_context.projectName,
                             m_context.inspectorName, metadata.latitude, metadata.longitude, sha256};
    if (Status s = renditions.write(file.image(), text); !s)
        return s.error();

    AttachmentRepository attachments(m_store.database().connection());
    auto existing = attachments.find(m_ownerEntity, m_ownerId, sha256, record.role);
    if (!existing)
        return existing.error();
    auto id = attachments.add(record, stored.value().relativePath, m_context.inspectorName);
    if (!id)
        return id.error();
    record.id = id.value();

    EvidencePhoto photo;
    photo.record = record;
    photo.originalPath = m_store.blobs().pathOf(sha256);
    photo.watermarkPath = renditions.watermarkPath(sha256);
    photo.thumbnailPath = renditions.thumbnailPath(sha256);
    photo.thumbnail = QImage(photo.thumbnailPath);
    photo.attachedAt = importedAt;
    photo.wasAlreadyAttached = existing.value().has_value();
    return photo;
}

Result<QList<EvidencePhoto>> PhotoImporter::photos() const
{
    auto rows = AttachmentRepository(m_store.database().connection()).list(m_ownerEntity, m_ownerId);
    if (!rows)
        return rows.error();
    const PhotoRenditions renditions(m_store.blobs().root());
    QList<EvidencePhoto> photos;
    for (const AttachmentRow &row : rows.value()) {
        EvidencePhoto photo;
        photo.record = row.photo;
        photo.attachedAt = row.attachedAt;
        const QString sha256 = row.photo.sha256;
        if (!row.localPath.isEmpty()) {
            const QString original = QDir(m_store.blobs().root()).filePath(row.localPath);
            if (QFileInfo::exists(original)) {
                photo.originalPath = original;
                if (!renditions.exist(sha256)) {
                    // A downloaded photo, or renditions removed: make them again from the original.
                    QImageReader reader(original);
                    reader.setAutoTransform(true);
                    const QImage image = reader.read();
                    if (!image.isNull())
                        renditions.write(image, {row.photo.capturedAt, row.attachedAt, m_context.projectName,
                                                 m_context.inspectorName, row.photo.latitude, row.photo.longitude,
                                                 sha256});
                }
                if (renditions.exist(sha256)) {
                    photo.watermarkPath = renditions.watermarkPath(sha256);
                    photo.thumbnailPath = renditions.thumbnailPath(sha256);
                    photo.thumbnail = QImage(photo.thumbnailPath);
                }
            }
        }
        photos.append(photo);
    }
    return photos;
}

} // namespace sitesafe
