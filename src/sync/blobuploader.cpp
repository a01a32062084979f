#include "blobuploader.h"

#include "syncconnection.h"

#include "storage/blobstore.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return BlobUploader::tr("uploading photos");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray metadataValue(const QString &text)
{
    return text.toUtf8().toBase64();
}
} // namespace

BlobUploader::BlobUploader(QSqlDatabase db, BlobStore &store, SyncConnection &connection, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_store(store), m_connection(connection)
{
}

Result<BlobUploader::Report> BlobUploader::uploadPending()
{
    QList<std::pair<QString, QString>> pending;
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT b.sha256, b.mime FROM blobs b WHERE b.upload_state IN ('local', 'uploading') AND EXISTS "
                    "(SELECT 1 FROM attachments a WHERE a.blob_sha256 = b.sha256) ORDER BY b.created_at, b.sha256"_s))
            return StorageError::fromSql(q.lastError(), what());
        while (q.next())
            pending.append({q.value(0).toString(), q.value(1).toString()});
    }
    Report report;
    for (const auto &[sha256, mime] : std::as_const(pending)) {
        if (Status s = upload(sha256, mime, report); !s)
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

    QString url;
    qint64 offset = 0;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT upload_url FROM blob_uploads WHERE sha256 = ?"_s);
        q.addBindValue(sha256);
        if (q.exec() && q.next())
            url = q.value(0).toString();
    }
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
            return markUploaded(sha256);
        }
        url = started.value();
        if (Status s = rememberUpload(sha256, url, 0); !s)
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
            if (Status s = rememberUpload(sha256, url, offset); !s)
                return s;
        }
    }
    ++report.uploaded;
    return markUploaded(sha256);
}

Status BlobUploader::rememberUpload(const QString &sha256, const QString &url, qint64 offset)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO blob_uploads (sha256, upload_url, acknowledged_offset, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (sha256) DO UPDATE SET upload_url = excluded.upload_url, "
              "acknowledged_offset = excluded.acknowledged_offset, updated_at = excluded.updated_at"_s);
    q.addBindValue(sha256);
    q.addBindValue(url);
    q.addBindValue(offset);
    q.addBindValue(now());
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    QSqlQuery state(m_db);
    state.prepare(u"UPDATE blobs SET upload_state = 'uploading' WHERE sha256 = ? AND upload_state = 'local'"_s);
    state.addBindValue(sha256);
    if (!state.exec())
        return StorageError::fromSql(state.lastError(), what());
    return {};
}

Status BlobUploader::markUploaded(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE blobs SET upload_state = 'uploaded' WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    QSqlQuery forget(m_db);
    forget.prepare(u"DELETE FROM blob_uploads WHERE sha256 = ?"_s);
    forget.addBindValue(sha256);
    if (!forget.exec())
        return StorageError::fromSql(forget.lastError(), what());
    return {};
}

} // namespace sitesafe
