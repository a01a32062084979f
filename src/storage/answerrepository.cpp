#include "answerrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
const QStringList kResults {u"pass"_s, u"fail"_s, u"not_applicable"_s};
} // namespace

Status AnswerRepository::refuseIfSigned(const QString &inspectionId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT status FROM inspections WHERE id = ?"_s);
    q.addBindValue(inspectionId);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the inspection"));
    if (!q.next())
        return Error {u"inspection.missing"_s, tr("This inspection is not in the data folder.")};
    if (q.value(0).toString() == u"signed"_s)
        return Error {u"inspection.signed"_s,
            tr("This inspection is signed and its answers can no longer be changed. "
               "To correct it, make an amendment.")};
    return {};
}

Status AnswerRepository::record(InspectionAnswer a, const QString &actor)
{
    if (!kResults.contains(a.result))
        return Error {u"answer.result"_s, tr("An answer is pass, fail or not applicable.")};
    if (a.deduction < 0)
        return Error {u"answer.deduction"_s, tr("A deduction cannot be negative.")};
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = refuseIfSigned(a.inspectionId); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inspection_answers SET result = ?, note = ?, deduction = ?, is_withdrawn = 0, "
              "clock_offset_ms = ?, is_time_doubtful = ?, updated_at = ? WHERE inspection_id = ? AND item_code = ?"_s);
    for (const QVariant &v : {QVariant(a.result), V::text(a.note), QVariant(a.deduction), V::offset(a.timeTrust),
             V::boolean(a.timeTrust.isDoubtful), QVariant(now), QVariant(a.inspectionId), QVariant(a.itemCode)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the answer"));
    if (q.numRowsAffected() == 0) {
        if (a.id.isEmpty())
            a.id = UuidV7::generate();
        QSqlQuery ins(m_db);
        ins.prepare(u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, note, deduction, "
                    "is_withdrawn, clock_offset_ms, is_time_doubtful, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(a.id), QVariant(a.inspectionId), QVariant(a.itemCode), QVariant(a.result),
                 V::text(a.note), QVariant(a.deduction), V::offset(a.timeTrust), V::boolean(a.timeTrust.isDoubtful),
                 QVariant(now), QVariant(now)})
            ins.addBindValue(v);
        if (!ins.exec())
            return StorageError::fromSql(ins.lastError(), tr("saving the answer"));
    }
    if (Status s = AuditLog::append(
            m_db, {actor, u"answer.record"_s, u"inspection_answers"_s, a.inspectionId + u'/' + a.itemCode, a.result});
        !s)
        return s;
    return tx.commit();
}

Status AnswerRepository::withdraw(const QString &inspectionId, const QString &itemCode, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = refuseIfSigned(inspectionId); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inspection_answers SET is_withdrawn = 1, updated_at = ? "
              "WHERE inspection_id = ? AND item_code = ? AND is_withdrawn = 0"_s);
    for (const QVariant &v :
        {QVariant(Timestamp::toText(Database::clockOf(m_db).now())), QVariant(inspectionId), QVariant(itemCode)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("withdrawing the answer"));
    if (q.numRowsAffected() == 1) {
        if (Status s = AuditLog::append(
                m_db, {actor, u"answer.withdraw"_s, u"inspection_answers"_s, inspectionId + u'/' + itemCode, {}});
            !s)
            return s;
    }
    return tx.commit();
}

QList<InspectionAnswer> AnswerRepository::answers(const QString &inspectionId)
{
    QList<InspectionAnswer> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, item_code, result, note, deduction, is_withdrawn, clock_offset_ms, is_time_doubtful "
              "FROM inspection_answers WHERE inspection_id = ? ORDER BY item_code"_s);
    q.addBindValue(inspectionId);
    if (!q.exec())
        return out;
    while (q.next()) {
        InspectionAnswer a;
        a.id = q.value(0).toString();
        a.inspectionId = inspectionId;
        a.itemCode = q.value(1).toString();
        a.result = q.value(2).toString();
        a.note = q.value(3).toString();
        a.deduction = q.value(4).toDouble();
        a.isWithdrawn = q.value(5).toInt() != 0;
        a.timeTrust = V::toTimeTrust(q.value(6), q.value(7));
        out.append(a);
    }
    return out;
}

} // namespace sitesafe
