#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

/// An attachment row as the photo strip and viewer show it: the synced evidence metadata, where the bytes are on
/// this computer (relative to the blob store; empty while only the server holds them) and when it was attached.
struct AttachmentRow {
    PhotoRecord photo;
    QString localPath;
    QDateTime attachedAt; ///< attachments.created_at
};

/// The `attachments` rows of field records (photos, signatures, notice PDFs) and the `blobs` row each one names.
/// The evidence metadata (capture time, GPS, flags, trust in time) goes on the attachment because only attachments
/// sync; the blobs row keeps a local copy of it for the uploader. BlobRepository keeps the upload bookkeeping.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    explicit AttachmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// In one transaction: the blobs row (upload_state 'local', capture time and GPS) unless it exists, and the
    /// attachment row (the outbox trigger records its insert) plus an audit entry by `actor`. The attachment id is
    /// made when empty. `localPath` is the stored file relative to the blob store. An owner that already holds the
    /// same content in the same role gets no second row: the existing attachment's id comes back.
    Result<QString> add(PhotoRecord attachment, const QString &localPath, const QString &actor);
    /// The id of the attachment of `ownerEntity`/`ownerId` with this content and role; nullopt: none.
    Result<std::optional<QString>> find(const QString &ownerEntity, const QString &ownerId, const QString &sha256,
                                        const QString &role);
    /// The attachments of one record in `role` (photo by default), in the order they were attached.
    Result<QList<AttachmentRow>> list(const QString &ownerEntity, const QString &ownerId,
                                      const QString &role = QStringLiteral("photo"));

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
