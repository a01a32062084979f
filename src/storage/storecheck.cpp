#include "storecheck.h"

#include <QSqlError>
#include <QSqlQuery>

#include "auditlog.h"
#include "core/hazardlifecycle.h"
#include "hazardrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QStringList kTables{u"jurisdictions"_s, u"enterprises"_s, u"projects"_s, u"project_participants"_s,
                          u"people"_s, u"project_key_people"_s, u"certificates"_s, u"equipment"_s,
                          u"dangerous_works"_s, u"criteria_sets"_s, u"criteria_items"_s, u"checklist_templates"_s,
                          u"notice_number_blocks"_s, u"inspections"_s, u"inspection_answers"_s, u"hazards"_s,
                          u"hazard_events"_s, u"notices"_s, u"certificate_checks"_s, u"enforcement_actions"_s,
                          u"incidents"_s, u"danger_events"_s, u"monthly_reports"_s, u"annual_summaries"_s,
                          u"blobs"_s, u"attachments"_s, u"outbox"_s, u"conflicts"_s, u"audit_log"_s};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

StoreCheck::Report StoreCheck::run()
{
    Report report;
    report.schemaVersion = static_cast<int>(scalar(m_db, u"PRAGMA user_version"_s));
    checkIntegrity(report);
    collectCounts(report);
    checkHazardCache(report);
    return report;
}

void StoreCheck::checkIntegrity(Report &report)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        report.problems.append(tr("The database cannot be checked: %1").arg(q.lastError().text()));
        return;
    }
    while (q.next()) {
        if (const QString line = q.value(0).toString(); line != u"ok")
            report.problems.append(tr("Integrity: %1").arg(line));
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        int shown = 0;
        while (q.next() && shown++ < 20)
            report.problems.append(tr("Broken reference: a row of %1 points to a missing row of %2.")
                                       .arg(q.value(0).toString(), q.value(2).toString()));
    }
    const auto audit = AuditLog::verify(m_db);
    if (audit)
        report.auditEntries = audit.value();
    else
        report.problems.append(audit.error().message);
    if (scalar(m_db, u"SELECT applying_remote FROM sync_control WHERE id = 1"_s) != 0)
        report.problems.append(tr("The sync switch was left on: local edits would not be queued."));
    const qint64 orphans = scalar(m_db, u"SELECT count(*) FROM hazards h WHERE h.server_version IS NULL AND NOT EXISTS "
                                        "(SELECT 1 FROM outbox o WHERE o.entity = 'hazards' AND o.entity_id = h.id "
                                        "AND o.op = 'insert')"_s);
    if (orphans > 0)
        report.problems.append(tr("%1 unsynced hazards have no queued change: they would never reach the server.")
                                   .arg(orphans));
    report.pendingOutbox = scalar(m_db, u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s);
}

void StoreCheck::collectCounts(Report &report)
{
    for (const QString &table : kTables)
        report.counts.append({table, scalar(m_db, u"SELECT count(*) FROM "_s + table)});
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT status, count(*) FROM hazards GROUP BY status ORDER BY status"_s)) {
        while (q.next())
            report.hazardStates.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
}

void StoreCheck::checkHazardCache(Report &report)
{
    // Fold every hazard's history in one ordered pass and compare with the cached status.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT h.id, h.status, h.deadline, e.kind, e.actor, e.note, e.new_deadline, e.at "
                "FROM hazards h LEFT JOIN hazard_events e ON e.hazard_id = h.id "
                "ORDER BY h.seq, e.server_version IS NULL, e.server_version, e.seq"_s)) {
        report.problems.append(tr("Hazard states cannot be checked: %1").arg(q.lastError().text()));
        return;
    }
    qint64 mismatches = 0;
    QString currentId, cached;
    QDate deadline;
    QList<HazardEvent> history;
    const auto finish = [&] {
        if (currentId.isEmpty())
            return;
        if (hazardStateCode(HazardLifecycle::fold(history, deadline).state) != cached && ++mismatches <= 5)
            report.problems.append(tr("Hazard %1 shows status “%2” but its events say otherwise.").arg(currentId, cached));
    };
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (id != currentId) {
            finish();
            currentId = id;
            cached = q.value(1).toString();
            deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            history.clear();
        }
        if (q.value(3).isNull())
            continue;
        HazardEvent e;
        e.kind = hazardEventKindFromCode(q.value(3).toString()).value_or(HazardEventKind::Comment);
        e.actor = q.value(4).toString();
        e.note = q.value(5).toString();
        e.newDeadline = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        history.append(e);
    }
    finish();
    if (mismatches > 5)
        report.problems.append(tr("… and %1 more hazards with a stale status.").arg(mismatches - 5));
}

} // namespace sitesafe
