#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// What the `blobs` table knows of one photo, signature or PDF.
struct BlobRecord {
    qint64 size = 0;   ///< 0 while only the server holds it and its size is not known yet
    QString mime;
    QString localPath; ///< relative to the blob store; empty while only the server holds it
};

/// A blob that an attachment row names and the server does not have yet.
struct PendingBlob {
    QString sha256;
    QString mime;
};

/// The rows of `blobs` and `blob_uploads` (the content itself is in BlobStore): lookups for the photo strip and
/// the downloader, the upload queue and the tus upload address kept across restarts.
class BlobRepository
{
    Q_DECLARE_TR_FUNCTIONS(BlobRepository)

public:
    explicit BlobRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// nullopt: no row names this blob.
    Result<std::optional<BlobRecord>> find(const QString &sha256);
    /// The stored file's path relative to the blob store; empty when not on this computer.
    QString localPath(const QString &sha256);

    /// Local blobs an attachment row refers to, oldest first: they go up before the rows are pushed.
    Result<QList<PendingBlob>> pendingUploads();
    /// The server address of an unfinished upload; empty: none.
    QString uploadUrl(const QString &sha256);
    /// Keeps the upload address and the offset the server acknowledged (stamped with the store's clock).
    Status rememberUpload(const QString &sha256, const QString &url, qint64 acknowledgedOffset);
    /// The server holds the blob: no upload address is kept any more.
    Status markUploaded(const QString &sha256);
    /// A downloaded blob is on this computer now (a Remote transaction: no outbox row comes of it).
    Status markDownloaded(const QString &sha256, qint64 size, const QString &relativePath, const QString &mime);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
