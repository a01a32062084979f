#include "noticeblockallocator.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "protocol/entityrules.h"
#include "rowstore.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString NoticeBlockAllocator::kindLetter(const QString &kind)
{
    // domain-reference §4.5: "机构简称 + 年份 + 类别 + 流水号"; one letter per series so two kinds never share a
    // number text (复工 and 复查 both start with 复, hence two characters there).
    static const QHash<QString, QString> letters{
        {u"rectification"_s, u"改"_s}, {u"stop_work"_s, u"停"_s},   {u"resume_work"_s, u"复工"_s},
        {u"reinspection"_s, u"复查"_s}, {u"supervision"_s, u"督"_s}, {u"enforcement_proposal"_s, u"建议"_s}};
    return letters.value(kind);
}

Result<QJsonObject> NoticeBlockAllocator::allocate(Backend &backend, const Caller &caller, const QString &kind, int size,
                                                   int maxSize)
{
    const QString letter = kindLetter(kind);
    if (letter.isEmpty())
        return Error{u"bad_request"_s, tr("kind must be one of rectification, stop_work, resume_work, reinspection, "
                                          "supervision or enforcement_proposal.")};
    if (size < 1 || size > maxSize)
        return Error{u"bad_request"_s, tr("size must be between 1 and %1.").arg(maxSize)};
    if (caller.deviceId.isEmpty())
        return Error{u"bad_request"_s, tr("Number blocks belong to a device; sign in with a device id.")};
    WriteTransaction tx(backend);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase &db = tx.database();
    // Notice numbers are official documents of Hainan: their year is the year in China time (UTC+8, no
    // daylight saving), whatever time zone the server machine runs in.
    const QDateTime now = backend.clock().now();
    {
        // Counted inside the write transaction, so two concurrent requests cannot both pass the bound.
        QSqlQuery recent(db);
        recent.prepare(u"SELECT COUNT(*) FROM notice_number_blocks WHERE device_id = ? AND kind = ? AND created_at > ?"_s);
        recent.addBindValue(caller.deviceId);
        recent.addBindValue(kind);
        recent.addBindValue(Timestamp::toText(now.addDays(-1)));
        if (!recent.exec() || !recent.next())
            return Error{u"db.error"_s, recent.lastError().text()};
        if (recent.value(0).toInt() >= kMaxBlocksPerDay)
            return Error{u"notice_blocks.rate_limited"_s,
                         tr("This device has received %1 number blocks of this kind in the last 24 hours; ask the "
                            "provincial administrator if more are really needed.")
                             .arg(kMaxBlocksPerDay)};
    }
    const int year = Clock::chinaDate(now).year();
    const QString scope = caller.jurisdictionCode.isEmpty() ? u"province"_s : caller.jurisdictionCode;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO notice_counters (jurisdiction_code, kind, year, next_number) VALUES (?, ?, ?, 1) "
              "ON CONFLICT (jurisdiction_code, kind, year) DO NOTHING"_s);
    q.addBindValue(scope);
    q.addBindValue(kind);
    q.addBindValue(year);
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    q.prepare(u"SELECT next_number FROM notice_counters WHERE jurisdiction_code = ? AND kind = ? AND year = ?"_s);
    q.addBindValue(scope);
    q.addBindValue(kind);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Error{u"db.error"_s, q.lastError().text()};
    const qint64 first = q.value(0).toLongLong();
    q.prepare(u"UPDATE notice_counters SET next_number = ? WHERE jurisdiction_code = ? AND kind = ? AND year = ?"_s);
    q.addBindValue(first + size);
    q.addBindValue(scope);
    q.addBindValue(kind);
    q.addBindValue(year);
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    QString place = tr("省");
    q.prepare(u"SELECT name FROM jurisdictions WHERE code = ?"_s);
    q.addBindValue(caller.jurisdictionCode);
    if (q.exec() && q.next())
        place = q.value(0).toString().remove(u"市"_s).remove(u"黎族苗族自治县"_s).remove(u"黎族自治县"_s).remove(u"县"_s);
    const QString prefix = u"琼%1建安%2〔%3〕"_s.arg(place, letter).arg(year);

    const EntityRule *rule = EntityRules::find(u"notice_number_blocks"_s);
    const QString id = UuidV7::generate();
    const QString stamp = Timestamp::toText(now);
    QVariantMap row{{u"id"_s, id},
                    {u"device_id"_s, caller.deviceId},
                    {u"kind"_s, kind},
                    {u"prefix"_s, prefix},
                    {u"first_number"_s, first},
                    {u"last_number"_s, first + size - 1},
                    {u"next_number"_s, first}};
    RowStore rows(tx.statements());
    if (Status s = rows.upsertReference(*rule, row, stamp); !s)
        return s.error();
    if (Status s = ServerAuditLog::append(tx.statements(), now, caller, u"notice_block.allocate"_s, rule->entity, id,
                                          u"%1 %2-%3"_s.arg(kind).arg(first).arg(first + size - 1));
        !s)
        return s.error();
    auto wire = rows.wireRows(*rule, {id});
    if (!wire)
        return wire.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return wire.value().value(id);
}

} // namespace sitesafe
