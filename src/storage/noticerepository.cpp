#include "noticerepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {

const QStringList &noticeKinds()
{
    static const QStringList kinds{u"rectification"_s, u"stop_work"_s,   u"resume_work"_s,
                                   u"reinspection"_s,  u"supervision"_s, u"enforcement_proposal"_s};
    return kinds;
}

QString formatNumber(const QString &prefix, qint64 sequence)
{
    return prefix + u"%1"_s.arg(sequence, 4, 10, QLatin1Char('0')) + u"号"_s;
}

constexpr auto kThisDevice = "SELECT value FROM sync_state WHERE key = 'device_id'";

constexpr auto kColumns = "id, project_id, inspection_id, kind, number, issued_at, issued_by, deadline, "
                          "recipient_enterprise_id, hazard_ids, scope, scope_part, inspectors, decision, requirements, "
                          "legal_basis, original_notice_id, enforcement_action_id, block_id, status, void_reason, "
                          "recipient_signer, received_at, is_refused, content_hash, pdf_sha256, clock_offset_ms, "
                          "is_time_doubtful";

Notice readNotice(const QSqlQuery &q)
{
    Notice n;
    n.id = q.value(0).toString();
    n.projectId = q.value(1).toString();
    n.inspectionId = q.value(2).toString();
    n.kind = q.value(3).toString();
    n.number = q.value(4).toString();
    n.issuedAt = V::toTime(q.value(5));
    n.issuedBy = q.value(6).toString();
    n.deadline = V::toDate(q.value(7));
    n.recipientEnterpriseId = q.value(8).toString();
    n.hazardIds = V::fromJsonArray(q.value(9).toString());
    n.scope = q.value(10).toString();
    n.scopePart = q.value(11).toString();
    n.inspectors = V::fromJsonArray(q.value(12).toString());
    n.decision = q.value(13).toString();
    n.requirements = q.value(14).toString();
    n.legalBasis = q.value(15).toString();
    n.originalNoticeId = q.value(16).toString();
    n.enforcementActionId = q.value(17).toString();
    n.blockId = q.value(18).toString();
    n.status = q.value(19).toString();
    n.voidReason = q.value(20).toString();
    n.recipientSigner = q.value(21).toString();
    n.receivedAt = V::toTime(q.value(22));
    n.isRefused = q.value(23).toInt() != 0;
    n.contentHash = q.value(24).toString();
    n.pdfSha256 = q.value(25).toString();
    n.timeTrust = V::toTimeTrust(q.value(26), q.value(27));
    return n;
}

} // namespace

bool NumberBlockStatus::isLow() const
{
    // A day's work rarely needs more than a handful of notices of one kind; ask for more below ten or a fifth.
    return remaining < 10 || remaining * 5 < total;
}

Result<ReservedNumber> NoticeRepository::nextNumber(const QString &kind)
{
    QSqlQuery q(m_db);
    // Only this device's blocks: a data folder may also hold other devices' blocks (the demo data set holds the
    // bureaus' used ones), and numbering from them would repeat numbers those devices issue.
    q.prepare(u"SELECT id, prefix, next_number FROM notice_number_blocks WHERE kind = ? AND next_number <= last_number "
              "AND device_id = (%1) ORDER BY created_at, first_number LIMIT 1"_s.arg(QLatin1StringView(kThisDevice)));
    q.addBindValue(kind);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the notice number blocks"));
    if (!q.next())
        return Error{u"notice.no_number"_s,
                     tr("This computer has no notice numbers left for this kind of notice. Connect and sync to "
                        "receive a new number block from the provincial server, then issue the notice again; "
                        "nothing has been issued.")};
    ReservedNumber r;
    r.blockId = q.value(0).toString();
    r.sequence = q.value(2).toLongLong();
    r.number = formatNumber(q.value(1).toString(), r.sequence);
    return r;
}

Status NoticeRepository::insertIssued(const Notice &n, const QString &actor)
{
    if (!noticeKinds().contains(n.kind))
        return Error{u"notice.kind"_s, tr("“%1” is not a kind of notice this version knows.").arg(n.kind)};
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();

    // The number must still be the block's next one: a second issue with the same reservation is refused here,
    // inside the transaction that consumes it, so two notices can never share a number.
    auto next = nextNumber(n.kind);
    if (!next)
        return next.error();
    if (next.value().blockId != n.blockId || next.value().number != n.number)
        return Error{u"notice.number_taken"_s,
                     tr("The number %1 has already been used. Issue the notice again to take the next number.")
                         .arg(n.number)};

    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO notices (%1, created_at, updated_at) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                  .arg(QLatin1StringView(kColumns)));
    for (const QVariant &v :
         {QVariant(n.id), QVariant(n.projectId), V::text(n.inspectionId), QVariant(n.kind), QVariant(n.number),
          V::time(n.issuedAt), QVariant(n.issuedBy), V::date(n.deadline), V::text(n.recipientEnterpriseId),
          QVariant(V::jsonArray(n.hazardIds)), V::text(n.scope), V::text(n.scopePart), QVariant(V::jsonArray(n.inspectors)),
          V::text(n.decision), V::text(n.requirements), V::text(n.legalBasis), V::text(n.originalNoticeId),
          V::text(n.enforcementActionId), V::text(n.blockId), QVariant(u"issued"_s), QVariant(), V::text(n.recipientSigner),
          V::time(n.receivedAt), V::boolean(n.isRefused), V::text(n.contentHash), V::text(n.pdfSha256),
          V::offset(n.timeTrust), V::boolean(n.timeTrust.isDoubtful), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the notice"));

    QSqlQuery advance(m_db);
    advance.prepare(u"UPDATE notice_number_blocks SET next_number = next_number + 1, updated_at = ? "
                    "WHERE id = ? AND next_number = ?"_s);
    advance.addBindValue(now);
    advance.addBindValue(n.blockId);
    advance.addBindValue(next.value().sequence);
    if (!advance.exec())
        return StorageError::fromSql(advance.lastError(), tr("advancing the notice number block"));
    if (advance.numRowsAffected() != 1)
        return Error{u"notice.number_taken"_s,
                     tr("The number %1 has already been used. Issue the notice again to take the next number.")
                         .arg(n.number)};
    if (Status s = AuditLog::append(m_db, {actor, u"notice.issue"_s, u"notices"_s, n.id, n.number}); !s)
        return s;
    return tx.commit();
}

Status NoticeRepository::voidNotice(const QString &id, const QString &reason, const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Error{u"notice.void_reason"_s,
                     tr("Say why the notice is voided; its number stays used and the reason is kept with it.")};
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE notices SET status = 'voided', void_reason = ?, updated_at = ? WHERE id = ? AND status = 'issued'"_s);
    q.addBindValue(reason.trimmed());
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("voiding the notice"));
    if (q.numRowsAffected() != 1)
        return Error{u"notice.not_issued"_s, tr("The notice is already voided or no longer on this computer.")};
    if (Status s = AuditLog::append(m_db, {actor, u"notice.void"_s, u"notices"_s, id, {}}); !s)
        return s;
    return tx.commit();
}

Status NoticeRepository::recordReceipt(const QString &id, const QString &signer, const QDateTime &at, bool refused,
                                       const QString &actor)
{
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE notices SET recipient_signer = ?, received_at = ?, is_refused = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(V::text(signer.trimmed()));
    q.addBindValue(V::time(at));
    q.addBindValue(V::boolean(refused));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("recording the receipt of the notice"));
    if (q.numRowsAffected() != 1)
        return Error{u"notice.missing"_s, tr("The notice is no longer on this computer.")};
    if (Status s = AuditLog::append(m_db, {actor, u"notice.receipt"_s, u"notices"_s, id, {}}); !s)
        return s;
    return tx.commit();
}

std::optional<Notice> NoticeRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM notices WHERE id = ?"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readNotice(q);
}

QList<Notice> NoticeRepository::list(const QString &projectId)
{
    QSqlQuery q(m_db);
    if (projectId.isEmpty()) {
        q.prepare(u"SELECT %1 FROM notices ORDER BY issued_at DESC, number DESC"_s.arg(QLatin1StringView(kColumns)));
    } else {
        q.prepare(u"SELECT %1 FROM notices WHERE project_id = ? ORDER BY issued_at DESC, number DESC"_s.arg(
            QLatin1StringView(kColumns)));
        q.addBindValue(projectId);
    }
    QList<Notice> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readNotice(q));
    return out;
}

QList<NumberBlockStatus> NoticeRepository::blockStatus()
{
    QList<NumberBlockStatus> out;
    for (const QString &kind : noticeKinds())
        out.append({kind, 0, 0});
    QSqlQuery q(m_db);
    // Spent blocks do not count towards the total: otherwise a device with many used blocks would look low (a
    // fifth of a growing total) right after receiving a fresh one, and ask for another at every sync.
    if (!q.exec(u"SELECT kind, SUM(last_number + 1 - next_number), SUM(last_number + 1 - first_number) "
                "FROM notice_number_blocks WHERE next_number <= last_number AND device_id = (%1) GROUP BY kind"_s.arg(
                    QLatin1StringView(kThisDevice))))
        return out;
    while (q.next()) {
        for (NumberBlockStatus &s : out) {
            if (s.kind == q.value(0).toString()) {
                s.remaining = q.value(1).toInt();
                s.total = q.value(2).toInt();
            }
        }
    }
    return out;
}

} // namespace sitesafe
