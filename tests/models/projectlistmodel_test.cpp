#include "models/projectlistmodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

#include "demofixture.h"
#include "models/projectdetailloader.h"
#include "modeltesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("The project list filters in SQL and passes QAbstractItemModelTester", "[models][projects]")
{
    ProjectListModel model(DemoFixture::databasePath(), DemoFixture::today());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM projects"_s)));

    struct Case {
        const char *name;
        ProjectFilter filter;
        QString sql;
    };
    ProjectFilter sanya;
    sanya.jurisdictionCode = u"460200"_s;
    ProjectFilter municipal;
    municipal.category = u"municipal"_s;
    ProjectFilter building;
    building.category = u"building"_s;
    building.status = u"under_construction"_s;
    ProjectFilter notRound1;
    notRound1.coverage = ProjectFilter::Coverage::NotCoveredInRound1;
    ProjectFilter round2;
    round2.coverage = ProjectFilter::Coverage::CoveredInRound2;
    ProjectFilter park;
    park.jurisdictionCode = u"P01"_s;
    ProjectFilter name;
    name.searchText = u"海口"_s;
    const QList<Case> cases{
        {"Sanya", sanya, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460200' OR park_code = '460200'"_s},
        {"municipal", municipal, u"SELECT count(*) FROM projects WHERE category = 'municipal'"_s},
        {"building under construction", building,
         u"SELECT count(*) FROM projects WHERE category = 'building' AND status = 'under_construction'"_s},
        {"not covered in round 1", notRound1,
         u"SELECT count(*) FROM projects WHERE id NOT IN (SELECT project_id FROM inspections WHERE round = 1 "
         "AND status = 'signed' AND date(started_at, '+8 hours') BETWEEN '2026-01-01' AND '2026-12-31')"_s},
        {"covered in round 2", round2,
         u"SELECT count(*) FROM projects WHERE id IN (SELECT project_id FROM inspections WHERE round = 2 "
         "AND status = 'signed' AND date(started_at, '+8 hours') BETWEEN '2026-01-01' AND '2026-12-31')"_s},
        {"park", park, u"SELECT count(*) FROM projects WHERE park_code = 'P01' OR jurisdiction_code = 'P01'"_s},
        {"name search", name, u"SELECT count(*) FROM projects WHERE instr(name, '海口')"_s},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        model.setFilter(c.filter);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.rowCount() == sqlCount(db, c.sql));
        CHECK(model.rowCount() > 0);
    }

    QSqlQuery permit(db);
    REQUIRE(permit.exec(u"SELECT permit_no, platform_no FROM projects WHERE permit_no IS NOT NULL LIMIT 1"_s));
    REQUIRE(permit.next());
    for (const QString &number : {permit.value(0).toString(), permit.value(1).toString()}) {
        ProjectFilter byNumber;
        byNumber.searchText = number;
        model.setFilter(byNumber);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        REQUIRE(model.rowCount() >= 1);
    }
}

TEST_CASE("Sorting the project list by any column gives the rows in that column's order", "[models][projects]")
{
    ProjectListModel model(DemoFixture::databasePath(), DemoFixture::today());
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowCount() > 10);
    // Written here, not taken from ProjectListModel::selectSql: what each column sorts by (codes for the coded
    // columns, coverage and open-hazard counts computed by plain subqueries), ties broken by name, then id.
    const QStringList keys{
        u"p.name"_s, u"p.platform_no"_s, u"p.permit_no"_s, u"p.jurisdiction_code"_s, u"p.park_code"_s,
        u"p.category"_s, u"p.status"_s,
        u"(SELECT count(*) > 0 FROM inspections i WHERE i.round = 1 AND i.project_id = p.id AND i.status = 'signed' "
        "AND date(i.started_at, '+8 hours') BETWEEN '2026-01-01' AND '2026-12-31')"_s,
        u"(SELECT count(*) > 0 FROM inspections i WHERE i.round = 2 AND i.project_id = p.id AND i.status = 'signed' "
        "AND date(i.started_at, '+8 hours') BETWEEN '2026-01-01' AND '2026-12-31')"_s,
        u"(SELECT count(*) FROM hazards h WHERE h.project_id = p.id "
        "AND h.status IN ('open', 'rectifying', 'reported', 'verified'))"_s,
    };
    REQUIRE(keys.size() == ProjectListModel::ColumnCount);
    const auto modelIds = [&] { return rowIds(model, ProjectListModel::ProjectIdRole); };
    for (int column = 0; column < ProjectListModel::ColumnCount; ++column) {
        QStringList ascending;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
            INFO("column " << column << ' ' << direction.toStdString());
            model.sort(column, order);
            REQUIRE(waitFor([&] { return model.isReady(); }));
            QSqlQuery q(db);
            REQUIRE(q.exec(u"SELECT p.id FROM projects p ORDER BY %1 %2, p.name %2, p.id"_s.arg(keys[column], direction)));
            QStringList expected;
            while (q.next())
                expected << q.value(0).toString();
            REQUIRE(expected.size() > 10);
            const QStringList shown = modelIds();
            CHECK(shown == expected);
            if (order == Qt::AscendingOrder)
                ascending = shown;
            else
                CHECK(shown != ascending); // the direction changes the order (no column holds one value only)
        }
    }
}

TEST_CASE("Project detail holds participants, key people, equipment, 危大工程, inspections and hazards", "[models][projects]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT p.id FROM projects p WHERE EXISTS (SELECT 1 FROM equipment e WHERE e.project_id = p.id) "
                   "AND EXISTS (SELECT 1 FROM dangerous_works w WHERE w.project_id = p.id) "
                   "AND EXISTS (SELECT 1 FROM hazards h WHERE h.project_id = p.id) LIMIT 1"_s));
    REQUIRE(q.next());
    const QString id = q.value(0).toString();
    q.finish();
    const ProjectDetail d = ProjectDetailLoader(db, DemoFixture::today()).load(id);
    REQUIRE(d.isFound);
    CHECK(d.participants.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM project_participants WHERE project_id = ?"_s, {id})));
    CHECK(d.keyPeople.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM project_key_people WHERE project_id = ?"_s, {id})));
    CHECK(d.equipment.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM equipment WHERE project_id = ?"_s, {id})));
    CHECK(d.dangerousWorks.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM dangerous_works WHERE project_id = ?"_s, {id})));
    CHECK(d.inspections.size() == sqlCount(db, u"SELECT count(*) FROM inspections WHERE project_id = ?"_s, {id}));
    CHECK(d.hazards.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM hazards WHERE project_id = ?"_s, {id})));
    for (const auto &p : d.participants)
        CHECK(p.creditCode.size() == 18);
    // Expired certificates are flagged against the day given.
    const qint64 expired = sqlCount(db, u"SELECT count(*) FROM project_key_people kp JOIN certificates c "
                                        "ON c.holder_person_id = kp.person_id WHERE kp.project_id = ? AND c.valid_until < ?"_s,
                                    {id, DemoFixture::today().toString(Qt::ISODate)});
    qint64 flagged = 0;
    for (const auto &person : d.keyPeople)
        for (const auto &c : person.certificates)
            flagged += c.isExpired ? 1 : 0;
    CHECK(flagged == expired);
}
