#include "annualsummaryrepository.h"

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

std::optional<AnnualSummaryRecord> AnnualSummaryRepository::find(const QString &jurisdictionCode,
                                                                  const QString &firstMonth, const QString &lastMonth)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, label, status, figures, summary_text, coalesce(submitted_at, '') FROM annual_summaries "
              "WHERE jurisdiction_code = ? AND first_month = ? AND last_month = ?"_s);
    for (const QString &v : {jurisdictionCode, firstMonth, lastMonth})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AnnualSummaryRecord{q.value(0).toString(), jurisdictionCode, firstMonth, lastMonth,
                               q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString()};
}

Result<AnnualSummaryRecord> AnnualSummaryRepository::save(AnnualSummaryRecord record, bool isSubmitted,
                                                          const QString &actor)
{
    if (record.jurisdictionCode.isEmpty())
        return Error{u"summary.place"_s, tr("Choose the 市县 or park the summary is for: the province writes its own "
                                            "summary from theirs.")};
    if (!QJsonDocument::fromJson(record.figures.toUtf8()).isObject())
        return Error{u"summary.figures"_s, tr("The figures of the summary are not readable; compute them again.")};
    if (isSubmitted && record.text.trimmed().isEmpty())
        return Error{u"summary.text"_s, tr("Write the summary text before submitting: the province reads the "
                                           "figures together with it.")};
    if (record.text.isNull())
        record.text = u""_s; // empty, not NULL
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const std::optional<AnnualSummaryRecord> existing
        = find(record.jurisdictionCode, record.firstMonth, record.lastMonth);
    record.id = existing ? existing->id : UuidV7::generate();
    const bool wasSubmitted = existing && existing->status == u"submitted";
    if (wasSubmitted && !isSubmitted)
        return Error{u"summary.submitted"_s, tr("This summary has been submitted; correct it and submit it again "
                                                "instead of saving a draft.")};
    record.status = isSubmitted ? u"submitted"_s : u"draft"_s;
    record.submittedAt = isSubmitted ? now : QString();
    const QVariant submittedAt = isSubmitted ? QVariant(now) : QVariant();
    QSqlQuery q(m_db);
    if (existing) {
        q.prepare(u"UPDATE annual_summaries SET label = ?, status = ?, figures = ?, summary_text = ?, "
                  "submitted_at = ?, updated_at = ? WHERE id = ?"_s);
        for (const QVariant &v : {QVariant(record.label), QVariant(record.status), QVariant(record.figures),
                                  QVariant(record.text), submittedAt, QVariant(now), QVariant(record.id)})
            q.addBindValue(v);
    } else {
        q.prepare(u"INSERT INTO annual_summaries (id, jurisdiction_code, first_month, last_month, label, status, "
                  "figures, summary_text, submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?)"_s);
        for (const QVariant &v : {QVariant(record.id), QVariant(record.jurisdictionCode), QVariant(record.firstMonth),
                                  QVariant(record.lastMonth), QVariant(record.label), QVariant(record.status),
                                  QVariant(record.figures), QVariant(record.text), submittedAt, QVariant(now),
                                  QVariant(now)})
            q.addBindValue(v);
    }
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the year-end summary"));
    const QString action = isSubmitted ? (wasSubmitted ? u"summary.resubmit"_s : u"summary.submit"_s)
                                       : u"summary.save_draft"_s;
    if (Status s = AuditLog::append(m_db, {actor, action, u"annual_summaries"_s, record.id,
                                           record.jurisdictionCode + u' ' + record.firstMonth + u'~'
                                               + record.lastMonth});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

} // namespace sitesafe
