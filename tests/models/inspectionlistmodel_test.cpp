#include "models/inspectionlistmodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "democopy.h"
#include "demofixture.h"
#include "models/inspectionchoices.h"
#include "models/sqlworker.h"
#include "modeltesthelpers.h"
#include "storage/datastore.h"
#include "storage/inspectionrepository.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
InspectionFilter filterOf(const QString &status, const QString &kind, int round = 0)
{
    InspectionFilter f;
    f.status = status;
    f.kind = kind;
    f.round = round;
    return f;
}
} // namespace

TEST_CASE("The inspection list filters in SQL, newest first, and passes QAbstractItemModelTester",
          "[models][inspections]")
{
    InspectionListModel model(DemoFixture::databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM inspections"_s)));
    rowIds(model); // reads every window (the demo's fit in the windows kept)
    for (int i = 1; i < model.rowCount(); ++i)
        REQUIRE(model.row(i - 1).startedAt >= model.row(i).startedAt);

    struct Case {
        const char *name;
        InspectionFilter filter;
        QString sql;
    };
    InspectionFilter haikou;
    haikou.jurisdictionCode = u"460100"_s;
    InspectionFilter search;
    search.searchText = u"海口"_s;
    const QList<Case> cases{
        {"drafts", filterOf(u"draft"_s, {}), u"SELECT count(*) FROM inspections WHERE status = 'draft'"_s},
        {"submitted", filterOf(u"submitted"_s, {}), u"SELECT count(*) FROM inspections WHERE status = 'submitted'"_s},
        {"signed", filterOf(u"signed"_s, {}), u"SELECT count(*) FROM inspections WHERE status = 'signed'"_s},
        {"round 1", filterOf({}, u"round"_s, 1), u"SELECT count(*) FROM inspections WHERE kind = 'round' AND round = 1"_s},
        {"round 2", filterOf({}, u"round"_s, 2), u"SELECT count(*) FROM inspections WHERE kind = 'round' AND round = 2"_s},
        {"any round", filterOf({}, u"round"_s), u"SELECT count(*) FROM inspections WHERE kind = 'round'"_s},
        {"special", filterOf({}, u"special"_s), u"SELECT count(*) FROM inspections WHERE kind = 'special'"_s},
        {"re-inspection", filterOf({}, u"reinspection"_s),
         u"SELECT count(*) FROM inspections WHERE kind = 'reinspection'"_s},
        {"random", filterOf({}, u"random"_s), u"SELECT count(*) FROM inspections WHERE kind = 'random'"_s},
        {"supervision", filterOf({}, u"supervision"_s), u"SELECT count(*) FROM inspections WHERE kind = 'supervision'"_s},
        {"signed round 2", filterOf(u"signed"_s, u"round"_s, 2),
         u"SELECT count(*) FROM inspections WHERE status = 'signed' AND round = 2"_s},
        {"Haikou", haikou,
         u"SELECT count(*) FROM inspections i JOIN projects p ON p.id = i.project_id "
         "WHERE p.jurisdiction_code = '460100' OR p.park_code = '460100'"_s},
        {"project search", search,
         u"SELECT count(*) FROM inspections i JOIN projects p ON p.id = i.project_id WHERE instr(p.name, '海口')"_s},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        model.setFilter(c.filter);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.rowCount() == nonZero(sqlCount(db, c.sql)));
    }

    // Each row's figures against SQL of the test's own: answers not withdrawn, hazards of the inspection, and the
    // items of the template's catalog (the demo's inspections record no checklist list).
    model.setFilter({});
    REQUIRE(waitFor([&] { return model.isReady(); }));
    rowIds(model);
    for (int i = 0; i < model.rowCount(); i += 37) {
        const InspectionListModel::Row &row = model.row(i);
        INFO(row.id.toStdString());
        CHECK(row.answered
              == sqlCount(db, u"SELECT count(*) FROM inspection_answers WHERE inspection_id = ? AND is_withdrawn = 0"_s,
                          {row.id}));
        CHECK(row.hazards == sqlCount(db, u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {row.id}));
        CHECK(row.total
              == nonZero(sqlCount(db,
                                  u"SELECT count(*) FROM criteria_items ci JOIN criteria_sets cs ON cs.id = ci.set_id "
                                  "JOIN inspections i ON i.template_code = cs.code "
                                  "WHERE i.id = ? AND ci.level IN ('item', 'sheet_item')"_s,
                                  {row.id})));
        CHECK(row.answered <= row.total);
    }
    const int withHazards = nonZero(sqlCount(
        db, u"SELECT count(DISTINCT inspection_id) FROM hazards WHERE inspection_id IS NOT NULL"_s));
    int listedWithHazards = 0;
    for (int i = 0; i < model.rowCount(); ++i)
        listedWithHazards += model.row(i).hazards > 0 ? 1 : 0;
    CHECK(listedWithHazards == withHazards);
}

TEST_CASE("A new draft with checklists lists first, its items counted from those checklists, and an amendment "
          "says so",
          "[models][inspections]")
{
    DemoCopy copy;
    FixedClock clock(QDateTime(DemoFixture::today(), QTime(2, 0), Qt::UTC).addDays(1));
    Database::Options options;
    options.clock = &clock;
    auto opened = DataStore::open(copy.directory(), options);
    REQUIRE(opened);
    DataStore &store = *opened.value();
    QSqlDatabase db = store.connection();

    QSqlQuery signedOne(db);
    REQUIRE(signedOne.exec(u"SELECT id, project_id FROM inspections WHERE status = 'signed' LIMIT 1"_s));
    REQUIRE(signedOne.next());
    Inspection in;
    in.projectId = signedOne.value(1).toString();
    in.kind = u"special"_s;
    in.inspectors = {u"王明"_s, u"陈红"_s};
    in.checklists = {u"V2024"_s, u"B.1"_s, u"B.14"_s};
    in.amendsInspectionId = signedOne.value(0).toString();
    auto created = InspectionRepository(db).create(in, u"王明"_s);
    REQUIRE(created);

    InspectionListModel model(copy.databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowCount() > 1);
    const InspectionListModel::Row &first = model.row(0);
    CHECK(first.id == created.value());
    CHECK(first.status == u"draft");
    CHECK(first.isAmendment);
    CHECK(model.index(0, InspectionListModel::Status).data().toString() == u"Draft · amendment");
    CHECK(model.index(0, InspectionListModel::Inspectors).data().toString() == u"王明, 陈红");
    CHECK(first.answered == 0);
    const qint64 expected =
        nonZero(sqlCount(db, u"SELECT count(*) FROM criteria_items ci JOIN criteria_sets cs ON cs.id = ci.set_id "
                             "WHERE cs.code = 'V2024' AND ci.level = 'item'"_s))
        + nonZero(sqlCount(db, u"SELECT count(*) FROM criteria_items WHERE parent_code IN ('B.1', 'B.14') "
                               "AND level = 'sheet_item'"_s));
    CHECK(first.total == expected);

    model.setFilter(filterOf(u"amendment"_s, {}));
    REQUIRE(waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.row(0).id == created.value());
}

TEST_CASE("The wizard's choices: projects by name or number, their works, names seen, editions by date",
          "[models][inspections]")
{
    SqlWorker worker(DemoFixture::databasePath());
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    QSqlQuery p(db);
    REQUIRE(p.exec(u"SELECT id, name, permit_no, platform_no FROM projects WHERE permit_no IS NOT NULL "
                   "AND id IN (SELECT project_id FROM dangerous_works) LIMIT 1"_s));
    REQUIRE(p.next());
    const QString id = p.value(0).toString();
    const QString name = p.value(1).toString();
    for (const QString &text : {name.mid(2, 4), p.value(2).toString(), p.value(3).toString()}) {
        INFO(text.toStdString());
        const auto found = worker.runBlocking<QList<InspectionChoices::Project>>(
            [text](ReadConnection c) { return InspectionChoices::searchProjects(c, text, 500); });
        CHECK(std::any_of(found.begin(), found.end(), [&](const auto &x) { return x.id == id && x.name == name; }));
        CHECK(std::all_of(found.begin(), found.end(), [](const auto &x) { return !x.jurisdictionName.isEmpty(); }));
    }
    const auto works = worker.runBlocking<InspectionChoices::ProjectWorks>(
        [id](ReadConnection c) { return InspectionChoices::projectWorks(c, id); });
    CHECK(works.works.size() == nonZero(sqlCount(db, u"SELECT count(*) FROM dangerous_works WHERE project_id = ?"_s, {id})));
    CHECK(works.equipmentKinds.size()
          == sqlCount(db, u"SELECT count(DISTINCT kind) FROM equipment WHERE project_id = ? AND status <> 'dismantled'"_s,
                      {id}));

    const QStringList names = worker.runBlocking<QStringList>(
        [](ReadConnection c) { return InspectionChoices::inspectorNames(c); });
    CHECK(names.size()
          == nonZero(sqlCount(db, u"SELECT count(DISTINCT trim(n.value)) FROM inspections, json_each(inspectors) n"_s)));

    const auto editions = worker.runBlocking<QList<InspectionChoices::Edition>>(
        [](ReadConnection c) { return InspectionChoices::criteriaEditions(c); });
    REQUIRE(editions.size() == 2);
    const auto selection = InspectionChoices::selectionEditions(editions);
    CHECK(ChecklistSelection::editionInForce(selection, QDate(2024, 6, 1)) == u"V2022");
    CHECK(ChecklistSelection::editionInForce(selection, QDate(2024, 12, 12)) == u"V2022");
    CHECK(ChecklistSelection::editionInForce(selection, QDate(2024, 12, 13)) == u"V2024");
    CHECK(ChecklistSelection::editionInForce(selection, QDate(2025, 1, 10)) == u"V2024");
    CHECK(editions.first().document == u"建质规〔2024〕5号");
}
