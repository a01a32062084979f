#include "coveragequery.h"

#include "core/clock.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// The projects a coverage figure counts: under construction, located in the scope (市县 or park; empty: all).
QString projectsCondition(const QString &jurisdictionCode, QVariantList &values)
{
    if (jurisdictionCode.isEmpty())
        return u"p.status = 'under_construction'"_s;
    values << jurisdictionCode << jurisdictionCode;
    return u"p.status = 'under_construction' AND (p.jurisdiction_code = ? OR p.park_code = ?)"_s;
}
} // namespace

std::optional<Campaign> CoverageQuery::campaignOn(const ReadConnection &db, QDate day)
{
    ReadQuery q(db);
    if (!q.run(u"SELECT id, code, name, starts_on, ends_on, round1_deadline, round2_deadline FROM campaigns "
               "WHERE starts_on <= ? AND ends_on >= ? ORDER BY starts_on DESC, code LIMIT 1"_s,
               {Timestamp::dateToText(day), Timestamp::dateToText(day)})
        || !q.next())
        return std::nullopt;
    Campaign c;
    c.id = q.value(0).toString();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.startsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.endsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.round1Deadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.round2Deadline = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    return c;
}

QString CoverageQuery::coveredCondition(int round, const std::optional<Campaign> &campaign, QVariantList &values)
{
    // started_at is UTC text with an offset; SQLite turns it to UTC and the modifier to China time (UTC+8 all year),
    // whose calendar day the campaign's period is written in.
    QString condition = u"EXISTS (SELECT 1 FROM inspections i WHERE i.project_id = p.id AND i.round = ? "
                        "AND i.status = 'signed'"_s;
    values << round;
    if (campaign) {
        condition += u" AND date(i.started_at, '+8 hours') BETWEEN ? AND ?"_s;
        values << Timestamp::dateToText(campaign->startsOn) << Timestamp::dateToText(campaign->endsOn);
    }
    return condition + u')';
}

CoverageSummary CoverageQuery::load(const ReadConnection &db, const QString &jurisdictionCode, QDate today)
{
    CoverageSummary summary;
    summary.today = today;
    summary.campaign = campaignOn(db, today);
    QVariantList values;
    const QString round1 = coveredCondition(1, summary.campaign, values);
    const QString round2 = coveredCondition(2, summary.campaign, values);
    QString sql = u"SELECT p.jurisdiction_code, coalesce(j.name, p.jurisdiction_code), count(*), sum(%1), sum(%2) "
                  "FROM projects p LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
                  "WHERE "_s.arg(round1, round2)
        + projectsCondition(jurisdictionCode, values);
    sql += u" GROUP BY p.jurisdiction_code ORDER BY p.jurisdiction_code"_s;
    ReadQuery q(db);
    if (!q.run(sql, values))
        return summary;
    while (q.next()) {
        CoverageCount c;
        c.jurisdictionCode = q.value(0).toString();
        c.jurisdictionName = q.value(1).toString();
        c.projects = q.value(2).toLongLong();
        c.round1 = q.value(3).toLongLong();
        c.round2 = q.value(4).toLongLong();
        summary.total.projects += c.projects;
        summary.total.round1 += c.round1;
        summary.total.round2 += c.round2;
        summary.jurisdictions.append(c);
    }
    return summary;
}

QList<CoverageProject> CoverageQuery::projects(const ReadConnection &db, const QString &jurisdictionCode,
                                              const QString &groupCode, int round, QDate today)
{
    QVariantList values;
    QString sql = u"SELECT p.id, p.name, coalesce(j.name, p.jurisdiction_code), p.permit_no FROM projects p "
                  "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code WHERE "_s
        + projectsCondition(jurisdictionCode, values) + u" AND p.jurisdiction_code = ?"_s;
    values << groupCode;
    if (round == 1 || round == 2)
        sql += u" AND "_s + coveredCondition(round, campaignOn(db, today), values);
    sql += u" ORDER BY p.name, p.id"_s;
    QList<CoverageProject> out;
    ReadQuery q(db);
    if (!q.run(sql, values))
        return out;
    while (q.next())
        out << CoverageProject{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()};
    return out;
}

QString CoverageQuery::roundName(int round)
{
    return round == 1 ? tr("Round 1") : tr("Round 2");
}

QString CoverageQuery::roundText(const CoverageSummary &summary, const CoverageCount &count, int round)
{
    const QString name = roundName(round);
    const int percent = count.percent(round);
    const std::optional<qint64> days = summary.daysLeft(round);
    if (!days)
        return tr("%1 %2%").arg(name).arg(percent);
    if (*days > 0)
        return tr("%1 %2% · %n day(s) left", nullptr, int(*days)).arg(name).arg(percent);
    if (*days == 0)
        return tr("%1 %2% · due today").arg(name).arg(percent);
    return tr("%1 %2% · deadline passed %n day(s) ago", nullptr, int(-*days)).arg(name).arg(percent);
}

QString CoverageQuery::summaryText(const CoverageSummary &summary)
{
    const QString rounds = roundText(summary, summary.total, 1) + u"　"_s + roundText(summary, summary.total, 2);
    if (!summary.campaign)
        return tr("Full coverage (no campaign holds this day, every signed round inspection counts): %1").arg(rounds);
    return tr("%1: %2").arg(summary.campaign->name, rounds);
}

QString CoverageQuery::jurisdictionsText(const CoverageSummary &summary)
{
    if (summary.jurisdictions.size() < 2)
        return {};
    QStringList parts;
    for (const CoverageCount &c : summary.jurisdictions)
        parts << tr("%1 %2% / %3%").arg(c.jurisdictionName).arg(c.percent(1)).arg(c.percent(2));
    return parts.join(u" · "_s);
}

} // namespace sitesafe
