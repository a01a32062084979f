#include "dashboardseries.h"

#include <cmath>

#include <QVariantList>

#include "core/domainlabels.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

Error readError(const ReadQuery &q)
{
    return Error{u"storage"_s, DashboardSeries::tr("The dashboard figures could not be read (%1). Check the data "
                                                   "folder with sitesafe-cli check.")
                                   .arg(q.errorText())};
}

/// A bar whose value is the count of its selection: the one way every bar gets its number.
Result<DashboardBar> bar(ReadConnection db, QString label, QString key, HazardSelection selection)
{
    auto value = HazardSelectionQuery::count(db, selection);
    if (!value)
        return value.error();
    return DashboardBar{std::move(label), std::move(key), value.value(), std::move(selection)};
}

/// The article's title from the installed catalogs ("模板工程"), empty when the catalog does not know it.
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
        auto f = bar(db, b.label, b.label, found);
        auto r = bar(db, b.label, b.label, rectified);
        auto o = bar(db, b.label, b.label, overdue);
        if (!f || !r || !o)
            return !f ? f.error() : !r ? r.error() : o.error();
        t.rates << DashboardSeries::rate(r.value().value, f.value().value);
        t.found << f.value();
        t.rectified << r.value();
        t.overdue << o.value();
    }
    return t;
}

/// The keys of `expression` over `base` with the most hazards, most first (ties by key), at most `limit`.
Result<QStringList> topKeys(ReadConnection db, const HazardSelection &base, const QString &expression, int limit)
{
    QVariantList values;
    const QString sql = u"SELECT %1 AS k, count(*) AS n"_s.arg(expression) + HazardSelectionQuery::fromWhere(base, values)
        + u" AND %1 IS NOT NULL GROUP BY k ORDER BY n DESC, k LIMIT %2"_s.arg(expression).arg(limit);
    ReadQuery q(db);
    if (!q.run(sql, values))
        return readError(q);
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
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
    auto keys = topKeys(db, base, HazardSelectionQuery::articleExpression(), kTopArticles);
    if (!keys)
        return keys.error();
    QList<DashboardBar> bars;
    for (const QString &article : keys.value()) {
        HazardSelection s = base;
        s.article = article;
        auto b = bar(db, articleLabel(db, article), article, s);
        if (!b)
            return b.error();
        bars << b.value();
    }
    return bars;
}

Result<QList<DashboardBar>> DashboardSeries::funnel(ReadConnection db, const DashboardScope &scope)
{
    QList<DashboardBar> bars;
    for (const QString &stage : stages()) {
        HazardSelection s = scope.selection();
        s.statuses = HazardSelectionQuery::statusesFrom(stage);
        auto b = bar(db, stageName(stage), stage, s);
        if (!b)
            return b.error();
        bars << b.value();
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
    auto keys = topKeys(db, base, u"h.responsible_enterprise_id"_s, kTopOffenders);
    if (!keys)
        return keys.error();
    QList<DashboardBar> bars;
    for (const QString &enterpriseId : keys.value()) {
        HazardSelection s = base;
        s.enterpriseId = enterpriseId;
        ReadQuery q(db);
        const QString name = q.run(u"SELECT name FROM enterprises WHERE id = ?"_s, {enterpriseId}) && q.next()
            ? q.value(0).toString()
            : enterpriseId;
        auto b = bar(db, name, enterpriseId, s);
        if (!b)
            return b.error();
        bars << b.value();
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
