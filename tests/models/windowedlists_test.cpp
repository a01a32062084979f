#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

#include "democopy.h"
#include "demofixture.h"
#include "models/inspectionlistmodel.h"
#include "models/noticelistmodel.h"
#include "models/projectlistmodel.h"
#include "modeltesthelpers.h"
#include "storage/datastore.h"
#include "storage/noticerepository.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
QStringList sqlIds(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

const QString kNoticeOrder = u"SELECT n.id FROM notices n JOIN projects p ON p.id = n.project_id "
                             "ORDER BY n.issued_at DESC, n.id DESC"_s;
} // namespace

TEST_CASE("The notice list keeps only windows of rows and reads them in the order of the SQL", "[notices][window]")
{
    NoticeListModel model(DemoFixture::databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(7);
    model.setCachedPageLimit(3);
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const QStringList expected = sqlIds(db, kNoticeOrder);
    REQUIRE(expected.size() > 4 * model.pageSize());
    CHECK(model.rowCount() == sqlCount(db, u"SELECT count(*) FROM notices"_s));
    CHECK(model.isRowLoaded(0));
    CHECK_FALSE(model.isRowLoaded(model.pageSize()));
    CHECK(model.data(model.index(model.pageSize(), NoticeListModel::Project)).toString()
        == NoticeListModel::tr("Loading…"));

    CHECK(rowIds(model) == expected);
    CHECK(model.cachedPageCount() <= 3);

    SECTION("a notice beyond the first window is found by id and its window read with the list")
    {
        const int target = 3 * model.pageSize() + 2;
        const QString id = expected.at(target);
        CHECK(model.rowOf(id) < 0); // its window was dropped while scrolling on
        model.reload(id);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        REQUIRE(model.rowOf(id) == target);
        CHECK(model.isRowLoaded(target));
        CHECK(model.row(target).id == id);
        CHECK(model.data(model.index(target, 0), NoticeListModel::NoticeIdRole).toString() == id);
    }
}

TEST_CASE("A notice list reload after an edit keeps finding the selected notice", "[notices][window]")
{
    DemoCopy copy;
    auto store = DataStore::open(copy.directory());
    REQUIRE(store);
    QSqlDatabase db = store.value()->connection();
    QSqlQuery q(db);
    REQUIRE(q.exec(kNoticeOrder));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    NoticeListModel model(copy.databasePath());
    model.setPageSize(5);
    const QString kept = ids.at(4 * 5 + 1);
    model.reload(kept);
    REQUIRE(waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowOf(kept) == 21);

    REQUIRE(NoticeRepository(db).voidNotice(kept, u"Wrong project picked"_s, u"tester"_s));
    model.reload(kept);
    REQUIRE(waitFor([&] { return model.isReady() && model.row(21).status == u"voided"; }));
    CHECK(model.rowOf(kept) == 21);
    CHECK(model.row(21).id == kept);

    NoticeFilter voided;
    voided.status = u"voided"_s;
    model.setFilter(voided);
    model.reload(kept);
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowOf(kept) >= 0);
    CHECK(model.rowCount() == sqlCount(db, u"SELECT count(*) FROM notices WHERE status = 'voided'"_s));
    model.reload(ids.at(0)); // not voided: not in this list
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowOf(ids.at(0)) < 0);
}

TEST_CASE("The project list keeps only windows of rows, sorted in SQL, and finds a project beyond the first window",
    "[projects][window]")
{
    ProjectListModel model(DemoFixture::databasePath(), DemoFixture::today());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(6);
    model.setCachedPageLimit(2);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const QString openHazards = u"(SELECT count(*) FROM hazards h WHERE h.project_id = p.id "
                                "AND h.status IN ('open', 'rectifying', 'reported', 'verified'))"_s;
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        INFO(direction.toStdString());
        model.sort(ProjectListModel::OpenHazards, order);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        const QStringList expected
            = sqlIds(db, u"SELECT p.id FROM projects p ORDER BY %1 %2, p.name %2, p.id"_s.arg(openHazards, direction));
        REQUIRE(expected.size() > 4 * model.pageSize());
        CHECK(model.rowCount() == expected.size());
        CHECK(rowIds(model, ProjectListModel::ProjectIdRole) == expected);
        CHECK(model.cachedPageCount() <= 2);

        const int target = int(expected.size()) - 3;
        model.reload(expected.at(target));
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.rowOf(expected.at(target)) == target);
        CHECK(model.isRowLoaded(target));
        CHECK(model.data(model.index(target, ProjectListModel::Name), ProjectListModel::ProjectIdRole).toString()
            == expected.at(target));
    }
}

TEST_CASE(
    "The inspection list pages its ids and computes each window's counts for its own rows", "[inspections][window]")
{
    InspectionListModel model(DemoFixture::databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(9);
    model.setCachedPageLimit(2);
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const QStringList expected = sqlIds(db, u"SELECT i.id FROM inspections i ORDER BY i.started_at DESC, i.id DESC"_s);
    REQUIRE(expected.size() > 4 * model.pageSize());
    CHECK(model.rowCount() == expected.size());
    CHECK(rowIds(model) == expected);
    CHECK(model.cachedPageCount() <= 2);

    // A row of a later window: its counts are those of the inspection, not of the window's first rows.
    const int target = int(expected.size()) - 2;
    model.reload(expected.at(target));
    REQUIRE(waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowOf(expected.at(target)) == target);
    const InspectionListModel::Row row = model.row(target);
    CHECK(row.id == expected.at(target));
    CHECK(row.answered
        == sqlCount(
            db, u"SELECT count(*) FROM inspection_answers WHERE inspection_id = ? AND is_withdrawn = 0"_s, {row.id}));
    CHECK(row.hazards == sqlCount(db, u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {row.id}));
    CHECK(row.total > 0);
}
