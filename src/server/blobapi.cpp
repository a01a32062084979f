#include "blobapi.h"

#include <unistd.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "serverauditlog.h"
#include "serverconfig.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

HttpResponse dbFailure(const QSqlQuery &q)
{
    qWarning("sitesafe-server: blob store: %s", qPrintable(q.lastError().text()));
    HttpResponse r = HttpResponse::error(503, u"unavailable"_s, BlobApi::tr("The server cannot store this right now; retry later."));
    r.setHeader("Retry-After", "5");
    return r;
}

HttpResponse notFound()
{
    return HttpResponse::error(404, u"not_found"_s, BlobApi::tr("There is no such upload or blob."));
}

bool syncFile(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

/// Case 22: the blob store's disk is full while a chunk is written. The partial chunk is cut off again, so the upload
/// file holds exactly the chunks stored before, and the answer names that offset: the client resumes there once the
/// operator has freed space (the warning in the server log says which file could not grow).
HttpResponse chunkNotStored(QFile &file, qint64 storedBytes)
{
    qWarning("sitesafe-server: blob store: cannot store a chunk of %s: %s", qPrintable(file.fileName()),
        qPrintable(file.errorString()));
    file.resize(storedBytes);
    file.close();
    HttpResponse r = HttpResponse::error(507, u"storage_full"_s,
        BlobApi::tr(
            "The server's photo storage is full; the photo stays on your computer and is sent on a later sync."));
    r.setHeader("Upload-Offset", QByteArray::number(storedBytes));
    r.setHeader("Tus-Resumable", "1.0.0");
    r.setHeader("Retry-After", "60");
    return r;
}

/// tus Upload-Metadata: "key base64,key base64".
QHash<QString, QString> parseMetadata(const QByteArray &header)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : header.split(',')) {
        const QList<QByteArray> kv = pair.trimmed().split(' ');
        if (kv.isEmpty() || kv[0].isEmpty())
            continue;
        out.insert(QString::fromLatin1(kv[0]), kv.size() > 1 ? QString::fromUtf8(QByteArray::fromBase64(kv[1])) : QString());
    }
    return out;
}

} // namespace

BlobApi::BlobApi(Backend &backend, const ServerConfig &config, const ServerSettings &settings)
    : m_backend(backend), m_blobDir(config.blobDir()), m_uploadDir(QDir(config.dataDir).filePath(u"uploads"_s)),
      m_settings(settings)
{
    QDir().mkpath(m_blobDir);
    QDir().mkpath(m_uploadDir);
}

bool BlobApi::isSha256(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(text).hasMatch();
}

QString BlobApi::blobPath(const QString &sha256) const
{
    return QDir(m_blobDir).filePath(sha256.left(2) + u'/' + sha256);
}

QString BlobApi::uploadPath(const QString &uploadId) const
{
    return QDir(m_uploadDir).filePath(uploadId);
}

HttpResponse BlobApi::create(const Caller &caller, const ServerRequest &request)
{
    bool ok = false;
    const qint64 length = request.header("Upload-Length").toLongLong(&ok);
    if (!ok || length <= 0)
        return HttpResponse::error(400, u"bad_request"_s, tr("Upload-Length must be a positive number of bytes."));
    if (length > m_settings.limits.maxBlobBytes)
        return HttpResponse::error(413, u"blob_too_large"_s, tr("A blob may have at most %1 bytes.").arg(m_settings.limits.maxBlobBytes));
    const auto metadata = parseMetadata(request.header("Upload-Metadata"));
    const QString sha = metadata.value(u"sha256"_s).toLower();
    if (!isSha256(sha))
        return HttpResponse::error(400, u"bad_request"_s, tr("Upload-Metadata must carry the sha256 of the file (hex)."));
    QString mime = metadata.value(u"content-type"_s, u"application/octet-stream"_s).left(100);
    const QString filename = metadata.value(u"filename"_s).left(255);

    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    QSqlQuery q(tx.database());
    q.prepare(u"SELECT size FROM blobs WHERE sha256 = ?"_s);
    q.addBindValue(sha);
    if (!q.exec())
        return dbFailure(q);
    if (q.next()) {
        HttpResponse r = HttpResponse::json(QJsonObject{{u"sha256"_s, sha}, {u"status"_s, u"present"_s}}, 200);
        r.setHeader("Blob-Status", "present");
        r.setHeader("Location", "/api/v1/blobs/" + sha.toLatin1());
        r.setHeader("Tus-Resumable", "1.0.0");
        return r;
    }
    const QString id = UuidV7::generate();
    const QDateTime expires = m_backend.clock().now().addSecs(qint64(m_settings.uploadExpiryHours) * 3600);
    q.prepare(u"INSERT INTO blob_uploads (id, user_id, device_id, sha256, length, upload_offset, mime, filename, "
              "created_at, expires_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(caller.userId);
    q.addBindValue(caller.deviceId);
    q.addBindValue(sha);
    q.addBindValue(length);
    q.addBindValue(mime);
    q.addBindValue(filename.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(filename));
    q.addBindValue(Timestamp::toText(m_backend.clock().now()));
    q.addBindValue(expires.toMSecsSinceEpoch());
    if (!q.exec())
        return dbFailure(q);
    QFile file(uploadPath(id));
    if (!file.open(QIODevice::WriteOnly))
        return HttpResponse::error(507, u"storage_full"_s, tr("The server cannot create the upload file."));
    file.close();
    ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"blob.upload_created"_s, u"blobs"_s, sha);
    if (!tx.commit())
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    HttpResponse r = HttpResponse::empty(201);
    r.setHeader("Location", "/api/v1/blobs/uploads/" + id.toLatin1());
    r.setHeader("Upload-Offset", "0");
    r.setHeader("Upload-Expires", QLocale::c().toString(expires, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    r.setHeader("Tus-Resumable", "1.0.0");
    return r;
}

HttpResponse BlobApi::head(const Caller &caller, const QString &uploadId)
{
    auto conn = m_backend.connection();
    if (!conn)
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    QSqlQuery q(conn.value());
    q.prepare(u"SELECT upload_offset, length FROM blob_uploads WHERE id = ? AND user_id = ?"_s);
    q.addBindValue(uploadId);
    q.addBindValue(caller.userId);
    if (!q.exec())
        return dbFailure(q);
    if (!q.next())
        return notFound();
    HttpResponse r = HttpResponse::empty(200);
    r.setHeader("Upload-Offset", QByteArray::number(q.value(0).toLongLong()));
    r.setHeader("Upload-Length", QByteArray::number(q.value(1).toLongLong()));
    r.setHeader("Tus-Resumable", "1.0.0");
    return r;
}

HttpResponse BlobApi::patch(const Caller &caller, const ServerRequest &request)
{
    const QString id = request.pathArguments.value(0);
    if (request.header("Content-Type") != "application/offset+octet-stream")
        return HttpResponse::error(415, u"unsupported_media_type"_s, tr("Chunks are sent as application/offset+octet-stream."));
    bool ok = false;
    const qint64 offset = request.header("Upload-Offset").toLongLong(&ok);
    if (!ok)
        return HttpResponse::error(400, u"bad_request"_s, tr("Upload-Offset is required."));
    const QByteArray checksum = request.header("Upload-Checksum");
    if (!checksum.isEmpty()) {
        const QList<QByteArray> parts = checksum.split(' ');
        if (parts.size() != 2 || parts[0] != "sha256")
            return HttpResponse::error(400, u"unsupported_checksum"_s, tr("Upload-Checksum must be \"sha256 <base64>\"."));
        if (QCryptographicHash::hash(request.body, QCryptographicHash::Sha256) != QByteArray::fromBase64(parts[1]))
            return HttpResponse::error(460, u"checksum_mismatch"_s,
                                       tr("The chunk does not match its checksum; it was discarded. Send it again."));
    }
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    QSqlQuery q(tx.database());
    q.prepare(u"SELECT upload_offset, length, sha256, mime FROM blob_uploads WHERE id = ? AND user_id = ?"_s);
    q.addBindValue(id);
    q.addBindValue(caller.userId);
    if (!q.exec())
        return dbFailure(q);
    if (!q.next())
        return notFound();
    const qint64 current = q.value(0).toLongLong();
    const qint64 length = q.value(1).toLongLong();
    const QString sha = q.value(2).toString();
    const QString mime = q.value(3).toString();
    if (offset != current) {
        HttpResponse r = HttpResponse::error(409, u"offset_mismatch"_s,
                                             tr("The server has %1 bytes of this upload; continue from there.").arg(current));
        r.setHeader("Upload-Offset", QByteArray::number(current));
        return r;
    }
    if (offset + request.body.size() > length)
        return HttpResponse::error(400, u"beyond_length"_s, tr("The chunk goes past Upload-Length."));
    QFile file(uploadPath(id));
    if (!file.open(QIODevice::ReadWrite) || !file.resize(current) || !file.seek(current) ||
        file.write(request.body) != request.body.size() || !syncFile(file))
        return chunkNotStored(file, current);
    file.close();
    const qint64 reached = current + request.body.size();
    HttpResponse r = HttpResponse::empty(204);
    r.setHeader("Upload-Offset", QByteArray::number(reached));
    r.setHeader("Tus-Resumable", "1.0.0");
    if (reached < length) {
        q.prepare(u"UPDATE blob_uploads SET upload_offset = ? WHERE id = ?"_s);
        q.addBindValue(reached);
        q.addBindValue(id);
        if (!q.exec())
            return dbFailure(q);
        if (!tx.commit())
            return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
        return r;
    }
    // Complete: the whole file must hash to the announced sha256 before anyone can read it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return HttpResponse::error(507, u"storage_full"_s, tr("The server could not read the upload back."));
    file.close();
    q.prepare(u"DELETE FROM blob_uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return dbFailure(q);
    if (QString::fromLatin1(hash.result().toHex()) != sha) {
        ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"blob.hash_mismatch"_s, u"blobs"_s,
                               sha);
        tx.commit();
        QFile::remove(uploadPath(id));
        return HttpResponse::error(422, u"hash_mismatch"_s,
                                   tr("The uploaded file does not match its sha256; the upload was dropped. Upload it again."));
    }
    const QString target = blobPath(sha);
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (QFile::exists(target))
        QFile::remove(uploadPath(id)); // stored meanwhile by someone else: same bytes
    else if (!QFile::rename(uploadPath(id), target))
        return HttpResponse::error(507, u"storage_full"_s, tr("The server could not publish the blob."));
    q.prepare(u"INSERT INTO blobs (sha256, size, mime, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (sha256) DO NOTHING"_s);
    q.addBindValue(sha);
    q.addBindValue(length);
    q.addBindValue(mime);
    q.addBindValue(caller.userId);
    q.addBindValue(Timestamp::toText(m_backend.clock().now()));
    if (!q.exec())
        return dbFailure(q);
    // Readable in the uploader's 市县. A province-wide uploader has none: the 市县 of the record the photo is attached
    // to gets it with the attachment row (PushProcessor), and the uploader reads it as its uploader.
    if (!caller.isProvinceWide()) {
        q.prepare(u"INSERT INTO blob_access (sha256, jurisdiction_code) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        q.addBindValue(sha);
        q.addBindValue(caller.jurisdictionCode);
        if (!q.exec())
            return dbFailure(q);
    }
    ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"blob.stored"_s, u"blobs"_s, sha,
                           QString::number(length));
    if (!tx.commit())
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    r.setHeader("Blob-Status", "stored");
    return r;
}

HttpResponse BlobApi::remove(const Caller &caller, const QString &uploadId)
{
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    QSqlQuery q(tx.database());
    q.prepare(u"DELETE FROM blob_uploads WHERE id = ? AND user_id = ?"_s);
    q.addBindValue(uploadId);
    q.addBindValue(caller.userId);
    if (!q.exec())
        return dbFailure(q);
    if (q.numRowsAffected() != 1)
        return notFound();
    tx.commit();
    QFile::remove(uploadPath(uploadId));
    HttpResponse r = HttpResponse::empty(204);
    r.setHeader("Tus-Resumable", "1.0.0");
    return r;
}

HttpResponse BlobApi::download(const Caller &caller, const ServerRequest &request)
{
    const QString sha = request.pathArguments.value(0);
    if (!isSha256(sha))
        return notFound();
    auto conn = m_backend.connection();
    if (!conn)
        return HttpResponse::error(503, u"unavailable"_s, tr("The server is busy; retry later."));
    QSqlQuery q(conn.value());
    q.prepare(u"SELECT b.mime, b.size, b.uploaded_by, (SELECT count(*) FROM blob_access a WHERE a.sha256 = b.sha256 "
              "AND a.jurisdiction_code = ?) FROM blobs b WHERE b.sha256 = ?"_s);
    q.addBindValue(caller.jurisdictionCode);
    q.addBindValue(sha);
    if (!q.exec())
        return dbFailure(q);
    // Outside the caller's scope a blob is indistinguishable from a missing one.
    if (!q.next() || !(caller.isProvinceWide() || q.value(3).toInt() > 0 || q.value(2).toString() == caller.userId))
        return notFound();
    const QByteArray etag = '"' + sha.toLatin1() + '"';
    if (request.header("If-None-Match") == etag) {
        HttpResponse r = HttpResponse::empty(304);
        r.setHeader("ETag", etag);
        return r;
    }
    QFile file(blobPath(sha));
    if (!file.open(QIODevice::ReadOnly))
        return notFound();
    const qint64 size = file.size();
    qint64 from = 0;
    qint64 to = size - 1;
    const QByteArray range = request.header("Range");
    int status = 200;
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        bool okFrom = false;
        from = bounds.value(0).toLongLong(&okFrom);
        if (bounds.size() == 2 && !bounds[1].isEmpty())
            to = qMin(bounds[1].toLongLong(), size - 1);
        if (!okFrom || from > to) {
            HttpResponse r = HttpResponse::error(416, u"bad_range"_s, tr("The range is outside the blob."));
            r.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
            return r;
        }
        status = 206;
    }
    file.seek(from);
    HttpResponse r;
    r.status = status;
    r.mimeType = q.value(0).toString().toLatin1();
    r.body = file.read(to - from + 1);
    r.setHeader("ETag", etag);
    r.setHeader("Accept-Ranges", "bytes");
    r.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    if (status == 206)
        r.setHeader("Content-Range", "bytes " + QByteArray::number(from) + '-' + QByteArray::number(to) + '/' +
                                         QByteArray::number(size));
    return r;
}

} // namespace sitesafe
