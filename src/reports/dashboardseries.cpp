#include "dashboardseries.h"

#include <cmath>

#include <QVariantList>

#include "core/domainlabels.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// The article with its title from the installed catalogs ("2024版 第6条 模板工程…"), or its code's reading.
QString articleLabel(ReadConnection db, const QString &article)
{
    if (article == HazardSelection::noArticle())
        return DashboardSeries::tr("No criterion item");
    ReadQuery q(db);
    const QString prefix = article + u'-';
    if (q.run(u"SELECT article_number, article_title, (SELECT edition FROM criteria_sets s WHERE s.id = i.set_id) "
              "FROM criteria_items i WHERE code >= ? AND code < ? AND article_title IS NOT NULL LIMIT 1"_s,
              {prefix, QString(prefix + QChar(0x7f))})
        && q.next())
        return DomainLabels::criteriaArticle(q.value(2).toInt(), q.value(0).toInt(), q.value(1).toString());
    return DomainLabels::criterion(article);
}

/// One period of a trend: its label and its stored-time range.
struct Bucket {
    QString label;
    QString fromUtc;
    QString toUtc;
};

Result<DashboardTrend> trend(ReadConnection db, const DashboardScope &scope, const QList<Bucket> &buckets)
{
    DashboardTrend t;
    for (const Bucket &b : buckets) {
        HazardSelection found = scope.selection();
        found.foundFromUtc = b.fromUtc;
        found.foundToUtc = b.toUtc;
        HazardSelection rectified = found;
        rectified.statuses = HazardSelectionQuery::rectifiedStatuses();
        HazardSelection overdue = found;
        overdue.overdueOn = scope.asOf;
        auto counts = HazardSelectionQuery::countEach(db, {found, rectified, overdue});
        if (!counts)
            return counts.error();
        const QList<qint64> &n = counts.value();
        t.found << DashboardBar{b.label, b.label, n.at(0), found};
        t.rectified << DashboardBar{b.label, b.label, n.at(1), rectified};
        t.overdue << DashboardBar{b.label, b.label, n.at(2), overdue};
        t.rates << DashboardSeries::rate(n.at(1), n.at(0));
    }
    return t;
}

} // namespace

DashboardScope DashboardScope::lastMonths(const QString &jurisdictionCode, QDate asOf, int months)
{
    const QDate lastMonth(asOf.year(), asOf.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(1 - qMax(1, months));
    return {jurisdictionCode, {firstMonth.year(), firstMonth.month()}, {lastMonth.year(), lastMonth.month()}, asOf};
}

HazardSelection DashboardScope::selection() const
{
    HazardSelection s;
    s.jurisdictionCode = jurisdictionCode;
    s.foundFromUtc = first.startUtc();
    s.foundToUtc = last.endUtc();
    return s;
}

QStringList DashboardSeries::stages()
{
    return {u"found"_s, u"rectifying"_s, u"reported"_s, u"verified"_s, u"closed"_s};
}

QString DashboardSeries::stageName(const QString &stage)
{
    if (stage == u"found")
        return tr("Found");
    if (stage == u"rectifying")
        return tr("Notice issued / rectifying");
    if (stage == u"reported")
        return tr("Rectification reported");
    if (stage == u"verified")
        return tr("Re-inspected");
    if (stage == u"closed")
        return tr("Closed");
    return stage;
}

double DashboardSeries::rate(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) / double(whole) * 10000.0) / 10000.0 : 0.0;
}

QString DashboardSeries::rules(QDate asOf)
{
    return tr("Months are calendar months in China time (UTC+8), weeks run Monday to Sunday; a city/county selects "
              "the projects located there. Hazards count by the day they were found; voided hazards are left out. "
              "Rectified: re-inspection passed or closed; rectification rate = rectified / found; overdue: still open "
              "or rectifying and past the deadline in force on %1. The funnel counts each hazard at every stage its "
              "status has reached. Articles and repeat offenders count major hazards.")
        .arg(asOf.toString(Qt::ISODate));
}

Result<QList<DashboardBar>> DashboardSeries::articles(ReadConnection db, const DashboardScope &scope)
{
    HazardSelection base = scope.selection();
    base.isMajorOnly = true;
    auto counts = HazardSelectionQuery::countBy(db, base, HazardSelectionQuery::articleExpression());
    if (!counts)
        return counts.error();
    QList<DashboardBar> bars;
    for (const auto &[article, n] : counts.value().mid(0, kTopArticles)) {
        HazardSelection s = base;
        s.article = article;
        bars << DashboardBar{articleLabel(db, article), article, n, s};
    }
    return bars;
}

Result<QList<DashboardBar>> DashboardSeries::funnel(ReadConnection db, const DashboardScope &scope)
{
    // One pass per status; a stage is the sum of the statuses at or past it, the count of its selection.
    auto counts = HazardSelectionQuery::countBy(db, scope.selection(), u"h.status"_s);
    if (!counts)
        return counts.error();
    QList<DashboardBar> bars;
    for (const QString &stage : stages()) {
        HazardSelection s = scope.selection();
        s.statuses = HazardSelectionQuery::statusesFrom(stage);
        qint64 n = 0;
        for (const auto &[status, count] : counts.value())
            if (s.statuses.isEmpty() || s.statuses.contains(status))
                n += count;
        bars << DashboardBar{stageName(stage), stage, n, s};
    }
    return bars;
}

Result<DashboardTrend> DashboardSeries::monthly(ReadConnection db, const DashboardScope &scope)
{
    QList<Bucket> buckets;
    for (QDate m(scope.first.year, scope.first.month, 1); m <= QDate(scope.last.year, scope.last.month, 1);
         m = m.addMonths(1)) {
        const LedgerPeriod p{m.year(), m.month()};
        buckets << Bucket{p.text(), p.startUtc(), p.endUtc()};
    }
    return trend(db, scope, buckets);
}

Result<DashboardTrend> DashboardSeries::weekly(ReadConnection db, const DashboardScope &scope)
{
    const QDate lastMonday = scope.asOf.addDays(1 - scope.asOf.dayOfWeek());
    QList<Bucket> buckets;
    for (int i = scope.weeks - 1; i >= 0; --i) {
        const QDate monday = lastMonday.addDays(-7 * i);
        buckets << Bucket{monday.toString(u"MM-dd"_s), LedgerPeriod::dayStartUtc(monday),
                          LedgerPeriod::dayStartUtc(monday.addDays(7))};
    }
    return trend(db, scope, buckets);
}

Result<QList<DashboardBar>> DashboardSeries::offenders(ReadConnection db, const DashboardScope &scope)
{
    HazardSelection base = scope.selection();
    base.isMajorOnly = true;
    auto counts = HazardSelectionQuery::countBy(db, base, u"h.responsible_enterprise_id"_s);
    if (!counts)
        return counts.error();
    QList<DashboardBar> bars;
    for (const auto &[enterpriseId, n] : counts.value().mid(0, kTopOffenders)) {
        HazardSelection s = base;
        s.enterpriseId = enterpriseId;
        ReadQuery q(db);
        const QString name = q.run(u"SELECT name FROM enterprises WHERE id = ?"_s, {enterpriseId}) && q.next()
            ? q.value(0).toString()
            : enterpriseId;
        bars << DashboardBar{name, enterpriseId, n, s};
    }
    return bars;
}

Result<DashboardData> DashboardSeries::compute(ReadConnection db, const DashboardScope &scope)
{
    DashboardData data;
    auto articleBars = articles(db, scope);
    if (!articleBars)
        return articleBars.error();
    auto funnelBars = funnel(db, scope);
    if (!funnelBars)
        return funnelBars.error();
    auto months = monthly(db, scope);
    if (!months)
        return months.error();
    auto weeks = weekly(db, scope);
    if (!weeks)
        return weeks.error();
    auto offenderBars = offenders(db, scope);
    if (!offenderBars)
        return offenderBars.error();
    data.articles = std::move(articleBars).value();
    data.funnel = std::move(funnelBars).value();
    data.monthly = std::move(months).value();
    data.weekly = std::move(weeks).value();
    data.offenders = std::move(offenderBars).value();
    return data;
}

} // namespace sitesafe
