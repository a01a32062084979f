#include "noticepdfrecorder.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/clock.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<QStringList> NoticePdfRecorder::noticesWithoutPdf()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id FROM notices WHERE status = 'issued' AND (pdf_sha256 IS NULL OR pdf_sha256 = '') "
                "ORDER BY issued_at, id"_s))
        return StorageError::fromSql(q.lastError(), tr("reading the notices without a PDF"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Status NoticePdfRecorder::record(const QList<NoticePdfRecord> &records, const QDateTime &at)
{
    const QString saving = tr("saving the PDFs of the notices");
    const QString now = Timestamp::toText(at);
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery blob(m_db), notice(m_db), attachment(m_db);
    blob.prepare(u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) "
                 "VALUES (?, ?, 'application/pdf', ?, 'uploaded', ?) ON CONFLICT (sha256) DO NOTHING"_s);
    notice.prepare(u"UPDATE notices SET content_hash = ?, pdf_sha256 = ? WHERE id = ?"_s);
    attachment.prepare(u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, caption, created_at, "
                       "updated_at) VALUES (?, 'notices', ?, ?, 'notice_pdf', NULL, ?, ?) "
                       "ON CONFLICT (id) DO NOTHING"_s);
    for (const NoticePdfRecord &r : records) {
        for (const QVariant &v : {QVariant(r.pdfSha256), QVariant(r.size), QVariant(r.relativePath), QVariant(now)})
            blob.addBindValue(v);
        if (!blob.exec())
            return StorageError::fromSql(blob.lastError(), saving);
        for (const QString &v : {r.contentHash, r.pdfSha256, r.noticeId})
            notice.addBindValue(v);
        if (!notice.exec())
            return StorageError::fromSql(notice.lastError(), saving);
        for (const QString &v : {r.attachmentId, r.noticeId, r.pdfSha256, now, now})
            attachment.addBindValue(v);
        if (!attachment.exec())
            return StorageError::fromSql(attachment.lastError(), saving);
    }
    return tx.commit();
}

} // namespace sitesafe
