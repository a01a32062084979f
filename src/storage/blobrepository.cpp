#include "blobrepository.h"

#include <QSqlQuery>

#include "database.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString uploading()
{
    return BlobRepository::tr("uploading photos");
}
} // namespace

Result<std::optional<BlobRecord>> BlobRepository::find(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT size, mime, local_path FROM blobs WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the photo's record"));
    if (!q.next())
        return std::optional<BlobRecord>();
    return std::optional<BlobRecord>(BlobRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
}

QString BlobRepository::localPath(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT local_path FROM blobs WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<QList<PendingBlob>> BlobRepository::pendingUploads()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT b.sha256, b.mime FROM blobs b WHERE b.upload_state IN ('local', 'uploading') AND EXISTS "
                "(SELECT 1 FROM attachments a WHERE a.blob_sha256 = b.sha256) ORDER BY b.created_at, b.sha256"_s))
        return StorageError::fromSql(q.lastError(), uploading());
    QList<PendingBlob> pending;
    while (q.next())
        pending.append({q.value(0).toString(), q.value(1).toString()});
    return pending;
}

QString BlobRepository::uploadUrl(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT upload_url FROM blob_uploads WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status BlobRepository::rememberUpload(const QString &sha256, const QString &url, qint64 acknowledgedOffset)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO blob_uploads (sha256, upload_url, acknowledged_offset, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (sha256) DO UPDATE SET upload_url = excluded.upload_url, "
              "acknowledged_offset = excluded.acknowledged_offset, updated_at = excluded.updated_at"_s);
    q.addBindValue(sha256);
    q.addBindValue(url);
    q.addBindValue(acknowledgedOffset);
    q.addBindValue(Timestamp::toText(Database::clockOf(m_db).now()));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), uploading());
    QSqlQuery state(m_db);
    state.prepare(u"UPDATE blobs SET upload_state = 'uploading' WHERE sha256 = ? AND upload_state = 'local'"_s);
    state.addBindValue(sha256);
    if (!state.exec())
        return StorageError::fromSql(state.lastError(), uploading());
    return {};
}

Status BlobRepository::markUploaded(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE blobs SET upload_state = 'uploaded' WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), uploading());
    QSqlQuery forget(m_db);
    forget.prepare(u"DELETE FROM blob_uploads WHERE sha256 = ?"_s);
    forget.addBindValue(sha256);
    if (!forget.exec())
        return StorageError::fromSql(forget.lastError(), uploading());
    return {};
}

Status BlobRepository::markDownloaded(const QString &sha256, qint64 size, const QString &relativePath,
                                      const QString &mime)
{
    // Server data arriving: no outbox row may come of it.
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE blobs SET local_path = ?, size = ?, "
              "mime = CASE WHEN mime = 'application/octet-stream' AND ? <> '' THEN ? ELSE mime END, "
              "upload_state = CASE WHEN upload_state = 'remote_only' THEN 'uploaded' ELSE upload_state END "
              "WHERE sha256 = ?"_s);
    q.addBindValue(relativePath);
    q.addBindValue(size);
    q.addBindValue(mime);
    q.addBindValue(mime);
    q.addBindValue(sha256);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the downloaded photo"));
    return tx.commit();
}

} // namespace sitesafe
