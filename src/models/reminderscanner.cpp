#include "reminderscanner.h"

#include <algorithm>

#include <QElapsedTimer>

#include "core/clock.h"
#include "core/domainlabels.h"
#include "core/reportdeadline.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// The project scope as TodayModel words it: a 市县 or a park.
struct Scope {
    QString condition;
    QVariantList values;
};

Scope scopeOf(const QString &alias, const QString &jurisdictionCode)
{
    if (jurisdictionCode.isEmpty())
        return {};
    return {u" AND %1.project_id IN (SELECT id FROM projects WHERE jurisdiction_code = ? OR park_code = ?)"_s.arg(alias),
            {jurisdictionCode, jurisdictionCode}};
}

/// Counts `ids` (every reminder of one kind, most urgent first) into `list` and the keys, and returns the ids to
/// describe: the first `limit` new ones, then the first of the others.
QStringList countAndChoose(ReminderItem::Kind kind, const QStringList &ids, const QSet<QString> &shown, int limit,
                           ReminderScan &scan, ReminderList &list)
{
    QStringList fresh;
    QStringList known;
    for (const QString &id : ids) {
        const QString key = ReminderItem::keyOf(kind, id);
        scan.keys << key;
        if (shown.contains(key)) {
            if (known.size() < limit)
                known << id;
        } else {
            scan.freshKeys << key;
            ++list.fresh;
            if (fresh.size() < limit)
                fresh << id;
        }
    }
    list.total = ids.size();
    return (fresh + known).mid(0, limit);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

bool readHazards(ReadConnection db, ReminderItem::Kind kind, const QString &where, const QVariantList &values,
                 const QSet<QString> &shown, int limit, ReminderScan &scan, ReminderList &list)
{
    // Ids only for the whole list (cheap even for a province's overdue hazards), the text for the few listed.
    ReadQuery ids(db);
    if (!ids.run(u"SELECT h.id FROM hazards h WHERE "_s + where + u" ORDER BY h.effective_deadline, h.seq"_s,
                 values)) {
        scan.error = ids.error(ReminderScanner::tr("hazard reminders")).message;
        return false;
    }
    QStringList all;
    while (ids.next())
        all << ids.value(0).toString();
    ids.finish();
    const QStringList chosen = countAndChoose(kind, all, shown, limit, scan, list);
    if (chosen.isEmpty())
        return true;
    ReadQuery q(db);
    if (!q.run(u"SELECT h.id, h.description, h.effective_deadline, h.is_major, p.name, coalesce(j.name, '') "
               "FROM hazards h JOIN projects p ON p.id = h.project_id "
               "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code WHERE h.id IN ("_s
                   + placeholders(chosen.size()) + u")"_s,
               QVariantList(chosen.cbegin(), chosen.cend()))) {
        scan.error = q.error(ReminderScanner::tr("hazard reminders")).message;
        return false;
    }
    QHash<QString, ReminderItem> byId;
    while (q.next()) {
        ReminderItem item;
        item.kind = kind;
        item.id = q.value(0).toString();
        item.title = q.value(1).toString();
        item.deadline = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        item.isMajor = q.value(3).toInt() != 0;
        item.detail = u"%1 · %2"_s.arg(q.value(5).toString(), q.value(4).toString());
        item.isNew = !shown.contains(item.key());
        byId.insert(item.id, item);
    }
    for (const QString &id : chosen)
        if (byId.contains(id))
            list.items << byId.value(id);
    return true;
}

bool readIncidents(ReadConnection db, const QString &cutoff, const QString &jurisdictionCode,
                   const QSet<QString> &shown, int limit, ReminderScan &scan)
{
    const Scope scope = scopeOf(u"i"_s, jurisdictionCode);
    ReadQuery q(db);
    // Few incidents are ever unreported: one pass over them, split by whether the 48 hours are over.
    if (!q.run(u"SELECT i.id, i.kind, coalesce(i.summary, ''), i.occurred_at, p.name, coalesce(j.name, '') "
               "FROM incidents i JOIN projects p ON p.id = i.project_id "
               "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
               "WHERE i.platform_reported_at IS NULL"_s
                   + scope.condition + u" ORDER BY i.occurred_at, i.id"_s,
               scope.values)) {
        scan.error = q.error(ReminderScanner::tr("incident reminders")).message;
        return false;
    }
    QHash<QString, ReminderItem> byId;
    QStringList due;
    QStringList late;
    while (q.next()) {
        const QString occurred = q.value(3).toString();
        const bool isLate = occurred < cutoff;
        ReminderItem item;
        item.kind = isLate ? ReminderItem::Kind::IncidentReportLate : ReminderItem::Kind::IncidentReportDue;
        item.id = q.value(0).toString();
        const QString kind = DomainLabels::incidentKind(q.value(1).toString());
        const QString summary = q.value(2).toString();
        item.title = summary.isEmpty() ? kind : ReminderScanner::tr("%1: %2").arg(kind, summary);
        item.detail = u"%1 · %2"_s.arg(q.value(5).toString(), q.value(4).toString());
        item.reportDue = Timestamp::fromText(occurred).addSecs(qint64(ReminderScanner::kIncidentReportHours) * 3600);
        item.isNew = !shown.contains(item.key());
        (isLate ? late : due) << item.id;
        byId.insert(item.id, item);
    }
    // Running: the nearest deadline first. Late: the most recent first (one that just slipped before an old one).
    std::reverse(late.begin(), late.end());
    for (const QString &id : countAndChoose(ReminderItem::Kind::IncidentReportDue, due, shown, limit, scan, scan.reportsDue))
        scan.reportsDue.items << byId.value(id);
    for (const QString &id : countAndChoose(ReminderItem::Kind::IncidentReportLate, late, shown, limit, scan, scan.reportsLate))
        scan.reportsLate.items << byId.value(id);
    return true;
}
/// The place's reports of this month and the last one that are not submitted and due within days or overdue. A
/// province-wide scan (no place) has no report of its own to send.
bool readMonthlyReports(ReadConnection db, const QDateTime &now, QDate today, const QString &jurisdictionCode,
                        const QSet<QString> &shown, int limit, ReminderScan &scan)
{
    if (jurisdictionCode.isEmpty())
        return true;
    const QDate thisMonth(today.year(), today.month(), 1);
    ReadQuery q(db);
    if (!q.run(u"SELECT coalesce((SELECT name FROM jurisdictions WHERE code = ?), ?), "
               "(SELECT group_concat(month) FROM monthly_reports WHERE jurisdiction_code = ? AND status = 'submitted' "
               "AND month IN (?, ?))"_s,
               {jurisdictionCode, jurisdictionCode, jurisdictionCode, thisMonth.addMonths(-1).toString(u"yyyy-MM"_s),
                thisMonth.toString(u"yyyy-MM"_s)})
        || !q.next()) {
        scan.error = q.error(ReminderScanner::tr("monthly report reminders")).message;
        return false;
    }
    const QString place = q.value(0).toString();
    const QStringList submitted = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
    QStringList ids;
    QHash<QString, ReminderItem> byId;
    for (const QDate month : {thisMonth.addMonths(-1), thisMonth}) {
        const QString text = month.toString(u"yyyy-MM"_s);
        const auto state = ReportDeadline::stateOf(month.year(), month.month(), {}, now);
        if (submitted.contains(text)
            || (state != ReportDeadline::State::DueSoon && state != ReportDeadline::State::Overdue))
            continue;
        ReminderItem item;
        item.kind = ReminderItem::Kind::MonthlyReportDue;
        item.id = jurisdictionCode + u':' + text;
        item.title = ReminderScanner::tr("Monthly report for %1").arg(text);
        item.detail = place;
        item.deadline = ReportDeadline::dueBefore(month.year(), month.month());
        item.isNew = !shown.contains(item.key());
        ids << item.id;
        byId.insert(item.id, item);
    }
    for (const QString &id : countAndChoose(ReminderItem::Kind::MonthlyReportDue, ids, shown, limit, scan,
                                            scan.monthlyReports))
        scan.monthlyReports.items << byId.value(id);
    return true;
}
} // namespace

ReminderScan ReminderScanner::scan(ReadConnection db, const QDateTime &now, QDate today,
                                   const QString &jurisdictionCode, const QSet<QString> &shown, int limit)
{
    QElapsedTimer timer;
    timer.start();
    ReminderScan result;
    result.at = now.toUTC();
    result.today = today;
    const Scope scope = scopeOf(u"h"_s, jurisdictionCode);
    const QString todayText = Timestamp::dateToText(today);
    // Status first, then the deadline range: both reads walk hazards_status (status, effective_deadline).
    result.isOk
        = readHazards(db, ReminderItem::Kind::Overdue,
                      u"h.status IN ('open', 'rectifying') AND h.effective_deadline < ?"_s + scope.condition,
                      QVariantList{todayText} + scope.values, shown, limit, result, result.overdue)
        && readHazards(db, ReminderItem::Kind::DueSoon,
                       u"h.status IN ('open', 'rectifying') AND h.effective_deadline BETWEEN ? AND ?"_s
                           + scope.condition,
                       QVariantList{todayText, Timestamp::dateToText(today.addDays(1))} + scope.values, shown, limit,
                       result, result.dueSoon)
        && readIncidents(db, Timestamp::toText(result.at.addSecs(-qint64(kIncidentReportHours) * 3600)),
                         jurisdictionCode, shown, limit, result)
        && readMonthlyReports(db, result.at, today, jurisdictionCode, shown, limit, result);
    result.milliseconds = timer.elapsed();
    return result;
}

} // namespace sitesafe
