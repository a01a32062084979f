#include "blobuploader.h"

#include <QCryptographicHash>

#include "storage/blobrepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "syncconnection.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return BlobUploader::tr("uploading photos");
}

QByteArray metadataValue(const QString &text)
{
    return text.toUtf8().toBase64();
}
} // namespace

BlobUploader::BlobUploader(Database &db, BlobStore &store, SyncConnection &connection, QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_connection(connection)
{
}

Result<BlobUploader::Report> BlobUploader::uploadPending()
{
    auto pending = BlobRepository(m_db.connection()).pendingUploads();
    if (!pending)
        return pending.error();
    Report report;
    for (const PendingBlob &blob : std::as_const(pending.value())) {
        if (Status s = upload(blob.sha256, blob.mime, report); !s)
            return s.error();
    }
    return report;
}

Result<QString> BlobUploader::begin(const QString &sha256, qint64 size, const QString &mime, bool *isPresent)
{
    HttpRequest r;
    r.method = "POST";
    r.path = u"/api/v1/blobs"_s;
    r.contentType = "application/offset+octet-stream";
    r.headers.insert("Tus-Resumable", "1.0.0");
    r.headers.insert("Upload-Length", QByteArray::number(size));
    r.headers.insert("Upload-Metadata", "sha256 " + metadataValue(sha256) + ",content-type " + metadataValue(mime)
                                            + ",filename " + metadataValue(sha256));
    const HttpResult result = m_connection.call(r);
    if (!result.isOk() || (result.status != 201 && result.status != 200))
        return SyncErrors::fromResult(result, what());
    *isPresent = result.status == 200 || result.headers.value("blob-status") == "present";
    return QString::fromLatin1(result.headers.value("location"));
}

Status BlobUploader::upload(const QString &sha256, const QString &mime, Report &report)
{
    auto content = m_store.read(sha256);
    if (!content)
        return content.error();
    const QByteArray &bytes = content.value();
    const qint64 size = bytes.size();

    BlobRepository blobs(m_db.connection());
    QString url = blobs.uploadUrl(sha256);
    qint64 offset = 0;
    if (!url.isEmpty()) {
        // Resume: the server's offset is the truth, not what was sent before the cut.
        HttpRequest head;
        head.method = "HEAD";
        head.path = url;
        head.headers.insert("Tus-Resumable", "1.0.0");
        const HttpResult r = m_connection.call(head);
        if (!r.isOk())
            return *r.error;
        if (r.status == 200 || r.status == 204) {
            offset = r.headers.value("upload-offset").toLongLong();
            report.resumedFrom = offset;
        } else {
            url.clear(); // expired or unknown upload: start again
        }
    }
    if (url.isEmpty()) {
        bool isPresent = false;
        auto started = begin(sha256, size, mime, &isPresent);
        if (!started)
            return started.error();
        if (isPresent) {
            ++report.alreadyThere;
            return blobs.markUploaded(sha256);
        }
        url = started.value();
        if (Status s = blobs.rememberUpload(sha256, url, 0); !s)
            return s;
    }
    int checksumRetries = 0;
    while (offset < size) {
        const QByteArray chunk = bytes.mid(offset, m_chunkBytes);
        HttpRequest patch;
        patch.method = "PATCH";
        patch.path = url;
        patch.contentType = "application/offset+octet-stream";
        patch.body = chunk;
        patch.headers.insert("Tus-Resumable", "1.0.0");
        patch.headers.insert("Upload-Offset", QByteArray::number(offset));
        patch.headers.insert("Upload-Checksum",
                             "sha256 " + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toBase64());
        const HttpResult r = m_connection.call(patch);
        if (!r.isOk())
            return *r.error;
        if (r.status == 460 && ++checksumRetries <= 3)
            continue; // damaged on the way: the server discarded it; send it again
        if (r.status == 409 && r.headers.contains("upload-offset")) {
            offset = r.headers.value("upload-offset").toLongLong(); // continue from where the server stands
            continue;
        }
        if (r.status != 204 && r.status != 200)
            return SyncErrors::fromResult(r, what());
        offset = r.headers.value("upload-offset").toLongLong();
        report.bytesSent += chunk.size();
        Q_EMIT progress(sha256, offset, size);
        if (offset < size) {
            if (Status s = blobs.rememberUpload(sha256, url, offset); !s)
                return s;
        }
    }
    ++report.uploaded;
    return blobs.markUploaded(sha256);
}

} // namespace sitesafe
