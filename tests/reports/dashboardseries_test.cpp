// The dashboard's series against SQL written apart from DashboardSeries (months and weeks taken with SQLite's own
// '+8 hours', articles with LIKE, stages spelled out as status lists), on the small demo dataset; and every bar's
// drill-down list has exactly the bar's number of rows.
#include "reports/dashboardseries.h"

#include <limits>

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "models/modeltesthelpers.h"
#include "reports/monthlyreport.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 28);

QString place(const QString &code)
{
    return code.isEmpty() ? u"1"_s : u"(p.jurisdiction_code = '%1' OR p.park_code = '%1')"_s.arg(code);
}

/// Hazards of the place, not voided, found in the Beijing months [first, last], plus `extra`.
qint64 inPeriod(QSqlDatabase db, const QString &code, const QString &first, const QString &last, const QString &extra)
{
    return sqlCount(db, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %1 AND "
                        "h.status != 'voided' AND strftime('%Y-%m', h.found_at, '+8 hours') BETWEEN '%2' AND '%3' "
                        "AND %4"_s.arg(place(code), first, last, extra));
}

const QString kOverdue = u"h.status IN ('open', 'rectifying') AND "
                         "date(coalesce(h.effective_deadline, h.deadline)) < date('2026-11-28')"_s;
const QString kRectified = u"h.status IN ('verified', 'closed')"_s;

/// Every bar's list has the bar's number of rows (the drill-down rule is the bar's rule).
void checkDrillDown(ReadConnection db, const QList<DashboardBar> &bars)
{
    for (const DashboardBar &bar : bars) {
        INFO(bar.label.toStdString());
        const auto rows = HazardSelectionQuery::rows(db, bar.selection);
        REQUIRE(rows);
        CHECK(rows.value().size() == bar.value);
    }
}

} // namespace

TEST_CASE("Dashboard trends by month and by week equal independent SQL counts and the monthly report",
          "[dashboard]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const ReadConnection read(db);
    for (const QString &code : {QString(), u"460100"_s, u"469005"_s}) {
        INFO("place " << code.toStdString());
        const DashboardScope scope = DashboardScope::lastMonths(code, kToday, 12);
        const auto months = DashboardSeries::monthly(read, scope);
        REQUIRE(months);
        REQUIRE(months.value().found.size() == 12);
        CHECK(months.value().found.first().label == u"2025-12"_s);
        CHECK(months.value().found.last().label == u"2026-11"_s);
        qint64 total = 0;
        for (int i = 0; i < 12; ++i) {
            const QString month = months.value().found.at(i).label;
            INFO(month.toStdString());
            const qint64 found = inPeriod(db, code, month, month, u"1"_s);
            const qint64 rectified = inPeriod(db, code, month, month, kRectified);
            CHECK(months.value().found.at(i).value == found);
            CHECK(months.value().rectified.at(i).value == rectified);
            CHECK(months.value().overdue.at(i).value == inPeriod(db, code, month, month, kOverdue));
            CHECK(months.value().rates.at(i)
                  == Approx(found > 0 ? double(rectified) / double(found) : 0.0).margin(0.00005));
            total += found;
        }
        CHECK(total == nonZero(inPeriod(db, code, u"2025-12"_s, u"2026-11"_s, u"1"_s)));
        // The current month as the monthly report counts it (judged on the same day).
        if (!code.isEmpty()) {
            const auto figures = MonthlyReport::figures(read, code, *LedgerPeriod::parse(u"2026-11"), kToday);
            REQUIRE(figures);
            CHECK(months.value().found.last().value == figures.value().value(u"hazards_found"_s).toInteger());
            CHECK(months.value().rectified.last().value == figures.value().value(u"hazards_rectified"_s).toInteger());
            CHECK(months.value().rates.last()
                  == Approx(figures.value().value(u"rectification_rate"_s).toDouble()).margin(0.00005));
        }
        checkDrillDown(read, months.value().found);
        checkDrillDown(read, months.value().rectified);
        checkDrillDown(read, months.value().overdue);

        // Weeks: Monday to Sunday in Beijing, the last one holds 28 November 2026 (a Saturday).
        const auto weeks = DashboardSeries::weekly(read, scope);
        REQUIRE(weeks);
        REQUIRE(weeks.value().found.size() == scope.weeks);
        CHECK(weeks.value().found.last().label == u"11-23"_s);
        qint64 weekTotal = 0;
        for (int i = 0; i < scope.weeks; ++i) {
            const QDate monday = QDate(2026, 11, 23).addDays(-7 * (scope.weeks - 1 - i));
            CHECK(weeks.value().found.at(i).label == monday.toString(u"MM-dd"_s));
            const QString range = u"date(h.found_at, '+8 hours') >= '%1' AND date(h.found_at, '+8 hours') < '%2'"_s.arg(
                monday.toString(Qt::ISODate), monday.addDays(7).toString(Qt::ISODate));
            // The weeks may reach before the period: count them without it.
            const qint64 found = sqlCount(db, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id "
                                              "AND %1 AND h.status != 'voided' AND %2"_s.arg(place(code), range));
            const qint64 overdue = sqlCount(db, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = "
                                                "h.project_id AND %1 AND %2 AND %3"_s.arg(place(code), range, kOverdue));
            CHECK(weeks.value().found.at(i).value == found);
            CHECK(weeks.value().overdue.at(i).value == overdue);
            weekTotal += found;
        }
        CHECK(weekTotal > 0);
        checkDrillDown(read, weeks.value().found);
        checkDrillDown(read, weeks.value().overdue);
    }
}

TEST_CASE("Dashboard articles, funnel and repeat offenders equal independent SQL counts", "[dashboard]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const ReadConnection read(db);
    for (const QString &code : {QString(), u"460100"_s}) {
        INFO("place " << code.toStdString());
        const DashboardScope scope = DashboardScope::lastMonths(code, kToday, 12);
        const QString first = u"2025-12"_s;
        const QString last = u"2026-11"_s;

        // Major hazards per article of their criteria edition, most first.
        const auto articles = DashboardSeries::articles(read, scope);
        REQUIRE(articles);
        REQUIRE(!articles.value().isEmpty());
        CHECK(articles.value().size() <= DashboardSeries::kTopArticles);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const DashboardBar &bar : articles.value()) {
            INFO(bar.key.toStdString());
            CHECK(bar.value <= previous);
            previous = bar.value;
            CHECK(bar.value == inPeriod(db, code, first, last, u"h.is_major AND h.criteria_item LIKE '%1-%'"_s.arg(bar.key)));
            CHECK(bar.key.startsWith(u'V'));
            CHECK_FALSE(bar.label.isEmpty());
        }
        // The first is the article with the most, as plain SQL ranks them.
        QSqlQuery top(db);
        REQUIRE(top.exec(u"SELECT count(*) AS n FROM hazards h, projects p WHERE p.id = h.project_id AND %1 AND "
                         "h.is_major AND h.status != 'voided' AND strftime('%Y-%m', h.found_at, '+8 hours') BETWEEN "
                         "'%2' AND '%3' GROUP BY substr(h.criteria_item, 1, 8) ORDER BY n DESC LIMIT 1"_s
                             .arg(place(code), first, last)));
        REQUIRE(top.next());
        CHECK(articles.value().first().value == nonZero(top.value(0).toLongLong()));
        checkDrillDown(read, articles.value());

        // The lifecycle funnel: every hazard at each stage its status has reached.
        const auto funnel = DashboardSeries::funnel(read, scope);
        REQUIRE(funnel);
        REQUIRE(funnel.value().size() == 5);
        const QStringList stages{u"1"_s, u"h.status IN ('rectifying', 'reported', 'verified', 'closed')"_s,
                                 u"h.status IN ('reported', 'verified', 'closed')"_s,
                                 u"h.status IN ('verified', 'closed')"_s, u"h.status = 'closed'"_s};
        for (int i = 0; i < 5; ++i) {
            INFO(stages.at(i).toStdString());
            CHECK(funnel.value().at(i).value == nonZero(inPeriod(db, code, first, last, stages.at(i))));
            if (i > 0)
                CHECK(funnel.value().at(i).value <= funnel.value().at(i - 1).value);
        }
        checkDrillDown(read, funnel.value());

        // Repeat offenders: the responsible enterprises with the most major hazards.
        const auto offenders = DashboardSeries::offenders(read, scope);
        REQUIRE(offenders);
        REQUIRE(!offenders.value().isEmpty());
        previous = std::numeric_limits<qint64>::max();
        for (const DashboardBar &bar : offenders.value()) {
            CHECK(bar.value <= previous);
            previous = bar.value;
            CHECK(bar.value == inPeriod(db, code, first, last,
                                        u"h.is_major AND h.responsible_enterprise_id = '%1'"_s.arg(bar.key)));
            CHECK(sqlCount(db, u"SELECT count(*) FROM enterprises WHERE id = ? AND name = ?"_s, {bar.key, bar.label}) == 1);
        }
        REQUIRE(top.exec(u"SELECT count(*) AS n FROM hazards h, projects p WHERE p.id = h.project_id AND %1 AND "
                         "h.is_major AND h.status != 'voided' AND h.responsible_enterprise_id IS NOT NULL AND "
                         "strftime('%Y-%m', h.found_at, '+8 hours') BETWEEN '%2' AND '%3' "
                         "GROUP BY h.responsible_enterprise_id ORDER BY n DESC LIMIT 1"_s.arg(place(code), first, last)));
        REQUIRE(top.next());
        CHECK(offenders.value().first().value == nonZero(top.value(0).toLongLong()));
        checkDrillDown(read, offenders.value());
    }
}

TEST_CASE("Dashboard series leave voided hazards out and compute everything at once", "[dashboard]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const ReadConnection read(db);
    const DashboardScope scope = DashboardScope::lastMonths(QString(), kToday, 6);
    CHECK(scope.first.text() == u"2026-06"_s);
    const auto data = DashboardSeries::compute(read, scope);
    REQUIRE(data);
    CHECK(data.value().monthly.found.size() == 6);
    CHECK(data.value().funnel.first().value
          == inPeriod(db, QString(), u"2026-06"_s, u"2026-11"_s, u"1"_s));
    // A voided hazard in the period is in no list.
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT id FROM hazards WHERE status = 'voided'"_s));
    QStringList voided;
    while (q.next())
        voided << q.value(0).toString();
    const auto all = HazardSelectionQuery::rows(read, scope.selection());
    REQUIRE(all);
    CHECK(qint64(all.value().size()) == data.value().funnel.first().value);
    for (const HazardSelectionRow &row : all.value())
        CHECK_FALSE(voided.contains(row.id));

    // Counted together in one pass or one by one: the same numbers; unrelated selections are refused.
    HazardSelection closed = scope.selection();
    closed.statuses = {u"closed"_s};
    HazardSelection overdue = scope.selection();
    overdue.overdueOn = kToday;
    const auto together = HazardSelectionQuery::countEach(read, {scope.selection(), closed, overdue});
    REQUIRE(together);
    CHECK(together.value() == QList<qint64>{HazardSelectionQuery::count(read, scope.selection()).value(),
                                            nonZero(HazardSelectionQuery::count(read, closed).value()),
                                            nonZero(HazardSelectionQuery::count(read, overdue).value())});
    HazardSelection elsewhere = closed;
    elsewhere.jurisdictionCode = u"460100"_s;
    CHECK_FALSE(HazardSelectionQuery::countEach(read, {closed, elsewhere}));
}

