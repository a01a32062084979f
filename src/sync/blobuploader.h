#pragma once

#include <QCoreApplication>
#include <QObject>

#include "core/error.h"

namespace sitesafe {

class BlobStore;
class Database;
class SyncConnection;

/// Uploads the photos, signatures and notice PDFs that local attachment rows name, before those rows are pushed
/// (a record and its photos are one unit of completeness). tus semantics against the provincial server:
/// POST /blobs announces length and sha256 (answered "present" when the server already holds the content),
/// PATCH sends chunks with a per-chunk sha256 Upload-Checksum, and an interrupted upload resumes from the offset
/// the server reports (HEAD), never from what the client believes it sent. The upload address is kept in
/// `blob_uploads`, so resuming also works after a restart.
class BlobUploader : public QObject
{
    Q_OBJECT

public:
    BlobUploader(Database &db, BlobStore &store, SyncConnection &connection, QObject *parent = nullptr);

    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }

    struct Report {
        int uploaded = 0;      ///< blobs completed in this run
        int alreadyThere = 0;  ///< the server had the content (nothing sent)
        qint64 bytesSent = 0;
        qint64 resumedFrom = -1; ///< the server offset the last resumed upload continued from; -1: none resumed
    };

    /// Uploads every local blob an attachment row refers to. Stops at the first failure (the rows that need the
    /// blob are then not pushed either).
    Result<Report> uploadPending();

Q_SIGNALS:
    /// Bytes of one blob the server has acknowledged so far.
    void progress(const QString &sha256, qint64 acknowledged, qint64 total);

private:
    Status upload(const QString &sha256, const QString &mime, Report &report);
    Result<QString> begin(const QString &sha256, qint64 size, const QString &mime, bool *isPresent);

    Database &m_db;
    BlobStore &m_store;
    SyncConnection &m_connection;
    qint64 m_chunkBytes = 1024 * 1024;
};

} // namespace sitesafe
