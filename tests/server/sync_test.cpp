#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/catalogids.h"
#include "core/dataset.h"
#include "protocol/synccursor.h"
#include "server/backend.h"
#include "server/referenceloader.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QJsonObject field(const QJsonValue &value, const QJsonValue &base)
{
    return QJsonObject{{u"value"_s, value}, {u"base"_s, base}};
}
QJsonObject resultAt(const TestReply &reply, int i)
{
    return reply.json().value(u"results"_s).toArray().at(i).toObject();
}
} // namespace

TEST_CASE("A repeated push is answered duplicate and writes no second row", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString hazard = newId();
    const QJsonObject body = pushBody(inspector.deviceId,
                                      {hazardInsert(newId(), 1, hazard, QString::fromLatin1(ServerFixture::kHaikouProject),
                                                    u"临边防护缺失"_s)});
    const TestReply first = inspector.client->post(u"/api/v1/sync/push"_s, body);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    CHECK(resultAt(first, 0).value(u"status"_s).toString() == u"applied"_s);
    const qint64 seq = resultAt(first, 0).value(u"server_seq"_s).toInteger();
    CHECK(seq > 0);
    CHECK(first.json().value(u"write_checkpoint"_s).toInteger() >= seq);

    // The response was "lost": the client sends the very same batch again.
    const TestReply again = inspector.client->post(u"/api/v1/sync/push"_s, body);
    REQUIRE(again.status == 200);
    CHECK(resultAt(again, 0).value(u"status"_s).toString() == u"duplicate"_s);
    CHECK(resultAt(again, 0).value(u"original_status"_s).toString() == u"applied"_s);
    CHECK(resultAt(again, 0).value(u"server_seq"_s).toInteger() == seq);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ?"_s, {hazard}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'sync.applied'"_s, {hazard}) == 1);
}

TEST_CASE("A gap in client_seq is refused with 409 out_of_order and applies nothing", "[api]")
{
    ServerSettings settings;
    settings.limits.pushHoldMs = 50; // the refusal comes after the hold (pushhold_test.cpp)
    ServerFixture f(settings);
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    REQUIRE(inspector.client->post(u"/api/v1/sync/push"_s,
                                   pushBody(inspector.deviceId, {hazardInsert(newId(), 1, newId(), project, u"a"_s)}))
                .status == 200);
    const QString late = newId();
    const TestReply gap = inspector.client->post(
        u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {hazardInsert(newId(), 3, late, project, u"c"_s)}));
    CHECK(gap.status == 409);
    CHECK(gap.errorCode() == u"out_of_order"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {late}) == 0);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 1);
    // Within one batch client_seq must increase by one.
    const TestReply holey = inspector.client->post(
        u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {hazardInsert(newId(), 2, newId(), project, u"b"_s),
                                                              hazardInsert(newId(), 4, newId(), project, u"d"_s)}));
    CHECK(holey.status == 400);
    CHECK(holey.errorCode() == u"invalid_batch"_s);
    // Another device's id in the body is refused.
    const TestReply foreign =
        inspector.client->post(u"/api/v1/sync/push"_s, pushBody(newId(), {hazardInsert(newId(), 2, newId(), project, u"x"_s)}));
    CHECK(foreign.status == 403);
}

TEST_CASE("Both values of a field changed on two sides are kept and other fields still apply", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto province = f.signIn(u"province"_s, u"province"_s, {});
    const QString hazard = newId();
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    REQUIRE(inspector.client->post(u"/api/v1/sync/push"_s,
                                   pushBody(inspector.deviceId, {hazardInsert(newId(), 1, hazard, project, u"原始描述"_s)}))
                .status == 200);
    // The province edits the description first.
    const TestReply provinceEdit = province.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(province.deviceId, {mutation(newId(), 1, u"hazards"_s, hazard, u"update"_s,
                                              {{u"description"_s, field(u"省厅修改"_s, u"原始描述"_s)}})}));
    REQUIRE(provinceEdit.status == 200);
    CHECK(resultAt(provinceEdit, 0).value(u"status"_s).toString() == u"applied"_s);
    // The inspector, offline, changed description and location from the same base.
    const QString mutationId = newId();
    const TestReply clash = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {mutation(mutationId, 2, u"hazards"_s, hazard, u"update"_s,
                                               {{u"description"_s, field(u"现场修改"_s, u"原始描述"_s)},
                                                {u"location"_s, field(u"5号楼"_s, u"3号楼"_s)}})}));
    INFO(clash.body.toStdString());
    REQUIRE(clash.status == 200);
    const QJsonObject result = resultAt(clash, 0);
    CHECK(result.value(u"status"_s).toString() == u"conflict"_s);
    const QJsonObject conflict = result.value(u"conflicts"_s).toArray().at(0).toObject();
    CHECK(conflict.value(u"field"_s).toString() == u"description"_s);
    CHECK(conflict.value(u"server_value"_s).toString() == u"省厅修改"_s);
    CHECK(conflict.value(u"client_value"_s).toString() == u"现场修改"_s);

    QSqlQuery q(f.db());
    q.prepare(u"SELECT server_value, client_value, base_value, device_id, mutation_id FROM conflicts WHERE entity_id = ?"_s);
    q.addBindValue(hazard);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"省厅修改"_s);
    CHECK(q.value(1).toString() == u"现场修改"_s);
    CHECK(q.value(2).toString() == u"原始描述"_s);
    CHECK(q.value(3).toString() == inspector.deviceId);
    CHECK(q.value(4).toString() == mutationId);
    CHECK_FALSE(q.next());
    q.prepare(u"SELECT description, location FROM hazards WHERE id = ?"_s);
    q.addBindValue(hazard);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"省厅修改"_s); // the server value stays
    CHECK(q.value(1).toString() == u"5号楼"_s);    // the untouched field merged
}

TEST_CASE("An inspector of 460100 neither sees nor writes 460200", "[api]")
{
    ServerFixture f;
    auto haikou = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto sanya = f.signIn(u"sy-inspector"_s, u"inspector"_s, u"460200"_s);
    const QString sanyaProject = QString::fromLatin1(ServerFixture::kSanyaProject);
    const QString sanyaHazard = newId();
    REQUIRE(sanya.client->post(u"/api/v1/sync/push"_s,
                               pushBody(sanya.deviceId, {hazardInsert(newId(), 1, sanyaHazard, sanyaProject, u"三亚隐患"_s)}))
                .status == 200);

    // Writing: a hazard on the 三亚 project, and an edit of 三亚's hazard.
    const TestReply write = haikou.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(haikou.deviceId, {hazardInsert(newId(), 1, newId(), sanyaProject, u"越权"_s),
                                   mutation(newId(), 2, u"hazards"_s, sanyaHazard, u"update"_s,
                                            {{u"description"_s, field(u"越权修改"_s, u"三亚隐患"_s)}})}));
    REQUIRE(write.status == 200);
    CHECK(resultAt(write, 0).value(u"status"_s).toString() == u"rejected"_s);
    CHECK(resultAt(write, 0).value(u"error"_s).toObject().value(u"error"_s).toString() == u"forbidden_jurisdiction"_s);
    CHECK(resultAt(write, 1).value(u"status"_s).toString() == u"rejected"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE project_id = ?"_s, {sanyaProject}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE description = '三亚隐患'"_s) == 1);

    // Reading: everything 海口 may pull, page by page.
    QSet<QString> seen;
    QString cursor;
    for (int page = 0; page < 50; ++page) {
        const TestReply pull = haikou.client->get(u"/api/v1/sync/pull?limit=2&cursor="_s + cursor);
        REQUIRE(pull.status == 200);
        for (const QJsonValue &c : pull.json().value(u"changes"_s).toArray())
            seen.insert(c.toObject().value(u"entity_id"_s).toString());
        cursor = pull.json().value(u"next_cursor"_s).toString();
        if (!pull.json().value(u"has_more"_s).toBool())
            break;
    }
    CHECK(seen.contains(QString::fromLatin1(ServerFixture::kHaikouProject)));
    CHECK_FALSE(seen.contains(sanyaProject));
    CHECK_FALSE(seen.contains(sanyaHazard));
    CHECK(seen.contains(QString::fromLatin1(ServerFixture::kEnterprise))); // province-wide reference data

    // Blobs: uploaded in 三亚, invisible to 海口 (404, as if absent), visible to 三亚.
    const QByteArray bytes = "photo of a Sanya site";
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const TestReply created = sanya.client->send("POST", u"/api/v1/blobs"_s, {},
                                                 {{"Upload-Length", QByteArray::number(bytes.size())},
                                                  {"Upload-Metadata", "sha256 " + sha.toBase64()}});
    REQUIRE(created.status == 201);
    const TestReply stored = sanya.client->send("PATCH", QString::fromLatin1(created.header("Location")), bytes,
                                                {{"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", "0"}});
    REQUIRE(stored.status == 204);
    CHECK(sanya.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(sha)).body == bytes);
    const TestReply denied = haikou.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(sha));
    CHECK(denied.status == 404);
    CHECK_FALSE(denied.body.contains(bytes));
}

TEST_CASE("Province-only events are refused from inspector devices and events fold in server order", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto province = f.signIn(u"province"_s, u"province"_s, {});
    const QString hazard = newId();
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    auto event = [&](qint64 seq, const QString &kind, const QJsonValue &level) {
        auto v = [](const QJsonValue &value) { return QJsonObject{{u"value"_s, value}}; };
        return mutation(newId(), seq, u"hazard_events"_s, newId(), u"insert"_s,
                        {{u"hazard_id"_s, v(hazard)}, {u"kind"_s, v(kind)}, {u"at"_s, v(u"2026-11-28T10:00:00.000Z"_s)},
                         {u"actor"_s, v(u"张工"_s)}, {u"level"_s, v(level)}});
    };
    const TestReply listed = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {hazardInsert(newId(), 1, hazard, project, u"深基坑"_s),
                                      event(2, u"created"_s, QJsonValue::Null), event(3, u"notice_issued"_s, QJsonValue::Null),
                                      event(4, u"supervision_listed"_s, u"province"_s)}));
    INFO(listed.body.toStdString());
    REQUIRE(listed.status == 200);
    CHECK(resultAt(listed, 2).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(listed, 3).value(u"status"_s).toString() == u"rejected"_s);
    CHECK(resultAt(listed, 3).value(u"error"_s).toObject().value(u"error"_s).toString() == u"forbidden_field"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {hazard}) == 2);
    CHECK(f.count(u"SELECT is_supervision_listed FROM hazards WHERE id = ?"_s, {hazard}) == 0);

    const TestReply byProvince = province.client->post(
        u"/api/v1/sync/push"_s, pushBody(province.deviceId, {event(1, u"supervision_listed"_s, u"province"_s)}));
    REQUIRE(byProvince.status == 200);
    CHECK(resultAt(byProvince, 0).value(u"status"_s).toString() == u"applied"_s);
    CHECK(f.count(u"SELECT is_supervision_listed FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    QSqlQuery q(f.db());
    q.prepare(u"SELECT status FROM hazards WHERE id = ?"_s);
    q.addBindValue(hazard);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"rectifying"_s);
    // Events are append-only.
    const TestReply edit = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {mutation(newId(), 5, u"hazard_events"_s, newId(), u"update"_s,
                                               {{u"note"_s, field(u"x"_s, QJsonValue::Null)}})}));
    CHECK(resultAt(edit, 0).value(u"status"_s).toString() == u"rejected"_s);
    // Reference data is the province's.
    const TestReply project2 = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {mutation(newId(), 6, u"projects"_s, project, u"update"_s,
                                               {{u"name"_s, field(u"改名"_s, u"海口江东新区测试项目"_s)}})}));
    CHECK(resultAt(project2, 0).value(u"error"_s).toObject().value(u"error"_s).toString() == u"read_only_entity"_s);
}

TEST_CASE("Pull pages follow an opaque cursor, another epoch gets 410 and whistle-blowers never leave", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto province = f.signIn(u"province"_s, u"province"_s, {});
    const QString hazard = newId();
    REQUIRE(inspector.client->post(u"/api/v1/sync/push"_s,
                                   pushBody(inspector.deviceId, {hazardInsert(newId(), 1, hazard,
                                                                              QString::fromLatin1(ServerFixture::kHaikouProject),
                                                                              u"举报线索"_s)}))
                .status == 200);
    {
        QSqlQuery q(f.db());
        q.prepare(u"UPDATE hazards SET reporter_name = '李举报', reporter_contact = '13800000000' WHERE id = ?"_s);
        q.addBindValue(hazard);
        REQUIRE(q.exec());
    }
    for (auto *session : {&inspector, &province}) {
        const TestReply all = session->client->get(u"/api/v1/sync/pull?limit=1000"_s);
        REQUIRE(all.status == 200);
        CHECK(all.body.contains(hazard.toUtf8()));
        CHECK_FALSE(all.body.contains(u"李举报"_s.toUtf8()));
        CHECK_FALSE(all.body.contains("13800000000"));
        CHECK_FALSE(all.body.contains("reporter"));
    }
    const TestReply first = inspector.client->get(u"/api/v1/sync/pull?limit=1"_s);
    REQUIRE(first.status == 200);
    CHECK(first.json().value(u"changes"_s).toArray().size() == 1);
    CHECK(first.json().value(u"has_more"_s).toBool());
    const TestReply snapshot = inspector.client->get(u"/api/v1/sync/snapshot?limit=2"_s);
    REQUIRE(snapshot.status == 200);
    CHECK_FALSE(snapshot.json().value(u"next_page_token"_s).toString().isEmpty());
    const QString foreignCursor = sitesafe::SyncCursor{newId(), 1}.encode();
    const TestReply gone = inspector.client->get(u"/api/v1/sync/pull?cursor="_s + foreignCursor);
    CHECK(gone.status == 410);
    CHECK(gone.errorCode() == u"resync_required"_s);
    CHECK(inspector.client->get(u"/api/v1/sync/pull?cursor=garbage!"_s).status == 400);
    CHECK(f.client()->get(u"/api/v1/sync/pull"_s).status == 401);
}

TEST_CASE("A pushed hazard citing a criteria edition not in force on its day is rejected with the reason", "[api][criteria]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    auto withBasis = [](QJsonObject m, const QString &set, const QString &item) {
        QJsonObject fields = m.value(u"fields"_s).toObject();
        fields.insert(u"criteria_set"_s, QJsonObject{{u"value"_s, set}});
        fields.insert(u"criteria_item"_s, QJsonObject{{u"value"_s, item}});
        m.insert(u"fields"_s, fields);
        return m;
    };
    // Found 2026-11-28 (China time) but judged by the repealed 2022 edition.
    const QString repealed = newId();
    const QString current = newId();
    const TestReply reply = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId,
                 {withBasis(hazardInsert(newId(), 1, repealed, project, u"防坠安全器超期"_s), u"V2022"_s, u"V2022-08-06"_s),
                  withBasis(hazardInsert(newId(), 2, current, project, u"安全装置失效"_s), u"V2024"_s, u"V2024-08-04"_s)}));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonObject refused = resultAt(reply, 0);
    CHECK(refused.value(u"status"_s).toString() == u"rejected"_s);
    CHECK(refused.value(u"error"_s).toObject().value(u"error"_s).toString() == u"criteria_edition"_s);
    CHECK(refused.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"A hazard found on 2026-11-28 is judged by the 2024 criteria"_s));
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {repealed}) == 0);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ?"_s, {repealed}) == 0);
    // The matching hazard of the same batch is applied.
    CHECK(resultAt(reply, 1).value(u"status"_s).toString() == u"applied"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ? AND criteria_item = 'V2024-08-04'"_s, {current}) == 1);
}

TEST_CASE("Starting a server upgrades catalogs of an older version in place and logs the change for devices", "[api][criteria]")
{
    ServerFixture f;
    Backend &backend = f.server().backend();
    // A server without catalogs gets none from the upgrade.
    auto none = ReferenceLoader::upgradeCatalogs(backend);
    REQUIRE(none.isOk());
    CHECK(none.value() == 0);
    CHECK(f.count(u"SELECT count(*) FROM criteria_sets"_s) == 0);

    REQUIRE(ReferenceLoader::loadDataset(backend, Dataset{}, true).isOk());
    const QString itemId = CatalogIds::item(u"V2024"_s, u"item"_s, u"V2024-10-02"_s);
    {
        // What an older build left behind: catalog version 1 with the old wording.
        QSqlQuery q(f.db());
        REQUIRE(q.exec(u"UPDATE criteria_sets SET catalog_version = 1 WHERE code = 'V2024'"_s));
        q.prepare(u"UPDATE criteria_items SET text = ? WHERE id = ?"_s);
        q.addBindValue(u"旧文本"_s);
        q.addBindValue(itemId);
        REQUIRE(q.exec());
    }
    const qint64 before = f.count(u"SELECT max(server_seq) FROM change_log"_s);
    auto upgraded = ReferenceLoader::upgradeCatalogs(backend);
    REQUIRE(upgraded.isOk());
    CHECK(upgraded.value() > 0);
    CHECK(f.count(u"SELECT count(*) FROM criteria_items WHERE id = ? AND text LIKE '%不符合规范要求且未采取防护措施'"_s, {itemId}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ? AND server_seq > ?"_s, {itemId, before}) == 1);
    // Current catalogs are left alone.
    auto again = ReferenceLoader::upgradeCatalogs(backend);
    REQUIRE(again.isOk());
    CHECK(again.value() == 0);
}

TEST_CASE("A create of an id the server holds is answered by the stored row, and takes no server_seq", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString hazard = newId();
    const QJsonObject create = hazardInsert(newId(), 1, hazard, project, u"临边防护缺失"_s);
    const TestReply first = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {create}));
    REQUIRE(first.status == 200);
    const QJsonObject applied = resultAt(first, 0);
    REQUIRE(applied.value(u"status"_s).toString() == u"applied"_s);
    const qint64 seq = applied.value(u"server_seq"_s).toInteger();
    const qint64 highWater = f.count(u"SELECT value FROM seq_counter WHERE id = 1"_s);

    auto again = [&](qint64 clientSeq, const QJsonObject &fields) {
        QJsonObject m = create;
        m[u"mutation_id"_s] = newId();
        m[u"client_seq"_s] = clientSeq;
        m[u"fields"_s] = fields;
        return m;
    };
    const QJsonObject fields = create.value(u"fields"_s).toObject();
    QJsonObject different = fields;
    different[u"description"_s] = QJsonObject{{u"value"_s, u"另一条"_s}};
    QJsonObject elsewhere = fields; // a project the server does not have: the existing id still answers first
    elsewhere[u"project_id"_s] = QJsonObject{{u"value"_s, newId()}};
    QJsonObject partial = fields; // without a NOT NULL column: the database refuses it before it sees the id
    partial.remove(u"found_by"_s);
    const TestReply repeats = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {again(2, fields), again(3, different), again(4, elsewhere), again(5, partial)}));
    INFO(repeats.body.toStdString());
    REQUIRE(repeats.status == 200);
    CHECK(resultAt(repeats, 0).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(repeats, 0).value(u"server_seq"_s).toInteger() == seq);
    CHECK(resultAt(repeats, 0).value(u"content_hash"_s) == applied.value(u"content_hash"_s));
    CHECK(resultAt(repeats, 1).value(u"error"_s).toObject().value(u"error"_s).toString() == u"id_conflict"_s);
    CHECK(resultAt(repeats, 2).value(u"error"_s).toObject().value(u"error"_s).toString() == u"id_conflict"_s);
    CHECK(resultAt(repeats, 3).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(repeats, 3).value(u"server_seq"_s).toInteger() == seq);
    // Nothing was written: no seq handed out, one row, one change.
    CHECK(f.count(u"SELECT value FROM seq_counter WHERE id = 1"_s) == highWater);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ?"_s, {hazard}) == 1);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 5);
}

TEST_CASE("A row the database refuses takes back its server_seq: the batch's rows stay consecutive", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    QJsonObject refused = hazardInsert(newId(), 2, newId(), project, u"b"_s);
    QJsonObject fields = refused.value(u"fields"_s).toObject();
    fields[u"measure"_s] = QJsonObject{{u"value"_s, u"no_such_measure"_s}}; // fails the CHECK after its seq is taken
    refused[u"fields"_s] = fields;
    const TestReply reply = inspector.client->post(u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId, {hazardInsert(newId(), 1, newId(), project, u"a"_s), refused,
                                         hazardInsert(newId(), 3, newId(), project, u"c"_s)}));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    CHECK(resultAt(reply, 1).value(u"error"_s).toObject().value(u"error"_s).toString() == u"invalid_row"_s);
    const qint64 first = resultAt(reply, 0).value(u"server_seq"_s).toInteger();
    const qint64 last = resultAt(reply, 2).value(u"server_seq"_s).toInteger();
    CHECK(last == first + 1);
    CHECK(reply.json().value(u"write_checkpoint"_s).toInteger() == last);
    CHECK(f.count(u"SELECT value FROM seq_counter WHERE id = 1"_s) == last);
}

TEST_CASE("A create the database refuses in the middle of a batch leaves every other row, change and audit entry "
          "exactly once",
    "[api][push]")
{
    // Creates run without a savepoint of their own; when one fails in its INSERT, the batch is rolled back and run
    // again with a savepoint per mutation. Nothing of the first run may remain.
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString a = newId();
    const QString c = newId();
    QJsonObject refused = hazardInsert(newId(), 2, newId(), project, u"b"_s);
    QJsonObject fields = refused.value(u"fields"_s).toObject();
    fields.remove(u"found_by"_s); // NOT NULL: the INSERT fails
    refused[u"fields"_s] = fields;
    const TestReply reply = inspector.client->post(u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId,
            {hazardInsert(newId(), 1, a, project, u"a"_s), refused, hazardInsert(newId(), 3, c, project, u"c"_s)}));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    CHECK(resultAt(reply, 0).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(reply, 1).value(u"error"_s).toObject().value(u"error"_s).toString() == u"invalid_row"_s);
    CHECK(resultAt(reply, 2).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(reply, 2).value(u"server_seq"_s).toInteger()
        == resultAt(reply, 0).value(u"server_seq"_s).toInteger() + 1);
    for (const QString &id : {a, c}) {
        CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {id}) == 1);
        CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ?"_s, {id}) == 1);
    }
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 3);
    CHECK(f.count(
              u"SELECT count(*) FROM audit_log WHERE device_id = ? AND action = 'sync.applied'"_s, {inspector.deviceId})
        == 2);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE device_id = ? AND action = 'sync.rejected'"_s,
              {inspector.deviceId})
        == 1);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 3);
}

TEST_CASE("A batch that repeats a recorded mutation and one of its own answers both as duplicates", "[api]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QJsonObject first = hazardInsert(newId(), 1, newId(), project, u"a"_s);
    REQUIRE(inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {first})).status == 200);
    // The first again (an earlier push recorded it), a new one, and the new one's id once more.
    const QJsonObject second = hazardInsert(newId(), 2, newId(), project, u"b"_s);
    QJsonObject secondAgain = second;
    secondAgain[u"client_seq"_s] = 3;
    const TestReply reply
        = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {first, second, secondAgain}));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    CHECK(resultAt(reply, 0).value(u"status"_s).toString() == u"duplicate"_s);
    CHECK(resultAt(reply, 1).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultAt(reply, 2).value(u"status"_s).toString() == u"duplicate"_s);
    CHECK(resultAt(reply, 2).value(u"server_seq"_s) == resultAt(reply, 1).value(u"server_seq"_s));
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 2);
}
