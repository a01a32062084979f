#include "synclabels.h"

#include <QLocale>

#include "core/domainlabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString SyncLabels::entity(const QString &table)
{
    if (table == u"hazards") return tr("Hazard");
    if (table == u"hazard_events") return tr("Hazard event");
    if (table == u"inspections") return tr("Inspection");
    if (table == u"inspection_answers") return tr("Checklist answer");
    if (table == u"notices") return tr("Notice");
    if (table == u"certificate_checks") return tr("Certificate check");
    if (table == u"enforcement_actions") return tr("Enforcement action");
    if (table == u"incidents") return tr("Incident");
    if (table == u"danger_events") return tr("Major dangerous situation");
    if (table == u"monthly_reports") return tr("Monthly report");
    if (table == u"annual_summaries") return tr("Year-end summary");
    if (table == u"attachments") return tr("Photo or attachment");
    return table;
}

QString SyncLabels::field(const QString &table, const QString &column)
{
    Q_UNUSED(table) // one name per column reads the same in every table today
    if (column == u"description") return tr("Description");
    if (column == u"location") return tr("Location");
    if (column == u"measure") return tr("Measure");
    if (column == u"deadline") return tr("Deadline");
    if (column == u"is_major") return tr("Level");
    if (column == u"criteria_set") return tr("Criteria edition");
    if (column == u"criteria_item") return tr("Legal basis");
    if (column == u"responsible_enterprise_id") return tr("Responsible enterprise");
    if (column == u"responsible_person") return tr("Responsible person");
    if (column == u"found_at") return tr("Found");
    if (column == u"found_by") return tr("Found by");
    if (column == u"equipment_id") return tr("Equipment");
    if (column == u"dangerous_work_id") return tr("Dangerous work");
    if (column == u"project_id") return tr("Project");
    if (column == u"inspection_id") return tr("Inspection");
    if (column == u"hazard_id") return tr("Hazard");
    if (column == u"round") return tr("Round");
    if (column == u"kind") return tr("Kind");
    if (column == u"inspectors") return tr("Inspectors");
    if (column == u"started_at") return tr("Started");
    if (column == u"finished_at") return tr("Finished");
    if (column == u"status") return tr("Status");
    if (column == u"template_code") return tr("Checklist");
    if (column == u"notes" || column == u"note") return tr("Note");
    if (column == u"result") return tr("Result");
    if (column == u"summary") return tr("Summary");
    if (column == u"caption") return tr("Caption");
    if (column == u"at") return tr("Time");
    if (column == u"actor") return tr("By");
    if (column == u"new_deadline") return tr("New deadline");
    return column;
}

QString SyncLabels::outboxState(const QString &state)
{
    if (state == u"pending") return tr("Waiting");
    if (state == u"in_flight") return tr("Sending");
    if (state == u"applied") return tr("Applied");
    if (state == u"duplicate") return tr("Applied (repeat)");
    if (state == u"conflict") return tr("Conflict");
    if (state == u"rejected") return tr("Rejected");
    return state;
}

QString SyncLabels::value(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return tr("(empty)");
    const QString text = value.toString();
    if (column == u"measure") return DomainLabels::measure(text);
    if (column == u"is_major") return DomainLabels::hazardLevel(text == u"1" || text == u"true");
    if (column == u"criteria_item") return DomainLabels::criterion(text);
    if (table == u"hazard_events" && column == u"kind") return DomainLabels::hazardEvent(text);
    return text;
}

QString SyncLabels::relativeTime(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n days ago", nullptr, int(seconds / 86400));
}

QString SyncLabels::whenText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    return tr("%1 (%2)").arg(QLocale().toString(then.toLocalTime(), QLocale::ShortFormat), relativeTime(then, now));
}

} // namespace sitesafe
