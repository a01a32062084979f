#include "monthlyreportrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "database.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

std::optional<MonthlyReportRecord> MonthlyReportRepository::find(const QString &jurisdictionCode, const QString &month)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, status, figures, submitted_at FROM monthly_reports WHERE jurisdiction_code = ? AND "
              "month = ?"_s);
    q.addBindValue(jurisdictionCode);
    q.addBindValue(month);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return MonthlyReportRecord{q.value(0).toString(), jurisdictionCode, month, q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString()};
}

Result<MonthlyReportRecord> MonthlyReportRepository::submit(const QString &jurisdictionCode, const QString &month,
                                                            const QString &figures, const QString &actor)
{
    if (jurisdictionCode.isEmpty())
        return Error{u"report.place"_s, tr("Choose the 市县 or park the report is for: the province's report is "
                                           "the sum of theirs and is not submitted.")};
    if (!QJsonDocument::fromJson(figures.toUtf8()).isObject())
        return Error{u"report.figures"_s, tr("The figures of the report are not readable; compute them again.")};
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    std::optional<MonthlyReportRecord> existing = find(jurisdictionCode, month);
    MonthlyReportRecord record{existing ? existing->id : UuidV7::generate(), jurisdictionCode, month,
                               u"submitted"_s, figures, now};
    QSqlQuery q(m_db);
    if (existing) {
        q.prepare(u"UPDATE monthly_reports SET status = 'submitted', figures = ?, submitted_at = ?, updated_at = ? "
                  "WHERE id = ?"_s);
        q.addBindValue(figures);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(record.id);
    } else {
        q.prepare(u"INSERT INTO monthly_reports (id, jurisdiction_code, month, status, figures, submitted_at, "
                  "created_at, updated_at) VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?)"_s);
        for (const QString &v : {record.id, jurisdictionCode, month, figures, now, now, now})
            q.addBindValue(v);
    }
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("submitting the monthly report"));
    if (Status s = AuditLog::append(m_db, {actor, existing ? u"report.resubmit"_s : u"report.submit"_s,
                                           u"monthly_reports"_s, record.id, jurisdictionCode + u' ' + month});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

} // namespace sitesafe
