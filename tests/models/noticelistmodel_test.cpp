#include "models/noticelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "democopy.h"
#include "demofixture.h"
#include "models/noticedefaults.h"
#include "models/noticedraftloader.h"
#include "modeltesthelpers.h"
#include "storage/datastore.h"
#include "storage/noticerepository.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
NoticeFilter filterOf(const QString &kind, const QString &status, const QString &search = {})
{
    NoticeFilter f;
    f.kind = kind;
    f.status = status;
    f.searchText = search;
    return f;
}
} // namespace

TEST_CASE("The notice list shows every demo notice newest first and filters by kind, status and search in SQL",
    "[models][notice]")
{
    NoticeListModel model(DemoFixture::databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM notices"_s)));
    rowIds(model); // reads every window (the demo's fit in the windows kept)
    for (int i = 1; i < model.rowCount(); ++i)
        REQUIRE(model.row(i - 1).issuedAt >= model.row(i).issuedAt);

    struct Case {
        const char *name;
        NoticeFilter filter;
        QString sql;
    };
    const QList<Case> cases {
        {"rectification", filterOf(u"rectification"_s, {}),
            u"SELECT count(*) FROM notices WHERE kind = 'rectification'"_s},
        {"stop work", filterOf(u"stop_work"_s, {}), u"SELECT count(*) FROM notices WHERE kind = 'stop_work'"_s},
        {"issued", filterOf({}, u"issued"_s), u"SELECT count(*) FROM notices WHERE status = 'issued'"_s},
        {"not yet received", filterOf({}, u"unreceived"_s),
            u"SELECT count(*) FROM notices WHERE status = 'issued' AND recipient_signer IS NULL AND is_refused = 0"_s},
        {"project name", filterOf({}, {}, u"海口"_s),
            u"SELECT count(*) FROM notices n JOIN projects p ON p.id = n.project_id "
            "LEFT JOIN enterprises e ON e.id = n.recipient_enterprise_id "
            "WHERE n.number LIKE '%海口%' OR p.name LIKE '%海口%' OR e.name LIKE '%海口%'"_s},
    };
    for (const Case &c : cases) {
        SECTION(c.name)
        {
            model.setFilter(c.filter);
            REQUIRE(waitFor([&] { return model.isReady(); }));
            CHECK(model.rowCount() == sqlCount(db, c.sql));
            rowIds(model);
            for (int i = 0; i < model.rowCount(); ++i) {
                if (!c.filter.kind.isEmpty())
                    REQUIRE(model.row(i).kind == c.filter.kind);
            }
        }
    }
    SECTION("a number finds its notice exactly once")
    {
        const NoticeListModel::Row first = model.row(0);
        model.setFilter(filterOf({}, {}, first.number));
        REQUIRE(waitFor([&] { return model.isReady(); }));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.row(0).id == first.id);
        CHECK(model.data(model.index(0, NoticeListModel::Number)).toString() == first.number);
        CHECK(model.data(model.index(0, NoticeListModel::Kind)).toString() == NoticeListModel::kindLabel(first.kind));
    }
}

TEST_CASE("A voided notice lists as voided with its number and reason and a receipt or a refusal shows in its row",
    "[models][notice]")
{
    DemoCopy copy;
    auto store = DataStore::open(copy.directory());
    REQUIRE(store);
    QSqlDatabase db = store.value()->connection();
    NoticeRepository notices(db);
    const QList<Notice> all = notices.list();
    REQUIRE(all.size() >= 3);
    const Notice voided = all.at(0);
    const Notice signedFor = all.at(1);
    const Notice refused = all.at(2);
    REQUIRE(notices.voidNotice(voided.id, u"Wrong project picked"_s, u"tester"_s));
    const QDateTime at(QDate(2026, 5, 6), QTime(2, 30), QTimeZone::utc());
    REQUIRE(notices.recordReceipt(signedFor.id, u"张签收"_s, at, false, u"tester"_s));
    REQUIRE(notices.recordReceipt(refused.id, QString(), at, true, u"tester"_s));

    NoticeListModel model(copy.databasePath());
    REQUIRE(waitFor([&] { return model.isReady(); }));
    rowIds(model); // rowOf() looks in the windows read
    const int v = model.rowOf(voided.id);
    REQUIRE(v >= 0);
    CHECK(model.row(v).status == u"voided");
    CHECK(model.row(v).number == voided.number);
    CHECK(model.data(model.index(v, NoticeListModel::Status)).toString() == NoticeListModel::statusLabel(u"voided"_s));
    CHECK(model.data(model.index(v, NoticeListModel::Status), Qt::ToolTipRole).toString().contains(u"Wrong project"_s));
    const int s = model.rowOf(signedFor.id);
    CHECK(model.data(model.index(s, NoticeListModel::Receipt)).toString().contains(u"张签收"_s));
    const int r = model.rowOf(refused.id);
    CHECK(model.data(model.index(r, NoticeListModel::Receipt)).toString() == NoticeListModel::tr("Refused to sign"));

    model.setFilter(filterOf({}, u"voided"_s));
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == sqlCount(db, u"SELECT count(*) FROM notices WHERE status = 'voided'"_s));
    rowIds(model);
    CHECK(model.rowOf(voided.id) >= 0);
    model.setFilter(filterOf({}, u"refused"_s));
    REQUIRE(waitFor([&] { return model.isReady(); }));
    rowIds(model);
    CHECK(model.rowOf(refused.id) >= 0);
    CHECK(model.rowOf(signedFor.id) < 0);
}

TEST_CASE("The notice form's data: the picked hazard's project, its open hazards, participants and numbers left",
    "[models][notice]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    QSqlQuery q(db);
    REQUIRE(
        q.exec(u"SELECT h.id, h.project_id FROM hazards h WHERE h.status = 'open' "
               "AND h.responsible_enterprise_id IS NOT NULL AND h.inspection_id IS NOT NULL ORDER BY h.id LIMIT 1"_s));
    REQUIRE(q.next());
    const QString hazardId = q.value(0).toString();
    const QString projectId = q.value(1).toString();
    q.finish();
    REQUIRE(q.exec(u"SELECT id FROM hazards WHERE status = 'closed' AND project_id <> '%1' LIMIT 1"_s.arg(projectId)));
    REQUIRE(q.next());
    const QString otherProjectClosed = q.value(0).toString();
    q.finish();

    const NoticeDraftData data = NoticeDraftLoader::load(db, {hazardId, otherProjectClosed});
    REQUIRE(data.error.isEmpty());
    CHECK(data.projectId == projectId);
    CHECK(data.preselectedIds == QStringList {hazardId});
    CHECK(data.hazards.first().id == hazardId);
    CHECK(data.hazards.size()
        == sqlCount(db, u"SELECT count(*) FROM hazards WHERE project_id = ? AND status IN ('open', 'rectifying')"_s,
            {projectId}));
    for (const NoticeHazard &h : data.hazards)
        REQUIRE((h.status == u"open" || h.status == u"rectifying"));
    REQUIRE(data.leftOut.size() == 1);
    CHECK(data.leftOut.first().contains(u"another project"_s));
    CHECK(data.enterprises.size()
        == sqlCount(db, u"SELECT count(*) FROM project_participants WHERE project_id = ?"_s, {projectId}));
    CHECK(data.inspectors.size() >= 2);
    CHECK(data.remaining.size() == 6);
    CHECK(data.remaining.value(u"rectification"_s)
        == sqlCount(db,
            u"SELECT coalesce(sum(last_number + 1 - next_number), 0) FROM notice_number_blocks "
            "WHERE kind = 'rectification' AND device_id = (SELECT value FROM sync_state WHERE key = 'device_id')"_s));
    // The demo gives this laptop a block of every kind (DemoGenerator), so nothing warns on a fresh demo.
    for (auto it = data.remaining.cbegin(); it != data.remaining.cend(); ++it)
        CHECK(it.value() > 0);
}

TEST_CASE("Notice defaults: the law behind the order, each hazard's article, the parts of a partial stop, 五定",
    "[models][notice]")
{
    CHECK(NoticeDefaults::chineseNumber(8) == u"八");
    CHECK(NoticeDefaults::chineseNumber(10) == u"十");
    CHECK(NoticeDefaults::chineseNumber(15) == u"十五");
    CHECK(NoticeDefaults::chineseNumber(43) == u"四十三");
    CHECK(NoticeDefaults::chineseNumber(65) == u"六十五");
    CHECK(NoticeDefaults::chineseNumber(105) == u"一百零五");
    CHECK(NoticeDefaults::chineseNumber(110) == u"一百一十");

    NoticeHazard a;
    a.description = u"塔吊附着失效"_s;
    a.measure = u"deadline"_s;
    a.deadline = QDate(2026, 5, 20);
    a.basis = u"《房屋市政工程生产安全重大事故隐患判定标准（2024版）》第八条第4项"_s;
    NoticeHazard b = a;
    b.description = u"临边无防护"_s;
    b.deadline = QDate(2026, 5, 25);
    b.basis = a.basis;
    const QList<NoticeHazard> both {a, b};
    CHECK(NoticeDefaults::deadline(both) == QDate(2026, 5, 25));

    const QString basis = NoticeDefaults::legalBasis(u"rectification"_s, both);
    CHECK(basis.split(u'\n')
        == QStringList {
            u"《中华人民共和国安全生产法》第六十五条"_s, u"《建设工程安全生产管理条例》第四十三条"_s, a.basis});
    const QString decision = NoticeDefaults::decision(u"rectification"_s, {}, {}, both, QDate(2026, 5, 25));
    CHECK(decision.contains(u"1. 塔吊附着失效"_s));
    CHECK(decision.contains(u"2. 临边无防护"_s));
    CHECK(decision.contains(u"2026年5月25日前整改完毕"_s));
    CHECK(NoticeDefaults::decision(u"stop_work"_s, u"partial"_s, u"3号楼模板支撑"_s, both, {})
              .contains(u"对3号楼模板支撑局部停止施工"_s));
    CHECK(NoticeDefaults::decision(u"stop_work"_s, u"total"_s, {}, both, {}).contains(u"全面停止施工"_s));
    CHECK(NoticeDefaults::requirements(u"rectification"_s, QDate(2026, 5, 25)).contains(u"五定"_s));
    CHECK(NoticeDefaults::requirements(u"reinspection"_s, {}).isEmpty());
}
