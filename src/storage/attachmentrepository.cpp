#include "attachmentrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/uuidv7.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> toOptionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant optionalInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<std::optional<QString>> AttachmentRepository::find(const QString &ownerEntity, const QString &ownerId,
                                                          const QString &sha256, const QString &role)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM attachments WHERE owner_entity = ? AND owner_id = ? AND blob_sha256 = ? AND role = ? "
              "ORDER BY created_at, id LIMIT 1"_s);
    for (const QString &v : {ownerEntity, ownerId, sha256, role})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the record's photos"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QString> AttachmentRepository::add(PhotoRecord a, const QString &localPath, const QString &actor)
{
    const QString saving = tr("saving the photo");
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    if (a.role.isEmpty())
        a.role = u"photo"_s;
    if (a.id.isEmpty())
        a.id = UuidV7::generate();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = find(a.ownerEntity, a.ownerId, a.sha256, a.role);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value(); // the same photo added twice to one record: one attachment

    // The blob row: new content is 'local' (waits for upload); content only the server held so far is on this
    // computer now, and the server has it already.
    QSqlQuery blob(m_db);
    blob.prepare(u"INSERT INTO blobs (sha256, size, mime, local_path, captured_at, latitude, longitude, "
                 "upload_state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?) "
                 "ON CONFLICT (sha256) DO UPDATE SET local_path = excluded.local_path, size = excluded.size, "
                 "upload_state = CASE WHEN upload_state = 'remote_only' THEN 'uploaded' ELSE upload_state END "
                 "WHERE blobs.local_path IS NULL"_s);
    for (const QVariant &v : {QVariant(a.sha256), QVariant(a.size), QVariant(a.mime), QVariant(localPath),
                              V::time(a.capturedAt), optionalReal(a.latitude), optionalReal(a.longitude),
                              QVariant(now)})
        blob.addBindValue(v);
    if (!blob.exec())
        return StorageError::fromSql(blob.lastError(), saving);

    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, caption, captured_at, "
              "latitude, longitude, evidence_flags, signer, clock_offset_ms, is_time_doubtful, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(a.id), QVariant(a.ownerEntity), QVariant(a.ownerId), QVariant(a.sha256), QVariant(a.role),
          V::text(a.caption), V::time(a.capturedAt), optionalReal(a.latitude), optionalReal(a.longitude),
          QVariant(V::jsonArray(a.evidenceFlags)), V::text(a.signer), optionalInteger(a.timeTrust.clockOffsetMs),
          V::boolean(a.timeTrust.isDoubtful), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), saving);
    if (Status s = AuditLog::append(m_db, {actor, u"attachment.add"_s, u"attachments"_s, a.id,
                                           a.role + u' ' + a.sha256.left(12)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a.id;
}

Result<QList<AttachmentRow>> AttachmentRepository::list(const QString &ownerEntity, const QString &ownerId,
                                                        const QString &role)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id, a.blob_sha256, a.caption, a.captured_at, a.latitude, a.longitude, a.evidence_flags, "
              "a.signer, a.clock_offset_ms, a.is_time_doubtful, a.created_at, b.size, b.mime, b.local_path "
              "FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.blob_sha256 "
              "WHERE a.owner_entity = ? AND a.owner_id = ? AND a.role = ? ORDER BY a.created_at, a.id"_s);
    for (const QString &v : {ownerEntity, ownerId, role})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the record's photos"));
    QList<AttachmentRow> rows;
    while (q.next()) {
        AttachmentRow row;
        PhotoRecord &p = row.photo;
        p.id = q.value(0).toString();
        p.ownerEntity = ownerEntity;
        p.ownerId = ownerId;
        p.role = role;
        p.sha256 = q.value(1).toString();
        p.caption = q.value(2).toString();
        p.capturedAt = V::toTime(q.value(3));
        p.latitude = toOptionalReal(q.value(4));
        p.longitude = toOptionalReal(q.value(5));
        p.evidenceFlags = V::fromJsonArray(q.value(6).toString());
        p.signer = q.value(7).toString();
        if (!q.value(8).isNull())
            p.timeTrust.clockOffsetMs = q.value(8).toLongLong();
        p.timeTrust.isDoubtful = q.value(9).toBool();
        row.attachedAt = V::toTime(q.value(10));
        p.size = q.value(11).toLongLong();
        p.mime = q.value(12).toString();
        row.localPath = q.value(13).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace sitesafe
