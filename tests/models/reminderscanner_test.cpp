#include "models/reminderscanner.h"

#include <QSet>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/hazardlifecycle.h"
#include "democopy.h"
#include "demofixture.h"
#include "modeltesthelpers.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storage/monthlyreportrepository.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
QSet<QString> keysOf(const ReminderScan &scan, const QString &prefix)
{
    QSet<QString> ids;
    for (const QString &key : scan.keys)
        if (key.startsWith(prefix))
            ids.insert(key.mid(prefix.size()));
    return ids;
}

/// 10:00 China time on `day`: the instant the tests scan at.
QDateTime morningOf(QDate day)
{
    return QDateTime(day, QTime(2, 0), Qt::UTC);
}
} // namespace

TEST_CASE("Reminders name exactly the hazards due within a day and the overdue ones, as the fold judges them",
          "[reminders]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    // Yesterday, today and in three days of the dataset: each day its own due and overdue hazards.
    for (const int offset : {-1, 0, 3}) {
        const QDate today = DemoFixture::today().addDays(offset);
        INFO(today.toString(Qt::ISODate).toStdString());
        const FixedClock clock(morningOf(today));
        const ReminderScan scan = ReminderScanner::scan(db, clock.now(), clock.todayInChina());
        REQUIRE(scan.isOk);
        CHECK(scan.today == today);

        // What each hazard's own events say, folded: HazardFold::isOverdueOn, and due today or tomorrow.
        QSet<QString> overdue;
        QSet<QString> dueSoon;
        HazardRepository hazards(db);
        QSqlQuery all(db);
        REQUIRE(all.exec(u"SELECT id FROM hazards"_s));
        QStringList ids;
        while (all.next())
            ids << all.value(0).toString();
        all.finish();
        for (const QString &id : std::as_const(ids)) {
            const std::optional<Hazard> h = hazards.find(id);
            REQUIRE(h.has_value());
            const HazardFold fold = HazardLifecycle::fold(hazards.events(id), h->deadline);
            if (fold.isOverdueOn(today))
                overdue.insert(id);
            const bool awaiting = fold.state == HazardState::Open || fold.state == HazardState::Rectifying;
            if (awaiting && fold.deadline.isValid() && fold.deadline >= today && fold.deadline <= today.addDays(1))
                dueSoon.insert(id);
        }
        REQUIRE(!overdue.isEmpty());
        REQUIRE(!dueSoon.isEmpty());
        CHECK(keysOf(scan, u"overdue:"_s) == overdue);
        CHECK(keysOf(scan, u"due:"_s) == dueSoon);
        CHECK(scan.overdue.total == overdue.size());
        CHECK(scan.dueSoon.total == dueSoon.size());
        // Nothing was shown before: everything is fresh, and the first few are listed with their text.
        CHECK(scan.fresh() == scan.total());
        REQUIRE(scan.overdue.items.size() == std::min<qsizetype>(ReminderScanner::kItemLimit, overdue.size()));
        for (const ReminderItem &item : scan.overdue.items) {
            CHECK(overdue.contains(item.id));
            CHECK(item.deadline < today);
            CHECK_FALSE(item.title.isEmpty());
            CHECK(item.isNew);
        }
        for (const ReminderItem &item : scan.dueSoon.items)
            CHECK((item.deadline == today || item.deadline == today.addDays(1)));

        // Scanned again with those keys shown: nothing fresh, the same totals.
        const QStringList keys = scan.keys;
        const ReminderScan again
            = ReminderScanner::scan(db, clock.now(), clock.todayInChina(), {}, QSet<QString>(keys.cbegin(), keys.cend()));
        CHECK(again.fresh() == 0);
        CHECK(again.freshKeys.isEmpty());
        CHECK(again.total() == scan.total());
    }
}

TEST_CASE("Reminders keep to the user's jurisdiction", "[reminders]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const FixedClock clock(morningOf(DemoFixture::today()));
    const ReminderScan province = ReminderScanner::scan(db, clock.now(), clock.todayInChina());
    const ReminderScan haikou = ReminderScanner::scan(db, clock.now(), clock.todayInChina(), u"460100"_s);
    REQUIRE(province.isOk);
    REQUIRE(haikou.isOk);
    CHECK(haikou.overdue.total
          == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE status IN ('open', 'rectifying') AND "
                                  "effective_deadline < ? AND project_id IN (SELECT id FROM projects WHERE "
                                  "jurisdiction_code = '460100' OR park_code = '460100')"_s,
                              {DemoFixture::today().toString(Qt::ISODate)})));
    CHECK(haikou.overdue.total < province.overdue.total);
}

TEST_CASE("Incidents: the 48-hour platform report running, passed without report (late), or done", "[reminders]")
{
    DemoCopy copy;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reminders-incidents"_s);
    db.setDatabaseName(copy.databasePath());
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        const QString projectSql = u"SELECT id FROM projects ORDER BY id LIMIT 1"_s;
        REQUIRE(q.exec(projectSql));
        REQUIRE(q.next());
        const QString project = q.value(0).toString();
        q.finish();
        // The demo's own incidents all reported, so the ones below are the only ones due.
        REQUIRE(q.exec(u"UPDATE incidents SET platform_reported_at = occurred_at WHERE platform_reported_at IS NULL"_s));

        const QDateTime now = morningOf(DemoFixture::today());
        const auto incident = [&](const QString &id, qint64 hoursAgo, bool reported) {
            Incident i;
            i.id = id;
            i.projectId = project;
            i.occurredAt = now.addSecs(-hoursAgo * 3600);
            i.kind = u"fall"_s;
            i.summary = u"测试事故 %1"_s.arg(id);
            if (reported)
                i.platformReportedAt = i.occurredAt.addSecs(3600);
            return i;
        };
        Dataset data;
        data.incidents << incident(u"inc-running-2h"_s, 2, false) << incident(u"inc-running-47h"_s, 47, false)
                       << incident(u"inc-late-49h"_s, 49, false) << incident(u"inc-late-100h"_s, 100, false)
                       << incident(u"inc-reported"_s, 10, true);
        REQUIRE(DatasetWriter(db, now).write(data));
    }
    const FixedClock clock(morningOf(DemoFixture::today()));
    const ReminderScan scan = ReminderScanner::scan(db, clock.now(), clock.todayInChina());
    REQUIRE(scan.isOk);
    CHECK(keysOf(scan, u"report-due:"_s) == QSet<QString>{u"inc-running-2h"_s, u"inc-running-47h"_s});
    CHECK(keysOf(scan, u"report-late:"_s) == QSet<QString>{u"inc-late-49h"_s, u"inc-late-100h"_s});
    REQUIRE(scan.reportsDue.items.size() == 2);
    // The nearest report deadline first, 48 hours after the occurrence.
    CHECK(scan.reportsDue.items[0].id == u"inc-running-47h"_s);
    CHECK(scan.reportsDue.items[0].reportDue == clock.now().addSecs(3600));
    CHECK(scan.reportsDue.items[0].title.contains(u"测试事故 inc-running-47h"_s));
    // The late ones, the most recently missed first.
    REQUIRE(scan.reportsLate.items.size() == 2);
    CHECK(scan.reportsLate.items[0].id == u"inc-late-49h"_s);

    // Two hours later the 47-hour one is late too; nothing was read from the wall clock.
    const ReminderScan later = ReminderScanner::scan(db, clock.now().addSecs(2 * 3600), clock.todayInChina());
    CHECK(keysOf(later, u"report-due:"_s) == QSet<QString>{u"inc-running-2h"_s});
    CHECK(keysOf(later, u"report-late:"_s)
          == QSet<QString>{u"inc-running-47h"_s, u"inc-late-49h"_s, u"inc-late-100h"_s});
    db.close();
}

TEST_CASE("Monthly report: reminded five days before the 1st, overdue after it, gone once submitted, never for the "
          "province",
          "[reminders][report]")
{
    DemoCopy copy;
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(8 * 3600)).toUTC());
    Database::Options options;
    options.clock = &clock;
    auto opened = DataStore::open(copy.directory(), options);
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    QSqlDatabase db = store->connection();
    const auto reports = [&](const QSet<QString> &shown = {}) {
        const ReminderScan scan = ReminderScanner::scan(db, clock.now(), clock.todayInChina(), u"460100"_s, shown);
        REQUIRE(scan.isOk);
        return scan;
    };
    // 25 November: October's report is overdue (nothing submitted in the demo), November's not due for days.
    ReminderScan scan = reports();
    REQUIRE(scan.monthlyReports.total == 1);
    CHECK(scan.monthlyReports.items.at(0).id == u"460100:2026-10"_s);
    CHECK(scan.monthlyReports.items.at(0).deadline == QDate(2026, 11, 1));
    CHECK(scan.monthlyReports.items.at(0).detail == u"海口市"_s);
    // October submitted (late): no reminder. 26 November: November's is due before 1 December.
    REQUIRE(MonthlyReportRepository(db).submit(u"460100"_s, u"2026-10"_s, u"{}"_s, u"wang"_s));
    CHECK(reports().monthlyReports.total == 0);
    clock.set(QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone(8 * 3600)).toUTC());
    scan = reports();
    REQUIRE(scan.monthlyReports.total == 1);
    CHECK(scan.monthlyReports.items.at(0).id == u"460100:2026-11"_s);
    CHECK(scan.monthlyReports.fresh == 1);
    // Shown once, it is not news on the next scan; on 2 December it is still there, now overdue.
    const QSet<QString> shown(scan.keys.cbegin(), scan.keys.cend());
    CHECK(reports(shown).monthlyReports.fresh == 0);
    clock.set(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone(8 * 3600)).toUTC());
    scan = reports(shown);
    REQUIRE(scan.monthlyReports.total == 1);
    CHECK(scan.monthlyReports.items.at(0).deadline == QDate(2026, 12, 1));
    // The province reports no figures of its own: no monthly report reminder.
    CHECK(ReminderScanner::scan(db, clock.now(), clock.todayInChina()).monthlyReports.total == 0);
    // Submitted: gone.
    REQUIRE(MonthlyReportRepository(db).submit(u"460100"_s, u"2026-11"_s, u"{}"_s, u"wang"_s));
    CHECK(reports().monthlyReports.total == 0);
}
