#pragma once

#include <QCoreApplication>
#include <QObject>

#include "core/error.h"

namespace sitesafe {

class BlobStore;
class Database;
class SyncConnection;

/// Downloads one photo (or signature, notice PDF) whose bytes only the provincial server holds
/// (`blobs.local_path` NULL, `upload_state` 'remote_only'), on demand: GET /api/v1/blobs/{sha256} in Range
/// requests of a bounded size, appended to `blobs/.partial/<sha256>` inside the store, so a download cut by the
/// network or a server crash continues from the bytes already on disk. The total is bounded by `blobs.size`
/// (or by the protocol's blob limit when the size is not known yet). The finished file becomes a blob only after
/// it hashes to its sha256 (BlobStore::adoptFile); then `blobs.local_path`, size and state are set in one
/// transaction of Origin::Remote, so a download never queues an outbox mutation. A hash mismatch, or a blob the
/// server does not have or will not show this account, removes the partial file: nothing is left half-stored.
///
/// Blocks while it waits for the network (SyncConnection), so it belongs to the sync worker thread.
class BlobDownloader : public QObject
{
    Q_OBJECT

public:
    BlobDownloader(Database &db, BlobStore &store, SyncConnection &connection, QObject *parent = nullptr);

    /// Bytes asked for per Range request.
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }
    /// The largest blob accepted when the size is not known locally.
    void setMaxBlobBytes(qint64 bytes) { m_maxBlobBytes = bytes; }

    struct Report {
        bool wasPresent = false; ///< already on this computer; nothing was requested
        qint64 size = 0;         ///< the blob's size in bytes
        qint64 bytesReceived = 0;
        qint64 resumedFrom = -1; ///< the offset the first Range request started at when bytes were on disk; -1: none
        int requests = 0;
    };

    /// Downloads `sha256` unless it is already here. Leaves the partial file for a later resume only when the
    /// transfer itself failed (offline, timeout, server busy).
    Result<Report> download(const QString &sha256);

    /// Where the bytes of an unfinished download of `sha256` are kept.
    static QString partialPath(const QString &blobRoot, const QString &sha256);

Q_SIGNALS:
    /// Bytes of one blob on disk so far.
    void progress(const QString &sha256, qint64 received, qint64 total);

private:
    struct Known {
        qint64 size = 0;
        QString mime;
        QString localPath;
    };
    Result<Known> lookUp(const QString &sha256);
    Status record(const QString &sha256, qint64 size, const QString &relativePath, const QByteArray &contentType);
    Error discard(const QString &partial, Error error);

    Database &m_db;
    BlobStore &m_store;
    SyncConnection &m_connection;
    qint64 m_chunkBytes = 1024 * 1024;
    qint64 m_maxBlobBytes = 50LL * 1024 * 1024;
};

/// The sentences BlobDownloader reports, in one place for translation.
class BlobDownloadErrors
{
    Q_DECLARE_TR_FUNCTIONS(BlobDownloadErrors)

public:
    static Error notTracked(const QString &sha256);
    static Error notOnServer(const QString &sha256);
    static Error forbidden(const QString &sha256);
    static Error damaged(const QString &sha256);
    static Error tooLarge(const QString &sha256, qint64 size, qint64 limit);
    static Error cannotWrite(const QString &detail);
};

} // namespace sitesafe
