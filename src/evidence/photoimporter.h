#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/error.h"
#include "evidencephoto.h"
#include "photocontext.h"

namespace sitesafe {

class DataStore;

/// Takes image files as evidence of one record (`ownerEntity` "hazards", "inspections", "inspection_answers" …,
/// `ownerId`): reads and decodes the file, hashes the untouched bytes, reads capture time and GPS from EXIF,
/// flags what is doubtful (EvidenceFlags), stores the original in the content-addressed BlobStore, draws the
/// watermarked and thumbnail renditions, and records the blobs and attachments rows in one transaction
/// (AttachmentRepository). A file that is not a picture, or is cut or damaged, is an error sentence and nothing is
/// written. Synchronous and usable from any thread (each thread uses its own connection of the store); the UI runs
/// it through EvidenceWorker.
class PhotoImporter
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImporter)

public:
    /// `store` must outlive the importer.
    PhotoImporter(DataStore &store, QString ownerEntity, QString ownerId, PhotoContext context);

    Result<EvidencePhoto> importFile(const QString &path) const;
    /// The photos of the record, oldest first, with renditions re-made where missing and the original is here.
    Result<QList<EvidencePhoto>> photos() const;

    const QString &ownerEntity() const { return m_ownerEntity; }
    const QString &ownerId() const { return m_ownerId; }
    const PhotoContext &context() const { return m_context; }
    void setTimeTrust(const TimeTrust &trust) { m_context.timeTrust = trust; }

private:
    DataStore &m_store;
    QString m_ownerEntity;
    QString m_ownerId;
    PhotoContext m_context;
};

} // namespace sitesafe
