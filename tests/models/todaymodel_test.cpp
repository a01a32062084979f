#include "models/todaymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>

#include <catch2/catch.hpp>

#include "demofixture.h"
#include "models/hazarddetailloader.h"
#include "modeltesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("Today lists what is due, with totals equal to plain SQL", "[models][today]")
{
    TodayModel model(DemoFixture::databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const QDateTime now = QDateTime::currentDateTime();
    const QString today = now.date().toString(Qt::ISODate);
    const QString week = now.date().addDays(7).toString(Qt::ISODate);

    for (const QString &jurisdiction : {QString(), u"460100"_s}) {
        INFO(jurisdiction.toStdString());
        int loads = 0;
        const auto connection = QObject::connect(&model, &TodayModel::loaded, [&loads] { ++loads; });
        model.refresh(jurisdiction, now);
        REQUIRE(waitFor([&] { return loads == 1; }));
        QObject::disconnect(connection);
        REQUIRE(model.rowCount() == 5);
        const QString scope = jurisdiction.isEmpty()
            ? QString()
            : u" AND h.project_id IN (SELECT id FROM projects WHERE jurisdiction_code = '%1' OR park_code = '%1')"_s.arg(jurisdiction);
        const TodayData &data = model.today();
        CHECK(data.sections[0].total == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards h WHERE status IN ('open','rectifying') "
                                                      "AND effective_deadline < ?"_s + scope, {today})));
        CHECK(data.sections[1].total == sqlCount(db, u"SELECT count(*) FROM hazards h WHERE status IN ('open','rectifying') "
                                                      "AND effective_deadline BETWEEN ? AND ?"_s + scope, {today, week}));
        CHECK(data.sections[2].total == sqlCount(db, u"SELECT count(*) FROM hazards h WHERE status = 'reported'"_s + scope));
        CHECK(data.sections[3].total == sqlCount(db, u"SELECT count(*) FROM incidents h WHERE platform_reported_at IS NULL"_s + scope));
        // Covered: a signed inspection of the round in the campaign holding the day (the demo's is the year's).
        REQUIRE(data.coverage.campaign.has_value());
        CHECK(data.coverage.campaign->startsOn == QDate(now.date().year(), 1, 1));
        CHECK(data.sections[4].total
              == nonZero(sqlCount(db, u"SELECT count(*) FROM projects p WHERE status = 'under_construction' AND id NOT IN "
                                      "(SELECT project_id FROM inspections WHERE round = ? AND status = 'signed' "
                                      "AND date(started_at, '+8 hours') BETWEEN ? AND ?)"_s
                                      + (jurisdiction.isEmpty() ? QString() : u" AND (jurisdiction_code = '%1' OR park_code = '%1')"_s.arg(jurisdiction)),
                                  {data.round, data.coverage.campaign->startsOn.toString(Qt::ISODate),
                                   data.coverage.campaign->endsOn.toString(Qt::ISODate)})));
        CHECK(data.coverage.total.projects
              == sqlCount(db, u"SELECT count(*) FROM projects WHERE status = 'under_construction'"_s
                              + (jurisdiction.isEmpty() ? QString() : u" AND (jurisdiction_code = '%1' OR park_code = '%1')"_s.arg(jurisdiction))));
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            CHECK(model.rowCount(section) == std::min<qint64>(data.sections[s].total, TodayModel::kEntryLimit));
            if (model.rowCount(section) > 0)
                CHECK_FALSE(model.data(model.index(0, 0, section), TodayModel::RecordIdRole).toString().isEmpty());
        }
    }
    CHECK(model.today().sections[0].total > 0);
}

TEST_CASE("Hazard detail holds the legal basis, the timeline in fold order and the photos", "[models][hazards]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT h.id FROM hazards h WHERE h.criteria_item IS NOT NULL AND EXISTS (SELECT 1 FROM attachments a "
                   "WHERE a.owner_id = h.id) AND (SELECT count(*) FROM hazard_events e WHERE e.hazard_id = h.id) >= 3 LIMIT 1"_s));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    q.finish();
    const HazardDetail d = HazardDetailLoader(db, QDir(DemoFixture::directory()).filePath(u"blobs"_s)).load(id);
    REQUIRE(d.isFound);
    CHECK_FALSE(d.itemText.isEmpty());
    CHECK(d.articleNumber >= 4);
    CHECK(d.criteriaSetCode.startsWith(u'V'));
    CHECK(d.timeline.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {id})));
    CHECK(d.timeline.first().kind == u"created");
    CHECK(d.photos.size() == sqlCount(db, u"SELECT count(*) FROM attachments WHERE owner_id = ? AND role = 'photo'"_s, {id}));
    CHECK_FALSE(HazardDetailLoader(db, QString()).load(u"no-such-hazard"_s).isFound);
}
